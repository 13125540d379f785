package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class UntaggedFamilyNamesTest {
    private static final IntPredicate NONE_KNOWN = k -> false;
    /** A stand-in for the tagger's vocabulary: the common words of these tests' sentences. */
    private static final Set<String> VOCABULARY = Set.of("رئيس", "مدرب", "قاضي", "نفسه", "لانتقادات", "بزيارته");
    private static final Predicate<String> KNOWN_WORD = word -> VOCABULARY.stream()
            .anyMatch(v -> ArabicNormalizer.normalize(v).equals(word));

    /** The names after extending the person proposals {@code names} of {@code text}, each at its first occurrence. */
    private static List<String> extended(String text, IntPredicate knownAt, String... names) {
        List<Proposal> proposals = Arrays.stream(names).map(name -> person(text, name)).toList();
        return UntaggedFamilyNames.extend(text, Words.of(text), proposals, knownAt, KNOWN_WORD).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static String extended(String text, String name) {
        return extended(text, NONE_KNOWN, name).get(0);
    }

    private static Proposal person(String text, String name) {
        int start = text.indexOf(name);
        return new Proposal(start, start + name.length(), EntityType.PERSON, 0.8);
    }

    @Test
    void extendsAGivenNameAfterATitleToTheDefiniteWordAfterIt() {
        assertEquals("سليمان الطلق", extended("وشكر المتسابق السعودي سليمان الطلق الاتحاد", "سليمان"),
                "a nationality before the name");
        assertEquals("فيصل الخراع", extended("وانخرط اللاعب فيصل الخراع في التدريبات", "فيصل"), "a noun of persons");
        assertEquals("عبدالله المعيوف", extended("وأصر الحارس عبدالله المعيوف على الرحيل", "عبدالله"),
                "a given name of عبد written as one word");
    }

    @Test
    void extendsAGivenNameToARareWordTheVocabularyLacks() {
        assertEquals("مبارك أكاسوا", extended("تعاقد النادي مع اللاعب الغاني مبارك أكاسوا أمس", "مبارك"));
        assertEquals("مبارك", extended("تعاقد النادي مع اللاعب الغاني مبارك واكاسو أمس", "مبارك"),
                "a rare word opening with و may be و and a word");
    }

    @Test
    void leavesAWordTheVocabularyKnows() {
        assertEquals("خالد", extended("وقال الإعلامي خالد قاضي إن البرنامج ناجح", "خالد"),
                "قاضي is a judge as often");
    }

    @Test
    void needsATitleOrNationalityBeforeTheGivenName() {
        assertEquals("خالد", extended("وقال خالد المهندس إن البرنامج ناجح", "خالد"));
        assertEquals("خالد", extended("قال الإعلامي، خالد المهندس إن البرنامج ناجح", "خالد"), "a comma between");
    }

    @Test
    void leavesAGivenNameWithAConjunctionGluedToIt() {
        assertEquals("وصالح", extended("قصفت ميليشيات الحوثي وصالح الأحياء السكنية", "وصالح"),
                "الحوثي reads as a nisba, but وصالح is the second of a list");
    }

    @Test
    void leavesTheGivenNamesOfRulersAndFamilies() {
        assertEquals("فاروق", extended("وزار الملك فاروق المملكة عام 1945", "فاروق"), "the verb's object");
        assertEquals("مبارك", extended("وأضافت ملاك آل مبارك الأخصائية النفسية", "مبارك"), "آل's family name");
        assertEquals("أمين", extended("بمتابعة من معالي أمين اللجنة الإشرافية", "أمين"), "أمين is a title there");
        assertEquals("علي", extended("وقف اللاعب علي الأرض", "علي"), "علي normalizes as على");
    }

    @Test
    void leavesTitlesRelativesParticiplesAndFeminineAdjectives() {
        assertEquals("خالد", extended("قال المدرب خالد الذي وصل أمس", "خالد"), "a relative");
        assertEquals("حيدر", extended("تعهد بمساعدة الطفل حيدر البالغ من العمر 4 سنوات", "حيدر"), "aged");
        assertEquals("عبدالله", extended("وناشدت الأسرة علاج شقيقهم عبدالله المصاب بالعمى", "عبدالله"), "afflicted");
        assertEquals("إبراهيم", extended("من يقرأ أعمال العم إبراهيم الروائية يدرك", "إبراهيم"), "a feminine nisba");
        assertEquals("سعود", extended("زارنا الزميل سعود الدكتور ثم غادر", "سعود"), "a title");
        assertEquals("ماجد", extended("غنى المطرب العراقي ماجد المهندس في لندن", "ماجد"),
                "المهندس is a title as often as a family name");
    }

    @Test
    void leavesRareWordsWithAPrepositionOrPronoun() {
        assertEquals("هاري", extended("كما تعرض الأمير البريطاني هاري لانتقاداتهم", "هاري"), "ل before it");
        assertEquals("جمال", extended("يقول الشاعر جمال أرواحها باقية", "جمال"), "a pronoun after it");
    }

    @Test
    void leavesTheBoundsToTheTaggerWhereAnotherNameFollows() {
        String text = "أشاد المدرب خالد الحربي محمد العنزي باللاعبين";
        assertEquals(List.of("خالد", "محمد العنزي"), extended(text, NONE_KNOWN, "خالد", "محمد العنزي"));
        assertEquals(List.of("خالد"), extended("أشاد المدرب خالد المهندس", k -> k == 3, "خالد"),
                "the knowledge base knows a name there");
    }

    @Test
    void keepsTheGivenNamesConfidence() {
        String text = "غنى المطرب ماجد الجمعة";
        Proposal out = UntaggedFamilyNames.extend(text, Words.of(text), List.of(person(text, "ماجد")), NONE_KNOWN,
                KNOWN_WORD).get(0);
        assertEquals(0.8, out.confidence());
    }
}
