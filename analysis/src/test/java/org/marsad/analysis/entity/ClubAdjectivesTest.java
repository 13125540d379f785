package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;

class ClubAdjectivesTest {
    private static final NameEntry HILAL = new NameEntry("HILAL", EntityType.ORG, "نادي الهلال", "Al-Hilal", "SAU",
            "club");
    private static final String SPORT = " قبل المباراة في الملعب.";

    /** The short name that the first word {@code adjective} of {@code text} gives as a club's adjective, or null. */
    private static String shortNameOf(String text, String adjective) {
        Words w = Words.of(text);
        int at = w.spans().indexOf(
                w.spans().stream().filter(s -> s.of(text).equals(adjective)).findFirst().orElseThrow());
        return ClubAdjectives.shipped().shortNameAt(text, w.spans(), w.normalized(), at);
    }

    /** The entities of {@code text} in a Saudi article, the tagger proposing a person at each of {@code persons}. */
    private static List<Entity> tagged(String text, String... persons) {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("نادي الهلال", HILAL).build(), Map.of(),
                OfficeTitles.NONE, List.of(HILAL));
        Words w = Words.of(text);
        List<Proposal> proposals = java.util.Arrays.stream(persons).map(p -> Proposal.ofNer(text.indexOf(p),
                text.indexOf(p) + p.length(), "PERS", 0.8)).toList();
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, "SAU");
    }

    private static List<String> mentions(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream().map(m -> e.name() + ": " + m.text() + "/"
                + m.kind().json())).toList();
    }

    @Test
    void qualifiesAClubRightAfterADefiniteNoun() {
        assertEquals("الهلال", shortNameOf("وتدرب الفريق الهلالي أمس", "الهلالي"));
        assertEquals("النصر", shortNameOf("وأعلنت الإدارة النصراوية التعاقد", "النصراوية"), "the feminine");
    }

    @Test
    void readsOffAWawOrLamGluedToTheNoun() {
        assertEquals("الهلال", shortNameOf("وشكر اللاعب للجماهير الهلالية", "الهلالية"));
        assertEquals("الاهلي", shortNameOf("وحضر اللاعبون والجماهير الأهلاوية", "الأهلاوية"), "normalized");
    }

    @Test
    void isAFamilyNameAloneOrAfterAGivenNameOrPunctuation() {
        assertNull(shortNameOf("وقال الهلالي إن الفريق جاهز", "الهلالي"));
        assertNull(shortNameOf("وقال محمد الهلالي إن الفريق جاهز", "الهلالي"));
        assertNull(shortNameOf("وتدرب الفريق، الهلالي يقوده", "الهلالي"));
        assertNull(shortNameOf("وهو اللاعب الذي الهلالي فيه", "الهلالي"), "a relative is no noun");
    }

    @Test
    void needsANounOfTheTeamForAnAdjectiveThatIsACommonWord() {
        assertEquals("الاتحاد", shortNameOf("وعاد الفريق الاتحادي إلى التدريبات", "الاتحادي"));
        assertNull(shortNameOf("ورفع الاحتياطي الاتحادي الفائدة", "الاتحادي"), "the Federal Reserve");
    }

    @Test
    void mentionsTheClubOfTheArticlesCountryByItsAdjectiveInAnArticleAboutSport() {
        assertEquals(List.of("نادي الهلال: الهلالي/adjective"), mentions(tagged("وتدرب الفريق الهلالي" + SPORT)));
        assertEquals(List.of(), mentions(tagged("وأشاد الفريق الهلالي بالقرار.")), "no article about sport");
    }

    @Test
    void mentionsAForeignClubByTheAdjectiveThatGivesItsWholeName() {
        NameEntry bayern = new NameEntry("BAYERN", EntityType.ORG, "بايرن ميونيخ", "Bayern Munich", "DEU", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("بايرن ميونيخ", bayern).build(), Map.of(),
                OfficeTitles.NONE, List.of(bayern));
        String text = "وتعاقد النادي البافاري مع المدافع" + SPORT + " وزار الوفد البرلمان البافاري.";
        Words w = Words.of(text);
        assertEquals(List.of("بايرن ميونيخ: البافاري/adjective"), mentions(tagger.tag(text, w.spans(), w.normalized(),
                new IdSequence("e"), null, List.of(), "SAU")), "the article names the club nowhere else; a parliament is no team");
    }

    @Test
    void takesTheAdjectiveFromTheTaggersProposalOfItAlone() {
        assertEquals(List.of("نادي الهلال: الهلالي/adjective"),
                mentions(tagged("وتدرب الفريق الهلالي" + SPORT, "الهلالي")));
        assertEquals(List.of("محمد الهلالي: محمد الهلالي/name"),
                mentions(tagged("وتدرب محمد الهلالي" + SPORT, "محمد الهلالي")), "a family name stays");
    }
}
