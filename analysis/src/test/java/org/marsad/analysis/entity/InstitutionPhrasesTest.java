package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class InstitutionPhrasesTest {
    private static final IntPredicate NO_NAMES = k -> false;

    private static List<String> found(String text, IntPredicate nameAt) {
        return InstitutionPhrases.find(text, Words.of(text), nameAt).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static List<String> found(String text) {
        return found(text, NO_NAMES);
    }

    @Test
    void findsAHeadItsAdjectivesAndAComplementWithLam() {
        String text = "أعلنت الهيئة العامة للغذاء والدواء عن حملة جديدة";
        assertEquals(List.of("الهيئة العامة للغذاء والدواء"), found(text));
        Proposal p = InstitutionPhrases.find(text, Words.of(text), NO_NAMES).get(0);
        assertEquals(EntityType.ORG, p.type());
        assertEquals(InstitutionPhrases.CONFIDENCE, p.confidence());
    }

    @Test
    void keepsLamBeforeTheHeadWithTheName() {
        assertEquals(List.of("للهيئة العامة للغذاء"), found("وقدم الطلب للهيئة العامة للغذاء أمس"));
        assertEquals(List.of("للجنة الوطنية لمكافحة الإرهاب"), found("وقدم الطلب للجنة الوطنية لمكافحة الإرهاب أمس"),
                "ل and the article write one ل before a head that opens with ل");
    }

    @Test
    void takesLamBeforeANounThatADefiniteWordCompletes() {
        assertEquals(List.of("اللجنة الوطنية لمكافحة الإرهاب"), found("وقالت اللجنة الوطنية لمكافحة الإرهاب إن"));
    }

    @Test
    void takesLamBeforeTwoNounsJoinedByWawThatADefiniteWordCompletes() {
        assertEquals(List.of("الشركة الوطنية لاستغلال وتوزيع المياه"),
                found("أعلنت الشركة الوطنية لاستغلال وتوزيع المياه عن انقطاع الماء"));
        assertEquals(List.of(), found("وقالت الجمعية الخيرية لرعاية وتأهيل أيتام المدينة إن"), "no definite word after them");
        assertEquals(List.of(), found("ودعا المجلس الوزاري الأوروبي لمناقشتها وإيجاد الحلول"), "a noun with a pronoun");
    }

    @Test
    void needsAnAdjectiveBetweenTheHeadAndTheComplement() {
        assertEquals(List.of(), found("وقالت المنظمة للمهرجان إن العروض تبدأ"));
    }

    @Test
    void leavesAConjunctionGluedToTheHeadOut() {
        assertEquals(List.of("الهيئة العامة للغذاء"), found("ووزارة الصحة والهيئة العامة للغذاء"));
    }

    @Test
    void endsBeforeAWordOfTimeARelativePronounAnAffiliationOrATitle() {
        assertEquals(List.of("اللجنة المحلية للانتخابات"), found("أعلنت اللجنة المحلية للانتخابات اليوم النتائج"));
        assertEquals(List.of("الشركة الوطنية لاستغلال وتوزيع المياه"),
                found("أعلنت الشركة الوطنية لاستغلال وتوزيع المياه الاثنين عن انقطاع الماء"));
        assertEquals(List.of("المعهد الملكي للإدارة"), found("درس في المعهد الملكي للإدارة التابع لوزارة الداخلية"));
        assertEquals(List.of("اللجنة العامة للانتخابات"), found("وقال رئيس اللجنة العامة للانتخابات المهندس سامر"));
    }

    @Test
    void endsBeforeTheNextInstitutionOfAList() {
        assertEquals(List.of("الإدارة العامة للغابات", "الديوان الوطني للسياحة"),
                found("بالتعاون بين الإدارة العامة للغابات والديوان الوطني للسياحة"));
    }

    @Test
    void takesNoOrdinalForAnAdjective() {
        assertEquals(List.of(), found("حل الفيلم في المركز الثاني للأسبوع الثالث"));
    }

    @Test
    void endsAtPunctuation() {
        assertEquals(List.of(), found("قالت الهيئة العامة، للغذاء والدواء"));
    }

    private static String english(String name) {
        Words w = Words.of(name);
        return InstitutionPhrases.englishOf(name, w.spans(), w.normalized(), 0, w.size(), Facilities.SHIPPED);
    }

    @Test
    void givesTheAdjectivesTheHeadAndTheComplementsEnglishWordsForAnEnglishName() {
        assertEquals("National Center for Measurement and Evaluation", english("المركز الوطني للقياس والتقويم"));
        assertEquals("General Authority for Food and Drug", english("الهيئة العامة للغذاء والدواء"));
        assertEquals("National Committee for Combating Terrorism", english("اللجنة الوطنية لمكافحة الإرهاب"));
    }

    @Test
    void givesAComplementThatIsAnInstitutionsNameItsEnglishNameAfterOfThe() {
        assertEquals("General Secretariat of the National Committee", english("الأمانة العامة للجنة الوطنية"));
        assertEquals("Executive Committee of the National Olympic Committee",
                english("اللجنة التنفيذية للجنة الوطنية الأولمبية"));
        assertEquals("General Assembly of the Asian Olympic Council",
                english("الجمعية العمومية للمجلس الأولمبي الآسيوي"),
                "a head and adjective of a whole name of complement-words.tsv");
        assertEquals("General Assembly of Retirees", english("الجمعية العمومية للمتقاعدين"), "of, not for");
    }

    @Test
    void givesTwoAdjectivesInEnglishOrder() {
        assertEquals("Arab Scout Organization", english("المنظمة الكشفية العربية"));
        assertEquals("National Charitable Association for Retirees", english("الجمعية الوطنية الخيرية للمتقاعدين"));
    }

    @Test
    void writesAComplementWithoutEnglishWordsInLatinLetters() {
        assertEquals("National Center for Al-Rasd al-Falki", english("المركز الوطني للرصد الفلكي"));
    }

    @Test
    void givesNoEnglishNameWhereAnAdjectiveHasNoEnglishWord() {
        assertNull(english("المركز الفلكي للرصد"), "الفلكي is in no list: the whole name is transliterated");
        assertNull(english("المجلس الفلكي"), "الفلكي is in no list");
    }

    @Test
    void givesAHeadAndItsAdjectivesWithoutAComplementTheirEnglishWords() {
        assertEquals("General Secretariat", english("الأمانة العامة"));
        assertEquals("International Organization", english("المنظمة الدولية"));
        assertEquals("Federal Council", english("المجلس الفدرالي"));
        assertNull(english("المجلس"), "a head alone is no name");
    }

    @Test
    void makesNoNameWhoseComplementHoldsAnotherName() {
        String text = "وصلت فرق المديرية العامة للدفاع المدني إلى الموقع";
        Words words = Words.of(text);
        int civilDefence = words.firstAtOrAfter(text.indexOf("للدفاع"));
        assertEquals(List.of(), found(text, k -> k == civilDefence));
        assertEquals(List.of("المديرية العامة للدفاع المدني"), found(text));
    }

    @Test
    void makesNoNameOfABodyOfWhatWasNamedBefore() {
        assertEquals(List.of(), found("واجتمع المكتب السياسي للحزب أمس"), "a listed referent");
        assertEquals(List.of(), found("وقالت اللجنة المنظمة للمهرجان إن العروض تبدأ"), "a listed referent");
        assertEquals(List.of(), found("ودعت الأمانة العامة للمجلس إلى اجتماع"), "a head that is a referent");
        assertEquals(List.of("اللجنة الوطنية للحزب الديمقراطي"), found("وقالت اللجنة الوطنية للحزب الديمقراطي"),
                "the referent with a word after it may be a name");
    }
}
