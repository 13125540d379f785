package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

class MinistryPhrasesTest {
    private static final IntUnaryOperator NO_KNOWN_NAMES = k -> k;

    private static List<String> found(String text, IntPredicate nameAt, IntUnaryOperator knownEnd) {
        return MinistryPhrases.find(text, Words.of(text), nameAt, knownEnd).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static List<String> found(String text) {
        return found(text, k -> false, NO_KNOWN_NAMES);
    }

    /** The words of {@code text} at which a name begins: those spelt as one of {@code names}. */
    private static IntPredicate namesAt(String text, String... names) {
        Words w = Words.of(text);
        Set<String> starts = Set.of(names);
        return k -> starts.contains(w.normalized().get(k));
    }

    @Test
    void findsTheMinistrysNounAndItsPortfolio() {
        String text = "أعلنت وزارة الأوقاف أمس عن مسابقة";
        assertEquals(List.of("وزارة الأوقاف"), found(text));
        Proposal p = MinistryPhrases.find(text, Words.of(text), k -> false, NO_KNOWN_NAMES).get(0);
        assertEquals(EntityType.ORG, p.type());
        assertEquals(InstitutionPhrases.CONFIDENCE, p.confidence());
    }

    @Test
    void leavesTheCliticsOfTheNounOut() {
        assertEquals(List.of("وزارة الثقافة"), found("وقال بيان لوزارة الثقافة إن"));
        assertEquals(List.of("وزارة الزراعة"), found("اجتمع ممثلون عن البلدية ووزارة الزراعة"));
    }

    @Test
    void takesTheAdjectivesAndTheNounsWithWawThatTheEnglishWordsKnow() {
        assertEquals(List.of("وزارة الشؤون الإسلامية والأوقاف"), found("تنظم وزارة الشؤون الإسلامية والأوقاف دورة"));
        assertEquals(List.of("وزارة الشباب والرياضة"), found("أكدت وزارة الشباب والرياضة أن"));
    }

    @Test
    void takesTheWholeKnownAdjectiveOfTheCountry() {
        String text = "وقالت وزارة الدفاع الكورية الجنوبية إن التدريبات بدأت";
        Words w = Words.of(text);
        int adjective = w.normalized().indexOf(ArabicNormalizer.normalize("الكورية"));
        assertEquals(List.of("وزارة الدفاع الكورية الجنوبية"),
                found(text, k -> k == adjective, k -> k == adjective ? adjective + 2 : k));
    }

    @Test
    void endsTheConstructAtAnyOtherDefiniteWord() {
        assertEquals(List.of("وزارة الصحة"), found("تداركت وزارة الصحة التباينات في البدلات"));
        assertEquals(List.of("وزارة الداخلية"), found("الإنجاز الذي حققته وزارة الداخلية والمتمثل في القبض"));
    }

    @Test
    void leavesAWordThatDatesTheMinistryOut() {
        assertEquals(List.of("وزارة الشؤون الاجتماعية"), found("قالت وزارة الشؤون الاجتماعية الجديدة إن"));
    }

    @Test
    void takesTheNationalityAdjectiveThatNamesTheCountryAsTheLastWord() {
        String text = "أعلنت وزارة العدل الأمريكية أمس";
        assertEquals(List.of("وزارة العدل الأمريكية"), found(text, namesAt(text, "الامريكيه"), NO_KNOWN_NAMES));
    }

    @Test
    void endsBeforeANameThatFollowsThePortfolio() {
        String text = "قال مسؤول في وزارة الأوقاف حمد المنيف إن";
        assertEquals(List.of("وزارة الأوقاف"), found(text, namesAt(text, "حمد"), NO_KNOWN_NAMES));
    }

    @Test
    void makesNoNameOfAPortfolioThatHoldsAnotherName() {
        String text = "انضم إلى وزارة الحرس الوطني العام الماضي";
        assertEquals(List.of(), found(text, namesAt(text, "الحرس"), NO_KNOWN_NAMES));
    }

    @Test
    void endsAKnownMinistrysNameBeforeTheNextBodyOfAList() {
        String text = "ستلاحقها وزارة الصحة والبلديات قريبا";
        assertEquals(List.of("وزارة الصحة"), found(text, k -> false, k -> k == 1 ? 3 : k));
    }

    @Test
    void takesNoWordThatMakesNoPortfolio() {
        assertEquals(List.of(), found("وطالب المحتجون وزارة الإشراف بالتدخل"));
    }

    @Test
    void needsADefiniteWordAfterTheNoun() {
        assertEquals(List.of(), found("هي أكبر وزارة في العالم"));
        assertEquals(List.of(), found("شكلت وزارة جديدة"));
    }

    private static String english(String name) {
        Words w = Words.of(name);
        return MinistryPhrases.englishOf(w.normalized(), 0, w.size(), Facilities.SHIPPED);
    }

    @Test
    void givesTheNounsAndThePortfoliosEnglishWords() {
        assertEquals("Ministry of Civil Service", english("وزارة الخدمة المدنية"));
        assertEquals("Ministry of Foreign Affairs", english("وزارة الخارجية"));
        assertEquals("Ministry of Education", english("وزارة التربية والتعليم"));
        assertEquals("Ministry of Endowments", english("لوزارة الأوقاف"));
    }

    @Test
    void givesNoEnglishNameWithoutEnglishWordsOrWithoutAMinistrysNoun() {
        assertNull(english("وزارة الأحلام"), "أحلام has no English word in the list");
        assertNull(english("الهيئة العامة للغذاء"));
    }
}
