package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

class AgedNamesTest {
    /** Speech verbs for these tests, normalized, a conjunction allowed in front. */
    private static final Set<String> SPEECH = Set.of("قال", "قالت", "اضاف", "اضافت");

    /** The persons' names that {@code proposals} and the rules give in {@code text}. */
    private static List<String> persons(String text, List<Proposal> proposals) {
        return AgedNames.apply(text, Words.of(text), proposals,
                        word -> SPEECH.contains(word.startsWith("و") ? word.substring(1) : word)).stream()
                .filter(p -> p.type() == EntityType.PERSON).map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static List<String> persons(String text) {
        return persons(text, List.of());
    }

    /** A proposal of {@code name}, its first occurrence in {@code text}, as {@code type}. */
    private static Proposal proposal(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Proposal(at, at + name.length(), type, 0.7);
    }

    @Test
    void retypesAProposalOfAnotherTypeBeforeAnAge() {
        String text = "وقالت هونغ (67 عاما) إن المبادئ واضحة";
        assertEquals(List.of("هونغ"), persons(text, List.of(proposal(text, "هونغ", EntityType.LOC))));
    }

    @Test
    void leavesAProposalWithTheArticleItsType() {
        String text = "وعين حكما لبطولة الاتحاد (16 عاما) في الكويت";
        assertEquals(List.of(), persons(text, List.of(proposal(text, "بطولة الاتحاد", EntityType.MISC))));
    }

    @Test
    void proposesAGivenNameAndTheWordAfterIt() {
        assertEquals(List.of("فيصل المطيري"), persons("وانتقل فيصل المطيري (24 عاما) إلى النادي"));
        assertEquals(List.of("جيم ويب"), persons("وأعلن جيم ويب (69 عاما) ترشحه"));
    }

    @Test
    void proposesThreeWordsWithAFathersGivenNameBetween() {
        assertEquals(List.of("ريم خالد الزهراني"), persons("وأخرجت الطالبة ريم خالد الزهراني (16 عاما) فيلما قصيرا"));
    }

    @Test
    void proposesAGivenNameAlone() {
        assertEquals(List.of("سامي"), persons("وأصيب في الحادث سامي (22 عاما) بجروح"));
    }

    @Test
    void proposesAWordAfterASignOfAPerson() {
        assertEquals(List.of("جرابيل"), persons("وقالت جرابيل (64 عاما) إنها تعبت"), "a verb of speech");
        assertEquals(List.of("تاهيرة"), persons("وحضر الحفل هو وزوجته تاهيرة (60 عاما)"), "a kin word");
        assertEquals(List.of("مهرتياب"), persons("وكانت مهرتياب (30 عاما) قد هربت"), "a verb that news puts before who acts");
        assertEquals(List.of("كازورلي"), persons("وانضم اللاعب الإسباني كازورلي (30 عاما) إلى الفريق"), "a nationality");
        assertEquals(List.of("بيليه"), persons("وكان بيليه (74 عاما) قد خضع لعملية"), "a French name that ends as a pronoun would");
    }

    @Test
    void leavesAWordWithoutASignOfAPerson() {
        assertEquals(List.of(), persons("وأدانت المحكمة مراهقا (17 عاما) بالسرقة"));
    }

    @Test
    void leavesDefiniteNounsOfPersons() {
        assertEquals(List.of(), persons("وقال المتهم (26 سنة) إنه بريء"));
    }

    @Test
    void leavesKinWordsAndWordsEndingWithAPronoun() {
        assertEquals(List.of(), persons("وأصيب والده ووالدته وشقيقه (4 سنوات) بحروق"));
        assertEquals(List.of(), persons("وقال الطفل ذاته (14 عاما) إنه خائف"));
        assertEquals(List.of(), persons("ونقل المصابون ووالدتهم وأصغرهم (19 عاما) إلى المستشفى"));
    }

    @Test
    void leavesWordsThatIntroduceAnAge() {
        assertEquals(List.of(), persons("وتوفي الفنان عن عمر يناهز (47 عاما) بعد مرض"));
        assertEquals(List.of(), persons("وفاز اللاعب السوري تحت (18 عاما) بالبطولة"));
    }

    @Test
    void takesNoNisbaEndingInAlefMaksuraForASign() {
        assertEquals(List.of(), persons("وحالته مستقرة، فيما الحالة الأخرى لمواطن (75 عاما) حرجة"));
    }

    @Test
    void readsAgesInArabicIndicDigitsWithVowelSignsAndSpaces() {
        assertEquals(List.of("جرابيل"), persons("وقالت جرابيل (٦٤ عامًا) إنها تعبت"));
        assertEquals(List.of("جرابيل"), persons("وقالت جرابيل ( 64 عاما ) إنها تعبت"));
        assertEquals(List.of("جرابيل"), persons("وقالت جرابيل (64عاما) إنها تعبت"));
    }

    @Test
    void takesOnlyANumberAndAWordOfYearsForAnAge() {
        assertEquals(List.of(), persons("وقالت جرابيل (64) إنها تعبت"), "no word of years");
        assertEquals(List.of(), persons("وقالت جرابيل (64 يوما) إنها تعبت"), "days");
        assertEquals(List.of(), persons("وقال خالد (3000 سنة) إنها قديمة"), "too many digits for an age");
        assertEquals(List.of(), persons("وقالت جرابيل - (64 عاما) إنها تعبت"), "not right after the word");
    }

    @Test
    void keepsProposalsThatAreNoAge() {
        String text = "وقال خالد الفيصل (رئيس اللجنة) إن العمل مستمر";
        Proposal p = proposal(text, "خالد الفيصل", EntityType.PERSON);
        assertTrue(AgedNames.apply(text, Words.of(text), List.of(p), w -> false).equals(List.of(p)));
    }
}
