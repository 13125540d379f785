package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class ProposalBoundsTest {

    /** The mended proposal over the first occurrence of {@code proposed} in {@code text}, as text; null for none. */
    private static String mended(String text, String proposed) {
        return mended(text, proposed, EntityType.ORG);
    }

    private static String mended(String text, String proposed, boolean person) {
        return mended(text, proposed, person ? EntityType.PERSON : EntityType.ORG);
    }

    private static String mended(String text, String proposed, EntityType type) {
        int at = text.indexOf(proposed);
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + proposed.length(), type, 0.8));
        return p == null ? null : text.substring(p.start(), p.end());
    }

    /** As {@link #mended(String, String, EntityType)} for a person, with the words of {@code common} the only common ones. */
    private static String mendedAmong(String text, String proposed, Set<String> common) {
        int at = text.indexOf(proposed);
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + proposed.length(),
                EntityType.PERSON, 0.8), common::contains);
        return p == null ? null : text.substring(p.start(), p.end());
    }

    /**
     * As {@link #mendedAmong} for a name of {@code type}, with a name of the knowledge base beginning at the second
     * word of {@code text} and nowhere else.
     */
    private static String mendedKnowingTheSecondWord(String text, String proposed, EntityType type,
                                                     Set<String> common) {
        int at = text.indexOf(proposed);
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + proposed.length(), type, 0.8),
                common::contains, w -> w == 1);
        return p == null ? null : text.substring(p.start(), p.end());
    }

    @Test
    void takesARareDefiniteWordAfterAGivenNameAloneAsTheFamilysName() {
        Set<String> common = Set.of("اكد", "ان", "الفريق", "جاهز", "الاداره");
        assertEquals("سامي الملحم", mendedAmong("وأكد سامي الملحم أن الفريق جاهز", "سامي", common));
        assertEquals("سامي", mendedAmong("وأكد سامي الإدارة أن الفريق جاهز", "سامي", common), "a common word");
        assertEquals("سعود", mendedAmong("استفادت من رؤية الأمير سعود الثاقبة", "سعود", common),
                "the feminine ending agrees with a noun before the name");
        assertEquals("سامي", mended("وأكد سامي الملحم أن الفريق جاهز", "سامي", true), "no word is rare by default");
    }

    @Test
    void startsAPersonsNameWithTheFamilysWordBeforeIt() {
        assertEquals("آل صالح", mended("وأكد السفير آل صالح أن الزيارة مهمة", "صالح", true));
        assertEquals("صالح", mended("وأكد السفير ال صالح أن الزيارة مهمة", "صالح", true), "the article is no آل");
    }

    @Test
    void findsNoPersonInTheGivenNameThatOpensARole() {
        assertNull(mended("وأوضح أمين مجلس التنمية سامر الحلبي أن الفرع جاهز", "أمين", true));
        assertEquals("أمين", mended("وقال أمين إن الفرع جاهز", "أمين", true));
    }

    @Test
    void startsAPersonsNameAfterThePronounOfTwo() {
        assertEquals("بشار عبدالعظيم", mended("وألقى القبض على شخصين هما بشار عبدالعظيم وفيصل", "هما بشار عبدالعظيم", true));
    }

    @Test
    void endsAPersonsNameBeforeAnHonorificOfAddress() {
        assertEquals("يوسف بن خليفة الظاهري", mended("وحضر المهندس يوسف بن خليفة الظاهري معالي رئيس الهيئة",
                "يوسف بن خليفة الظاهري معالي", true));
        assertNull(mended("ثم كرم سمو أمير المنطقة الداعمين", "كرم سمو", true));
    }

    @Test
    void readsBismAfterAWordOfNamingAsAPreposition() {
        assertEquals("أم سياف", mended("وكانت المعروفة باسم أم سياف هناك", "باسم أم سياف", true));
        assertEquals("سيف الله خليل", mended("وكان المعروف أيضا باسم سيف الله خليل هناك", "باسم سيف الله خليل", true));
        assertEquals("باسم عوض الله", mended("وحضر الدكتور باسم عوض الله الحفل", "باسم عوض الله", true),
                "the given name");
    }

    @Test
    void findsNoPersonInTheBodyThatASpokesmanSpeaksFor() {
        assertNull(mended("وقال المتحدث الرسمي باسم لجنة الاحتراف إن القرار نهائي", "باسم لجنة الاحتراف", true));
        assertEquals("خامنئي", mended("وكتبت الصحيفة الناطقة باسم خامنئي مقالا", "باسم خامنئي", true));
    }

    @Test
    void endsAPersonsNameBeforeAVerbInTheFuture() {
        Set<String> common = Set.of("يراس", "يعودون", "تورك", "يلتحق");
        assertEquals("سامر المزروع", mendedAmong("وقال إن سامر المزروع سيرأس الوفد", "سامر المزروع سيرأس", common));
        assertEquals("كريم نصار", mendedAmong("وأكد أن كريم نصار سيعودون غدا", "كريم نصار سيعودون", common));
        assertEquals("كريم وسامر نصار", mendedAmong("وأكد أن كريم وسامر نصار سيلتحقان غدا", "كريم وسامر نصار سيلتحقان",
                common), "a dual, common by its singular");
        assertEquals("سامر ستراكان", mendedAmong("وقال سامر ستراكان إن الفريق جاهز", "سامر ستراكان", common),
                "a name ending like a dual, no common verb without the ending");
        assertEquals("جو ستورك", mendedAmong("وقال جو ستورك إن الوضع خطير", "جو ستورك", common),
                "a long vowel after the prefix: a foreign name");
        assertEquals("كريم سيلفا", mendedAmong("وقال كريم سيلفا إن الفريق جاهز", "كريم سيلفا", common),
                "no common word without its س");
    }

    @Test
    void findsNoNameInAVerbInTheFutureAlone() {
        Set<String> common = Set.of("يلتقي", "يضطر", "يعودون");
        assertNull(mendedAmong("وقال إن الرجلين سيلتقيان غدا في باريس", "سيلتقيان", common), "a dual");
        assertNull(mendedAmong("أما السكان فسيضطرون للرحيل", "فسيضطرون", common), "after ف");
        assertNull(mendedAmong("قال إن الوزراء سيعودون إلى عدن", "سيعودون", common));
        assertEquals("سيلفا", mendedAmong("وسجل سيلفا الهدف الثاني", "سيلفا", common), "no common verb");
    }

    @Test
    void startsANameAfterAVerbInTheFuture() {
        Set<String> common = Set.of("يسافر", "يزداد", "سوءا");
        assertEquals("تشونغ مونغ جون", mendedAmong("وسيسافر تشونغ مونغ جون إلى زيورخ", "وسيسافر تشونغ مونغ جون",
                common));
        assertNull(mendedAmong("وقال إن الوضع سيزداد سوءا", "سيزداد سوءا", common), "one common word left");
        assertEquals("حسين", mendedAmong("وسيسافر حسين غدا", "وسيسافر حسين", Set.of("يسافر", "حسين")),
                "a given name left");
    }

    @Test
    void findsNoNameInANisbaWithTheAccusativesAlefAlone() {
        Set<String> common = Set.of("الكتروني", "دستوري", "صوفي", "العلي", "عليا", "روسي");
        assertNull(mendedAmong("ويمكن التسجيل إلكترونيا في الموقع", "إلكترونيا", common), "electronically");
        assertNull(mendedAmong("وهو حق مكفول دستوريا للجميع", "دستوريا", common), "constitutionally");
        assertEquals("صوفيا", mendedAmong("وصل الوفد إلى صوفيا أمس", "صوفيا", common), "Sofia, a name word");
        assertEquals("العليا", mendedAmong("وقع الحادث في حي العليا أمس", "العليا", common),
                "the article and a common word");
        assertEquals("روسيا", mendedKnowingTheSecondWord("وقالت روسيا إن الاجتماع مهم", "روسيا", EntityType.GPE,
                common), "a name of the knowledge base");
    }

    @Test
    void endsAPersonsNameBeforeANounInTheIndefiniteAccusative() {
        Set<String> common = Set.of("الزعيم", "المتحدث", "الديار", "الصوفي", "الحزب", "الحربي");
        assertEquals("منصور", mendedAmong("واختار الحزب منصور زعيما له", "منصور زعيما", common), "as its leader");
        assertEquals("سامي الحربي", mendedAmong("وقال سامي الحربي متحدثا للصحفيين", "سامي الحربي متحدثا", common),
                "speaking");
        assertEquals("نادية صوفيا", mendedAmong("وحضرت نادية صوفيا الحفل", "نادية صوفيا", common), "a name word");
        assertEquals("لاسانا ديارا", mendedAmong("وسجل لاسانا ديارا هدفا", "لاسانا ديارا", common),
                "the surname after a rare foreign given name");
    }

    @Test
    void endsAForeignGivenNameBeforeAParticipleInTheAccusative() {
        Set<String> common = Set.of("المتحدث");
        assertEquals("إنريكي", mendedAmong("وتابع إنريكي متحدثا عن اللاعب", "إنريكي متحدثا", common),
                "speaking, no surname");
    }

    @Test
    void findsNoNameInAnIndefiniteHeadNounAndNisba() {
        Set<String> common = Set.of("الارهابي", "الدولي");
        for (String description : List.of("منظمة إرهابية", "لمنظمة دولية")) {
            String text = "وتعده الحكومة " + description + " منذ سنوات";
            int at = text.indexOf(description);
            assertNull(ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + description.length(),
                    EntityType.ORG, 0.8), common::contains), description);
        }
        String text = "وافتتحت مؤسسة دبي معرضا";
        int at = text.indexOf("مؤسسة");
        assertEquals(new Proposal(at, at + "مؤسسة دبي".length(), EntityType.ORG, 0.8), ProposalBounds.mend(text,
                Words.of(text), new Proposal(at, at + "مؤسسة دبي".length(), EntityType.ORG, 0.8), common::contains),
                "a place after the head noun");
    }

    @Test
    void takesBackTheFirstLettersOfAGivenNameThatReadAsAConjunctionAndTheArticle() {
        String text = "وقال والتر بالمر إن الشركة ستعلن نتائجها";
        int at = text.indexOf("التر");
        assertEquals("والتر بالمر", text.substring(ProposalBounds.mend(text, Words.of(text), new Proposal(at,
                at + "التر بالمر".length(), EntityType.PERSON, 0.8)).start(), at + "التر بالمر".length()));
    }

    @Test
    void endsANameOfAnyTypeBeforeAVerbInTheFuture() {
        int at = "وبدا أن فريق ".length();
        String text = "وبدا أن فريق كابيلو سيفوز للمرة السابعة";
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + "كابيلو سيفوز".length(),
                EntityType.ORG, 0.8), Set.of("يفوز")::contains);
        assertEquals("كابيلو", text.substring(p.start(), p.end()));
    }

    /** The type of the mended proposal of {@code type} over the first {@code proposed} in {@code text}. */
    private static EntityType typeMended(String text, String proposed, EntityType type) {
        int at = text.indexOf(proposed);
        return ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + proposed.length(), type, 0.8)).type();
    }

    @Test
    void typesAForeignersNameTheTaggerTypedOtherwiseAPerson() {
        assertEquals(EntityType.PERSON, typeMended("وقال مساعد وزير الدفاع أندرو إكسوم إن", "أندرو إكسوم",
                EntityType.LOC));
        assertEquals(EntityType.PERSON, typeMended("تحت إشراف المحاضر الإنجليزي «أوليفر ري» أمس", "أوليفر ري",
                EntityType.MISC), "quoted after a nationality's adjective");
        assertEquals(EntityType.PERSON, typeMended("وقال المتحدث «كريس فيليرز» أمس", "كريس فيليرز",
                EntityType.ORG), "quoted after a role");
        assertEquals(EntityType.MISC, typeMended("وتباع ماركات «هاكيت» و«بول سميث» في المتجر", "بول سميث",
                EntityType.MISC), "quoted alone, a brand");
        assertEquals(EntityType.ORG, typeMended("ونقلت صحيفة داريو تاندي الأرجنتينية", "داريو تاندي",
                EntityType.ORG), "after a body's noun");
        assertEquals(EntityType.MISC, typeMended("وفاز بجائزة جوردون أووردز عام 2010", "جوردون أووردز",
                EntityType.MISC), "after a facility's or prize's noun");
        assertEquals(EntityType.ORG, typeMended("وعينت الجمعية إرنست آند يونج مدققا", "إرنست آند يونج",
                EntityType.ORG), "a firm's and");
        assertEquals(EntityType.MISC, typeMended("ويحتضن بوريس بايشادزه دينامو أرينا المباراة في تبليسي",
                "بوريس بايشادزه دينامو أرينا", EntityType.MISC), "four words or more");
        assertEquals(EntityType.ORG, typeMended("وقال أندرو إن الشركة", "أندرو", EntityType.ORG), "one word");
    }

    @Test
    void endsANameBeforeABlessingWrittenAsOneLigature() {
        assertEquals("محمد", mended("قال النبي محمد \uFDFA في الحديث", "محمد \uFDFA", true));
        assertNull(mended("قال النبي \uFDFA في الحديث", "\uFDFA", true), "the blessing alone");
    }

    @Test
    void startsAPersonsNameAfterTheParticleOfACall() {
        assertEquals("منير", mended("«أبدًا جيت أزوركم يا منير، هي الزيارة»", "يا منير", true));
        assertEquals("تركي بن حميد", mended("قائلا: يا تركي بن حميد وش ذا", "يا تركي بن حميد", true));
        assertEquals("يا هلا", mended("في برنامج «يا هلا» أمس", "يا هلا", EntityType.MISC), "a show's title");
    }

    @Test
    void endsANameAfterAmmaBeforeTheAnswerGluedToFa() {
        Set<String> common = Set.of("يقول", "ابدي", "سعادته", "المواطن", "الشاعر", "يلاقي", "النادي", "الملكي", "يون");
        assertEquals("سيف القحطاني", mendedAmong("أما المواطن سيف القحطاني فأبدى سعادته", "سيف القحطاني فأبدى",
                common));
        assertEquals("خالد اليوسف", mendedAmong("وأما الشاعر والروائي خالد اليوسف فيقول إن الشعر باق",
                "خالد اليوسف فيقول", common), "the topic runs over a few words");
        assertEquals("خالد اليوسف فيقول", mendedAmong("قال خالد اليوسف فيقول إن الشعر باق", "خالد اليوسف فيقول",
                common), "no أما before the name");
        assertEquals("خالد اليوسف فيقول", mendedAmong("أما الشعر. وقال خالد اليوسف فيقول إن الشعر باق",
                "خالد اليوسف فيقول", common), "أما in the sentence before");
        assertEquals("خالد اليوسف فيقول", mendedAmong("إما خالد اليوسف فيقول إن الشعر باق", "خالد اليوسف فيقول",
                common), "إما is \"either\"");
        assertEquals("فريدي فريد", mendedAmong("أما فريدي فريد، مدير الفندق", "فريدي فريد", Set.of("ريد")),
                "a given name opening with ف");
        assertEquals("فرانسوا فيون", mendedAmong("أما فرانسوا فيون فيرى", "فرانسوا فيون", Set.of("يري")),
                "the letters after ف make no common word");
        assertNull(mendedAmong("أما المواطن فأبدى سعادته", "فأبدى", common), "the answer alone");
        assertEquals("فالإسلام", mendedAmong("أما الجواب فالإسلام أمر بحسن الظن", "فالإسلام", Set.of("الاسلام")),
                "the answer's subject");
        assertEquals("ميلان", mendedKnowingTheSecondWord("أما ميلان فيلاقي النادي الملكي", "ميلان فيلاقي",
                EntityType.ORG, common), "an organization's name too");
    }

    @Test
    void findsNoNameInAVerbOfTwoOrMoreAlone() {
        Set<String> common = Set.of("يسكن", "يستمع", "توقع");
        assertNull(mendedAmong("شقيقان من سلوفاكيا يسكنان في لندن", "يسكنان", common), "a dual");
        assertNull(mendedAmong("يجتمع حوله أحبابه فيستمعون إلى كلماته", "فيستمعون", common), "a plural after ف");
        assertNull(mendedAmong("المملكة وناميبيا توقعان على بروتوكول", "توقعان", common), "a feminine dual");
        assertEquals("تومسون", mendedAmong("وأوضح تومسون أن الشركة", "تومسون", common),
                "no common verb without the ending");
    }

    @Test
    void findsNoNameInAVerbOfTwoOrMoreBeforeOneCommonWord() {
        Set<String> common = Set.of("يستحق", "زكاه", "يريد");
        assertNull(mendedAmong("الفقراء الذين يستحقون زكاة المال", "يستحقون زكاة", common));
        assertEquals("فيريدون خافاند", mendedAmong("وقال فيريدون خافاند إن", "فيريدون خافاند", common),
                "a rare word after it: a foreign name");
    }

    @Test
    void findsNoNameWithBillahAfterAWordThatOpensNoCompoundName() {
        assertNull(mended("لا يقوم به إلا من خلا قلبه من الإيمان بالله والتصديق", "الإيمان بالله", true));
        assertNull(mended("وشدد على ضرورة حسن الظن بالله وأن لا نجعل", "حسن الظن بالله", true));
        assertEquals("منتصر بالله بربيرو", mendedAmong("وقال الكاتب العام منتصر بالله بربيرو إن", "منتصر بالله بربيرو",
                Set.of()), "a compound given name");
    }

    @Test
    void findsNoNameInTheConjunctionUmAlone() {
        assertNull(mended("فهل هو اتصال أم انفصال بين الناس", "أم"));
        assertEquals("أم كلثوم", mended("غنت أم كلثوم في القاهرة", "أم كلثوم", true), "a kunya keeps its name");
        assertEquals("أم قصر", mended("بدأ ميناء أم قصر يشهد نشاطا", "أم", EntityType.LOC), "a place's أم");
        assertEquals("إم", mended("على الطريق السريع إم 25", "إم", EntityType.LOC), "the letter M");
    }

    @Test
    void endsAPersonsNameBeforeAWordThatNeverStandsInOne() {
        assertEquals("نادر", mended("ويبقى نادر هو أفضل لاعب في الفريق", "نادر هو", true), "a copula");
        assertEquals("كريم منصور", mended("والفائزان كريم منصور هما الأفضل", "كريم منصور هما", true), "a copula of two");
        assertEquals("سلمى الخطيب", mended("التقت سلمى الخطيب أثناء زيارتها المعرض", "سلمى الخطيب أثناء", true));
        assertEquals("فارس العلي", mended("وصرح فارس العلي أن المشروع اكتمل", "فارس العلي أن", true));
        assertEquals("فيصل", mended("وأخذ الشيخ فيصل معه ابنه إلى المدينة", "فيصل معه", true),
                "a preposition with a pronoun");
        assertEquals("خالد", mended("فقال: يا خالد أنا تحت أمرك", "خالد أنا", true), "a separate pronoun");
        assertEquals("سعيد", mended("وقال المدرب إنه سعيد أننا فزنا", "سعيد أننا", true), "أن with a pronoun");
        assertNull(mended("وقال المدرب إننا فزنا", "إننا", true), "such a word alone is no name");
        assertEquals("كيم سو هي", mended("وسجلت اللاعبة الكورية كيم سو هي هدفين", "كيم سو هي", true),
                "a syllable of a Korean name");
        assertEquals("تشانغ يونغ هو", mended("وقال الباحث تشانغ يونغ هو إن التجربة نجحت", "تشانغ يونغ هو", true));
        assertEquals("نادر هو", mended("ويبقى نادر هو أفضل لاعب في الفريق", "نادر هو"), "not in an organization");
        assertEquals("دي.إن.إيه", mended("ونقلت وكالة دي.إن.إيه الخبر", "دي.إن.إيه", true), "إن spells a letter");
    }

    @Test
    void splitsAPersonProposalAroundACopulaBetweenTwoNames() {
        assertEquals(List.of("ماهر", "سامي النعيمي"),
                splitPerson("وكان مرشح الحزب ماهر هو سامي النعيمي في الجولة الأولى", "ماهر"));
        String one = "وكان بطل القصة ماهر هو سامي في الرواية";
        Proposal name = new Proposal(one.indexOf("ماهر"), one.indexOf(" في"), EntityType.PERSON, 0.8);
        assertEquals(List.of(name), ProposalBounds.split(one, Words.of(one), name), "one word after the copula");
    }

    @Test
    void splitsAPersonProposalAtATitleBetweenTwoNames() {
        assertEquals(List.of("سامر الحلبي", "ماهر بن علي الدوسري"),
                splitPerson("وحضر سامر الحلبي النقيب ماهر بن علي الدوسري في الحفل", "سامر"));
        assertEquals(List.of("ماهر الدوسري"), splitPerson("وصل مدير شرطة عرعر النقيب ماهر الدوسري في الموقع", "عرعر"),
                "one word before the title is no name unless a given name");
        assertEquals(List.of("سامر", "عبد العزيز القحطاني"),
                splitPerson("وحضر سامر الشيخ عبد العزيز القحطاني في الحفل", "سامر"));
        for (String name : List.of("إسماعيل ولد الشيخ أحمد", "علي عبد الأمير حسن الخزرجي", "ماهر النقيب الحفل",
                "فتحي الحاج عامر ربان", "ناصر السيد إسماعيل مطهر")) {
            String text = "وحضر " + name + " الحفل";
            Proposal whole = new Proposal(text.indexOf(name), text.indexOf(name) + name.length(), EntityType.PERSON,
                    0.8);
            assertEquals(List.of(whole), ProposalBounds.split(text, Words.of(text), whole), name);
        }
    }

    @Test
    void endsAPersonsNameBeforeATitleOfTheNextName() {
        assertEquals("محمد الطاهري", mended("الملازم محمد الطاهري النقيب ماهر الحجري", "محمد الطاهري النقيب", true));
        assertEquals("محمد الطاهري النقيب", mended("وقال محمد الطاهري النقيب إن", "محمد الطاهري النقيب", true),
                "a family name");
        assertEquals("محمد السيد", mended("وحضر محمد السيد عامر الحفل", "محمد السيد", true), "السيد is a family name too");
    }

    @Test
    void splitsAPersonProposalBeforeAConjunctionGluedToAGivenName() {
        String text = "وشارك يوسف السالم وياسر القحطاني ووليد الحربي وعبدالرحمن الشمري في التدريب";
        assertEquals(List.of("يوسف السالم", "ياسر القحطاني", "وليد الحربي", "عبدالرحمن الشمري"),
                splitPerson(text, "يوسف"));
        String one = "وشارك يوسف وليد السالم في التدريب";
        Proposal name = new Proposal(one.indexOf("يوسف"), one.indexOf(" في"), EntityType.PERSON, 0.8);
        assertEquals(List.of(name), ProposalBounds.split(one, Words.of(one), name), "وليد is a given name itself");
        Proposal organization = new Proposal(text.indexOf("يوسف"), text.indexOf(" في"), EntityType.ORG, 0.8);
        assertEquals(List.of(organization), ProposalBounds.split(text, Words.of(text), organization));
    }

    @Test
    void splitsAPersonProposalAtAGivenNameAfterAFamilyName() {
        assertEquals(List.of("حمود التميمي", "سليمان الحربي"),
                splitPerson("وشارك الشعراء حمود التميمي سليمان الحربي في الأمسية", "حمود"));
        assertEquals(List.of("خالد الشمري", "عبد العزيز النومان"),
                splitPerson("وتضم البعثة خالد الشمري عبد العزيز النومان في الأمسية", "خالد"), "عبد opens the next name");
    }

    @Test
    void keepsANameWhoseDefiniteWordIsNoFamilyName() {
        assertEquals(List.of("محمد الفاضل عبد الكافي"), splitPerson("وقال محمد الفاضل عبد الكافي في الأمسية", "محمد"),
                "the Maghreb's double given name");
        assertEquals(List.of("نور الدين البحيري سامي"), splitPerson("وقال نور الدين البحيري سامي في الأمسية", "نور"),
                "a compound given name");
        assertEquals(List.of("السيناتور الجمهوري بوب كروكر"),
                splitPerson("وقال السيناتور الجمهوري بوب كروكر في الأمسية", "السيناتور"), "titles open no name");
        assertEquals(List.of("علي عبد الله صالح"), splitPerson("وقال علي عبد الله صالح في الأمسية", "علي"));
    }

    @Test
    void endsAPersonsNameBeforeANounGluedToWawWithAPronoun() {
        assertEquals("سامر الحلبي", mended("حضر الحفل سامر الحلبي ومساعده في الإدارة.", "سامر الحلبي ومساعده", true));
        assertEquals("سامر الحلبي", mended("حضر الحفل سامر الحلبي وزوجته أمس.", "سامر الحلبي وزوجته", true));
    }

    @Test
    void startsAPersonsNameWithADefiniteGivenNameAfterLam() {
        assertEquals("للشاذلي العرفاوي", mended("وقدم الشكر للشاذلي العرفاوي على جهوده.", "العرفاوي", true),
                "the mention keeps the word whose article's alef the script drops");
        assertEquals("العرفاوي", mended("وقدم الشكر للمدرب العرفاوي على جهوده.", "العرفاوي", true), "no given name");
    }

    @Test
    void dropsALamAndDefiniteNounFromAPersonsNameStart() {
        assertEquals("سامر الحلبي", mended("وقدم الجمهور التحية للمغني سامر الحلبي بعد الحفل.", "للمغني سامر الحلبي", true));
        assertEquals("للجوهرة القحطاني", mended("وقدم الجمهور التحية للجوهرة القحطاني بعد الحفل.", "للجوهرة القحطاني",
                true), "الجوهرة is a given name");
        assertNull(mended("وقدم الشكر للضيف الكريم على زيارته.", "للضيف الكريم", true));
    }

    @Test
    void splitsAProposalAtALineBreak() {
        String text = "تصوير: سعود بن ماجد \n سامي الحارثي\nمدينة جدة";
        Proposal person = new Proposal(text.indexOf("سعود"), text.indexOf("\nمدينة"), EntityType.PERSON, 0.8);
        assertEquals(List.of("سعود بن ماجد", "سامي الحارثي"), ProposalBounds.split(text, Words.of(text), person).stream()
                .map(p -> text.substring(p.start(), p.end())).toList());
        Proposal place = new Proposal(text.indexOf("الحارثي"), text.length(), EntityType.LOC, 0.8);
        assertEquals(List.of("الحارثي", "مدينة جدة"), ProposalBounds.split(text, Words.of(text), place).stream()
                .map(p -> text.substring(p.start(), p.end())).toList(), "any type");
        String caption = "وقال محمد الحيدر \nزار الوفد";
        Proposal stray = new Proposal(caption.indexOf("محمد"), caption.indexOf(" الوفد"), EntityType.PERSON, 0.8);
        assertEquals(List.of("محمد الحيدر"), ProposalBounds.split(caption, Words.of(caption), stray).stream()
                .map(p -> caption.substring(p.start(), p.end())).toList(), "a verb alone on the next line is no name");
    }

    @Test
    void splitsAPersonProposalWhereLatinLettersGiveWayToArabic() {
        String text = "Next كريم نصار يكتب عن الدوري";
        Proposal person = new Proposal(0, text.indexOf(" يكتب"), EntityType.PERSON, 0.8);
        assertEquals(List.of("كريم نصار"), ProposalBounds.split(text, Words.of(text), person).stream()
                .map(p -> text.substring(p.start(), p.end())).toList());
        Proposal organization = new Proposal(0, text.indexOf(" يكتب"), EntityType.ORG, 0.8);
        assertEquals(List.of(organization), ProposalBounds.split(text, Words.of(text), organization), "persons only");
    }

    @Test
    void leavesNoOrganizationOfANisbaAgreeingWithTheNounBefore() {
        assertNull(mended("ويتوسع التعليم الأهلي في المدن.", "الأهلي"));
        assertEquals("الأهلي", mended("وفاز النادي الأهلي أمس.", "الأهلي"), "النادي heads a club's name");
        assertEquals("الإسماعيلي", mended("وقدم للنادي الإسماعيلي عرضا.", "الإسماعيلي"), "ل + النادي");
        assertEquals("الإسماعيلي", mended("ثم انتقل إلى الإسماعيلي بعد عام.", "الإسماعيلي"), "إلى reads as definite once normalized");
    }

    @Test
    void leavesNoPlaceOfANisbaAgreeingWithTheNounBefore() {
        assertNull(mended("وتمسكت الدول العربية بموقفها.", "العربية", EntityType.LOC));
        assertNull(mended("وقدمت له الضيافة الحجازية في الحي.", "الحجازية", EntityType.LOC));
        assertEquals("العربية", mended("وتمسكت الدول، العربية خاصة، بموقفها.", "العربية", EntityType.LOC),
                "a comma between: no adjective of the noun");
    }

    @Test
    void startsTheNameAfterEmphaticInna() {
        assertEquals("سامر خليل", mended("وفي حال صدور الحكم، فإن سامر خليل سيستأنف.", "فإن سامر خليل", true));
        assertEquals("فان دايك", mended("وسجل فان دايك هدفا.", "فان دايك", true), "Van, written without hamza");
    }

    @Test
    void leavesNoNameOfAPrayerFormula() {
        assertNull(mended("وعزى أسرة الفقيد، سائلا الله أن يتغمده برحمته.", "سائلا الله", true));
    }

    @Test
    void takesTheFamilyNameAfterAPersonsName() {
        assertEquals("سامر بن كريم آل نصار", mended("وقال سامر بن كريم آل نصار إن الحفل تأجل.", "سامر بن كريم", true));
        assertEquals("سامر بن كريم", mended("وقال سامر بن كريم آل", "سامر بن كريم", true), "آل alone completes nothing");
    }

    @Test
    void takesTheDefiniteFamilyNameThatEndsALineage() {
        assertEquals("سامر بن عبد الله بن كريم النصار", mended("وعين سامر بن عبد الله بن كريم النصار على وظيفة مستشار.",
                "سامر بن عبد الله بن كريم", true));
        assertEquals("سامر بن عبد الله النصار", mended("وقال سامر بن عبد الله النصار إن العمل مستمر.",
                "سامر بن عبد الله", true), "بن عبد الله: the father's name in two words");
        assertEquals("سامر بن كريم النصار", mended("وأوضح سامر بن كريم النصار المتحدث الرسمي أن العمل مستمر.",
                "سامر بن كريم", true), "a role's word after the family name is its apposition");
    }

    @Test
    void leavesOutADefiniteWordAfterALineageThatIsNoFamilyName() {
        assertEquals("سامر بن كريم", mended("وأكد سامر بن كريم المدير أن العمل مستمر.", "سامر بن كريم", true), "a role");
        assertEquals("سامر بن كريم", mended("انتقد سامر بن كريم الحملة التي أطلقها الحزب.", "سامر بن كريم", true),
                "a noun a relative qualifies");
        assertEquals("سامر بن كريم", mended("وأكد سامر بن كريم المندوب الجهوي للتنمية أن العمل مستمر.", "سامر بن كريم",
                true), "a noun an adjective qualifies");
        assertEquals("بن كريم", mended("وأكد بن كريم التزام الحكومة.", "بن كريم", true), "بن opens a family name");
        assertEquals("سامر بن كريم", mended("وأكد الأمير سامر بن كريم الجاهزية التامة.", "سامر بن كريم", true),
                "a royal's lineage");
    }

    @Test
    void startsAPersonsNameAfterAVerbWithAFeminineSubject() {
        assertEquals("الزهراني", mended("وأشارت الزهراني إلى أهمية القراءة.", "وأشارت الزهراني", true));
        assertEquals("منى العلي", mended("أوضحت منى العلي أن الورشة ناجحة.", "أوضحت منى العلي", true));
        assertEquals("طالبت الشمري", mended("وطالبت الشمري بتمديد المهلة.", "طالبت الشمري"), "not an organization");
    }

    @Test
    void startsAPersonsNameAfterAVerbOfSpeech() {
        assertEquals("سامر خليل", mended("وأضاف سامر خليل أن العمل مستمر.", "وأضاف سامر خليل", true));
        assertEquals("العثمان", mended("وطالب العثمان بتواجد الجماهير.", "وطالب العثمان", true));
        assertEquals("دبوان", mended("وأبان دبوان أن الوفد وصل.", "وأبان دبوان", true), "a family name, no article");
        assertEquals("وطالب سامر", mended("وحضر وطالب سامر الحفل.", "وطالب سامر", true), "a given name after it");
        assertEquals("سامر خليل", mended("وأفاد سامر خليل بأن العمل مستمر.", "وأفاد سامر خليل", true));
        assertEquals("سامر خليل", mended("وأبلغ سامر خليل الصحفيين بالقرار.", "أبلغ سامر خليل", true));
        assertEquals("طالب الرفاعي", mended("وحضر طالب الرفاعي الحفل.", "طالب الرفاعي", true), "Talib, a given name");
        assertEquals("وطالب سامر خليل", mended("وحضر وطالب سامر خليل الحفل.", "وطالب سامر خليل", true), "no family name alone after it");
        assertEquals("المنصف الحربي", mended("من جهته طالب المنصف الحربي بالتغيير.", "طالب المنصف الحربي", true),
                "a definite given name after it");
    }

    @Test
    void startsAPersonsNameAfterKana() {
        assertEquals("العبيدي", mended("وكان العبيدي قد أكد أن الامتحانات تأجلت.", "وكان العبيدي", true));
        assertEquals("العبيدي", mended("و كان العبيدي قد أكد أن الامتحانات تأجلت.", "كان العبيدي", true));
    }

    @Test
    void startsAPersonsNameAtTheGivenNameAfterADefiniteWordBeforeIt() {
        assertEquals("فهد مطر", mended("وأنشد المنشد فهد مطر قصيدة.", "المنشد فهد مطر", true));
        assertEquals("جاسم", mended("وسجل الكويتي جاسم هدفا.", "الكويتي جاسم", true), "a nationality");
        assertEquals("عبدالله الموسى", mended("وعرض التشكيلي عبدالله الموسى لوحاته.", "التشكيلي عبدالله الموسى", true),
                "a name opening with عبد");
        assertEquals("السنيدي سامي", mended("وقال المحامي السنيدي سامي إن القضية انتهت.", "السنيدي سامي", false),
                "not a person");
    }

    @Test
    void keepsADefiniteWordThatNamesBeforeAGivenName() {
        assertEquals("الطيب صالح", mended("ورحل الروائي الطيب صالح عن عالمنا.", "الطيب صالح", true),
                "a Maghrebi given name that is an adjective too");
        assertEquals("النبي يونس", mended("وزار الوفد مسجد النبي يونس.", "النبي يونس", true), "a prophet's name");
        assertEquals("الله الهادي", mended("والله الهادي إلى سواء السبيل.", "الله الهادي", true),
                "a formula, which common-nouns.tsv drops whole");
    }

    @Test
    void startsAPersonsNameAfterANounHeadingAnOrganization() {
        assertEquals("سالم", mended("وتقدمت قوات سالم نحو المدينة", "قوات سالم", true));
        assertEquals("فيصل", mended("ونقل إلى مستشفى الملك فيصل أمس", "مستشفى الملك فيصل", true),
                "the title goes too: the facility's rule reads the noun and the title before the name");
        assertEquals("قوات سالم", mended("وتقدمت قوات سالم نحو المدينة", "قوات سالم", false), "not a person");
    }

    @Test
    void startsAPersonsNameAfterANounOfAPlace() {
        assertEquals("الراجحي", mended("وأقيمت الحلقات في جامع الراجحي بالرياض", "جامع الراجحي", true));
        assertEquals("قباء", mended("يمتد من المسجد النبوي ومسجد قباء", "ومسجد قباء", true), "after its clitic too");
        assertEquals("جامع الراجحي", mended("وأقيمت الحلقات في جامع الراجحي بالرياض", "جامع الراجحي", false),
                "not a person");
    }

    @Test
    void makesNoPersonOfATitleAlone() {
        assertNull(mended("وأوضح بروفيسور التاريخ في الجامعة أن", "بروفيسور", true));
        assertEquals("إيان موريس", mended("وأوضح البروفيسور إيان موريس أن", "البروفيسور إيان موريس", true));
    }

    @Test
    void opensTheNameAfterAQuoteMark() {
        assertEquals("بوكس أوفس", mended("وذكر موقعا «نيلسن» و«بوكس أوفس» أن الإيرادات ارتفعت.", "و«بوكس أوفس"));
        assertEquals("القاعدة", mended("وأعلن فرع لـ«القاعدة» مسؤوليته.", "لـ«القاعدة"));
    }

    @Test
    void opensTheNameAfterAClosingMarkTypedToOpenAfterAClitic() {
        assertEquals("بوكس أوفس", mended("وذكر موقعا «نيلسن» و»بوكس أوفس» أن الإيرادات ارتفعت.", "و»بوكس أوفس"));
        assertEquals("بوكس أوفس", mended("وذكر موقعا ”نيلسن” و”بوكس أوفس” أن الإيرادات ارتفعت.", "و”بوكس أوفس"));
    }

    @Test
    void endsTheNameAtAClosingQuoteMark() {
        assertEquals("مجلة القلب", mended("وأشارت «مجلة القلب»إلى أن التدخين يضر.", "مجلة القلب»إلى"));
        assertEquals("الزطلة", mended("وحجزت كمية من \"الزطلة\"و الأقراص المخدرة.", "الزطلة\"و الأقراص"));
        assertEquals("كارل سميث", mended("وشاب يدعى\"كارل سميث\" أمس.", "يدعى\"كارل سميث"));
        assertEquals("بلاتو", mended("وظهر في برنامج ما و\"بلاتو\" أمس.", "و\"بلاتو"));
    }

    @Test
    void leavesNoNameOfAFunctionWordAlone() {
        assertNull(mended("ونشرت في مجلة \"القلب\" و\"إلى أن التدخين يضر.", "إلى"));
        assertNull(mended("وشكر الرئيس على الاهتمام.", "على"));
        assertEquals("علي", mended("وقال علي إن الطريق مغلق.", "علي", true));
    }

    @Test
    void endsTheNameBeforeAWordWithTanween() {
        assertEquals("سامر المسند", mended("وعلق الدكتور سامر المسند قائلاً: إن الخبر غير صحيح.", "سامر المسند قائلاً"));
        assertEquals("رونالدو", mended("ويتقاضى رونالدو راتبًا أسبوعيًا كبيرا.", "رونالدو راتبًا"));
    }

    @Test
    void endsTheNameBeforeAWordThatCarriesTheSentenceOn() {
        assertEquals("سامر المسند", mended("بعد تدخل الخبير سامر المسند مباشرة في الملف.", "سامر المسند مباشرة"));
        assertEquals("كريم نصار", mended("واستقبل كريم نصار وعدد من المسؤولين الوفد.", "كريم نصار وعدد"));
        assertEquals("رامز الحلبي", mended("وأصيب رامز الحلبي إثر حادث سير.", "رامز الحلبي إثر"));
        assertEquals("حاتم الراشد", mended("وعلق حاتم الراشد مؤكدا أن الخطة تمضي.", "حاتم الراشد مؤكدا", true),
                "a participle of speech whose tanween is unwritten");
        assertEquals("رنا الشمري", mended("وتؤدي الوزيرة رنا الشمري زيارة إلى الموقع.", "رنا الشمري زيارة", true));
        assertEquals("مانويل دونيس", mended("وفاز على مانويل دونيس كما فازت زميلته.", "مانويل دونيس كما", true));
        assertEquals("هاني ملحم", mended("والمتهمون هم هاني ملحم مواليد 1990 وآخرون.", "هاني ملحم مواليد", true),
                "the words of a record");
        assertEquals("النادي الساحلي", mended("وخسر الفريق أمام النادي الساحلي بهدفين مقابل هدف.", "النادي الساحلي بهدفين"),
                "the score");
    }

    @Test
    void leavesNoNameWhenItsFirstWordHasTanween() {
        assertNull(mended("وحمل شارة القائد خلفًا لزميله المنتقل.", "خلفًا لزميله"));
    }

    @Test
    void endsTheLastNameOfAListBeforeABlessingSaidOfTwoOrMore() {
        assertEquals("منصور الهاشمي", mended("وقد بنى الشيخ ماجد والشيخ منصور الهاشمي رحمهما الله المسجد القديم.",
                "منصور الهاشمي رحمهما الله", true));
        assertEquals("سالم", mended("وقد خدم الأخوان ماجد وسالم -يرحمهم الله- في الجيش.", "سالم -يرحمهم الله", true));
    }

    @Test
    void endsTheNameBeforeABlessing() {
        assertEquals("ابن باز", mended("كما قال الشيخ ابن باز رحمه الله في فتواه.", "ابن باز رحمه الله"));
        assertEquals("محمد", mended("وقد قال النبي محمد صلى الله عليه وسلم ذلك.", "محمد صلى", true));
        assertNull(mended("في عهد الملك المؤسس -طيب الله ثراه- بدأ البناء.", "طيب الله", true), "a blessing alone is no name");
        assertEquals("عائشة", mended("وروت عائشة رضي الله عنها الحديث.", "عائشة رضي", true));
        assertEquals("سامر الحلبي", mended("وقال سامر الحلبي الحمد لله على السلامة.", "سامر الحلبي الحمد", true),
                "the praise of God the speaker opens with");
        assertEquals("سامر الحلبي", mended("وقال سامر الحلبي الحمد الله على السلامة.", "سامر الحلبي الحمد", true),
                "written with الله");
        assertEquals("سامر الحمد", mended("وقال سامر الحمد إن العمل مستمر.", "سامر الحمد", true),
                "الحمد, a family name, before no الله");
    }

    @Test
    void endsAPersonsNameBeforeAWordWithLamAndTheArticle() {
        assertEquals("عبدالله", mended("وأشاد بمبادرة الملك عبدالله للسلام في القمة.", "عبدالله للسلام", true),
                "the initiative is for peace");
        assertEquals("للزركلي", mended("في كتاب الأعلام للزركلي.", "للزركلي", true), "the first word is the name's");
    }

    @Test
    void leavesNoPersonOfAGivenNameThatIsANounThere() {
        assertNull(mended("وتقوم العلاقات على مبادئ حسن الجوار", "حسن", true));
        assertNull(mended("يقيس المشروع رضا المستفيدين", "رضا", true));
        assertNull(mended("جاء الاتفاق في صالح الطرف الأضعف", "صالح", true));
        assertNull(mended("صوت المجلس لصالح القرار", "لصالح", true));
        assertEquals("حسن", mended("وقال حسن إن الاتفاق قريب", "حسن", true));
        assertEquals("صالح", mended("وهاجمت قوات صالح المدينة", "صالح", true));
    }

    @Test
    void endsAPersonsNameBeforeATitleGluedToWaw() {
        String text = "التقى مدير ديوان الرئيس كريم والشيخ سالم الهادي أمس.";
        assertEquals("كريم", mended(text, "كريم والشيخ", true), "the sheikh is the next man of the list");
        assertNull(mended("ثم وصل والدكتور سالم", "والدكتور", true), "a title alone is no person");
        assertEquals("كريم والشيخ", mended(text, "كريم والشيخ", EntityType.ORG), "persons only");
    }

    @Test
    void takesTheWordThatCompletesAnUnfinishedName() {
        assertEquals("عبدالعزيز آل الشيخ", mended("وقال الشيخ عبدالعزيز آل الشيخ إن الصلاة أقيمت.", "عبدالعزيز آل"));
        assertEquals("حاتم بن عرفة", mended("وسجل حاتم بن عرفة هدفا.", "حاتم بن"));
        assertEquals("سامر بن ماجد آل سالم", mended("وعين سامر بن ماجد آل سالم مديرا.", "سامر بن", true),
                "and the family's name after the father's");
        assertEquals("سعد بن رحيل السويدي", mended("وقلد اللواء سعد بن رحيل السويدي رتبته.", "سعد بن", true),
                "a definite family name after the father's");
        assertEquals("أبو وليد", mended("وقال أبو وليد إن الطريق مغلق.", "أبو"));
        assertEquals("نيو إنغلاند", mended("وفاز فريق نيو إنغلاند باللقب.", "نيو", EntityType.LOC), "New of a foreign name");
        assertEquals("سانتا كلارا", mended("وتقام المباراة في سانتا كلارا السبت.", "سانتا", EntityType.LOC));
        assertEquals("حمد بن علي", mended("وقال اللواء ركن حمد بن علي العطية إن الاتفاق قريب.", "ركن حمد بن", true),
                "a rank is no part of the name, and علي after بن is Ali");
        assertEquals("سيدي بوعلي", mended("يحتضن الملعب البلدي بسيدي بوعلي المباريات.", "بسيدي", EntityType.LOC),
                "the place noun's clitic stays out");
        assertEquals("شط مريم", mended("في منطقة شط مريم من ولاية سوسة.", "شط", EntityType.LOC));
    }

    @Test
    void takesTheRareWordAfterTheParticleOfAEuropeanSurname() {
        String text = "وأخرج الفيلم برايان دي بالما عام 1996.";
        assertEquals("برايان دي بالما", mendedAmong(text, "برايان دي", Set.of("عام", "الفيلم")));
        assertEquals("برايان دي", mendedAmong(text, "برايان دي", Set.of("بالما")), "a common word is no surname");
        assertEquals("أحمد", mendedAmong("أما أحمد فإن إصابته طفيفة", "أحمد فإن", Set.of()),
                "فإن is no particle, though it normalizes as فان, and no part of a name");
    }

    @Test
    void takesNoConjunctionOrPronounToCompleteAName() {
        assertEquals("عبد", mended("إن كرامة كل عبد وحقوقه مصونة.", "عبد"));
        assertEquals("أبي", mended("وكان أبي وهو في السوق.", "أبي"));
    }

    @Test
    void keepsABoundInsideAWord() {
        String text = "والتقى بوتين والأسد في موسكو.";
        int start = text.indexOf("الأسد");
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(start, text.indexOf(" في"),
                EntityType.PERSON, 0.8));
        assertEquals("الأسد", text.substring(p.start(), p.end()));
    }

    @Test
    void startsAPersonsNameAfterItsTitle() {
        assertEquals("تركي بن محمد", mended("واستقبل الأمير تركي بن محمد الوفد.", "الأمير تركي بن محمد", true));
        assertEquals("الأميرة نورة", mended("وافتتحت الأميرة نورة المعرض.", "الأميرة نورة", false), "not a person");
        assertEquals("سامي", mended("وقال الدكتور سامي إن النتائج جيدة.", "الدكتور سامي", true));
        assertEquals("الشيخ", mended("وصل الشيخ أمس.", "الشيخ", true), "nothing would be left");
        assertEquals("تركي بن محمد", mended("وحضر الوزير والأمير تركي بن محمد الحفل.", "الأمير تركي بن محمد", true),
                "the proposal starts after the conjunction glued to the title");
    }

    @Test
    void startsAPersonsNameAfterBaOrLamGluedToACommonNoun() {
        Set<String> common = Set.of("بضم", "ضم", "بخلاف", "خلاف", "بصوت", "صوت", "بدور", "دور");
        assertEquals("بدرو", mendedAmong("وأبدى النادي اهتمامه بضم بدرو من برشلونة.", "بضم بدرو", common),
                "by signing Pedro");
        assertEquals("عادل الهاني", mendedAmong("وقال بخلاف عادل الهاني إن الأمر انتهى.", "بخلاف عادل الهاني", common));
        assertNull(mendedAmong("ويتلو القرآن بصوت خاشع كل ليلة.", "بصوت خاشع", common), "with a humble voice");
        assertNull(mendedAmong("وقام بدور إيجابي في الحملة.", "بدور إيجابي", common), "one word left, no given name");
        assertNull(mendedAmong("وشكر الفريق بصوت عال.", "بصوت", common), "the phrase alone");
    }

    @Test
    void startsAPersonsNameAfterARareWordOfBaOrLamGluedToACommonNoun() {
        Set<String> common = Set.of("رحيل", "صوت", "شوقي", "فخر", "روحاني");
        assertEquals("سامر الحلبي", mendedAmong("وطالبوا برحيل سامر الحلبي عن النادي.", "برحيل سامر الحلبي", common),
                "demanded Samer al-Halabi's departure");
        assertNull(mendedAmong("وأنشد القصيدة بصوت شجي.", "بصوت شجي", common), "one word left, no given name");
        assertEquals("لشوقي بن سعادة", mendedAmong("وتوصل لشوقي بن سعادة إلى الهدف.", "لشوقي بن سعادة", common),
                "Chawki, a name word");
        assertEquals("لفخر الدين الرازي", mendedAmong("وكان معاصرا لفخر الدين الرازي.", "لفخر الدين الرازي", common),
                "the first word of a two-word given name");
    }

    @Test
    void keepsAPersonsNameThatTheKnowledgeBaseKnowsAfterAGluedLetter() {
        String text = "فجاء بروحاني رئيسا للبلاد.";
        assertEquals("بروحاني", mendedKnowingTheSecondWord(text, "بروحاني", EntityType.PERSON, Set.of("روحاني")),
                "the letter is read off later");
        assertNull(mendedAmong(text, "بروحاني", Set.of("روحاني")), "without the knowledge base, spiritual");
    }

    @Test
    void keepsANameThatOpensWithBaOrLamBeforeALongVowelARareWordOrAGivenName() {
        Set<String> common = Set.of("يليه", "بيليه", "دوي", "بدوي", "باب", "بباب", "سعدون");
        assertEquals("بيليه", mendedAmong("وقال بيليه إن المنتخب قوي.", "بيليه", common), "Pelé, no ب + يليه");
        assertEquals("بدوي الدسوقي", mendedAmong("وحضر بدوي الدسوقي المباراة.", "بدوي الدسوقي", common),
                "a given name");
        assertEquals("بسيسو", mendedAmong("وأشار بسيسو إلى أن العمل مستمر.", "بسيسو", common),
                "no common word after ب");
    }

    @Test
    void endsAPersonsNameBeforeBaOrLamGluedToACommonNoun() {
        Set<String> common = Set.of("بمنسوبي", "منسوبي", "بتولي", "تولي", "لمحطه", "محطه", "بري", "ري");
        assertEquals("سامر الحلبي", mendedAmong("وأشاد سامر الحلبي بمنسوبي الشركة.", "سامر الحلبي بمنسوبي", common),
                "praised the company's staff");
        assertEquals("سامر الحلبي", mendedAmong("وكلف سامر الحلبي بتولي الإدارة.", "سامر الحلبي بتولي", common));
        assertEquals("زيدان", mendedAmong("وصرح زيدان لمحطة إذاعية بأنه سعيد.", "زيدان لمحطة", common));
        assertEquals("نبيه بري", mendedAmong("وقال نبيه بري إن المجلس سينعقد.", "نبيه بري", common),
                "Berri: no noun of two letters ends a name");
    }

    @Test
    void endsAForeignersNameBeforeADefiniteWordAfterTheFamilyName() {
        assertEquals("جون باراسو",
                mended("وقال السناتور جون باراسو الجمهوري إن القرار خاطئ.", "جون باراسو الجمهوري", true));
        assertEquals("فرنسوا هولاند", mended("ودعا الرئيس فرنسوا هولاند التعاون مع الشركاء.", "فرنسوا هولاند التعاون",
                true));
        assertEquals("كارل جوستاف السادس عشر", mended("واستقبل الملك كارل جوستاف السادس عشر الوفد.",
                "كارل جوستاف السادس عشر", true), "a regnal ordinal");
        assertEquals("فرنسوا هولاند", mended("ودعا الرئيس فرنسوا هولاند التعاون مع الشركاء.", "هولاند التعاون",
                true), "the given name before the proposal");
        assertEquals("وياسين الصغايري", mended("بقيادة جاكوب أنطونيو وياسين الصغايري المدرب المساعد.",
                "وياسين الصغايري", true), "the next name of a list");
        assertEquals("سوزان أبو الهوى", mended("وكتبت سوزان أبو الهوى رواية جديدة.", "سوزان أبو الهوى", true));
        assertEquals("سامر الحلبي المطيري", mended("وقال سامر الحلبي المطيري إن الفريق جاهز.", "سامر الحلبي المطيري",
                true), "no foreigner's given name");
    }

    @Test
    void endsAPersonsNameBeforeARoleInConstruct() {
        assertEquals("ياروس بيليك",
                mended("وقال ياروس بيليك خبير الشرق الأوسط إن الوضع صعب.", "ياروس بيليك خبير", true));
        assertEquals("سامر الحلبي", mended("وأكد الدكتور سامر الحلبي استشاري أمراض القلب أن العلاج متاح.",
                "سامر الحلبي استشاري", true));
        assertEquals("ياروس بيليك", mended("وكتب ياروس بيليك مؤسس الموقع مقالا.", "ياروس بيليك مؤسس", true));
    }

    @Test
    void startsAPersonsNameAfterAWordThatDatesOrPraisesTheRole() {
        assertEquals("زيكو", mended("وسبق للنجم البرازيلي السابق زيكو أن زار المدينة.", "السابق زيكو", true));
        assertEquals("سامر الحلبي", mended("وغنى الفنان الراحل سامر الحلبي للوطن.", "الراحل سامر الحلبي", true));
        assertEquals("ياروس بيليك", mended("وكتب الروائي التشيكي المعروف ياروس بيليك رواية.", "المعروف ياروس بيليك",
                true), "a word of fame");
    }

    @Test
    void startsAPersonsNameAfterATitleWrittenWithHamzaOnItsSeat() {
        assertEquals("سامي الحربي", mended("وأوضح الرائد سامي الحربي أن الحادث وقع.", "الرائد سامي الحربي", true));
        assertEquals("مازن", mended("وقال المؤرخ مازن إن الوثيقة قديمة.", "المؤرخ مازن", true));
    }

    @Test
    void makesNoPersonOfAnAdjectiveAgreeingWithTheNounBefore() {
        assertNull(mended("وتلا آيات من الذكر الحكيم في الحفل.", "الحكيم", true));
        assertNull(mended("وأعلن التحالف العربي بدء العملية.", "العربي", true));
        assertEquals("الحكيم", mended("وتلا آيات من الذكر الحكيم في الحفل.", "الحكيم", false), "not a person");
    }

    @Test
    void keepsAFamilyNameAfterAPersonsNounGivenNameOrNisba() {
        assertEquals("السنيدي", mended("وأوضح المحامي السنيدي أن القضية انتهت.", "السنيدي", true));
        assertEquals("الخالدي", mended("واستقبل القنصل السعودي الخالدي الوفد.", "الخالدي", true));
        assertEquals("الجوهرة القحطاني", mended("وقالت الجوهرة القحطاني إن الورشة نجحت.", "القحطاني", true),
                "the given name joins the name");
        assertEquals("الحربي", mended("وأكد الحربي أن الفريق جاهز.", "الحربي", true));
    }

    @Test
    void leavesNoNameBeforeLillah() {
        assertNull(mended("وقال: الحمد لله على السلامة.", "الحمد", true));
        assertEquals("الحمد", mended("وأكد الحمد أن الفريق جاهز.", "الحمد", true));
    }

    @Test
    void leavesNoPersonOfLiAlone() {
        assertNull(mended("وقال لي إن الطريق مغلق.", "لي", true));
        assertEquals("لي كه تشيانغ", mended("واستقبل لي كه تشيانغ الوفد.", "لي كه تشيانغ", true));
    }

    @Test
    void leavesNoNameOpeningWithTheParticleOfAClause() {
        assertNull(mended("وأصيب السائق ولم يتعرض لإصابة خطيرة.", "ولم يتعرض", true));
    }

    @Test
    void leavesNoNameOpeningWithADemonstrativeOfTheDual() {
        assertNull(mended("وقد تمكن هذان الشخصان من السيطرة على السيارة.", "هذان الشخصان", true));
        assertNull(mended("وتعد هاتان المادتان من المحظورات.", "هاتان المادتان", true));
    }

    @Test
    void startsTheNameAfterAPreposition() {
        assertEquals("كيليس", mended("وصل اللاجئون في كيليس أمس.", "في كيليس"));
        assertEquals("على عواجي", mended("وقال على عواجي إن الطريق مغلق.", "على عواجي"), "على is how many write علي");
    }

    @Test
    void startsTheNameAfterAPersonalPronoun() {
        assertEquals("سعيد", mended("وقال المدرب \"أنا سعيد بالفوز\".", "أنا سعيد", true));
        assertNull(mended("وقال \"أنا سعيد\".", "أنا", true), "a pronoun alone is no name");
        assertEquals("آنا رينولدز", mended("وقالت آنا رينولدز إن المعرض مفتوح.", "آنا رينولدز", true), "آنا is Anna");
    }

    @Test
    void startsTheNameAfterLiToMeBeforeAnArabicGivenNameOrADefiniteWord() {
        assertEquals("عمر", mended("وبصوت هادئ قال لي عمر إن الموعد قريب", "لي عمر", true));
        assertNull(mended("ثم قال لي السيد إن الموعد قريب", "لي السيد", true), "a definite word left alone");
        assertEquals("الغامدي", mended("ثم قال لي الغامدي إن الموعد قريب", "لي الغامدي", true), "a family name");
        assertEquals("لي كوان يو", mended("وقال لي كوان يو إن سنغافورة صغيرة", "لي كوان يو", true), "Lee Kuan Yew");
        assertEquals("لي نيلسون", mended("وقال لي نيلسون إن الفيلم جاهز", "لي نيلسون", true),
                "a foreign given name: Lee Nelson");
    }

    @Test
    void takesTheWordAfterANounThatOpensAPlacesName() {
        assertEquals("بني خلاد", mended("وقعت الحادثة في بني خلاد أمس.", "بني", EntityType.LOC));
        assertEquals("بني", mended("وقعت الحادثة في بني خلاد أمس.", "بني", EntityType.ORG), "only a place's name");
    }

    @Test
    void startsAPlacesNameAtTheNounThatOpensIt() {
        assertEquals("بني خلاد", mended("الطريق بين منزل بوزلفة وبني خلاد مغلق.", "خلاد", EntityType.LOC));
        assertEquals("سيدي بوعلي", mended("يحتضن الملعب البلدي بسيدي بوعلي المباراة.", "بوعلي", EntityType.LOC));
        assertEquals("يوسف", mended("وصل الوفد إلى ساقية سيدي يوسف.", "يوسف", EntityType.PERSON), "a person's name stays");
    }

    @Test
    void leavesAPlainNameAsItIs() {
        assertEquals("رامز الحلبي", mended("وقال رامز الحلبي إن الاجتماع انتهى.", "رامز الحلبي"));
    }

    @Test
    void startsAPersonsNameWithTheGivenNameBeforeIt() {
        assertEquals("طلعت زكريا", mended("وكان طلعت زكريا قد اعتمد على أصدقائه", "زكريا", true));
        assertEquals("أشرف عبد الباقي", mended("واستضاف وأشرف عبد الباقي في برنامجه", "عبد الباقي", true),
                "the و glued to the given name stays out");
        assertEquals("زكريا", mended("وكان طلعت زكريا قد اعتمد على أصدقائه", "زكريا"), "an organization's name");
        assertEquals("وخالد", mended("الملوك سعود وفيصل وخالد رحمهم الله", "وخالد", true), "the next of a list");
        assertEquals("كارتر", mended("ولقد صادق كارتر على القرار", "كارتر", true), "صادق is the verb");
        assertEquals("حفتر", mended("قال متحدث باسم حفتر إن القوات تقدمت", "حفتر", true), "باسم is \"in the name of\"");
        assertEquals("علي الأحمدي", mended("وقال المتحدث علي الأحمدي إلى الصحفيين", "الأحمدي", true),
                "علي written with ya");
        assertEquals("الأحمدي", mended("وعثر الجنود على الأحمدي مصابا", "الأحمدي", true), "the preposition على");
        assertEquals("الأحمدي", mended("وعثر الجنود علي الأحمدي مصابا في المستشفي", "الأحمدي", true),
                "a text that writes no ى spells the preposition so");
    }

    @Test
    void startsAPersonsNameWithTheFirstWordOfATwoWordGivenName() {
        assertEquals("علم الدين", mended("وبحسب علم الدين فإن القانون رادع", "الدين", true));
        assertEquals("عز الدين", mended("ثم قالت لعز الدين إنها تعبت", "الدين", true), "the ل glued to it stays out");
        assertEquals("عز الدين", mended("وبدأت أقاوم وعز الدين يقاوم", "الدين", true), "and the و");
        assertEquals("الدين", mended("وبحسب علم الدين فإن القانون رادع", "الدين"), "an organization's name");
    }

    @Test
    void leavesNoPersonOfTheLastWordOfATwoWordGivenNameAlone() {
        assertNull(mended("ويرى أن فعالية الدين تستمد شرعيتها من المجتمع", "الدين", true));
        assertNull(mended("وقال: الدين منه براء.", "الدين", true));
        assertNull(mended("وانتقد رجال الدين القرار", "رجال الدين", true), "clergy");
        assertNull(mended("قالوا إنهم يقاتلون باسم الدين وحده", "باسم الدين", true), "in the name of religion");
        assertNull(mended("وتأخر سداد الدين العام", "سداد الدين", true), "paying the debt");
        assertEquals("سراج الدين", mended("وقال سراج الدين إن الاتفاق قريب", "سراج الدين", true));
        assertEquals("سعيد الدين", mended("وقال سعيد الدين إن الاتفاق قريب", "سعيد الدين", true), "a given name first");
    }

    @Test
    void startsAPersonsNameWithAnAdjectiveThatIsAGivenNameBeforeADefiniteFamilyName() {
        assertEquals("تركي الشمراني", mended("وشارك في العرض سامي الحربي وتركي الشمراني وآخرون", "الشمراني", true),
                "تركي is Turki, not \"Turkish\", before a family name");
        assertEquals("جميل القرني", mended("وأوضح المقدم جميل القرني أن الدوريات انتشرت", "القرني", true));
        assertEquals("فاروق", mended("وأكد مسؤول تركي فاروق أن المعبر أغلق", "فاروق", true),
                "before an indefinite name it stays the adjective");
    }

    @Test
    void takesAKunyaForAPersonWhateverTypeTheTaggerGave() {
        String text = "وقالت أم سعد إن الأسعار ارتفعت";
        int at = text.indexOf("أم سعد");
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(at, at + 6, EntityType.ORG, 0.7));
        assertEquals(EntityType.PERSON, p.type());
        String university = "وأعلنت أم القرى نتائج القبول";
        int u = university.indexOf("أم القرى");
        Proposal q = ProposalBounds.mend(university, Words.of(university), new Proposal(u, u + 8, EntityType.ORG, 0.7));
        assertEquals(EntityType.ORG, q.type(), "القرى is no given name");
    }

    @Test
    void takesNoSonAloneForAName() {
        assertNull(mended("وتنحى بعد سنوات مفسحا الطريق لابن مؤسس النظام.", "لابن", true));
        assertNull(mended("وحضر الحفل ابن الفقيد وأقاربه.", "ابن", true));
        assertEquals("ابن رشد", mended("وقرأ الطلاب كتب ابن رشد كلها.", "ابن رشد", true));
    }

    @Test
    void takesAPersonsNameOpeningWithAValleyForAPlace() {
        for (String text : List.of("وسيطرت القوات على وادي حسان في أبين", "وزار الوفد ووادي حسان أمس")) {
            String name = text.contains("ووادي") ? "ووادي حسان" : "وادي حسان";
            int at = text.indexOf(name);
            Proposal p = ProposalBounds.mend(text, Words.of(text),
                    new Proposal(at, at + name.length(), EntityType.PERSON, 0.7));
            assertEquals(EntityType.LOC, p.type(), name);
        }
        String verb = "وأدى عبدالرحمن الشهراني تدريبات خاصة";
        Proposal p = ProposalBounds.mend(verb, Words.of(verb), new Proposal(0, verb.indexOf(" تدريبات"),
                EntityType.PERSON, 0.7));
        assertEquals(EntityType.PERSON, p.type(), "وأدى, a verb, reads as وادي once normalized");
    }

    @Test
    void takesALineageForAPersonWhateverTypeTheTaggerGave() {
        String text = "وكان الأمير بندر بن فيصل آل سعود قد استقبل الأهالي";
        int at = text.indexOf("بندر");
        Proposal p = ProposalBounds.mend(text, Words.of(text), new Proposal(at, text.indexOf(" قد"), EntityType.ORG, 0.7));
        assertEquals(EntityType.PERSON, p.type());
        String university = "وأعلنت جامعة محمد بن سعود نتائج القبول";
        int u = university.indexOf("جامعة");
        Proposal q = ProposalBounds.mend(university, Words.of(university),
                new Proposal(u, university.indexOf(" نتائج"), EntityType.ORG, 0.7));
        assertEquals(EntityType.ORG, q.type(), "the university's noun opens it");
    }

    /** The parts {@link ProposalBounds#split} makes of a person's proposal from {@code first} to before " في". */
    private static List<String> splitPerson(String text, String first) {
        Proposal whole = new Proposal(text.indexOf(first), text.indexOf(" في"), EntityType.PERSON, 0.8);
        return ProposalBounds.split(text, Words.of(text), whole).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }
}
