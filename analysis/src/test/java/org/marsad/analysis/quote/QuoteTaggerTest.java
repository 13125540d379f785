package org.marsad.analysis.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.analysis.Fixtures;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Quote;
import org.marsad.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class QuoteTaggerTest {
    private static final QuoteTagger TAGGER = QuoteTagger.withShippedCues();

    /** Egypt, mentioned once, by the nationality adjective {@code adjective} of {@code text}. */
    private static Entity egyptByAdjective(String text, String adjective) {
        int at = text.indexOf(adjective);
        return new Entity("e1", EntityType.GPE, "مصر", "Egypt", "EGY", "EGY", null, List.of(), 0.9,
                List.of(Mention.of(text, at, at + adjective.length(), MentionKind.ADJECTIVE)));
    }

    private static List<Quote> quotes(String text, Entity... entities) {
        return TAGGER.tag(text, SentenceSplitter.split(text), Words.of(text), new MentionIndex(List.of(entities)));
    }

    @Test
    void findsDirectQuoteAfterSpeechVerbAndColon() {
        String text = "قال وزير المالية سامي الخطيب أمس: \"سنخفض العجز إلى النصف خلال عامين\".";
        Entity minister = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        Quote q = quotes(text, minister).get(0);
        assertTrue(q.direct());
        assertEquals("سنخفض العجز إلى النصف خلال عامين", q.text());
        assertEquals("قال", q.cue().text());
        assertEquals("e1", q.speaker());
        assertEquals("سامي الخطيب", q.speakerText());
    }

    @Test
    void neverTakesAPlaceAsTheSpeaker() {
        String text = "وأوضح الوزير خلال زيارته إلى صفاقس: \"سننطلق في أشغال الطريق الشهر المقبل\".";
        Entity city = Fixtures.entity(text, "e1", EntityType.LOC, null, "صفاقس");
        Quote q = quotes(text, city).get(0);
        assertNull(q.speaker());
        assertEquals("سننطلق في أشغال الطريق الشهر المقبل", q.text());
    }

    @Test
    void neverTakesACityAsTheSpeaker() {
        String text = "وقال مسؤول في الحديدة إن «المعارك توقفت منذ يومين في المدينة».";
        Entity city = Fixtures.entity(text, "e1", EntityType.GPE, "city", "الحديدة");
        assertNull(quotes(text, city).get(0).speaker());
    }

    @Test
    void neverTakesACountryAfterAPrepositionAsTheSpeaker() {
        String text = "وقالت الشرطة في سريلانكا إن شخصا قتل في إطلاق نار بالعاصمة.";
        Entity sriLanka = Fixtures.entity(text, "e1", EntityType.GPE, null, "سريلانكا");
        assertNull(quotes(text, sriLanka).get(0).speaker());
    }

    @Test
    void neverTakesACountryAfterAGluedPrepositionAsTheSpeaker() {
        String text = "وأفاد أصحاب العمل بالمملكة أنهم سيوظفون المزيد من الشباب هذا العام.";
        Entity kingdom = Fixtures.entity(text, "e1", EntityType.GPE, null, "المملكة");
        assertNull(quotes(text, kingdom).get(0).speaker());
    }

    @Test
    void takesACountryThatIsTheSubjectAsTheSpeaker() {
        String text = "وأكدت السعودية أن الحوار هو الطريق الوحيد لحل الأزمة.";
        Entity saudi = Fixtures.entity(text, "e1", EntityType.GPE, null, "السعودية");
        assertEquals("e1", quotes(text, saudi).get(0).speaker());
    }

    @Test
    void namesASpeakerKnownByItsNationalityAdjectiveWithTheWholeSubject() {
        String text = "قال وزير الخارجية المصري إن بلاده تدعم الحوار بين الأطراف.";
        Entity egypt = egyptByAdjective(text, "المصري");
        Quote q = quotes(text, egypt).get(0);
        assertEquals("e1", q.speaker());
        assertEquals("وزير الخارجية المصري", q.speakerText());
    }

    @Test
    void continuesASpeakerKnownByItsNationalityAdjectiveWithTheWholeSubject() {
        String text = "قال وزير الخارجية المصري إن بلاده تدعم الحوار. وأضاف أن الحل السياسي هو الطريق الوحيد.";
        Entity egypt = egyptByAdjective(text, "المصري");
        Quote second = quotes(text, egypt).get(1);
        assertEquals("e1", second.speaker());
        assertEquals("وزير الخارجية المصري", second.speakerText());
    }

    @Test
    void takesNoSpeakerFromANationalityAdjectiveFarIntoTheSubject() {
        String text = "وشدد المشاركون في اللقاء، الذي عقد أمس في العاصمة بحضور عدد كبير من الخبراء المصريين، على أن الحوار ضروري.";
        Entity egypt = egyptByAdjective(text, "المصريين");
        Quote q = quotes(text, egypt).get(0);
        assertNull(q.speaker(), "the participants speak, not Egypt");
        assertNull(q.speakerText());
    }

    @Test
    void findsDirectQuoteInGuillemetsWithCueAfterIt() {
        String text = "«لن نقبل بأي تسوية على حساب حقوقنا»، قال المتحدث باسم الحركة.";
        Quote q = quotes(text).get(0);
        assertTrue(q.direct());
        assertEquals("لن نقبل بأي تسوية على حساب حقوقنا", q.text());
        assertEquals("قال", q.cue().text());
    }

    @Test
    void ignoresShortQuotedTerms() {
        assertTrue(quotes("استخدم الوزير مصطلح \"الضم\" في حديثه عن المنطقة.").isEmpty());
    }

    @Test
    void ignoresQuotationWithoutSpeechCue() {
        assertTrue(quotes("عرض المسرح الوطني مسرحية \"رحلة إلى آخر الليل\" مساء الجمعة.").isEmpty());
    }

    @Test
    void findsReportedSpeechAfterComplementizer() {
        String text = "وأكدت وزارة الصحة أن عدد الإصابات تراجع بشكل ملحوظ.";
        Entity ministry = Fixtures.entity(text, "e1", EntityType.ORG, null, "وزارة الصحة");
        Quote q = quotes(text, ministry).get(0);
        assertFalse(q.direct());
        assertEquals("عدد الإصابات تراجع بشكل ملحوظ", q.text());
        assertEquals("وأكدت", q.cue().text());
        assertEquals("e1", q.speaker());
    }

    @Test
    void givesWordsThatTwoCuesReachToTheNearerOneThatNamesASpeaker() {
        String text = "وأشار التقرير إلى تصريحات قالت فيها الوزيرة سامية الخطيب إن عائلتين تحكمان البلاد منذ عقود.";
        Entity minister = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامية الخطيب");
        List<Quote> found = quotes(text, minister);
        assertEquals(1, found.size(), found.toString());
        assertEquals("قالت", found.get(0).cue().text());
        assertEquals("e1", found.get(0).speaker());
        String coordinated = "ونفى سامي الخطيب ارتكاب أي خطأ يتعلق بالرشى، وقال إنه يحتاج للبقاء في المدينة.";
        Entity accused = Fixtures.entity(coordinated, "e2", EntityType.PERSON, null, "سامي الخطيب");
        List<Quote> denied = quotes(coordinated, accused);
        assertEquals(1, denied.size(), denied.toString());
        assertEquals("e2", denied.get(0).speaker(), "the nearer cue has no subject: the first one's speaker says it");
    }

    @Test
    void readsNoQuoteIntoTheEditorsFormulaOfBackground() {
        assertEquals(List.of(), quotes("يذكر أن الوزارة أطلقت الحملة نفسها في العام الماضي."));
        assertEquals(1, quotes("يذكر المسؤول أن الوزارة أطلقت الحملة في العام الماضي.").size(), "with a subject it is speech");
    }

    @Test
    void continuesTheSpeakerAfterAComplementizerOrColonBeforeQuoteMarks() {
        String text = "وقال سامي الخطيب إن المستثمرين لا يثقون بالسوق. وأضاف أن \"الناس يريدون سحب أموالهم بسرعة\".";
        Entity broker = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        List<Quote> found = quotes(text, broker);
        assertEquals(2, found.size(), found.toString());
        assertEquals("e1", found.get(1).speaker());
    }

    @Test
    void endsTheSubjectBeforeQuoteMarksAtAComplementizer() {
        String text = "وقال سامي الخطيب إن المستثمرين قلقون. وأضاف أن الحكومة في تركيا \"تملك أدوات كثيرة لمواجهة الأزمة\".";
        Entity broker = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        Entity turkey = Fixtures.entity(text, "e2", EntityType.GPE, null, "تركيا");
        List<Quote> found = quotes(text, broker, turkey);
        assertEquals(2, found.size(), found.toString());
        assertEquals("e1", found.get(1).speaker(), "تركيا belongs to the clause said, not to the subject");
    }

    @Test
    void readsNoDirectQuoteIntoTheEditorsFormulaOfBackground() {
        String text = "يذكر أن روسيا تطلق على المناورات اسم \"الألعاب العسكرية الدولية الكبرى\".";
        Entity russia = Fixtures.entity(text, "e1", EntityType.GPE, null, "روسيا");
        assertEquals(List.of(), quotes(text, russia));
    }

    @Test
    void takesTheNameRightBeforeACueWithoutAConjunctionAsItsSubject() {
        String text = "وتراجعت الأسهم أمس. لكن سامي الخطيب يقول إن السوق ستتعافى قريبا.";
        Entity broker = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        assertEquals("e1", quotes(text, broker).get(0).speaker());
    }

    @Test
    void takesTheNameBeforeTheParticleQadAsTheSubject() {
        String text = "وتراجعت الأسهم أمس. وكان سامي الخطيب قد قال إن السوق ستتعافى قريبا.";
        Entity broker = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        assertEquals("e1", quotes(text, broker).get(0).speaker());
    }

    @Test
    void takesACountryOpeningItsClauseBeforeQadAsTheSubject() {
        String text = "وتراجعت الأسهم أمس. وكانت الإمارات قد أعلنت أن السوق ستتعافى قريبا.";
        Entity emirates = Fixtures.entity(text, "e1", EntityType.GPE, null, "الإمارات");
        assertEquals("e1", quotes(text, emirates).get(0).speaker());
    }

    @Test
    void takesNoClubAfterItsCoachBeforeQadAsTheSubject() {
        String text = "وفاز الفريق أمس. وكان مدرب برشلونة قد أعلن أنه لن يمنع المهاجم من الرحيل.";
        Entity club = Fixtures.entity(text, "e1", EntityType.ORG, null, "برشلونة");
        assertNull(quotes(text, club).get(0).speaker());
    }

    @Test
    void takesNoVerbalNounAfterWithoutForACue() {
        List<Quote> found = quotes("وقال المسؤول طالبا عدم ذكر اسمه: «إن السماح باستخدام القواعد خطوة مهمة للتحالف».");
        assertEquals(1, found.size(), found.toString());
        assertEquals("وقال", found.get(0).cue().text());
        assertEquals("المسؤول", found.get(0).speakerText(), "the asking not to be named is no part of the source");
    }

    @Test
    void takesNoVerbalNounAfterAPrepositionForACue() {
        List<Quote> found = quotes("وطالب المصدر بتحري الدقة في نقل الأخبار \"من مصادرها الرسمية المعتمدة\" قبل نشرها.");
        assertTrue(found.stream().noneMatch(q -> q.cue().text().equals("نقل")), found.toString());
    }

    @Test
    void takesNoVerbalNounAfterTheWrittenPrepositionAlaForACue() {
        List<Quote> found = quotes("واعترض المالك على نقل ملكية المركبة \"من دون علمه ومعرفته المسبقة\" أمس.");
        assertTrue(found.stream().noneMatch(q -> q.cue().text().equals("نقل")), found.toString());
        assertEquals(List.of("قال"), quotes("وكان المدرب علي قال إن الفريق جاهز للمباراة.").stream()
                .map(q -> q.cue().text()).toList(), "the given name علي is no preposition");
    }

    @Test
    void takesNoVerbalNounAfterThePassivesAuxiliaryForACue() {
        List<Quote> found = quotes("وأوضح المتحدث أنه تم نقل ثلاثة من المصابين \"طفلين ورجلا مسنا\" إلى المستشفى.");
        assertTrue(found.stream().noneMatch(q -> q.cue().text().equals("نقل")), found.toString());
    }

    @Test
    void takesAVerbWithItsConjunctionAfterAPrepositionForACue() {
        List<Quote> found = quotes("ثم التفت إلي وقال إن الأمر انتهى منذ زمن.");
        assertEquals(List.of("وقال"), found.stream().map(q -> q.cue().text()).toList());
    }

    @Test
    void takesNoSourceOfALateAttributionFromTheClauseThatFaOpensAfterIt() {
        String text = "وأما ركاب الطائرة الثلاثة وبحسب أنباء صحفية ومواقع التواصل الاجتماعي فهم والدة سامي الخطيب وأخته.";
        Entity sami = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        List<Quote> found = quotes(text, sami);
        assertEquals(List.of("وبحسب"), found.stream().map(q -> q.cue().text()).toList());
        assertNull(found.get(0).speaker(), "سامي الخطيب is named in the next clause, no source");
    }

    @Test
    void takesNoPassiveOfNamingForACue() {
        String text = "وقال شاهد عيان يدعى سامي الخطيب إن الانفجار وقع قرب السوق.";
        Entity witness = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        List<Quote> found = quotes(text, witness);
        assertEquals(List.of("وقال"), found.stream().map(q -> q.cue().text()).toList());
        assertEquals("e1", found.get(0).speaker());
    }

    @Test
    void takesTheVerbOfClaimingForACue() {
        List<Quote> found = quotes("ويدعي المسؤولون أن الخطة ستنجح خلال عامين.");
        assertEquals(List.of("ويدعي"), found.stream().map(q -> q.cue().text()).toList());
    }

    @Test
    void takesAnAttributionAfterANumberTheWordListLeavesOut() {
        List<Quote> found = quotes("وبلغت الصادرات في 2014، حسب تقرير الهيئة، نحو مليار دولار.");
        assertEquals(List.of("حسب"), found.stream().map(q -> q.cue().text()).toList());
    }

    @Test
    void looksForTheSourceOfALateAttributionInItsFirstWordsOnly() {
        String text = "وبلغت مبيعات السوق أمس مليون ريال وفقا لتقرير فريق الإحصاء بالمهرجان الذي يرصد حركة الشاحنات القادمة إلى المدينة من مختلف مناطق المملكة.";
        Entity kingdom = Fixtures.entity(text, "e1", EntityType.GPE, null, "المملكة");
        List<Quote> found = quotes(text, kingdom);
        assertEquals(List.of("وفقا"), found.stream().map(q -> q.cue().text()).toList());
        assertNull(found.get(0).speaker(), "المملكة comes long after the report that is the source");
    }

    @Test
    void namesAnUnnamedSpeakerByASubjectNoun() {
        List<Quote> found = quotes("وذكرت الشرطة في المدينة أن الحريق اندلع فجرا.");
        assertEquals("الشرطة في المدينة", found.get(0).speakerText());
    }

    @Test
    void takesNoAttributionFromASubjectNoun() {
        assertEquals(List.of(), quotes("ويجرى هذا الفحص كل عام حسب تعليمات الطبيب المعالج."),
                "in accordance with the doctor's instructions");
    }

    @Test
    void takesTheVerbsOfGoingOnAndPointingOutForCues() {
        String text = "وقال سامي الخطيب إن السوق مستقرة. وتابع: «الأسعار ستنخفض في الربع المقبل». ونوه إلى أن الطلب قوي.";
        Entity broker = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي الخطيب");
        List<Quote> found = quotes(text, broker);
        assertEquals(List.of("وقال", "وتابع", "ونوه"), found.stream().map(q -> q.cue().text()).toList());
        assertEquals(List.of("e1", "e1", "e1"), found.stream().map(Quote::speaker).toList());
    }

    @Test
    void takesNoClauseOfTimeForTheWordsSaid() {
        assertEquals(List.of(), quotes("وأكد الفريق تفوقه طويلا قبل أن تتحسن نتائج الخصم في الموسم الماضي."),
                "قبل أن opens a clause of time");
    }

    @Test
    void namesAnUnnamedSourceAfterAQuantifier() {
        assertEquals("أحد المسؤولين", quotes("وقال أحد المسؤولين إن الطريق سيفتح قريبا.").get(0).speakerText());
        assertEquals("عدد من الخبراء", quotes("وأكد عدد من الخبراء أن الأسعار سترتفع.").get(0).speakerText());
        assertNull(quotes("وأكد بعض الحاضرين أن الأسعار سترتفع.").get(0).speakerText(), "الحاضرين is no source noun");
    }

    @Test
    void endsAnUnnamedSourceBeforeAWordOfTimeOrAnAdverbOfAddition() {
        assertEquals("مصدر أمني", quotes("وقال مصدر أمني الجمعة إن الهجوم أحبط.").get(0).speakerText());
        assertEquals("مسؤولون", quotes("وقال مسؤولون يوم الثلاثاء إن الطريق سيفتح.").get(0).speakerText());
        assertEquals("المصادر", quotes("وأكدت المصادر أيضاً أن الوفد وصل.").get(0).speakerText());
        assertEquals("مصادر عسكرية", quotes("وقالت مصادر عسكرية بدورها إن القوات تقدمت.").get(0).speakerText());
    }

    @Test
    void continuesAnUnnamedSource() {
        List<Quote> found = quotes("وقالت مصادر أمنية إن الهجوم أحبط قبل وقوعه. وأضافت أن المهاجمين فروا إلى الجبال.");
        assertEquals("مصادر أمنية", found.get(1).speakerText());
    }

    @Test
    void namesAnUnnamedSourceByTheWordsOfItsSubject() {
        Quote q = quotes("وقالت مصادر أمنية مطلعة إن الهجوم أحبط قبل وقوعه.").get(0);
        assertNull(q.speaker());
        assertEquals("مصادر أمنية مطلعة", q.speakerText());
        assertEquals("شهود عيان", quotes("وقال شهود عيان لـ\"الصحيفة\" إن الانفجار سمع في المدينة كلها.").get(0).speakerText(),
                "to whom it was said is no part of the source");
        assertEquals("التقرير", quotes("وأشار التقرير إلى أن الأسعار ارتفعت في الربع الثاني.").get(0).speakerText());
        assertNull(quotes("وقال في كلمته أمام الحضور إن الأسعار ارتفعت.").get(0).speakerText(), "no source noun");
    }

    @Test
    void startsContentAfterComplementizerWithPronoun() {
        Quote q = quotes("وقال الوزير إنه سيزور المدينة الأسبوع المقبل.").get(0);
        assertEquals("سيزور المدينة الأسبوع المقبل", q.text());
    }

    @Test
    void handlesPrepositionBeforeComplementizer() {
        Quote q = quotes("وأشار التقرير إلى أن الصادرات ارتفعت.").get(0);
        assertEquals("الصادرات ارتفعت", q.text());
        assertEquals("وأشار", q.cue().text());
    }

    @Test
    void matchesFeminineAndImperfectForms() {
        assertEquals(1, quotes("تقول الشركة إن الأرباح تضاعفت.").size());
        assertEquals(1, quotes("ويؤكدون أن الطريق مغلق.").size());
    }

    @Test
    void takesObjectOfVerbAfterApposition() {
        String text = "لا يستبعد الباحث هاني سليم، أستاذ العلوم السياسية، عودة المفاوضات قريبا.";
        Entity scholar = Fixtures.entity(text, "e1", EntityType.PERSON, null, "هاني سليم");
        Quote q = quotes(text, scholar).get(0);
        assertEquals("عودة المفاوضات قريبا", q.text());
        assertEquals("لا يستبعد", q.cue().text());
        assertEquals("e1", q.speaker());
    }

    @Test
    void neverTakesTheAddresseeAfterLamAsTheSpeaker() {
        String text = "وقال مصدر مطلع لـ«الفجر»، إن «الاجتماع تأجل إلى الأسبوع المقبل بسبب سفر الوزير».";
        Entity paper = Fixtures.entity(text, "e1", EntityType.ORG, null, "الفجر");
        assertNull(quotes(text, paper).get(0).speaker());
        String interview = "وأشار في حواره مع «الفجر» إلى أن الاتفاق قريب من التوقيع.";
        Entity interviewer = Fixtures.entity(interview, "e1", EntityType.ORG, null, "الفجر");
        assertNull(quotes(interview, interviewer).get(0).speaker(), "مع names the interviewer");
    }

    @Test
    void readsAThatClausePastAQuotedName() {
        String text = "وقال سامي خليل لـ«الفجر» إن الاجتماع تأجل إلى الأسبوع المقبل.";
        Entity speaker = Fixtures.entity(text, "e1", EntityType.PERSON, null, "سامي خليل");
        Quote q = quotes(text, speaker).get(0);
        assertEquals("الاجتماع تأجل إلى الأسبوع المقبل", q.text());
        assertEquals("e1", q.speaker());
    }

    @Test
    void takesTheSourceAfterAccordingToLamAsTheSpeaker() {
        String text = "ارتفعت أسعار النفط بنسبة طفيفة صباح اليوم، وفقا لرويترز.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, null, "رويترز");
        assertEquals("e1", quotes(text, agency).get(0).speaker());
    }

    @Test
    void takesTheSourceAfterAccordingToLamWithAConjunctionAsTheSpeaker() {
        String text = "تراجعت صادرات القمح هذا الموسم. ووفقا لـ\"رويترز\"، فقد خفضت الحكومة توقعاتها للمحصول.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, null, "رويترز");
        Quote q = quotes(text, agency).get(0);
        assertEquals("e1", q.speaker());
        assertEquals("ووفقا", q.cue().text());
    }

    @Test
    void givesTheWordsToTheSpeakerOfAVerbAfterAnAttribution() {
        String text = "ارتفعت أسعار القمح أمس. وبحسب رويترز، فقد قال وزير الزراعة سامي خليل إن المحصول تراجع.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, "media", "رويترز");
        Entity minister = Fixtures.entity(text, "e2", EntityType.PERSON, null, "سامي خليل");
        List<Quote> qs = quotes(text, agency, minister);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("المحصول تراجع", qs.get(0).text());
        assertEquals("e2", qs.get(0).speaker());
    }

    @Test
    void leavesTheWordsToTheSourceWhenTheVerbAfterTheAttributionHasNoSubject() {
        String text = "ارتفعت أسعار القمح أمس. وبحسب رويترز، أكدت أن المحصول تراجع.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, "media", "رويترز");
        assertEquals("e1", quotes(text, agency).get(0).speaker());
    }

    @Test
    void takesContentAfterFaInnaInAttribution() {
        String text = "وبحسب الخبيرة ليلى منصور، فإن الأسعار ستستقر قبل الصيف.";
        Entity expert = Fixtures.entity(text, "e1", EntityType.PERSON, null, "ليلى منصور");
        Quote q = quotes(text, expert).get(0);
        assertEquals("الأسعار ستستقر قبل الصيف", q.text());
        assertEquals("وبحسب", q.cue().text());
        assertEquals("e1", q.speaker());
    }

    @Test
    void takesContentBeforeTrailingAttribution() {
        String text = "ارتفعت أسعار النفط بنسبة طفيفة صباح اليوم، وفق بيان وزارة الطاقة.";
        Quote q = quotes(text).get(0);
        assertEquals("ارتفعت أسعار النفط بنسبة طفيفة صباح اليوم", q.text());
        assertEquals("وفق", q.cue().text());
    }

    @Test
    void readsNoQuoteIntoInAccordanceWith() {
        assertTrue(quotes("وسيجري العمل في المشروع على مراحل متتالية خلال العام، وفق المعايير الفنية المعتمدة منذ سنوات.").isEmpty());
        assertTrue(quotes("وتصرف المبالغ للمستفيدين في المواعيد المحددة لكل شهر، وفقا للشروط المعلنة.").isEmpty());
    }

    @Test
    void takesContentBeforeAttributionToASourceNoun() {
        Quote q = quotes("ستعلن الحكومة تعديلا وزاريا واسعا قبل نهاية الأسبوع، وفقا لمصادر مطلعة.").get(0);
        assertEquals("ستعلن الحكومة تعديلا وزاريا واسعا قبل نهاية الأسبوع", q.text());
        assertEquals("وفقا", q.cue().text());
    }

    @Test
    void leavesRelayPhrasesToProvenance() {
        assertTrue(quotes("وفق ما نقلت وكالة الأنباء المحلية.").isEmpty());
    }

    @Test
    void continuesThePreviousSpeakerWhenCueHasNoSubject() {
        String text = "وقال الوزير رامي حداد إن الخطة جاهزة. وأضاف أن التنفيذ يبدأ الشهر المقبل.";
        Entity minister = Fixtures.entity(text, "e1", EntityType.PERSON, null, "رامي حداد");
        List<Quote> qs = quotes(text, minister);
        assertEquals(2, qs.size());
        assertEquals("e1", qs.get(1).speaker());
    }

    @Test
    void halvesConfidenceWhenSpeakerIsUnknown() {
        Quote q = quotes("وأكدت مصادر مطلعة أن الاجتماع تأجل.").get(0);
        assertNull(q.speaker());
        assertTrue(q.confidence() < 0.5);
    }

    @Test
    void doesNotReadThatClauseAcrossADirectQuote() {
        String text = "قال المدير: \"نحن نعلم أن الطريق طويل أمامنا\".";
        List<Quote> qs = quotes(text);
        assertEquals(1, qs.size());
        assertTrue(qs.get(0).direct());
    }
}
