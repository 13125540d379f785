package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

class LoneGivenNamesTest {
    /** Speech verbs for these tests, normalized, a conjunction allowed in front. */
    private static final Set<String> SPEECH = Set.of("قال", "قالت", "اوضح", "اضاف");

    private static boolean isSpeechVerb(String word) {
        return SPEECH.contains(word.startsWith("و") ? word.substring(1) : word);
    }

    /** Whether a person's proposal of the {@code nth} (from 0) occurrence of {@code name} in {@code text} is kept. */
    private static boolean kept(String text, String name, int nth) {
        return kept(text, name, nth, EntityType.PERSON, k -> false);
    }

    private static boolean kept(String text, String name) {
        return kept(text, name, 0);
    }

    private static boolean kept(String text, String name, int nth, EntityType type,
                                java.util.function.IntPredicate known) {
        int at = text.indexOf(name);
        for (int n = 0; n < nth; n++) {
            at = text.indexOf(name, at + 1);
        }
        Proposal p = new Proposal(at, at + name.length(), type, 0.8);
        return LoneGivenNames.filter(text, Words.of(text), List.of(p), LoneGivenNamesTest::isSpeechVerb, known,
                word -> false).contains(p);
    }

    /** Whether a person's proposal of {@code name} in {@code text} is kept, the words of {@code common} common. */
    private static boolean keptAmong(String text, String name, Set<String> common) {
        int at = text.indexOf(name);
        Proposal p = new Proposal(at, at + name.length(), EntityType.PERSON, 0.8);
        return LoneGivenNames.filter(text, Words.of(text), List.of(p), LoneGivenNamesTest::isSpeechVerb, k -> false,
                common::contains).contains(p);
    }

    @Test
    void dropsADefiniteWordCommonWithAndWithoutTheArticle() {
        Set<String> common = Set.of("القبطان", "قبطان", "الشهري", "شهري", "البابا", "بابا", "الفهد", "فهد");
        assertFalse(keptAmong("وأعلن القبطان وصول السفينة", "القبطان", common), "the captain");
        assertTrue(keptAmong("وأضاف القبطان أن السفينة وصلت", "القبطان", common), "a verb of speech before it");
        assertTrue(keptAmong("وأعلن الشهري وصول الفريق", "الشهري", common), "a nisba, which families bear");
        assertTrue(keptAmong("وأعلن الفهد وصول الفريق", "الفهد", common), "a given name");
        assertTrue(keptAmong("وأعلن البابا موقفه من الحرب", "البابا", common), "the holder of an office");
        assertTrue(keptAmong("وأعلن القبطان وصول السفينة", "القبطان", Set.of("القبطان")), "rare without the article");
    }

    @Test
    void dropsACommonWordWithoutASignOfAPerson() {
        assertFalse(kept("وأكد الطبيب أن الطريق لم تتم صيانته بشكل سليم منذ سنوات", "سليم"));
        assertFalse(kept("وكل عام وأنتم بخير، عيدكم مبارك", "مبارك"));
        assertFalse(kept("وتريد المملكة علاقات حسن جوار مع جيرانها", "حسن"));
        assertFalse(kept("وطلب اللاعب ذلك من مالك النادي الروسي", "مالك"));
    }

    @Test
    void keepsOtherGivenNamesAndLongerNamesAndOtherTypes() {
        assertTrue(kept("وشارك خالد في التدريب", "خالد"), "no common word");
        assertTrue(kept("وأكد الطبيب أن سليم الرياحي لم يحضر", "سليم الرياحي"), "two words");
        assertTrue(kept("وتعمل شركة زين في البلاد", "زين", 0, EntityType.ORG, k -> false), "not a person");
    }

    @Test
    void keepsTheWordAfterATitleOrHonorific() {
        assertTrue(kept("وحضر اللقاء السيدة وفاء والوفد المرافق", "وفاء"));
        assertTrue(kept("وأكد د. عادل على ضرورة الدعم", "عادل"), "an abbreviated title");
        assertTrue(kept("ووصل الأمير مولاي رشيد إلى المدينة", "رشيد"));
    }

    @Test
    void keepsTheWordAfterAKinWord() {
        assertTrue(kept("ودخل شقيقي منير إلى الغرفة", "منير"));
        assertTrue(kept("والفقيدة والدة عادل وأسامة", "عادل"));
        assertTrue(kept("وقال الأب رضا إنه أراد ذلك", "رضا"));
        assertTrue(kept("صدر كتاب جديد عن الأديب الفقيد محمود", "محمود"), "the late");
    }

    @Test
    void keepsTheWordAfterANationality() {
        assertTrue(kept("وتوصل النادي لاتفاق مع الغاني مبارك واكاسو", "مبارك"));
    }

    @Test
    void keepsTheWordAfterAVerbOfSpeechOrNaming() {
        assertTrue(kept("وأوضح جمال أن المشروع جاهز وقالت هدى إنها سعيدة", "هدى"));
        assertTrue(kept("وقال سائق الأجرة، ويدعى سالم، إن الطريق مغلق", "سالم"));
    }

    @Test
    void keepsAWordBesideAGivenNameInAList() {
        assertTrue(kept("وزارت الفتيات الثلاث، نور وبشرى وسارة، المدرسة", "بشرى"));
        assertTrue(kept("يشكر محمد وياسر ونبيل وجابر الحضور", "نبيل"));
        assertFalse(kept("وأبدى حسن سامي حسن نية", "حسن", 1), "a given name before it, but no list");
    }

    @Test
    void keepsAWordBeforeAnAge() {
        assertTrue(kept("وقال الطالب توفيق (22 عاما) إنه سعيد", "توفيق"));
        assertTrue(kept("وتهرب عزيز (28 عاما) من الحواجز", "عزيز"));
    }

    @Test
    void keepsTheSubjectOfAClause() {
        assertTrue(kept("وتجدر الإشارة إلى أن إيمان لم تخرج من منزلها", "إيمان"));
        assertTrue(kept("وتحدث عن سالم الذي ترك أرملة", "سالم"));
    }

    @Test
    void keepsAWordWhereTheKnowledgeBaseKnowsAName() {
        String text = "وقصفت طائرات التحالف مواقع الحوثيين وقوات صالح في لحج";
        int w = Words.of(text).firstAtOrAfter(text.indexOf("صالح"));
        assertTrue(kept(text, "صالح", 0, EntityType.PERSON, k -> k == w));
        assertFalse(kept(text, "صالح"));
    }

    @Test
    void readsAWordWithoutTheClitic() {
        assertFalse(kept("وهذا يصب لصالح الشركات الكبرى", "لصالح"));
    }

    @Test
    void dropsACommonWordWithTheArticleWhereItIsNoFamilyName() {
        assertFalse(kept("وتحدث الخطيب عن أركان الإيمان الستة", "الإيمان"));
        assertFalse(kept("متمنيا لكم دوام التوفيق والسداد", "التوفيق"));
        assertFalse(kept("ودعت الأسرة للفريقين بالتوفيق", "بالتوفيق"), "read without the preposition");
        assertTrue(kept("وبعث برقية تهنئة إلى الرئيس الحسن واتارا", "الحسن"), "a title before it");
        assertTrue(kept("ثم قال الحسن إن الأمر يطول", "الحسن", 0), "a verb of speech before it");
        assertTrue(kept("ونعى الوسط الفني الصالح بعد مرض طويل", "الصالح"), "الصالح is a family's name too");
    }

    @Test
    void keepsTheWordAfterAFacilitysNoun() {
        assertTrue(kept("وقع التفجير في مسجد الصادق وسط المدينة", "الصادق"));
        assertTrue(kept("وقع التفجير في مسجد (الصادق) وسط المدينة", "الصادق"), "a bracket between");
        assertTrue(kept("وأقيمت المباراة على إستاد الحسن", "الحسن"));
    }
}
