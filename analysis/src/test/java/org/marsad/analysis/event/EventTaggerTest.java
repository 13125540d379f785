package org.marsad.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.Actor;
import org.marsad.article.Event;
import org.marsad.article.EventMode;

/** The event rules, one behaviour a test, on sentences written for these tests. */
class EventTaggerTest {

    private static void assertEvent(Event e, String plover, String cameo, String source, String target) {
        assertEquals(plover, e.plover(), e.toString());
        assertEquals(cameo, e.cameo(), e.toString());
        assertEquals(source, code(e.source()), e.toString());
        assertEquals(target, code(e.target()), e.toString());
    }

    /** country/sector, or the entity id when there is no country: what a CAMEO actor code would say. */
    private static String code(Actor a) {
        if (a == null) {
            return null;
        }
        String who = a.country() != null ? a.country() : a.entity();
        return a.sector() == null ? who : who + "/" + a.sector();
    }

    // ---- verbs: source after (VSO) or before (SVO) the verb, target by the lexicon's slots

    @Test
    void codesSigningWithTheSubjectAfterTheVerbAndTheTargetAfterMaa() {
        Event e = new Scene("وقّعت مصر اتفاقية تجارية مع الأردن.").country("EGY", "مصر").country("JOR", "الأردن").only();
        assertEvent(e, "AGREE", "057", "EGY", "JOR");
        assertEquals(8.0, e.goldstein());
        assertEquals(EventMode.ASSERTED, e.mode());
    }

    @Test
    void neverTakesTheDatelinePlaceAsTheSubject() {
        Event e = new Scene("الرباط (وكالة الشرق) - وقّع المغرب اتفاقية للطاقة مع موريتانيا.")
                .country("MAR", "المغرب").metonym("MAR", "الرباط").country("MRT", "موريتانيا").only();
        assertEvent(e, "AGREE", "057", "MAR", "MRT");
        assertEquals("المغرب", e.source().text());
    }

    @Test
    void makesThePartyJoinedToTheSubjectTheTargetOfAJointDeed() {
        Event e = new Scene("وقّع المغرب وموريتانيا أمس اتفاقية للتعاون في مجال الطاقة.")
                .country("MAR", "المغرب").country("MRT", "موريتانيا").only();
        assertEvent(e, "AGREE", "057", "MAR", "MRT");
    }

    @Test
    void takesTheFirstOfTwoSubjectsBeforeTheVerbAndTheOtherAsPartner() {
        Event e = new Scene("وكانت مصر والأردن وقعتا اتفاقية للطاقة.").country("EGY", "مصر").country("JOR", "الأردن").only();
        assertEvent(e, "AGREE", "057", "EGY", "JOR");
    }

    @Test
    void passesOverASecondSubjectToTheObject() {
        Event e = new Scene("طالبت الولايات المتحدة والاتحاد الأوروبي روسيا بالانسحاب.").country("USA", "الولايات المتحدة")
                .org("EU", "igo", null, "الاتحاد الأوروبي").country("RUS", "روسيا").only();
        assertEquals("USA", e.source().entity());
        assertEquals("RUS", e.target().entity());
    }

    @Test
    void takesACapitalBeginningWithWawAsAnObjectNotASecondSubject() {
        Event e = new Scene("طالبت موسكو واشنطن بالانسحاب.").country("RUS", "روسيا").metonym("RUS", "موسكو")
                .country("USA", "الولايات المتحدة").metonym("USA", "واشنطن").only();
        assertEquals("RUS", e.source().entity());
        assertEquals("USA", e.target().entity());
    }

    @Test
    void readsNoPrepositionIntoANameBeginningWithBa() {
        Event e = new Scene("وتطالب فيتنام وماليزيا والفلبين وسلطنة بروناي بالسيادة على الجزر.").country("VNM", "فيتنام")
                .country("MYS", "ماليزيا").country("PHL", "الفلبين").country("BRN", "بروناي").only();
        assertEquals("VNM", e.source().entity());
        assertNull(e.target());
    }

    @Test
    void keepsAPartyJoinedToTheSubjectOutOfAOneSidedDeed() {
        Event e = new Scene("طردت فرنسا وبلجيكا دبلوماسيين من روسيا.").country("FRA", "فرنسا").country("BEL", "بلجيكا")
                .country("RUS", "روسيا").only();
        assertEquals("FRA", e.source().entity());
        assertTrue(e.target() == null || !"BEL".equals(e.target().entity()), e.toString());
    }

    @Test
    void neverMakesTheVisitedCapitalTheVisitor() {
        List<Event> events = new Scene("وجه الوزير الدعوة لقيادة الحركة لزيارة موسكو.").country("RUS", "روسيا").metonym("RUS", "موسكو").events();
        assertTrue(events.stream().noneMatch(e -> e.source() != null && "RUS".equals(e.source().entity())), events.toString());
    }

    @Test
    void takesNoSourceFromAnAdjectiveOfTheNounAfterTheEventNoun() {
        List<Event> events = new Scene("أكد السفير دعم القضية الفلسطينية.").country("PSE", "فلسطين", "الفلسطينية").events();
        assertTrue(events.stream().noneMatch(e -> e.source() != null && "PSE".equals(e.source().entity())), events.toString());
    }

    @Test
    void takesTheNationalityAfterTheEventNounAsItsSource() {
        Event e = new Scene("واكتمل الانسحاب العسكري الأمريكي من أفغانستان أمس.").country("USA", "الولايات المتحدة", "الأمريكي")
                .country("AFG", "أفغانستان").only();
        assertEvent(e, "RETREAT", e.cameo(), "USA", "AFG");
    }

    @Test
    void takesTheNationalityAfterAPluralAndItsFeminineAdjectiveAsTheSource() {
        Event e = new Scene("وقال المراقبون إن الغارات الجوية التركية استهدفت مواقع في العراق.").country("TUR", "تركيا", "التركية")
                .country("IRQ", "العراق").events().stream().filter(v -> v.trigger().text().equals("الغارات")).findFirst().orElseThrow();
        assertEquals("TUR", e.source().entity());
    }

    @Test
    void takesTheSubjectOfAConductVerbAsTheSourceOfTheEventNoun() {
        Event e = new Scene("بدأ وزير الخارجية التركي أمس زيارة موسكو.").country("TUR", "تركيا", "التركي")
                .country("RUS", "روسيا").metonym("RUS", "موسكو").only();
        assertEquals("TUR", e.source().country());
        assertEquals("RUS", e.target().entity());
    }

    @Test
    void takesTheSubjectOfQamaBeforeANounWithBa() {
        Event e = new Scene("وقامت تركيا بزيارة رسمية إلى روسيا.").country("TUR", "تركيا").country("RUS", "روسيا").only();
        assertEvent(e, "CONSULT", e.cameo(), "TUR", "RUS");
    }

    @Test
    void keepsPairedDashesInsideASentenceMasked() {
        Event e = new Scene("وقالت الوزارة إن تركيا - إحدى دول المنطقة - وقّعت اتفاقا مع مصر.")
                .country("TUR", "تركيا").country("EGY", "مصر").only();
        assertEvent(e, "AGREE", "057", "TUR", "EGY");
    }

    @Test
    void takesTheSubjectBeforeTheVerbAfterAComplementizer() {
        Event e = new Scene("وقالت الوزارة إن الأردن وقّع اتفاقا مع مصر.").country("EGY", "مصر").country("JOR", "الأردن").only();
        assertEvent(e, "AGREE", "057", "JOR", "EGY");
    }

    @Test
    void readsFullyVocalizedWords() {
        Event e = new Scene("وَقَّعَتْ مِصْرُ اتِّفَاقِيَّةً مَعَ الأُرْدُنِّ.").country("EGY", "مِصْرُ").country("JOR", "الأُرْدُنِّ").only();
        assertEvent(e, "AGREE", "057", "EGY", "JOR");
        assertEquals("وَقَّعَتْ", e.trigger().text());
    }

    @Test
    void needsTheObjectNounOfAVerbThatHasOne() {
        List<Event> events = new Scene("ووقع انفجار كبير في تركيا أمس.").country("TUR", "تركيا").events();
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void takesTheDirectObjectAsTarget() {
        Event e = new Scene("تطالب الجزائر فرنسا بالاعتذار عن الماضي.").country("DZA", "الجزائر").country("FRA", "فرنسا").only();
        assertEvent(e, "REQUEST", "100", "DZA", "FRA");
    }

    @Test
    void makesTheOneAskedToWithdrawTheTargetOfADemand() {
        Event e = new Scene("تطالب روسيا بانسحاب الناتو من المنطقة.").country("RUS", "روسيا").org("NATO", "igo", null, "الناتو").only();
        assertEvent(e, "REQUEST", "1056", "RUS", "NATO/IGO");
        assertEquals("تطالب", e.trigger().text());
    }

    @Test
    void passesOverWordsBetweenDashes() {
        Event e = new Scene("زودت فرنسا - العضو في الناتو - أوكرانيا بدبابات حديثة.")
                .country("FRA", "فرنسا").country("UKR", "أوكرانيا").org("NATO", "igo", null, "الناتو").only();
        assertEvent(e, "AID", "072", "FRA", "UKR");
        assertEquals(8.3, e.goldstein());
    }

    @Test
    void passesOverWordsInBrackets() {
        Event e = new Scene("زودت فرنسا (العضو في الناتو) أوكرانيا بدبابات حديثة.")
                .country("FRA", "فرنسا").country("UKR", "أوكرانيا").org("NATO", "igo", null, "الناتو").only();
        assertEvent(e, "AID", "072", "FRA", "UKR");
    }

    @Test
    void takesAConjunctionInFrontOfTheVerb() {
        Event e = new Scene("وانتقد الرئيس الأمريكي الحكومة الصينية بشدة.")
                .country("USA", "الولايات المتحدة", "الأمريكي").country("CHN", "الصين", "الصينية").only();
        assertEvent(e, "ACCUSE", "111", "USA/GOV", "CHN/GOV");
        assertEquals("انتقد", e.trigger().text());
    }

    @Test
    void letsAPersonStandForTheCountryHeBelongsTo() {
        Event e = new Scene("واتهم أردوغان اليونان بانتهاك المجال الجوي.").person("p1", "TUR", List.of(), "أردوغان").country("GRC", "اليونان").only();
        assertEvent(e, "ACCUSE", "112", "TUR", "GRC");
        assertEquals("p1", e.source().entity());
    }

    @Test
    void neverMakesTheSourceItsOwnTarget() {
        Event e = new Scene("وانتقدت روسيا روسيا.").country("RUS", "روسيا").only();
        assertNull(e.target());
    }

    @Test
    void takesNoFeminineSubjectForAMasculineVerb() {
        assertTrue(new Scene("ودعا الحكومة المصرية إلى الحوار.").country("EGY", "مصر", "المصرية").events().isEmpty());
    }

    @Test
    void takesNoSubjectBeforeAVerbWithAConjunction() {
        Event e = new Scene("زار الرئيس المصري العراق وانتقد الحكومة.").country("EGY", "مصر", "المصري").country("IRQ", "العراق").only();
        assertEvent(e, "CONSULT", "042", "EGY/GOV", "IRQ");
    }

    @Test
    void negatesAfterANegationWithAConjunction() {
        Event e = new Scene("ولم تنسحب تركيا من سوريا.").country("TUR", "تركيا").country("SYR", "سوريا").only();
        assertEquals(EventMode.NEGATED, e.mode());
    }

    @Test
    void readsNoPronounIntoAFinalTaaMarbuta() {
        assertTrue(new Scene("وقالت مصر إن حكومة صادقة ستخدم البلاد.").country("EGY", "مصر").events().isEmpty());
    }

    @Test
    void prefersTheReadingWithFewerClitics() {
        assertTrue(new Scene("واحتفلت مصر بتاريخ وزارتها.").country("EGY", "مصر").events().isEmpty());
    }

    // ---- sector phrases: head noun, adjectives, then the country

    @Test
    void readsASectorNounWithANationalityAdjective() {
        Event e = new Scene("صادق البرلمان التونسي على الاتفاقية مع الجزائر.").country("TUN", "تونس", "التونسي").country("DZA", "الجزائر").only();
        assertEvent(e, "AGREE", "057", "TUN/LEG", "DZA");
        assertEquals("البرلمان التونسي", e.source().text());
        assertEquals("TUN", e.source().entity());
    }

    @Test
    void readsASectorNounWithACountryInTheGenitive() {
        Event e = new Scene("رفضت حكومة كازاخستان الاتهامات.").country("KAZ", "كازاخستان").only();
        assertEvent(e, "REJECT", "120", "KAZ/GOV", null);
    }

    @Test
    void passesAdjectivesBetweenTheSectorNounAndTheCountry() {
        Event e = new Scene("وهاجمت القنوات التلفزيونية الحكومية الروسية أوكرانيا.").country("RUS", "روسيا", "الروسية").country("UKR", "أوكرانيا").only();
        assertEquals("RUS/MED", code(e.source()));
    }

    @Test
    void takesTheNameAfterATitleAsTheActor() {
        Event e = new Scene("التقى الرئيس التركي رجب أردوغان وزير خارجية روسيا.")
                .country("TUR", "تركيا", "التركي").person("p1", "TUR", List.of(), "رجب أردوغان").country("RUS", "روسيا").only();
        assertEvent(e, "CONSULT", "040", "TUR/GOV", "RUS/GOV");
        assertEquals("p1", e.source().entity());
    }

    @Test
    void letsASectorNounStandAloneWhenItNamesAnActorByItself() {
        Event e = new Scene("وقصف الجيش مواقع المتمردين.").only();
        assertEquals("MIL", e.source().sector());
        assertNull(e.source().country());
    }

    @Test
    void givesAPersonTheSectorOfHisRole() {
        Event e = new Scene("وزار سامح القاهرة.").person("p1", "EGY", List.of("وزير الخارجية"), "سامح").country("EGY", "مصر", "القاهرة").only();
        assertEquals("GOV", e.source().sector());
    }

    @Test
    void givesAReligiousCommunityTheReligiousSector() {
        Event e = new Scene("واتهم الدروز إيران بالتدخل.").group("DRUZE", "religious", "الدروز").country("IRN", "إيران").only();
        assertEquals("REL", e.source().sector());
    }

    @Test
    void takesACommunitysNameForASubjectOfAMasculineVerb() {
        Event e = new Scene("واتهم الشيعة إيران بالتدخل.").group("SHIA", "religious", "الشيعة").country("IRN", "إيران").only();
        assertEquals("SHIA", e.source().entity());
    }

    @Test
    void givesAPersonTheSectorOfTheBodyHeHeads() {
        Event e = new Scene("وزار سامح القاهرة.").person("p1", "EGY", List.of("رئيس مجلس إدارة الشركة"), "سامح")
                .country("EGY", "مصر", "القاهرة").only();
        assertEquals("BUS", e.source().sector());
    }

    // ---- verbal nouns

    @Test
    void takesTheGenitiveOfAVerbalNounAsItsSource() {
        Event e = new Scene("وجاء ذلك بعد انسحاب روسيا من أوكرانيا.").country("RUS", "روسيا").country("UKR", "أوكرانيا").only();
        assertEvent(e, "RETREAT", "0874", "RUS", "UKR");
        assertEquals(10.0, e.goldstein());
    }

    @Test
    void takesANationalityAdjectiveAfterAVerbalNounAsItsSource() {
        Event e = new Scene("وتحدث الوزير عن الانسحاب الأمريكي من العراق.")
                .country("USA", "الولايات المتحدة", "الأمريكي").country("IRQ", "العراق").only();
        assertEvent(e, "RETREAT", "0874", "USA", "IRQ");
        assertEquals("الانسحاب", e.trigger().text());
    }

    @Test
    void readsThePluralOfAVerbalNounAfterUndergoingAsAimedAtItsSubject() {
        Event e = new Scene("وتعرضت الحكومة المصرية لانتقادات حادة من الصحف الإسرائيلية.")
                .country("EGY", "مصر", "المصرية").country("ISR", "إسرائيل", "الإسرائيلية").only();
        assertEvent(e, "ACCUSE", "111", "ISR/MED", "EGY/GOV");
        assertEquals("انتقادات", e.trigger().text());
    }

    @Test
    void makesTheTopicBeforeAnExposureAdjectiveTheTarget() {
        Event e = new Scene("أصبحت السلطات التونسية عرضة لانتقادات على القنوات الجزائرية.")
                .country("TUN", "تونس", "التونسية").country("DZA", "الجزائر", "الجزائرية").only();
        assertEvent(e, "ACCUSE", "111", "DZA/MED", "TUN/GOV");
    }

    @Test
    void makesTheSpeakerAtAMeetingItsSourceAndTheHostItsTarget() {
        Event e = new Scene("وقال الرئيس المصري في اجتماع الجامعة العربية إن الحوار مستمر.")
                .country("EGY", "مصر", "المصري").org("LAS", "igo", null, "الجامعة العربية").only();
        assertEvent(e, "CONSULT", "040", "EGY/GOV", "LAS/IGO");
    }

    @Test
    void takesTheSourceOfANounWhoseGenitiveIsThePatientFromItsAgent() {
        Event e = new Scene("وتواصل اعتقال المعارضين من قبل الشرطة الإيرانية.").country("IRN", "إيران", "الإيرانية").only();
        assertEvent(e, "COERCE", "173", "IRN/COP", null);
    }

    @Test
    void findsNoEventInsideAnEntityName() {
        List<Event> events = new Scene("وشاركت مصر في اجتماع منظمة التعاون الإسلامي.")
                .country("EGY", "مصر").org("OIC", "igo", null, "منظمة التعاون الإسلامي").events();
        assertEquals(1, events.size(), events.toString());
        assertEvent(events.get(0), "CONSULT", "040", "EGY", "OIC/IGO");
    }

    @Test
    void makesAVisitedPlaceTheTargetOfAVisit() {
        Event e = new Scene("وتأتي زيارة الرئيس التركي إلى السعودية بعد أزمة.").country("TUR", "تركيا", "التركي").country("SAU", "السعودية").only();
        assertEvent(e, "CONSULT", "042", "TUR/GOV", "SAU");
    }

    @Test
    void takesAPlaceAfterAnAttackForItsTargetNotItsSource() {
        assertTrue(new Scene("وتحدث المحققون عن هجوم لندن.").country("GBR", "بريطانيا").metonym("GBR", "لندن").events().isEmpty());
    }

    @Test
    void takesTheGenitiveOfAidAsItsRecipient() {
        Event e = new Scene("وتحدث الوزير عن مساعدات أمريكية لمصر.").country("USA", "الولايات المتحدة", "أمريكية").country("EGY", "مصر").only();
        assertEvent(e, "AID", "070", "USA", "EGY");
    }

    @Test
    void takesTheActorAfterANounWithAPronounAsItsTarget() {
        assertTrue(new Scene("وجاءت دعوته الحكومة المصرية إلى الحوار.").country("EGY", "مصر", "المصرية").events().isEmpty());
    }

    // ---- the content of another event is no event of its own

    @Test
    void treatsANounInTheComplementOfAVerbAsItsContent() {
        Event e = new Scene("صادق البرلمان التونسي على اتفاقية التعاون مع الجزائر.")
                .country("TUN", "تونس", "التونسي").country("DZA", "الجزائر").only();
        assertEquals("AGREE", e.plover());
    }

    // ---- modes

    @Test
    void negatesAnEventAfterLam() {
        Event e = new Scene("لم توقع إيران الاتفاق مع الوكالة.").country("IRN", "إيران").only();
        assertEquals(EventMode.NEGATED, e.mode());
        assertEquals("IRN", code(e.source()));
    }

    @Test
    void keepsTheSubjectBeforeANegation() {
        Event e = new Scene("وقالت إن تركيا لن تنسحب من سوريا.").country("TUR", "تركيا").country("SYR", "سوريا").only();
        assertEvent(e, "RETREAT", "0874", "TUR", "SYR");
        assertEquals(EventMode.NEGATED, e.mode());
    }

    @Test
    void negatesAPerfectVerbAfterMa() {
        Event e = new Scene("ما وقعت مصر اتفاقا مع إسرائيل.").country("EGY", "مصر").country("ISR", "إسرائيل").only();
        assertEquals(EventMode.NEGATED, e.mode());
    }

    @Test
    void plansAnEventWithTheFuturePrefix() {
        Event e = new Scene("ستوقع مصر اتفاقية مع السودان.").country("EGY", "مصر").country("SDN", "السودان").only();
        assertEvent(e, "AGREE", "057", "EGY", "SDN");
        assertEquals(EventMode.PLANNED, e.mode());
        assertEquals("ستوقع", e.trigger().text());
    }

    @Test
    void plansAnEventUnderAnIntentVerb() {
        Event e = new Scene("تعتزم الولايات المتحدة فرض عقوبات جديدة على إيران.")
                .country("USA", "الولايات المتحدة").country("IRN", "إيران").only();
        assertEvent(e, "SANCTION", "163", "USA", "IRN");
        assertEquals(EventMode.PLANNED, e.mode());
    }

    @Test
    void codesAPlanWithoutAnEventInItAsIntent() {
        Event e = new Scene("تخطط مصر لإنشاء منطقة صناعية.").country("EGY", "مصر").only();
        assertEvent(e, "COOPERATE", "036", "EGY", null);
        assertEquals(EventMode.PLANNED, e.mode());
    }

    @Test
    void codesThePlannedEventInsteadOfThePlanAndGivesItThePlannersSource() {
        Event e = new Scene("تخطط إسرائيل لشن هجوم على لبنان.").country("ISR", "إسرائيل").country("LBN", "لبنان").only();
        assertEvent(e, "ASSAULT", "190", "ISR", "LBN");
        assertEquals(EventMode.PLANNED, e.mode());
        assertEquals("هجوم", e.trigger().text());
    }

    @Test
    void codesADenialAndTheDeniedEvent() {
        List<Event> events = new Scene("نفت روسيا قصف المستشفى في المدينة.").country("RUS", "روسيا").events();
        assertEquals(2, events.size(), events.toString());
        assertEvent(events.get(0), "REJECT", "016", "RUS", null);
        assertEquals(EventMode.DENIED, events.get(0).mode());
        assertEvent(events.get(1), "ASSAULT", "190", "RUS", null);
        assertEquals(EventMode.DENIED, events.get(1).mode());
    }

    @Test
    void makesAnEventUnderAConditionHypothetical() {
        Event e = new Scene("وإذا هاجمت روسيا أوكرانيا فسيكون الرد قاسيا.").country("RUS", "روسيا").country("UKR", "أوكرانيا").only();
        assertEvent(e, "ASSAULT", "190", "RUS", "UKR");
        assertEquals(EventMode.HYPOTHETICAL, e.mode());
    }

    // ---- date, attribution, ids

    @Test
    void datesAnEventByTheNearestDateOfItsSentence() {
        Event e = new Scene("وفي 3 آذار، وقعت مصر اتفاقية مع الأردن.").country("EGY", "مصر").country("JOR", "الأردن")
                .date("d1", "3 آذار", "2024-03-03").only();
        assertEquals("d1", e.date());
    }

    @Test
    void prefersADateInTheEventsOwnClause() {
        Event e = new Scene("في 2020، تقول الوزارة إن مصر وقعت في 3 آذار اتفاقية مع الأردن.").country("EGY", "مصر").country("JOR", "الأردن")
                .date("d1", "2020", "2020").date("d2", "3 آذار", "2024-03-03").only();
        assertEquals("d2", e.date());
    }

    @Test
    void attributesAnEventToTheSpeakerOfTheQuoteHoldingIt() {
        Event e = new Scene("وقالت الوكالة إن إيران هاجمت ناقلة نفط.").country("IRN", "إيران").quote("q1", "AGENCY", "إيران هاجمت").only();
        assertEquals("AGENCY", e.reportedBy());
    }

    @Test
    void numbersEventsInTextOrder() {
        List<Event> events = new Scene("وقعت مصر اتفاقية مع الأردن. وانتقدت إيران إسرائيل.")
                .country("EGY", "مصر").country("JOR", "الأردن").country("IRN", "إيران").country("ISR", "إسرائيل").events();
        assertEquals(List.of("v1", "v2"), events.stream().map(Event::id).toList());
        assertEquals(List.of(0, 1), events.stream().map(Event::sentence).toList());
    }

    @Test
    void findsNoEventInAnEmptyText() {
        assertTrue(new Scene("").events().isEmpty());
    }

    @Test
    void refusesWordsBeyondTheTextQuotingItsLength() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Scene.TAGGER.tag("قصير", List.of(), org.marsad.analysis.Words.of("نص أطول من ذلك"), List.of(), List.of(), List.of()));
        assertTrue(e.getMessage().contains("length 4"), e.getMessage());
    }

    @Test
    void findsNothingWithoutASource() {
        assertTrue(new Scene("وتم توقيع الاتفاقية أمس.").events().isEmpty());
    }
}
