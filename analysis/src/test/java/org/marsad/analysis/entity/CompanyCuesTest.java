package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;

class CompanyCuesTest {
    private static final NameEntry ZAIN = new NameEntry("ZAIN_SAU", EntityType.ORG, "زين السعودية", "Zain KSA", "SAU",
            "company");
    private static final CompanyCues CUES = CompanyCues.shipped(List.of(ZAIN));
    private static final String NAME = "زين";

    /** Whether a cue stands beside the first word زين (clitics aside) of {@code text}. */
    private static boolean cued(String text) {
        Words w = Words.of(text);
        for (int i = 0; i < w.normalized().size(); i++) {
            if (WordMatcher.inSomeReading(w.normalized().get(i), NAME::equals)) {
                return CUES.cueBeside(NAME, text, w.spans(), w.normalized(), i);
            }
        }
        throw new AssertionError("no " + NAME + " in " + text);
    }

    /** The entities of {@code text}, the tagger proposing a person at each of {@code persons}. */
    private static List<Entity> tagged(String text, String... persons) {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().build(), java.util.Map.of(), OfficeTitles.NONE,
                List.of(ZAIN));
        Words w = Words.of(text);
        List<Proposal> proposals = java.util.Arrays.stream(persons).map(p -> Proposal.ofNer(text.indexOf(p),
                text.indexOf(p) + p.length(), "PERS", 0.8)).toList();
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, "SAU");
    }

    @Test
    void findsAnotherOperatorOrAWordOfTheTradeWithinThreeWords() {
        assertTrue(cued("ويمكن للعملاء الاشتراك عبر شبكات STC وزين في المملكة."), "another operator before it");
        assertTrue(cued("وتنافست زين وموبايلي على العملاء هذا العام."), "another operator after it, with و");
        assertTrue(cued("أرسل كلمة نعم لمشتركي زين فقط."), "a word of the trade, with ل");
        assertTrue(cued("وأعلنت زين خفض أسعار المكالمات أمس."), "the third word after it");
        assertTrue(cued("وللمشاركة أرسل 1234 موبايلي، 5678 زين مع الرمز."), "numbers are no words");
    }

    @Test
    void findsNoCueInAnotherSentenceOrFartherAway() {
        assertFalse(cued("وكانت زين تحب القراءة في طفولتها."));
        assertFalse(cued("وحلت زين ضيفة على البرنامج. وتحدث موبايلي عن الأسعار."), "another sentence");
        assertFalse(cued("وكتبت زين قصيدة طويلة جميلة عن شبكة الصيادين."), "four words away");
    }

    @Test
    void takesAProposedPersonOrAnUncoveredWordBesideACueForTheCompany() {
        String list = "وحققت شركتا زين وموبايلي أرباحا في الربع الثاني.";
        assertEquals(List.of("ZAIN_SAU"), tagged(list, NAME).stream().map(Entity::kb).toList(), "a proposed person");
        assertEquals(List.of("ZAIN_SAU"), tagged(list).stream().map(Entity::kb).toList(), "no proposal");
        String novel = "وتقرر زين بطلة الرواية السفر إلى المدينة.";
        List<Entity> heroine = tagged(novel, NAME);
        assertEquals(List.of(EntityType.PERSON), heroine.stream().map(Entity::type).toList(), "no cue: as before");
    }

    @Test
    void givesEveryShippedShortNameAKnownCompany() {
        assertEquals(List.of(), CompanyCues.unknownIds(KnowledgeBase.shipped().entries()));
    }
}
