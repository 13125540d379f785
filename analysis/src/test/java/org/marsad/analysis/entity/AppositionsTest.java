package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.analysis.Words;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.junit.jupiter.api.Test;

class AppositionsTest {
    private static final Appositions APPOSITIONS = Appositions.shipped();
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withShippedKnowledge();

    private static List<String> proposed(String text) {
        return APPOSITIONS.propose(text, Words.of(text)).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static Entity person(String text, String name) {
        AnalyzedArticle a = ANALYZER.analyze(Article.of(text));
        return a.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found among " + a.entities()));
    }

    /** The roles that {@link Appositions#attach} gives to the persons named {@code names} in {@code text}, by name. */
    private static List<List<String>> rolesOf(String text, String... names) {
        List<Entity> persons = new java.util.ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            persons.add(new Entity("e" + persons.size(), EntityType.PERSON, name, null, null, null, null, List.of(), 0.9,
                    List.of(Mention.of(text, at, at + name.length(), MentionKind.NAME))));
        }
        return APPOSITIONS.attach(text, Words.of(text), persons, new IdSequence("x")).stream()
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::roles).toList();
    }

    @Test
    void readsTheOfficeOfAnAppointmentInTheAccusative() {
        assertEquals(List.of("محافظ لعدن"),
                person("وقضى القرار بتعيين نايف البكري محافظا لعدن، وذلك بعد الانتصارات.", "نايف البكري").roles());
        assertEquals(List.of("رئيس للولايات المتحدة"),
                person("وانتخب باراك أوباما رئيسا للولايات المتحدة عام 2008.", "باراك أوباما").roles());
        assertEquals(List.of("رئيس"), person("وانتخب ميشال عون رئيسا لأنه مرشح فريق.", "ميشال عون").roles(),
                "لأنه is no complement");
        assertEquals(List.of(), person("وحضر نايف البكري مبكرا إلى الحفل.", "نايف البكري").roles());
        assertEquals(List.of(List.of("رئيس لتحرير صحيفة الأنباء اليومية")),
                rolesOf("وقرر المجلس تعيين سامر الحلبي رئيسا لتحرير صحيفة الأنباء اليومية.", "سامر الحلبي"),
                "an editor-in-chief");
        assertEquals(List.of(List.of("رئيس مدير عام لشركة النقل")),
                rolesOf("وتقرر تعيين سامر الحلبي رئيسا مديرا عاما لشركة النقل.", "سامر الحلبي"), "two offices");
    }

    @Test
    void leavesAnotherPersonsTitleAndNameOutOfTheRole() {
        assertEquals(List.of(List.of("الكاتب"), List.of("وزير التعليم", "الدكتور")),
                rolesOf("طالب الكاتب سامر الحلبي، وزير التعليم الدكتور فادي خليل، بتعديل النظام.", "سامر الحلبي",
                        "فادي خليل"), "the minister is the one he addresses");
        assertEquals(List.of(List.of("مستشار الرئيس سامر الحلبي"), List.of("الرئيس")),
                rolesOf("وقال فادي خليل، مستشار الرئيس سامر الحلبي، إن الحفل تأجل.", "فادي خليل", "سامر الحلبي"),
                "the adviser of the president named: a relation, his role");
    }

    @Test
    void takesAWordOfFameIntoTheRoleBeforeTheName() {
        assertEquals(List.of("قائد الهلال الشهير"),
                person("وكان قائد الهلال الشهير مبارك العبدالكريم في المستشفى.", "مبارك العبدالكريم").roles());
    }

    @Test
    void keepsAClubsAdjectiveInTheRoleAndTakesNoCountryFromIt() {
        String text = "وقال المدرب الهلالي سامر الحلبي قبل المباراة في الملعب إن الفريق جاهز لموسم الدوري السعودي.";
        Entity coach = person(text, "سامر الحلبي");
        assertEquals(List.of("المدرب الهلالي"), coach.roles());
        assertNull(coach.country(), "Al-Hilal's coach may be of any country");
    }

    @Test
    void readsASenatorsTitleAsTheRoleAndNotAsTheName() {
        Entity senator = person("وقال السيناتور الجمهوري بيرت لانكو إن الاتفاق سيئ.", "بيرت لانكو");
        assertEquals(List.of("السيناتور الجمهوري"), senator.roles());
        assertEquals(List.of("السناتور"), person("وقال السناتور بيرت لانكو إن الاتفاق سيئ.", "بيرت لانكو").roles(),
                "spelt without ي");
    }

    @Test
    void readsAClergymansTitleAsTheRole() {
        assertEquals(List.of("البطريرك"), person("وقال البطريرك يوسف حنا إن السلام ممكن.", "يوسف حنا").roles());
        assertEquals(List.of("المطران"), person("وأكد المطران يوسف حنا أن الكنيسة مفتوحة.", "يوسف حنا").roles());
    }

    @Test
    void readsAnHonoraryMembersTitle() {
        assertEquals(List.of("عضو شرف نادي الهلال"),
                person("وأكد عضو شرف نادي الهلال موسى الموسى أن القرار صائب.", "موسى الموسى").roles());
    }

    @Test
    void skipsTheAdjectivesOfTheComplementWordsBeforeTheName() {
        assertEquals(List.of("وزير البيئة والتنمية المستدامة"),
                person("أعلن وزير البيئة والتنمية المستدامة نجيب درويش خلال إشرافه على الحفل.", "نجيب درويش").roles());
    }

    @Test
    void takesTheBodyAfterFiIntoTheRoleBeforeTheName() {
        Entity p = person("وانتقد رئيس اللجنة الاقتصادية في البرلمان الإيراني أحمد توكلي الاتفاق.", "أحمد توكلي");
        assertEquals(List.of("رئيس اللجنة الاقتصادية في البرلمان"), p.roles());
        assertEquals("IRN", p.country(), "the nationality adjective gives the country");
    }

    @Test
    void takesThePlaceUnitAfterBiAlIntoTheRole() {
        assertEquals(List.of("مدير مكتب العمل بالمحافظة"),
                person("وأوضح مدير مكتب العمل بالمحافظة خالد الدخيل، أن الحملة شملت الأسواق.", "خالد الدخيل").roles());
    }

    @Test
    void readsAlFariqAsALieutenantGeneralsRankOnlyWhereNoTeamIsMeant() {
        assertEquals(List.of("مدير عام الدفاع المدني", "الفريق"),
                person("بحضور مدير عام الدفاع المدني الفريق سليمان بن عبد الله العمرو، ومساعديه.",
                        "سليمان بن عبد الله العمرو").roles());
        assertEquals(List.of("الفريق"), person("وقال الفريق سليمان بن عبد الله العمرو إن القناة جاهزة.",
                "سليمان بن عبد الله العمرو").roles());
        assertEquals(List.of(), person("وقاد الفريق محمد نور إلى الفوز.", "محمد نور").roles(), "he led the team");
        assertEquals(List.of("المدير الفني للفريق"),
                person("وقال المدير الفني للفريق سامر الحلبي إن المباراة صعبة.", "سامر الحلبي").roles());
    }

    @Test
    void readsAlMuhafizAsAGovernorOnlyWhereNoAdjectiveOrComplementIsMeant() {
        assertEquals(List.of("المحافظ"), person("وتجول رفقة المحافظ سامر الحلبي في المديريات.", "سامر الحلبي").roles());
        assertTrue(person("وقال رئيس الوزراء المحافظ سامر الحلبي إن الحكومة باقية.", "سامر الحلبي").roles().stream()
                .noneMatch(r -> r.contains("المحافظ")), "the conservative prime minister");
        assertEquals(List.of("وكيل المحافظ"), person("وقال وكيل المحافظ سامر الحلبي إن المدينة آمنة.", "سامر الحلبي").roles());
    }

    @Test
    void partsTwoOfficesJoinedByWaw() {
        assertEquals(List.of("المحافظ", "رئيس اللجنة العليا"),
                person("وبدأ الحفل بكلمة المحافظ ورئيس اللجنة العليا، سامر الحلبي، هنأ فيها الحضور.", "سامر الحلبي").roles());
    }

    @Test
    void proposesTheHolderAfterTheQuotedNameOfTheBody() {
        assertEquals(List.of("سامر الحلبي"), proposed("وقال المدير التنفيذي لشركة «نجوم الصحراء» سامر الحلبي إن البيع بدأ."));
        assertEquals(List.of("سامر الحلبي"), proposed("وقال المتحدث الإعلامي بـ\"صحة حائل\" سامر الحلبي إن المستشفى جاهز."));
        assertEquals(List.of(), proposed("وقرأ الرئيس رواية «الأم» سامر الحلبي أمس."), "a novel is no body of the role");
    }

    @Test
    void takesTheQuotedNameOfTheBodyIntoTheRole() {
        assertEquals(List.of("مدير الإعلام في نجوم الصحراء"),
                person("وقال مدير الإعلام في \"نجوم الصحراء\" محمد سمان إن التحضيرات جارية.", "محمد سمان").roles());
        assertEquals(List.of("الأمين العام للرابطة الخضراء"),
                person("وأشار الأمين العام لـ«الرابطة الخضراء» محمد سمان إلى أن الأسعار تتحسن.", "محمد سمان").roles(),
                "the drawn-out ل goes on the word, its article made one with it");
    }

    @Test
    void leavesTheNewspaperSpokenToOutOfTheRole() {
        assertEquals(List.of("وزير الخارجية"),
                person("وقال سامر الحلبي، وزير الخارجية لـ«الشرق الأوسط»، إن الحرب انتهت.", "سامر الحلبي").roles());
        assertEquals(List.of("مراسل للشرق الأوسط"),
                person("وقال سامر الحلبي، مراسل لـ«الشرق الأوسط»، إن الحرب انتهت.", "سامر الحلبي").roles(),
                "a correspondent's paper is his own");
    }

    @Test
    void writesTheRoleWithoutTatweel() {
        assertEquals(List.of("وزير الدولة"), person("وقال وزيــر الــدولة سامر الحلبي إن الحرب انتهت.", "سامر الحلبي").roles());
    }

    @Test
    void proposesTheNameAfterAComplementOpenedByLamAndAnOrganizationsNoun() {
        assertEquals(List.of("سامر الحلبي"), proposed("وقال الأمين العام لرابطة العلماء سامر الحلبي إن القرار مهم."));
        assertEquals(List.of("سامر الحلبي"), proposed("وقال المدير التنفيذي لجمعية الأطفال سامر الحلبي إن القرار مهم."));
        assertEquals(List.of(), proposed("وقال الأمين العام لقضايا العلماء سامر الحلبي إن القرار مهم."),
                "no organization's noun opens the complement");
    }

    @Test
    void readsAPluralOfAPeopleAfterTheComplementAsItsAdjective() {
        Entity p = person("وأكد رئيس اتحاد المقاولين العرب فهد الحمادي أن هنالك خللا.", "فهد الحمادي");
        assertEquals(List.of("رئيس اتحاد المقاولين العرب"), p.roles());
    }

    @Test
    void findsNoRoleInAFamilysName() {
        assertEquals(List.of(), proposed("وأوصى المفتي عبدالعزيز آل الشيخ المسلمين بتقوى الله"));
    }

    @Test
    void proposesNameAfterRoleAndAdjectives() {
        assertEquals(List.of("كريم نصار"), proposed("وقال الباحث الاقتصادي المصري كريم نصار إن الأسعار سترتفع."));
    }

    @Test
    void opensANameWithAGivenNameTheMaghrebWritesWithTheArticle() {
        assertEquals(List.of("الصحبي بن فرج"), proposed("وتوجه النائب الصحبي بن فرج إلى الجلسة."));
        assertEquals(List.of("كريم نصار"), proposed("وقال الباحث الاقتصادي كريم نصار إن الأسعار سترتفع."),
                "an adjective of the role is no given name");
    }

    @Test
    void takesNoWordOfBWithAPronounIntoAName() {
        assertEquals(List.of(), proposed("وأكد الناطق باسمها سامر خليل أن الحكومة ستواصل جهودها."),
                "باسمها opens no name");
        assertEquals(List.of(), proposed("وشكروا الدكتور سامر خليل بتكريمهم."), "بتكريمهم ends none");
    }

    @Test
    void takesNoPlaceOfAnOfficeForTheStartOfAName() {
        assertTrue(proposed("ورعى محافظ تنومة عبدالرحمن الهزاني الحفل.").isEmpty());
        assertTrue(proposed("وهنأ عميد أسرة آل سالم العروسين.").isEmpty(), "a family after آل");
        assertEquals(List.of("سامر الحلبي"), proposed("وقال وكيل سامر الحلبي إن العقد وقع."),
                "a name right after the role word");
    }

    @Test
    void givesTheRoleOfAnUndersecretaryADeanAndAGovernor() {
        assertEquals(List.of(List.of("وكيل الوزارة لشؤون الحج", "الدكتور")),
                rolesOf("وأوضح وكيل الوزارة لشؤون الحج الدكتور سامر الحلبي أن المخيمات جاهزة.", "سامر الحلبي"));
        assertEquals(List.of(List.of("عميد كلية الطب", "الدكتور")),
                rolesOf("وقال عميد كلية الطب الدكتور سامر الحلبي إن القبول بدأ.", "سامر الحلبي"));
        String text = "وافتتح محافظ جدة سامر الحلبي المعرض.";
        int city = text.indexOf("جدة");
        int name = text.indexOf("سامر الحلبي");
        Entity jeddah = new Entity("e0", EntityType.GPE, "جدة", "Jeddah", "JEDDAH", "SAU", "city", List.of(), 0.9,
                List.of(Mention.of(text, city, city + 3, MentionKind.NAME)));
        Entity person = new Entity("e1", EntityType.PERSON, "سامر الحلبي", null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(text, name, name + "سامر الحلبي".length(), MentionKind.NAME)));
        Entity governor = APPOSITIONS.attach(text, Words.of(text), List.of(jeddah, person), new IdSequence("x")).get(1);
        assertEquals(List.of("محافظ جدة"), governor.roles());
        assertEquals("SAU", governor.country(), "the place of the office");
    }

    @Test
    void givesTheRoleOfASecretaryGeneralAndAMayorButNotAmineAlone() {
        assertEquals(List.of(List.of("أمين عام اللجنة الإشرافية", "الدكتور")),
                rolesOf("وحضر أمين عام اللجنة الإشرافية الدكتور سامر الحلبي الحفل.", "سامر الحلبي"));
        assertEquals(List.of(List.of("أمين منطقة الرياض", "المهندس")),
                rolesOf("وقال أمين منطقة الرياض المهندس سامر الحلبي إن المشروع اكتمل.", "سامر الحلبي"));
        assertEquals(List.of(List.of()), rolesOf("وقال محمد أمين سامر الحلبي إن المشروع اكتمل.", "سامر الحلبي"),
                "أمين alone is a given name as often");
    }

    @Test
    void takesThePlaceWhereARoleIsHeldIntoTheRole() {
        Entity envoy = person("وقال السفير السعودي في القاهرة محمد الحلبي إن العلاقات قوية.", "محمد الحلبي");
        assertEquals(List.of("السفير في القاهرة"), envoy.roles(), "its nationality adjective gives the country");
        assertEquals("SAU", envoy.country());
        Entity police = person("وقال مدير الشرطة في جدة العميد محمد الحلبي إن القضية انتهت.", "محمد الحلبي");
        assertEquals(List.of("مدير الشرطة في جدة", "العميد"), police.roles(), "an office before an honorific");
    }

    @Test
    void keepsTheNationalityAdjectiveOfABodysNameInTheRole() {
        Entity head = person("وقال رئيس الاتحاد السعودي للمبارزة سامر الحلبي إن البطولة تبدأ غدا.", "سامر الحلبي");
        assertEquals(List.of("رئيس الاتحاد السعودي للمبارزة"), head.roles(), "the federation's name holds it");
        assertEquals("SAU", head.country());
        Entity minister = person("وقال الوزير التركي للشؤون الأوروبية محمد الحلبي إن المفاوضات بدأت.", "محمد الحلبي");
        assertEquals(List.of("الوزير للشؤون الأوروبية"), minister.roles(), "an adjective of the role word itself");
        Entity envoy = person("وقال السفير السعودي لدى الأردن محمد الحلبي إن العلاقات قوية.", "محمد الحلبي");
        assertEquals(List.of("السفير لدى الأردن"), envoy.roles());
    }

    @Test
    void givesAPostAbroadTheCountryOfTheStateItServes() {
        Entity envoy = person("وقال سفير تونس لدى فرنسا محمد الحلبي إن الزيارة مهمة.", "محمد الحلبي");
        assertEquals(List.of("سفير تونس لدى فرنسا"), envoy.roles());
        assertEquals("TUN", envoy.country(), "not France, where he serves");
        Entity mission = person("وقال رئيس بعثة صندوق النقد الدولي إلى تونس محمد الحلبي إن المفاوضات مستمرة.",
                "محمد الحلبي");
        assertNull(mission.country(), "an international body sends the mission");
        Entity spokesman = person("وقال المتحدث باسم الأمم المتحدة في جنيف محمد الحلبي إن المفاوضات مستمرة.",
                "محمد الحلبي");
        assertNull(spokesman.country(), "an international body's office in Geneva");
    }

    @Test
    void leavesAnHonorificOfAddressOutOfTheOffice() {
        assertEquals(List.of(List.of("الأمين العام للمركز", "الدكتور")),
                rolesOf("وقال الأمين العام للمركز معالي الدكتور سامر الحلبي إن الحوار مستمر.", "سامر الحلبي"));
    }

    /** The person named {@code name} in {@code text} after {@link Appositions#attach}, beside the club النجوم (RUS). */
    private static Entity besideAClub(String text, String name) {
        int club = text.indexOf("نادي النجوم");
        int at = text.indexOf(name);
        Entity stars = new Entity("e0", EntityType.ORG, "نادي النجوم", "Al-Nujum Club", "NUJUM", "RUS", "club", List.of(),
                0.9, List.of(Mention.of(text, club, club + "نادي النجوم".length(), MentionKind.NAME)));
        Entity person = new Entity("e1", EntityType.PERSON, name, null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(text, at, at + name.length(), MentionKind.NAME)));
        return APPOSITIONS.attach(text, Words.of(text), List.of(stars, person), new IdSequence("x")).get(1);
    }

    @Test
    void givesTheCountryOfTheClubItsPresidentLeads() {
        assertEquals("RUS", besideAClub("وقال رئيس نادي النجوم سامر الحلبي إن الفريق جاهز.", "سامر الحلبي").country());
        assertEquals(null, besideAClub("وقال مدرب نادي النجوم سامر الحلبي إن الفريق جاهز.", "سامر الحلبي").country(),
                "a coach is hired abroad as often");
    }

    @Test
    void givesTheCountryOfTheClubReferredToWhereEveryClubIsOfTheCountryTheArticleIsAbout() {
        String saudi = "أعلن نادي الهلال السعودي في الرياض تعاقده مع لاعب سعودي من نادي النصر. وقال رئيس النادي سامر "
                + "الحلبي إن الصفقة تدعم الفريق في الدوري السعودي، وإن اللاعب سيصل إلى الرياض غدا.";
        assertEquals("SAU", person(saudi, "سامر الحلبي").country());
        String friendly = "خسر الفريق وديا أمام النجم الساحلي التونسي. وقال رئيس النادي سامر الحلبي إن المباراة "
                + "مفيدة، وإن الفريق يعود إلى الرياض غدا.";
        assertEquals(null, person(friendly, "سامر الحلبي").country(),
                "the Tunisian opponent alone is named, and 'the club' is the Saudi team's own");
    }

    @Test
    void proposesTheNameAfterABodyReferredToByItsDefiniteNoun() {
        assertEquals(List.of("سامر الحلبي"), proposed("وأكد مدير الهيئة سامر الحلبي أن العمل مستمر."));
        assertEquals(List.of("سامر الحلبي"), proposed("وأكد المتحدث الرسمي باسم الجامعة سامر الحلبي أن العمل مستمر."));
        assertEquals(List.of("سامر الحلبي"), proposed("وقال المدير التنفيذي للشركة سامر الحلبي إن العمل مستمر."));
        assertEquals(List.of("سامر الحلبي"), proposed("وقال رئيس المجلس البلدي سامر الحلبي إن العمل مستمر."));
        assertEquals(List.of(), proposed("وقال مدير الهيئة العامة للسياحة إن العمل مستمر."), "no given name follows");
    }

    @Test
    void proposesNoThirdWordAfterAReferredBodyThatNoPunctuationCloses() {
        assertEquals(List.of(), proposed("ووقع رئيس الاتحاد سامر الحلبي عقدا مع المدرب."));
        assertEquals(List.of("سامر خالد الحلبي"), proposed("وقال رئيس المهرجان سامر خالد الحلبي: تم الإطلاق."));
    }

    @Test
    void takesNoWordWithAPrepositionAndAPronounIntoAName() {
        assertEquals(List.of(), proposed("ورفعها إلى الوزير الدكتور سامر الحلبي لاعتمادها وفق النظام."));
        assertEquals(List.of("سامر الحلبي"), proposed("ورفعها إلى الوزير الدكتور سامر الحلبي، لاعتمادها."));
    }

    @Test
    void endsANameBeforeAFunctionWordOrADefiniteWordGluedToWaw() {
        assertEquals(List.of("سامر الحلبي"),
                proposed("وحضر المدير التنفيذي للشركة سامر الحلبي وذلك في مقر الاتحاد."));
        assertEquals(List.of(), proposed("ورافق البعثة المدير التنفيذي للشركة سامر الحلبي واللاعبين."),
                "a definite word after و ends the name but does not close it as a function word does");
        assertEquals(List.of("محمد فان بوهيمن"), proposed("وقال رئيس اللجنة محمد فان بوهيمن: العمل مستمر."),
                "فان is a name's particle, not ف and أن");
    }

    @Test
    void proposesNoNameRunningOnIntoANounGluedToWawWithAPronoun() {
        assertTrue(proposed("وحضر الحفل رئيس النادي سامر الحلبي ومساعده في الإدارة.").isEmpty());
    }

    @Test
    void proposesNameSetOffByCommasAfterARolePhrase() {
        assertEquals(List.of("هالة يونس"), proposed("وبحسب الخبيرة في شؤون الطاقة، هالة يونس، فإن الطلب سيتراجع."));
    }

    @Test
    void doesNotTakeAnObjectForAName() {
        assertTrue(proposed("لا يستبعد مدير الشركة تحقيق أرباح هذا العام.").isEmpty());
    }

    @Test
    void doesNotTakeAClauseAfterACommaForAName() {
        assertTrue(proposed("وقال قائد المركبة، ولم يتعرض لإصابة، إن الطريق كان مغلقا.").isEmpty());
    }

    @Test
    void doesNotTakeAnOrganizationForAName() {
        assertTrue(proposed("وقال مدير مجموعة الأبحاث الزراعية إن الموسم جيد.").isEmpty());
    }

    @Test
    void doesNotTakeADepartmentOrAClubForAName() {
        assertTrue(proposed("وحضر رئيس دائرة الطيران المدني في المدينة الحفل.").isEmpty());
        assertTrue(proposed("وقال المدير الفني لنادي الشروق الرياضي إن الفريق جاهز.").isEmpty());
    }

    @Test
    void doesNotTakeAQuantifiedNounForAName() {
        assertTrue(proposed("وعين زعيم أحد الأجنحة المتمردة في الإقليم رئيسا.").isEmpty());
    }

    @Test
    void doesNotTakeAVerbOfSpeechForTheStartOfAName() {
        assertTrue(proposed("وبالنسبة لمدير إدارة الموانئ، قال الساعدي، إن الإجراءات اكتملت.").isEmpty());
    }

    @Test
    void takesNoWordWithTanweenIntoAName() {
        assertTrue(proposed("ويضيف الشيخ سامر قائلاً: إن الأمن مستتب.").isEmpty(), "one name word is left");
        assertTrue(proposed("وأكد الرئيس سامر عيد شخصياً أن اللجنة مستقلة.").stream().noneMatch(p -> p.contains("شخصياً")));
    }

    @Test
    void takesNoWordThatNeverStandsInANameIntoOne() {
        assertEquals(List.of(), proposed("فأخذه الشيخ سامر معه إلى المدينة."), "a preposition with a pronoun");
        assertEquals(List.of(), proposed("فقال الحاج سامر أنا هنا."), "a separate pronoun");
    }

    @Test
    void opensNoNameWithAVerbBeforeWhoSpeaks() {
        assertTrue(proposed("واطمأن المدير العام سامر بن خالد الحربي على الخطة، وذكر الحربي أن العمل بدأ.").stream()
                .noneMatch(p -> p.contains("وذكر")), "the name after the comma starts after the verb");
        assertTrue(proposed("وتحدث الخبير الاقتصادي، وذكرت المطيري أن الأسعار سترتفع.").isEmpty(), "the feminine too");
        assertEquals(List.of("راي هاملتون"), proposed("وقال الجنرال راي هاملتون إن الجيش مستعد."), "Ray, no verb");
    }

    @Test
    void takesNoBlessingIntoAName() {
        assertTrue(proposed("وكان الملك عبدالله يرحمه الله قد أمر بإنشاء الطريق.").isEmpty(), "one name word is left");
        assertEquals(List.of("سامر عيد"), proposed("وكان الشيخ سامر عيد رحمه الله قد أمر بإنشاء الطريق."));
    }

    @Test
    void endsANameBeforeATitleGluedToWaw() {
        assertTrue(proposed("وحضر الحفل الأمير ماجد والأمير منصور رحمهما الله في الرياض.").stream()
                .noneMatch(p -> p.contains("والأمير")), "the title opens the next person of the list");
        assertTrue(proposed("وحضر اللقاء المستشار سامر الحربي والمستشار في الديوان خالد.").stream()
                .noneMatch(p -> p.contains("والمستشار")));
    }

    @Test
    void takesNoWordWithLamAndTheArticleIntoAName() {
        assertTrue(proposed("وتعرض الكاتب المعروف للهجوم المسلح في منزله.").isEmpty());
    }

    @Test
    void takesTheFieldOfAProfessorOrAMinisterForPartOfTheTitle() {
        assertTrue(proposed("وأضاف أستاذ علم الاجتماع في الجامعة أن الظاهرة قديمة.").isEmpty());
        assertTrue(proposed("وقالت وزيرة شؤون المرأة في حديث أمس إن القانون جاهز.").isEmpty());
        assertTrue(proposed("وقال رئيس قسم الجراحة في المستشفى إن الحالة مستقرة.").isEmpty());
    }

    @Test
    void takesBasemAfterASpokesmanForOnBehalfOf() {
        assertTrue(proposed("وقال المتحدث الرسمي باسم الدفاع المدني في المنطقة إن الحريق أخمد.").isEmpty());
        assertEquals(List.of("باسم الحمدان"), proposed("وقال الباحث باسم الحمدان إن المشروع اكتمل."));
    }

    @Test
    void opensNoNameWithAPreposition() {
        assertTrue(proposed("وهذا هو السبب الرئيس وراء الأزمة الحاصلة اليوم في القطاع.").isEmpty());
    }

    @Test
    void takesNoYearAfterTheNameIntoIt() {
        assertEquals(List.of(), proposed("وافتتحت المدرسة في عهد الملك خالد عام 1977 بحضور الأهالي."));
    }

    @Test
    void confirmsANameTheTaggerProposesOrThatOpensWithAGivenName() {
        String text = "وقرر الرئيس تمديد حالة الطوارئ، وقال المحلل كريم نصار إن المحلل تاراس ميلنر، محق.";
        Words words = Words.of(text);
        List<Proposal> proposed = APPOSITIONS.propose(text, words);
        assertEquals(List.of("تمديد حالة الطوارئ", "كريم نصار", "تاراس ميلنر"),
                proposed.stream().map(p -> text.substring(p.start(), p.end())).toList());
        int taras = text.indexOf("تاراس");
        List<Proposal> tagged = List.of(new Proposal(taras, taras + "تاراس ميلنر".length(), EntityType.PERSON, 0.9));
        assertEquals(List.of("كريم نصار", "تاراس ميلنر"), APPOSITIONS.confirmed(words, proposed, tagged).stream()
                .map(p -> text.substring(p.start(), p.end())).toList(), "كريم is a given name; the tagger proposes تاراس ميلنر");
        List<Proposal> place = List.of(new Proposal(taras, taras + "تاراس".length(), EntityType.LOC, 0.9));
        assertEquals(List.of("كريم نصار", "تاراس ميلنر"), APPOSITIONS.confirmed(words, proposed, place).stream()
                .map(p -> text.substring(p.start(), p.end())).toList(), "a name of another type within it");
        int state = text.indexOf("حالة");
        List<Proposal> before = List.of(new Proposal(text.indexOf("الرئيس"), state, EntityType.ORG, 0.9));
        assertEquals(List.of("كريم نصار"), APPOSITIONS.confirmed(words, proposed, before).stream()
                .map(p -> text.substring(p.start(), p.end())).toList(), "an organization reaching in from before");
    }

    @Test
    void takesNoCrownPrincesTitleForAName() {
        assertEquals(List.of(), proposed("وصرح الأمير سامر بن كريم بن عبد العزيز، ولي ولي العهد، بأن الزيارة ناجحة."));
    }

    @Test
    void takesNoSectorNorADayNorAnOccasionForAName() {
        assertEquals(List.of(), proposed("وقال مدير قطاع الطاقة الشمسية في الشركة إن الطلب يتزايد."));
        assertEquals(List.of(), proposed("كما أصدر الملك يوم الخميس 29 يناير أمرا ملكيا."));
        assertEquals(List.of(), proposed("وهنأ الرئيس الصربي بمناسبة ذكرى اليوم الوطني."));
    }

    @Test
    void takesNoPossessiveLadaForAName() {
        assertEquals(List.of(), proposed("ولا أعتقد أن الوزير لديه الوقت في حل كل مشكلة."));
    }

    @Test
    void opensNoNameWithAPrepositionAndTheArticle() {
        assertTrue(proposed("وهو القائد بالنسبة إليهم في هذه المرحلة.").isEmpty());
    }

    @Test
    void takesGeneralForPartOfTheTitle() {
        assertTrue(proposed("وقال مدير عام الفندق إن الحجوزات ارتفعت.").isEmpty());
        assertTrue(proposed("وقال نائب عام المنطقة إن التحقيق بدأ.").isEmpty());
    }

    @Test
    void takesTheStaffOfARankForPartOfTheTitle() {
        assertEquals(List.of("سامر خليل"), proposed("وقال اللواء ركن سامر خليل إن القوات تقدمت."));
        assertEquals(List.of("سامر بن علي"), proposed("وقال اللواء ركن سامر بن علي إن القوات تقدمت."));
        assertTrue(proposed("وحضر اللواء سامر بن علي الشهري الحفل.").isEmpty(), "a name never ends in بن");
    }

    @Test
    void needsTwoNameWords() {
        assertTrue(proposed("وقال الوزير إن الاتفاق قريب.").isEmpty());
    }

    @Test
    void givesRoleAndCountryFromThePhraseBeforeTheName() {
        Entity p = person("وقال المحلل السياسي المغربي رشيد العلوي إن الانتخابات ستجري في موعدها.", "رشيد العلوي");
        assertEquals(List.of("المحلل السياسي"), p.roles());
        assertEquals("MAR", p.country());
    }

    @Test
    void takesTheWordThatDatesARoleBeforeTheNameIntoIt() {
        assertEquals(List.of(List.of("الوزير السابق")), rolesOf("وأكد الوزير السابق سامر خليل أن المشروع تأخر.", "سامر خليل"));
        assertEquals(List.of(List.of("رئيس الوزراء الأسبق")),
                rolesOf("وأكد رئيس الوزراء الأسبق سامر خليل أن المشروع تأخر.", "سامر خليل"));
    }

    @Test
    void takesTheComplementOfABareRoleWordBeforeTheNameIntoIt() {
        assertEquals(List.of(List.of("وزير الشؤون الاجتماعية السابق")),
                rolesOf("وأكد وزير الشؤون الاجتماعية السابق سامر خليل أن المشروع تأخر.", "سامر خليل"));
    }

    @Test
    void givesADeputysOfficeToTheDeputy() {
        assertEquals(List.of(List.of("نائب وزير الصحة")), rolesOf("وأكد نائب وزير الصحة سامر خليل أن المشروع تأخر.", "سامر خليل"));
        assertEquals(List.of(List.of("المستشارة")),
                rolesOf("وقال نائب المستشارة نادية خليل إن المشروع تأخر.", "نادية خليل"), "a definite office is the name's own");
        assertEquals(List.of(List.of("مساعد المدرب")),
                rolesOf("وسيتولى مساعد المدرب سامر خليل مسؤولية الفريق.", "سامر خليل"), "but not after an aide's word");
        assertEquals(List.of(List.of("نائب الأمين العام للجمعية")),
                rolesOf("وذكرت نائب الأمين العام للجمعية نادية خليل أن المشروع تأخر.", "نادية خليل"),
                "nor with its complement between");
        assertEquals(List.of(List.of("المستشارة الألمانية")),
                rolesOf("وقال نائب المستشارة الألمانية نادية خليل إن المشروع تأخر.", "نادية خليل"),
                "an adjective between");
    }

    /**
     * The person named {@code name} in {@code text} as {@link Appositions#attach} gives it, beside the organization of
     * {@code subtype} and {@code country} named {@code organization} there.
     */
    private static Entity besideOrganization(String text, String name, String organization, String subtype, String country) {
        int at = text.indexOf(name);
        int org = text.indexOf(organization);
        Entity person = new Entity("e0", EntityType.PERSON, name, null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(text, at, at + name.length(), MentionKind.NAME)));
        Entity body = new Entity("e1", EntityType.ORG, organization, null, null, country, subtype, List.of(), 0.9,
                List.of(Mention.of(text, org, org + organization.length(), MentionKind.NAME)));
        return APPOSITIONS.attach(text, Words.of(text), List.of(person, body), new IdSequence("x")).get(0);
    }

    @Test
    void takesTheOrganizationNamedAfterTheRoleIntoIt() {
        assertEquals(List.of("المتحدث الرسمي باسم وزارة الأوقاف"), besideOrganization(
                "وأوضح المتحدث الرسمي باسم وزارة الأوقاف سامر خليل أن المساجد ستفتح.", "سامر خليل", "وزارة الأوقاف",
                null, null).roles());
        assertEquals(List.of("المتحدث الرسمي لوزارة الأوقاف"), besideOrganization(
                "وأوضح المتحدث الرسمي لوزارة الأوقاف سامر خليل أن المساجد ستفتح.", "سامر خليل", "وزارة الأوقاف",
                null, null).roles());
        assertEquals(List.of("المدير التنفيذي لشركة نجمة"), besideOrganization(
                "وأوضح المدير التنفيذي لشركة نجمة سامر خليل أن الأرباح زادت.", "سامر خليل", "نجمة", "company", "JOR")
                .roles());
    }

    @Test
    void givesTheCountryOfAStatesBodyToTheHolderOfARoleInIt() {
        String text = "وأوضح المتحدث باسم وزارة الأوقاف الأردنية سامر خليل أن المساجد ستفتح.";
        assertEquals("JOR", besideOrganization(text, "سامر خليل", "وزارة الأوقاف الأردنية", "ministry", "JOR").country());
        String company = "وأوضح المدير التنفيذي لشركة نجمة سامر خليل أن الأرباح زادت.";
        assertEquals(null, besideOrganization(company, "سامر خليل", "نجمة", "company", "JOR").country(),
                "a company's manager may be of any country");
    }

    @Test
    void givesTheCountryOfAPublicInstitutionToTheHolderOfARoleInIt() {
        assertEquals("JOR", besideOrganization("وأوضح مدير جامعة النجوم سامر خليل أن القبول بدأ.",
                "سامر خليل", "جامعة النجوم", "university", "JOR").country());
        assertEquals("JOR", besideOrganization("وقال مدير الإدارة العامة للتعليم سامر خليل إن الدراسة تبدأ غدا.",
                "سامر خليل", "الإدارة العامة للتعليم", null, "JOR").country(), "an institution the base lacks");
        assertNull(besideOrganization("وقال مدير الجامعة العربية للعلوم سامر خليل إن القبول بدأ.", "سامر خليل",
                "الجامعة العربية للعلوم", "university", "JOR").country(), "an institution of many countries");
        assertNull(besideOrganization("وقال مدير الشركة الوطنية للنقل سامر خليل إن الرحلات زادت.", "سامر خليل",
                "الشركة الوطنية للنقل", null, "JOR").country(), "a company's officer may be of any country");
    }

    @Test
    void partsOfficesThatRunOnTogether() {
        assertEquals(List.of(List.of("وزير العدل", "رئيس المجلس الأعلى للقضاء", "الدكتور")),
                rolesOf("وقال وزير العدل رئيس المجلس الأعلى للقضاء الدكتور سامر خليل إن المحاكم جاهزة.", "سامر خليل"));
        assertEquals(List.of(List.of("أمين العاصمة", "رئيس مجلس إدارة الشركة", "المهندس")),
                rolesOf("وافتتح أمين العاصمة ورئيس مجلس إدارة الشركة المهندس سامر خليل المعرض.", "سامر خليل"),
                "the second office after و");
        assertEquals(List.of(List.of("نائب رئيس مجلس الوزراء", "الدكتور")),
                rolesOf("وقال نائب رئيس مجلس الوزراء الدكتور سامر خليل إن الحكومة جاهزة.", "سامر خليل"),
                "a head after an indefinite word is its complement");
        assertEquals(List.of(List.of("الرئيس المدير العام للشركة")),
                rolesOf("وفق ما أكده الرئيس المدير العام للشركة، سامر خليل لوكالة الأنباء.", "سامر خليل"),
                "two bare heads make one title");
        assertEquals(List.of(List.of("مدير الحملة الانتخابية للرئيس")),
                rolesOf("وقال سامر خليل، مدير الحملة الانتخابية للرئيس، إن الحملة بدأت.", "سامر خليل"),
                "a head after ل is the office's complement");
    }

    @Test
    void givesNoSpokesmansRoleToTheOneSpokenFor() {
        assertEquals(List.of(List.of(), List.of("الناطقة باسم سامر خليل")),
                rolesOf("وقالت الناطقة باسم سامر خليل نادية يونس إن الزيارة تأجلت.", "سامر خليل", "نادية يونس"));
    }

    @Test
    void takesTheOfficeBeforeACourtesyTitleButNotTheTitle() {
        assertEquals(List.of(List.of("المدير التنفيذي للفريق")),
                rolesOf("وقال المدير التنفيذي للفريق السيد سامر خليل إن الفريق جاهز.", "سامر خليل"));
        assertEquals(List.of(List.of()), rolesOf("وصل طرد إلى السيد \"سامر خليل\" من مدينة الحمامات.", "سامر خليل"));
    }

    @Test
    void givesAnAidesOfficeBeforeAnHonorificToTheAide() {
        assertEquals(List.of(List.of("مساعد الرئيس للشؤون الفنية", "المهندس")),
                rolesOf("وحضر الحفل ومساعد الرئيس للشؤون الفنية المهندس سامر خليل.", "سامر خليل"));
    }

    @Test
    void proposesNoNameAfterACourtesyTitle() {
        assertTrue(proposed("وقال السيد فارغا يقول إن الاتفاق قريب.").isEmpty());
    }

    @Test
    void takesNoOfficeOfAnotherPersonNamedBeforeTheHonorific() {
        assertEquals(List.of(List.of(), List.of()), rolesOf("وبعث الملك سامر خليل برقية تهنئة لفخامة السيدة نادية يونس.",
                "الملك سامر خليل", "نادية يونس"), "the king's name, title and all, is no office of hers");
    }

    @Test
    void leavesOutARoleAnotherRoleBeginsWith() {
        assertEquals(List.of(List.of("الأمين العام للاتحاد")),
                rolesOf("وقال الأمين العام سامر خليل، الأمين العام للاتحاد، إن المؤتمر تأجل.", "سامر خليل"));
    }

    @Test
    void givesNoRoleBeforeANameWithLamGluedToIt() {
        assertEquals(List.of(List.of()), rolesOf("وعين النائب السابق للملا سامر قائدا جديدا.", "للملا سامر"),
                "the former deputy of Mullah Samer");
    }

    @Test
    void writesARoleAfterLamWithItsArticle() {
        assertEquals(List.of(List.of("الدكتور")), rolesOf("وقدم الوفد شكره للدكتور رامز الحلبي على جهوده.", "رامز الحلبي"));
    }

    @Test
    void addsRoleAfterTheNameAndItsOrganization() {
        String text = "وتوقع الخبير الاقتصادي الأردني سامر خليل، مدير مركز الرؤى للدراسات، تحسن النمو.";
        Entity p = person(text, "سامر خليل");
        assertTrue(p.roles().contains("مدير مركز الرؤى للدراسات"), p.roles().toString());
        AnalyzedArticle a = ANALYZER.analyze(Article.of(text));
        assertTrue(a.entities().stream().anyMatch(e -> e.type() == EntityType.ORG && e.name().equals("مركز الرؤى للدراسات")));
    }

    @Test
    void givesTheOrganizationAfterTheRoleAnEnglishNameOfItsWords() {
        String text = "وقال المحلل سامر خليل، مدير مجموعة تقييم المخاطر، إن السوق هادئة.";
        AnalyzedArticle a = ANALYZER.analyze(Article.of(text));
        Entity group = a.entities().stream().filter(e -> e.name().equals("مجموعة تقييم المخاطر")).findFirst()
                .orElseThrow();
        assertEquals("Risk Assessment Group", group.nameEn(), "not the name in Latin letters");
    }

    @Test
    void takesATitleRightAfterTheNameForARole() {
        Entity p = person("وقال رامز الحلبي وزير الخارجية الأردني إن المحادثات مستمرة.", "رامز الحلبي");
        assertEquals(List.of("وزير الخارجية"), p.roles());
        assertEquals("JOR", p.country());
        Entity q = person("وأكد وليد سمعان وزير الدفاع أن الجيش مستعد.", "وليد سمعان");
        assertEquals(List.of("وزير الدفاع"), q.roles());
        Entity r = person("وأعلن سامر خليل رئيس لجنة الحكام أن المباراة ستقام.", "سامر خليل");
        assertEquals(List.of("رئيس لجنة الحكام"), r.roles());
    }

    @Test
    void takesAnAidesRoleRightAfterTheName() {
        assertEquals(List.of("مساعد مدير شؤون المعلمين"),
                person("وأوضح رامز الحلبي مساعد مدير شؤون المعلمين أن الدراسة تبدأ.", "رامز الحلبي").roles());
        assertEquals(List.of("مساعد وزير الدفاع"),
                person("وأوضح رامز الحلبي، مساعد وزير الدفاع، أن الجيش مستعد.", "رامز الحلبي").roles(), "after a comma");
    }

    @Test
    void takesTheBodyInBracketsOrQuotesIntoTheTitleAfterTheName() {
        assertEquals(List.of(List.of("الرئيس التنفيذي لشركة سامر للأغذية")),
                rolesOf("وأكد رامز الحلبي الرئيس التنفيذي لشركة (سامر للأغذية) أن المبيعات زادت.", "رامز الحلبي"));
        assertEquals(List.of(List.of("المدير العام لشركة سامر للأغذية")),
                rolesOf("وأكد رامز الحلبي المدير العام لشركة «سامر للأغذية»، أن المبيعات زادت.", "رامز الحلبي"));
        assertEquals(List.of(List.of()), rolesOf("والتقى رامز الحلبي المدير العام للشركة (45 عاما) أمس.", "رامز الحلبي"),
                "an age in brackets binds no title to the name");
    }

    @Test
    void readsAnOfficeWithAPossessivePronounAsTheOffice() {
        assertEquals(List.of(List.of("الرئيس التنفيذي")),
                rolesOf("وقالت الشركة إن رئيسها التنفيذي رامز الحلبي سيزور المعرض.", "رامز الحلبي"));
        assertEquals(List.of(List.of("المدير العام")),
                rolesOf("وقالت الهيئة إن مديرها العام رامز الحلبي وقع العقد.", "رامز الحلبي"));
        assertEquals(List.of(List.of("المدرب السابق")), rolesOf("وكان مدربه السابق رامز الحلبي قد غادر.", "رامز الحلبي"),
                "ه, written apart from the feminine ة");
        assertEquals(List.of(List.of("رئيسة الوزراء")), rolesOf("وقالت رئيسة الوزراء سامية الحلبي إن الحكومة باقية.",
                "سامية الحلبي"), "a woman's office, written with ة");
        assertEquals(List.of("رامز الحلبي"), proposed("وقالت الشركة إن رئيسها التنفيذي رامز الحلبي، أكد أن الأرباح زادت."));
    }

    @Test
    void takesTheJobAGazettesAppointmentNamesInBracketsWithItsBody() {
        assertEquals(List.of(List.of("مستشار مالي بوزارة الصحة")),
                rolesOf("تعيين رامز الحلبي على وظيفة (مستشار مالي) بالمرتبة الخامسة عشرة بوزارة الصحة.", "رامز الحلبي"));
        assertEquals(List.of(List.of("سفير بوزارة الخارجية")),
                rolesOf("تعيين رامز الحلبي على وظيفة (سفير) بوزارة الخارجية.", "رامز الحلبي"));
    }

    @Test
    void takesTheJobAGazettesPromotionNamesUpToItsRank() {
        assertEquals(List.of(List.of("رئيس كتابة العدل بجازان")),
                rolesOf("بترقية رامز الحلبي على وظيفة رئيس كتابة العدل بجازان بالمرتبة الثالثة عشرة.", "رامز الحلبي"));
        assertEquals(List.of(List.of()), rolesOf("وحصل رامز الحلبي على وظيفة جديدة في الشركة.", "رامز الحلبي"),
                "no rank, no brackets: a new job, not its name");
    }

    @Test
    void takesTheChiefOfAStaffForARole() {
        assertEquals(List.of("كبير المفاوضين"),
                person("وقال رامز الحلبي كبير المفاوضين الفلسطينيين إن المحادثات متوقفة.", "رامز الحلبي").roles());
        assertEquals(List.of(List.of()), rolesOf("وقال رامز الحلبي كبير العائلة إن الصلح تم.", "رامز الحلبي"),
                "كبير alone is big: the eldest of the family");
    }

    @Test
    void takesNoTitleFollowedByItsOwnHoldersName() {
        Entity p = person("واستقبل رامز الحلبي وزير الخارجية الأمريكي جون كيري في عمان.", "رامز الحلبي");
        assertTrue(p.roles().isEmpty(), p.roles().toString());
    }

    @Test
    void keepsTheWordThatMakesATitleAFormerOne() {
        Entity p = person("وقال رامز الحلبي وزير الخارجية الأردني السابق إن الحل سياسي.", "رامز الحلبي");
        assertEquals(List.of("وزير الخارجية السابق"), p.roles());
    }

    @Test
    void endsATitlesComplementAtAPlacesName() {
        Entity p = person("وقال رامز الحلبي رئيس بوليفيا إن الاتفاق قريب.", "رامز الحلبي");
        assertEquals(List.of("رئيس بوليفيا"), p.roles());
    }

    @Test
    void endsATitlesComplementAtTheEndOfAKnownOrganizationsName() {
        Entity p = person("وقال رامز الحلبي رئيس هيئة الهلال الأحمر السعودي إن الفرق جاهزة.", "رامز الحلبي");
        assertEquals(List.of("رئيس هيئة الهلال الأحمر السعودي"), p.roles());
        assertEquals("SAU", p.country(), "the organization's country");
    }

    @Test
    void givesTheCountryOfTheNationalFederationItsPresidentLeads() {
        Entity p = person("وقال رامز الحلبي رئيس الجامعة التونسية لكرة القدم إن المنتخب جاهز.", "رامز الحلبي");
        assertEquals(List.of("رئيس الجامعة التونسية لكرة القدم"), p.roles());
        assertEquals("TUN", p.country());
    }

    @Test
    void takesNoRoleAfterAConjunctionForTheNamesTitle() {
        Entity p = person("وحضر رامز الحلبي والمدير التنفيذي للشركة.", "رامز الحلبي");
        assertTrue(p.roles().isEmpty(), p.roles().toString());
    }

    @Test
    void takesADefiniteRoleAfterTheNameThatAComplementOrAQualifierBindsToIt() {
        assertEquals(List.of(List.of("المدير التنفيذي للشركة")),
                rolesOf("وقال سامر خليل المدير التنفيذي للشركة إن الأرباح زادت.", "سامر خليل"));
        assertEquals(List.of(List.of("المدير الفني لنادي الوحدة")),
                rolesOf("وعبر سامر خليل المدير الفني لنادي الوحدة عن ثقته.", "سامر خليل"));
        assertEquals(List.of(List.of("الوزير السابق")),
                rolesOf("وكان بينهم سامر خليل الوزير السابق ورئيس الكتلة.", "سامر خليل"));
        assertEquals(List.of(List.of("السفير الألماني لدى المملكة")),
                rolesOf("وزار سامر خليل السفير الألماني لدى المملكة المعرض.", "سامر خليل"));
    }

    @Test
    void takesWhomASpokesmanAfterTheNameSpeaksForIntoTheRole() {
        assertEquals(List.of(List.of("المتحدث باسم الشرطة")),
                rolesOf("وقال سامر خليل المتحدث باسم الشرطة إن التحقيق مستمر.", "سامر خليل"));
        assertEquals(List.of(List.of("المتحدث باسم نوفاتيك")),
                rolesOf("وقال سامر خليل المتحدث باسم «نوفاتيك» إن التحقيق مستمر.", "سامر خليل"), "a quoted name");
        assertEquals(List.of(List.of()), rolesOf("وقال سامر خليل المتحدث باسم حملة رامز الحلبي إن الحملة مستمرة.",
                "سامر خليل", "رامز الحلبي").subList(0, 1), "the campaign of a person named after it");
    }

    @Test
    void takesAStateBodyAfterBaOrLamIntoTheRole() {
        assertEquals(List.of(List.of("الناطق الإعلامي بشرطة المنطقة")),
                rolesOf("وأكد سامر خليل الناطق الإعلامي بشرطة المنطقة أن التحقيق مستمر.", "سامر خليل"));
        assertEquals(List.of(List.of("الناطق الإعلامي لشرطة المنطقة")),
                rolesOf("وأوضح الناطق الإعلامي لشرطة المنطقة سامر خليل أن التحقيق مستمر.", "سامر خليل"));
    }

    @Test
    void takesNoComplementWithBaThatHoldsTheTitleOfTheNameAfterIt() {
        Entity hadi = person("وقال سامر خليل الصحفي بمكتب الرئيس اليمني عبد ربه منصور هادي، إن الاجتماع تأجل.",
                "عبد ربه منصور هادي");
        assertEquals(List.of("الرئيس"), hadi.roles());
    }

    @Test
    void takesADefiniteRoleBeforeTheNameThatItsComplementRunsUpTo() {
        assertEquals(List.of(List.of("المديرة العامة للمتحف")),
                rolesOf("وقالت المديرة العامة للمتحف لمى الحسن إن المعرض يفتح غدا.", "لمى الحسن"));
        assertEquals(List.of(List.of("المدير العام لشركة الوحدة")),
                rolesOf("وأوضح المدير العام لشركة الوحدة سامر خليل أن الأرباح زادت.", "سامر خليل"));
    }

    @Test
    void takesThePlaceAfterTheComplementIntoTheRoleBeforeTheName() {
        Entity p = person("وأكد المدير العام للشؤون الصحية بمنطقة جازان خالد بن محمد العتيبي أن المستشفيات جاهزة.",
                "خالد بن محمد العتيبي");
        assertEquals(List.of("المدير العام للشؤون الصحية بمنطقة جازان"), p.roles());
    }

    @Test
    void takesNoComplementThatIsATitleOfItsOwnForTheRoleOfTheNameAfterIt() {
        List<String> roles = rolesOf("واستقبل المستشار الخاص للرئيس سامر خليل الوفد.", "سامر خليل").get(0);
        assertTrue(roles.stream().noneMatch(r -> r.startsWith("المستشار")), roles.toString());
    }

    @Test
    void givesTheCountryOfThePlaceTheOfficeNames() {
        assertEquals("COL", person("وقال رامز الحلبي رئيس جمهورية كولومبيا إن الاتفاق قريب.", "رامز الحلبي").country());
        assertEquals("SAU", person("وأكد مدير الشؤون الصحية بمنطقة عسير الدكتور سامر الحلبي أن المستشفيات جاهزة.",
                "سامر الحلبي").country());
    }

    @Test
    void takesTheOfficeAfterBehalfOfIntoTheSpokesmansRoleNotForTheName() {
        assertEquals(List.of(List.of("الناطق الرسمي باسم رئيس البرلمان")),
                rolesOf("وقال الناطق الرسمي باسم رئيس البرلمان سامر الحلبي إن الخبر كاذب.", "سامر الحلبي"));
    }

    @Test
    void leavesAKnownHolderOfTheOfficeAfterBehalfOfThatOffice() {
        Entity putin = person("وقال الكاتب إن بيسكوف الناطق الرسمي باسم رئيس الحكومة الروسية فلاديمير بوتين تزوج.",
                "فلاديمير بوتين");
        assertTrue(putin.roles().stream().noneMatch(r -> r.startsWith("الناطق")), putin.roles().toString());
    }

    @Test
    void takesNoComplementEndingInATitleThatOpensTheName() {
        List<String> roles = rolesOf("وقال الناطق باسم كتائب الشهيد سامر الحلبي إن الهجوم صد.", "سامر الحلبي").get(0);
        assertTrue(roles.stream().noneMatch(r -> r.startsWith("الناطق")), roles.toString());
    }

    @Test
    void givesNoCountryOfAPlaceAPostAbroadOrAnOccupationNames() {
        assertEquals(null, person("وقال رامز الحلبي مدير مكتب القناة في بيروت إن الوضع هادئ.", "رامز الحلبي").country());
        assertEquals(null, person("وقال رامز الحلبي مدرب تشيلي إن الفريق جاهز.", "رامز الحلبي").country());
    }

    @Test
    void takesNoRoleInAnUnknownAirportThatTheNameAfterItGoesOn() {
        Entity p = person("وقال المدير العام لمطار قابس الحبيب بورقيبة الدولي إن الرحلات زادت.", "الحبيب بورقيبة");
        assertTrue(p.roles().isEmpty(), p.roles().toString());
    }

    @Test
    void takesAPlayersPositionAfterTheNameUpToTheSentenceGoingOn() {
        assertEquals(List.of(List.of("مهاجم نادي الوحدة")),
                rolesOf("وأصيب سامر خليل مهاجم نادي الوحدة قائلا إنه سيعود قريبا.", "سامر خليل"));
        assertEquals(List.of(List.of("مدافع نادي الوحدة سابقا")),
                rolesOf("وقال سامر خليل مدافع نادي الوحدة سابقا إن الفريق تغير.", "سامر خليل"));
    }

    @Test
    void takesNoDefiniteRoleAfterTheNameForItsTitle() {
        Entity p = person("والتقى رامز الحلبي الرئيس الفرنسي في باريس.", "رامز الحلبي");
        assertTrue(p.roles().isEmpty(), p.roles().toString());
        assertEquals(null, p.country());
    }

    @Test
    void takesTheCountryOfARoleBetweenCommasAfterTheName() {
        Entity minister = person("وقال رامز الحلبي، وزير السياحة المصري، إن الموسم جيد.", "رامز الحلبي");
        assertEquals(List.of("وزير السياحة"), minister.roles(), "the nationality adjective gives the country");
        assertEquals("EGY", minister.country());
        assertEquals("COL", person("وقال رامز الحلبي، رئيس جمهورية كولومبيا، إن الاتفاق قريب.", "رامز الحلبي")
                .country(), "the place of the office");
    }

    @Test
    void splitsAffiliationFromTheRoleBeforeACommaName() {
        Entity p = person("وحسب الباحث في الشؤون الأفريقية في معهد النيل، عمر الطيب، فإن الأزمة ستطول.", "عمر الطيب");
        assertEquals(List.of("الباحث في الشؤون الأفريقية"), p.roles());
    }

    @Test
    void takesNoTitleOfAnotherPersonInAListForARole() {
        String text = "وحضر الحفل الأمير خالد بن سعد بن فهد، الأمير ماجد بن نايف بن تركي، وعدد من المسؤولين.";
        assertEquals(List.of(List.of("الأمير"), List.of("الأمير")),
                rolesOf(text, "خالد بن سعد بن فهد", "ماجد بن نايف بن تركي"));
    }

    @Test
    void takesNoPhraseHoldingAnotherNameBeforeACommaForARole() {
        String text = "واستقبل الرئيس المصري رامز الحلبي ورئيس الوزراء سامر خليل، كريم نصار، في القاهرة.";
        assertEquals(List.of(), rolesOf(text, "رامز الحلبي", "سامر خليل", "كريم نصار").get(2));
    }

    @Test
    void takesNoBareRoleWordInConstructWithTheNameForItsRole() {
        String text = "وقال نائب رامز الحلبي إن الاجتماع تأجل.";
        assertEquals(List.of(List.of()), rolesOf(text, "رامز الحلبي"));
        String definite = "وقال الوزير للرئيس رامز الحلبي إن الاجتماع تأجل.";
        assertEquals(List.of(List.of("الرئيس")), rolesOf(definite, "رامز الحلبي"), "للرئيس has its article");
    }

    @Test
    void takesNoClauseBeforeACommaForARole() {
        String text = "وقال وزير المالية إنه بعد أشهر من المحادثات، سامر خليل يرى أن الاتفاق قريب.";
        assertEquals(List.of(List.of()), rolesOf(text, "سامر خليل"));
    }

    @Test
    void takesNoConjoinedTitleAfterACommaForARole() {
        String text = "وشارك في الاجتماع رامز الحلبي، ورئيس البرلمان الأوروبي سامر خليل، ووفد من الخبراء.";
        assertEquals(List.of(), rolesOf(text, "رامز الحلبي", "سامر خليل").get(0));
    }

    @Test
    void takesNoTitleThatNamesAnOrganizationForARole() {
        String text = "وبدعم من مركز الأمير فيصل للبحوث مع الجامعة، رامز الحلبي يقود الفريق.";
        assertEquals(List.of(List.of()), rolesOf(text, "رامز الحلبي"));
    }

    @Test
    void takesNoPrepositionForAnAdjectiveOfTheTitle() {
        String text = "ويسعى وزير المالية إلى تفادي المزيد من الخسائر.";
        assertEquals(List.of(List.of()), rolesOf(text, "تفادي المزيد"));
    }

    @Test
    void givesTheCountryOfANationalityAdjectiveRightBeforeTheName() {
        Entity p = person("وسجل الإسباني خوان رويدا هدف التعادل في الدقيقة الأخيرة.", "خوان رويدا");
        assertEquals("ESP", p.country());
        assertEquals(List.of(), p.roles());
    }

    @Test
    void givesTheCountryOfANationalityAdjectiveOfTwoWordsBeforeTheName() {
        Entity p = person("وقال المهاجم الكوري الجنوبي سون هيونغ مين إن الفريق جاهز.", "سون هيونغ مين");
        assertEquals("KOR", p.country());
        assertEquals(List.of("المهاجم"), p.roles(), "the adjective is the country's, no part of the role");
    }

    @Test
    void takesTheMemberOfParliamentsPartyIntoHisRoleAndItsCountry() {
        Entity before = person("وقال النائب عن حركة النهضة سامي الطريقي إن المشروع جاهز.", "سامي الطريقي");
        assertEquals(List.of("النائب عن حركة النهضة"), before.roles());
        assertEquals("TUN", before.country());
        Entity after = person("ونفت سامية الحمامي، النائبة عن حزب نداء تونس، أي طموح سياسي لديها.", "سامية الحمامي");
        assertEquals("TUN", after.country(), "a member of a party is of its country");
    }

    @Test
    void readsTheFeminineOfAMembersRole() {
        Entity member = person("وقالت عضوة مجلس نواب الشعب سامية الحمامي إن الدستور جاهز.", "سامية الحمامي");
        assertEquals(List.of("عضوة مجلس نواب الشعب"), member.roles());
        assertEquals("TUN", member.country());
    }

    @Test
    void proposesTheNameAfterABareRoleWordAndTheKnownNameThatCompletesIt() {
        String text = "وقال عضو مجلس الأمناء سامي الطريقي إن الخطة جاهزة.";
        Words words = Words.of(text);
        int council = words.firstAtOrAfter(text.indexOf("مجلس"));
        List<String> names = APPOSITIONS.propose(text, words, k -> k == council ? k + 2 : k).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
        assertEquals(List.of("سامي الطريقي"), names);
        assertEquals(List.of("سامي الطريقي"), proposed(text), "unknown, the complement is read as a construct chain");
        assertEquals(List.of(), proposed("وقال عضو مجلس يرى سامي الطريقي أن الخطة جاهزة."), "a verb ends the chain");
        Entity member = person("وقال عضو مجلس نواب الشعب سعيد الخرشوفي إن الدستور جاهز.", "سعيد الخرشوفي");
        assertEquals(List.of("عضو مجلس نواب الشعب"), member.roles());
        assertEquals("TUN", member.country());
    }

    @Test
    void givesTheOfficerOfAStateBodyNamedWithItsCountryThatCountry() {
        assertEquals("YEM", person("وصرح مدير مكتب الرئاسة اليمنية مختار الرحبي بأن الوضع مستقر.", "مختار الرحبي").country());
    }

    @Test
    void readsACountrysNameThatIsAFeminineNisbaAfterADefiniteNounAsANationality() {
        Entity student = person("وحضرت الطالبة السعودية ريم الزهراني حفل التخرج.", "ريم الزهراني");
        assertEquals("SAU", student.country(), "in the role");
        assertEquals(List.of("الطالبة"), student.roles());
        assertEquals("SAU", person("وقالت المواطنة السعودية نورة العتيبي إن الخدمة تحسنت.", "نورة العتيبي").country(),
                "right before the name");
        assertNull(person("وقال السفير لدى السعودية سامر خليل إن العلاقات متينة.", "سامر خليل").country(),
                "after a preposition it names the country he is posted to");
    }

    /** The country {@link Appositions#attach} gives {@code name}, a person, beside a ministry {@code ministry} of {@code country}. */
    private static String countryBesideMinistry(String text, String name, String ministry, String country) {
        int at = text.indexOf(ministry);
        int nameAt = text.indexOf(name);
        Entity body = new Entity("e0", EntityType.ORG, ministry, null, null, country, MinistryPhrases.SUBTYPE, List.of(),
                0.9, List.of(Mention.of(text, at, at + ministry.length(), MentionKind.NAME)));
        Entity person = new Entity("e1", EntityType.PERSON, name, null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(text, nameAt, nameAt + name.length(), MentionKind.NAME)));
        return APPOSITIONS.attach(text, Words.of(text), List.of(body, person), new IdSequence("x")).get(1).country();
    }

    @Test
    void givesAMinisterTheCountryOfTheMinistryOfHisPortfolio() {
        assertEquals("SAU", countryBesideMinistry("وأعلنت وزارة الحج أن وزير الحج الدكتور سامر الحلبي سيزور المخيمات.",
                "سامر الحلبي", "وزارة الحج", "SAU"));
        assertEquals("SAU", countryBesideMinistry("وقال وزير الزراعة الأسبق سامر الحلبي إن وزارة الزراعة تأخرت.",
                "سامر الحلبي", "وزارة الزراعة", "SAU"), "a former minister");
        assertNull(countryBesideMinistry("وقال وزير الزراعة سامر الحلبي إن وزارة الصحة تأخرت.",
                "سامر الحلبي", "وزارة الصحة", "SAU"), "another portfolio");
    }

    @Test
    void givesAMinisterWithoutHisMinistryTheCountryTheArticleDwellsOn() {
        String text = "مصر تبني. مصر تزرع. مصر تصدر. مصر تصنع. وقال وزير الزراعة سامر الحلبي إن مصر ستزرع القمح.";
        assertEquals("EGY", countryIn(text, "سامر الحلبي", "مصر", "EGY"), "five mentions of Egypt and none of another country");
        assertNull(countryIn(text.replace("مصر تصنع. ", ""), "سامر الحلبي", "مصر", "EGY"), "four mentions are no sign");
    }

    @Test
    void givesAHolderOfAStateTitleTheCountryTheArticleDwellsOn() {
        String text = "اليمن يقاتل. اليمن يصمد. اليمن ينتصر. اليمن يبني. وقال العميد سامر الحلبي إن اليمن سيتحرر.";
        assertEquals("YEM", countryIn(text, "سامر الحلبي", "اليمن", "YEM"), "a rank");
        assertEquals("YEM", countryIn(text.replace("العميد", "الأمير"), "سامر الحلبي", "اليمن", "YEM"), "a prince");
        assertNull(countryIn(text.replace("العميد", "الدكتور"), "سامر الحلبي", "اليمن", "YEM"),
                "a doctor's title is no state's");
    }

    /** The country {@link Appositions#attach} gives {@code name} in {@code text}, where every {@code place} names {@code country}. */
    private static String countryIn(String text, String name, String place, String country) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int at = text.indexOf(place); at >= 0; at = text.indexOf(place, at + 1)) {
            mentions.add(Mention.of(text, at, at + place.length(), MentionKind.NAME));
        }
        Entity gpe = new Entity("e0", EntityType.GPE, place, null, country, country, null, List.of(), 0.9, mentions);
        int nameAt = text.indexOf(name);
        Entity person = new Entity("e1", EntityType.PERSON, name, null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(text, nameAt, nameAt + name.length(), MentionKind.NAME)));
        return APPOSITIONS.attach(text, Words.of(text), List.of(gpe, person), new IdSequence("x")).get(1).country();
    }

    @Test
    void givesAMinisterThePublishersCountryInAnArticleThatNamesNoOther() {
        String text = "وقال وزير العدل سامر الحلبي إن المحاكم ستفتح غدا.";
        int nameAt = text.indexOf("سامر الحلبي");
        Entity person = new Entity("e0", EntityType.PERSON, "سامر الحلبي", null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(text, nameAt, nameAt + "سامر الحلبي".length(), MentionKind.NAME)));
        assertEquals("TUN", APPOSITIONS.attach(text, Words.of(text), List.of(person), new IdSequence("x"), "TUN")
                .get(0).country());
        assertNull(APPOSITIONS.attach(text, Words.of(text), List.of(person), new IdSequence("x")).get(0).country(),
                "a publisher of no known country");
        String abroad = "وزار وزير العدل سامر الحلبي باريس.";
        int paris = abroad.indexOf("باريس");
        int at = abroad.indexOf("سامر الحلبي");
        Entity city = new Entity("e0", EntityType.GPE, "باريس", "Paris", "PARIS", "FRA", "capital", List.of(), 0.9,
                List.of(Mention.of(abroad, paris, paris + 5, MentionKind.NAME)));
        Entity visitor = new Entity("e1", EntityType.PERSON, "سامر الحلبي", null, null, null, null, List.of(), 0.9,
                List.of(Mention.of(abroad, at, at + "سامر الحلبي".length(), MentionKind.NAME)));
        assertNull(APPOSITIONS.attach(abroad, Words.of(abroad), List.of(city, visitor), new IdSequence("x"), "TUN")
                .get(1).country(), "another country named");
    }

    @Test
    void givesAForeignMinisterNoCountryOfAMinistryOfForeignAffairs() {
        assertNull(countryBesideMinistry("وأعلنت وزارة الخارجية أن وزير الخارجية سامر الحلبي سيصل غدا.",
                "سامر الحلبي", "وزارة الخارجية", "USA"));
    }

    @Test
    void takesAnOccupationForARoleButProposesNoNameAfterIt() {
        Entity p = person("وقال المدرب البرتغالي جوزيه ألفيش إن الفريق جاهز.", "جوزيه ألفيش");
        assertEquals(List.of("المدرب"), p.roles());
        assertEquals("PRT", p.country());
        assertEquals(List.of(), proposed("وأكد المدرب لعدم تواجده، أن الفريق جاهز."));
    }

    @Test
    void takesTheOfficeBeforeAnHonorificForARole() {
        String text = "وافتتح رئيس مجلس إدارة الجمعية الوطنية للمهندسين الدكتور سامر خليل المعرض.";
        assertEquals(List.of(List.of("رئيس مجلس إدارة الجمعية الوطنية للمهندسين", "الدكتور")), rolesOf(text, "سامر خليل"));
        String titles = "وقال مدير الجامعة الأهلية، الأستاذ الدكتور رامز الحلبي، إن التسجيل بدأ.";
        assertEquals(List.of(List.of("مدير الجامعة الأهلية", "الأستاذ الدكتور")), rolesOf(titles, "رامز الحلبي"));
        String listed = "وحضر وزير المالية الدكتور كريم نصار، ووزير الثقافة والإعلام الدكتور سامر خليل.";
        assertEquals(List.of(List.of("وزير المالية", "الدكتور"), List.of("وزير الثقافة والإعلام", "الدكتور")),
                rolesOf(listed, "كريم نصار", "سامر خليل"), "the office without its conjunction");
    }

    @Test
    void givesTheOfficeBeforeAConjoinedHonorificToThePersonBefore() {
        String text = "وحضر الأمير سامر بن خالد وزير الحرس الوطني، والأمير رامز بن فهد، والأمير كريم بن سعد.";
        assertEquals(List.of(List.of("الأمير")), rolesOf(text, "رامز بن فهد"));
        String spaced = "وحضر الأمير سامر بن خالد وزير الحرس الوطني والأمير رامز بن فهد الحفل.";
        assertEquals(List.of(List.of("الأمير")), rolesOf(spaced, "رامز بن فهد"));
    }

    @Test
    void takesAnAbbreviatedTitleAndTheOfficeBeforeItForRoles() {
        String text = "وقال الأمين العام للجمعية الأهلية د. سامر خليل إن التسجيل بدأ.";
        assertEquals(List.of(List.of("الأمين العام للجمعية الأهلية", "د.")), rolesOf(text, "سامر خليل"));
        String both = "وافتتح مدير المعهد أ.د. رامز الحلبي المعرض.";
        assertEquals(List.of(List.of("مدير المعهد", "أ. د.")), rolesOf(both, "رامز الحلبي"));
    }

    @Test
    void takesNoAbbreviatedTitleWithoutItsFullStop() {
        assertEquals(List.of(List.of()), rolesOf("ونقلت وكالة د ب أ سامر خليل عن مصادر.", "سامر خليل"));
        assertEquals(List.of(), proposed("وقال مدير المعهد د. رامز الحلبي، وزملاؤه، إن المعرض افتتح."));
    }

    @Test
    void takesARankForARoleButProposesNoNameAfterIt() {
        String text = "وأوضح مدير شرطة الحي الشمالي المقدم سامر الحلبي أن الدوريات انتشرت.";
        assertEquals(List.of(List.of("مدير شرطة الحي الشمالي", "المقدم")), rolesOf(text, "سامر الحلبي"));
        assertEquals(List.of(List.of("وكيل رقيب")), rolesOf("وكرمت الإدارة وكيل رقيب رامز الحلبي لشجاعته.", "رامز الحلبي"));
        assertEquals(List.of(), proposed("وشارك المنشدون إبراهيم النقيب وسامر الحلبي في الحفل."));
        assertEquals(List.of(List.of("مدرب الرائد")), rolesOf("وقال مدرب الرائد سامر الحلبي إن الفريق جاهز.", "سامر الحلبي"),
                "a rank after a bare role word is a club's name");
    }

    @Test
    void takesNoRolePhraseThatHoldsAKnownNameOpeningWithItsTitle() {
        Entity sarraj = person("اتفق القائد العام للجيش الليبي المشير خليفة حفتر مع رئيس المجلس الرئاسي لحكومة "
                + "الوفاق الوطني، فائز السراج، خلال لقائهما.", "فائز السراج");
        assertTrue(sarraj.roles().stream().noneMatch(r -> r.contains("حفتر")), sarraj.roles().toString());
    }

    @Test
    void takesThePartyAMemberOfParliamentSitsForIntoTheRole() {
        Entity mp = person("وقال سامر الحلبي نائب عن حركة النهضة في تصريح إن الوفد وصل.", "سامر الحلبي");
        assertEquals(List.of("نائب عن حركة النهضة"), mp.roles());
        assertEquals("TUN", mp.country());
    }

    @Test
    void readsANameAfterACliticAtTheEndOfTheText() {
        assertEquals(List.of(List.of()), rolesOf("وشكر الدكتور وسامر", "سامر"));
    }

    @Test
    void takesNoOfficeCutOffFromTheHonorificForARole() {
        String verb = "وأكد مدير الجامعة في كلمته الدكتور سامر خليل أهمية البحث.";
        assertEquals(List.of(List.of("الدكتور")), rolesOf(verb, "سامر خليل"), "في breaks the office off");
        String construct = "وقال نائب الأمير سامر خليل إن الحفل تأجل.";
        assertEquals(List.of(List.of("الأمير")), rolesOf(construct, "سامر خليل"), "the prince's deputy");
        String another = "واستقبل وزير الخارجية رامز الحلبي الدكتور سامر خليل في مكتبه.";
        assertEquals(List.of(List.of("وزير الخارجية"), List.of("الدكتور")), rolesOf(another, "رامز الحلبي", "سامر خليل"));
    }

    @Test
    void takesThePlaceAfterAKnownBodyIntoTheRole() {
        assertEquals(List.of("مدير الدفاع المدني بجازان"),
                person("وأوضح مدير الدفاع المدني بجازان سامر الحلبي أن الفرق باشرت الحريق.", "سامر الحلبي").roles());
        assertEquals(List.of("مدير الدفاع المدني بمنطقة جازان"),
                person("وأوضح مدير الدفاع المدني بمنطقة جازان سامر الحلبي أن الفرق باشرت الحريق.", "سامر الحلبي")
                        .roles());
        assertEquals(List.of("رئيس جامعة الملك سعود بالرياض"),
                person("وأوضح رئيس جامعة الملك سعود بالرياض سامر الحلبي أن الطلاب عادوا.", "سامر الحلبي").roles());
    }

    @Test
    void takesThePlaceABodyServesIntoTheRole() {
        assertEquals(List.of("الناطق الإعلامي بصحة عسير"),
                person("أوضح الناطق الإعلامي بصحة عسير محمد بن خليل الحلبي بأن المصابين بخير.", "محمد بن خليل الحلبي")
                        .roles());
        assertEquals(List.of("الناطق الإعلامي لشرطة منطقة جازان"),
                person("وأوضح الناطق الإعلامي لشرطة منطقة جازان محمد الحلبي أن الدورية وصلت.", "محمد الحلبي").roles());
    }

    @Test
    void takesAConstructChainThatAnOrganizationsNounOpens() {
        assertEquals(List.of("رئيس لجنة التنمية الاجتماعية الأهلية"),
                person("فيما أكد رئيس لجنة التنمية الاجتماعية الأهلية محمد الحلبي أن اللجنة تعمل.", "محمد الحلبي")
                        .roles());
        assertEquals(List.of("مدير عام فرع الوزارة بالباحة"),
                person("وأوضح مدير عام فرع الوزارة بالباحة محمد الحلبي أن الجولات مستمرة.", "محمد الحلبي").roles());
    }

    @Test
    void takesNoNationalityAfterBaaForWhereTheRoleIsHeld() {
        Entity counterpart = person("وجمع اللقاء وزير الخارجية السعودي بنظيره الروسي سامر الحلبي في فيينا.",
                "سامر الحلبي");
        assertTrue(counterpart.roles().stream().noneMatch(r -> r.contains("بنظيره")), counterpart.roles().toString());
    }

    @Test
    void takesAConjoinedNounTheBodyReferredToAndAnActingHoldersWordIntoTheRole() {
        assertEquals(List.of("مدير العلاقات العامة والإعلام بصحة القصيم"), person(
                "أوضح مدير العلاقات العامة والإعلام بصحة القصيم محمد بن عبدالرحمن الحلبي بأن الحالة مستقرة.",
                "محمد بن عبدالرحمن الحلبي").roles());
        assertEquals(List.of("مدير الكرة بالنادي"),
                person("اطمأن مدير الكرة بالنادي محمد الحلبي على سلامة البعثة.", "محمد الحلبي").roles());
        assertEquals(List.of("مدير عام تعليم القصيم بالإنابة"), person(
                "كما تفقد مدير عام تعليم القصيم بالإنابة عبدالرحمن بن صالح الحلبي أعمال الترميم.",
                "عبدالرحمن بن صالح الحلبي").roles());
    }

    @Test
    void takesNoConjoinedNameIntoTheRoleBeforeIt() {
        Entity listed = person("حضر اللقاء سامر خليل نائب القنصل للشؤون الإعلامية والطيب مصطفى مستشار السفير.",
                "الطيب مصطفى");
        assertTrue(listed.roles().stream().noneMatch(r -> r.contains("الإعلامية") && !r.startsWith("مستشار")),
                listed.roles().toString());
    }

    @Test
    void takesASupervisorsRoleWithWhatHeSupervises() {
        assertEquals(List.of("المشرف العام على المهرجان"),
                person("بدوره أكد المشرف العام على المهرجان محمد الحلبي، أن المهرجان ناجح.", "محمد الحلبي").roles());
    }

    @Test
    void takesThePlaceThatARolesUnitNounOpens() {
        assertEquals(List.of("أمين منطقة جازان"),
                person("وقال أمين منطقة جازان محمد الحلبي إن المشروع مستمر.", "محمد الحلبي").roles());
    }

    @Test
    void takesABareNounBeforeAPlaceIntoTheRole() {
        assertEquals(List.of("رئيس شرطة كابول"),
                person("بحسب ما صرح رئيس شرطة كابول عبد الرحمن الحلبي. وهذا الهجوم هو الثاني.", "عبد الرحمن الحلبي")
                        .roles());
    }

    @Test
    void takesWhatLamLamOrAKnownBodyAfterBaaAddsToTheRole() {
        assertEquals(List.of("مدير المنتخبات الوطنية للطائرة"),
                person("وأكد مدير المنتخبات الوطنية للطائرة صالح الحلبي أن الفريق جاهز.", "صالح الحلبي").roles());
        assertEquals(List.of("المشرف العام على العلاقات العامة والإعلام بوزارة الحج"), person(
                "وأوضح المشرف العام على العلاقات العامة والإعلام بوزارة الحج علي بن محمد الحلبي أن الوزارة تعمل.",
                "علي بن محمد الحلبي").roles());
        assertEquals(List.of("المتحدث الإعلامي لانتخابات المجلس البلدي"),
                person("وقال المتحدث الإعلامي لانتخابات المجلس البلدي سعود الحلبي إن اللجنة تعمل.", "سعود الحلبي")
                        .roles());
    }

    @Test
    void takesNoAddresseeIntoTheRole() {
        Entity speaker = person("وقال المتحدث باسم الشرطة للصحفيين محمد الحلبي إن التحقيق مستمر.", "محمد الحلبي");
        assertTrue(speaker.roles().stream().noneMatch(r -> r.contains("للصحفيين")), speaker.roles().toString());
    }
}
