package org.marsad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Removed;
import org.marsad.text.Span;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withShippedKnowledge();
    private static final String BODY = """
            نشرة الصباح
            استقبل الرئيس المصري في القاهرة وزير خارجية تركيا، وبحثا العلاقات مع روسيا والصين.
            وقالت مصادر إن تركيا ومصر تتجهان إلى توقيع اتفاق تجاري.
            هل أعجبك الموضوع؟ شاركه مع أصدقائك!""";

    private final AnalyzedArticle analyzed = ANALYZER.analyze(Article.builder(BODY).origin("body.txt").build());

    @Test
    void takesBrandLineAsPublisherWhenInputNamesNone() {
        assertEquals("نشرة الصباح", analyzed.source().name());
        assertEquals(List.of(Removed.BRAND_LINE, Removed.SHARE_PROMPT), analyzed.removed().stream().map(Removed::reason).toList());
    }

    @Test
    void givesThePublisherAnEntity() {
        Entity publisher = publisher(analyzed);
        assertEquals("نشرة الصباح", publisher.name());
        assertEquals(EntityType.ORG, publisher.type());
        assertEquals(publisher.id(), analyzed.provenance().publisher());
    }

    @Test
    void takesTheBylineTheTextOpensWithAsAuthorWhenTheInputNamesNone() {
        String text = "محمد الحلبي – الرياض\nأعلنت وزارة الصحة خطة جديدة لمكافحة الأمراض المعدية.";
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(text).build());
        assertEquals("محمد الحلبي – الرياض", a.author());
        Entity writer = a.entities().stream().filter(e -> e.name().equals("محمد الحلبي")).findFirst().orElseThrow();
        assertEquals(List.of("الكاتب"), writer.roles());
        AnalyzedArticle given = ANALYZER.analyze(Article.builder(text).author("الرياض: محمد الحلبي").build());
        assertEquals("الرياض: محمد الحلبي", given.author(), "the input's byline is kept as given");
    }

    @Test
    void makesNoEntityOfACurrencyTheTaggerProposes() {
        String sentence = "وبلغت قيمة الصفقة 500 مليون دولار أمريكي .";
        assertTrue(org.marsad.analysis.ner.NerTagger.load().tagTokens(List.of(sentence.split(" "))).contains("B-MISC"),
                "the tagger proposes the currency, which this test is about");
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(sentence).build());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().equals("دولار")), a.entities().toString());
    }

    @Test
    void makesNoEntityOfAMonthNameTheTaggerProposesInsideADate() {
        String text = "وقعت الحادثة في 28 أبريل (نيسان) 2015 في مدينة جدة.";
        assertTrue(org.marsad.analysis.ner.NerTagger.load().tagTokens(List.of(
                "وقعت الحادثة في 28 أبريل ( نيسان ) 2015 في مدينة جدة .".split(" "))).contains("B-ORG"),
                "the tagger proposes the month as a carmaker, which this test is about");
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(text).build());
        assertTrue(a.dates().stream().anyMatch(d -> d.text().contains("نيسان")), a.dates().toString());
        assertTrue(a.entities().stream().noneMatch(e -> e.name().contains("نيسان")), a.entities().toString());
    }

    @Test
    void readsAGuardedRegionOnlyWhereItNamesOne() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("زار الوفد منطقة عسير أمس. وكان الطريق عسير المسالك.").build());
        List<Entity> asir = a.entities().stream().filter(e -> "ASIR".equals(e.kb())).toList();
        assertEquals(1, asir.size(), a.entities().toString());
        assertEquals(List.of("منطقة عسير"), asir.get(0).mentions().stream().map(Mention::text).toList());
        assertEquals("SAU", asir.get(0).country());
    }

    @Test
    void makesNoPlaceOfAGuardedNameWhereItIsTheCommonWord() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "وصل الوفد إلى العقبة أمس. وأكد المسؤول أن العقبة الرئيسية هي التمويل.").build());
        List<Entity> aqaba = a.entities().stream().filter(e -> e.name().equals("العقبة")).toList();
        assertEquals(1, aqaba.size(), a.entities().toString());
        assertEquals("AQABA", aqaba.get(0).kb());
        assertEquals(1, aqaba.get(0).mentions().size(), "the obstacle of the second sentence is no mention");
        assertEquals("JOR", aqaba.get(0).country());
    }

    @Test
    void readsTheKingdomAsSaudiArabiaAfterItIsNamed() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "أعلنت السعودية خطة جديدة للطيران. وقال مسؤول إن المملكة ستفتح مطارات إقليمية.").build());
        Entity saudi = a.entities().stream().filter(e -> "SAU".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("السعودية", "المملكة"), saudi.mentions().stream().map(Mention::text).toList());
        assertEquals(MentionKind.NOMINAL, saudi.mentions().get(1).kind());
    }

    @Test
    void findsAMinistryTheKnowledgeBaseLacksWithTheCountryOfItsAdjective() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "أعلنت وزارة الزراعة الأمريكية أنها فتحت تحقيقا. وقالت الوزارة إن النتائج ستعلن قريبا.").build());
        Entity ministry = a.entities().stream().filter(e -> e.name().equals("وزارة الزراعة الأمريكية")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(EntityType.ORG, ministry.type());
        assertEquals("USA", ministry.country());
        assertNull(ministry.kb());
        assertEquals("ministry", ministry.subtype());
        assertEquals("Ministry of Agriculture (United States)", ministry.nameEn());
        assertEquals(List.of("وزارة الزراعة الأمريكية", "الوزارة"), ministry.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void findsAMinistryWhoseCountrysAdjectiveHasTwoWords() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "وقالت وزارة الدفاع الكورية الجنوبية إن التدريبات بدأت أمس.").build());
        Entity ministry = a.entities().stream().filter(e -> e.name().equals("وزارة الدفاع الكورية الجنوبية")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals("KOR", ministry.country());
        assertEquals("ministry", ministry.subtype());
        assertEquals("Ministry of Defense (South Korea)", ministry.nameEn());
    }

    @Test
    void readsAMinistrysBareNameAsTheOneTheArticleNamedWithItsCountry() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "فرضت وزارة الخزانة الأمريكية عقوبات على شركات روسية وإيرانية. وقالت وزارة الخزانة إن العقوبات تشمل مصارف.")
                .build());
        List<Entity> treasury = a.entities().stream().filter(e -> e.name().startsWith("وزارة الخزانة")).toList();
        assertEquals(1, treasury.size(), a.entities().toString());
        assertEquals(List.of("وزارة الخزانة الأمريكية", "وزارة الخزانة"),
                treasury.get(0).mentions().stream().map(Mention::text).toList());
    }

    @Test
    void givesAMinistrysBareNameTheCountryTheArticleIsAboutThoughTheKnowledgeBaseLacksIt() {
        AnalyzedArticle israel = ANALYZER.analyze(Article.builder("أعلنت وزارة الدفاع أن الجيش الإسرائيلي سيجري "
                + "تدريبات في شمال إسرائيل. وقال مسؤول إن إسرائيل لن تتراجع عن خططها.").build());
        Entity ministry = entityNamed(israel, "وزارة الدفاع");
        assertNull(ministry.kb(), "the knowledge base has no Israeli ministry of defence");
        assertEquals("ISR", ministry.country());
        AnalyzedArticle tie = ANALYZER.analyze(Article.builder(
                "أعلنت وزارة الدفاع أن قوات من إسرائيل ومصر ستجري تدريبات مشتركة.").build());
        assertNull(entityNamed(tie, "وزارة الدفاع").country(), "two countries named alike: neither");
    }

    @Test
    void readsAMinistrysBareNameAsTheOneOfTheCountryItsSentenceNames() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("استهدف هجوم إرهابي كنيسة في مدينة الإسكندرية المصرية. "
                + "وقالت مصر إن الهجوم أوقع ضحايا. وأكدت تونس، في بيان صادر عن وزارة الشؤون الخارجية، تضامنها الكامل "
                + "مع مصر حكومة وشعبا.").build());
        Entity ministry = a.entities().stream().filter(e -> e.mentions().stream()
                .anyMatch(m -> m.text().equals("وزارة الشؤون الخارجية"))).findFirst().orElseThrow();
        assertEquals("MOFA_TUN", ministry.kb(), "Tunisia's, though the article names Egypt more");
    }

    @Test
    void readsAMinistrysBareNameByTheCountryItsSentenceNamesAfterItOnlyWhereTheArticleDoesNotDecide() {
        AnalyzedArticle saudi = ANALYZER.analyze(Article.builder("أعلنت السعودية خطة جديدة للمستشفيات. وقالت السعودية "
                + "إن العمل بدأ. وزارة الصحة عليها مسؤولية التوعية كما فعلت مصر.").build());
        assertEquals("MOH_SAU", entityNamed(saudi, "وزارة الصحة السعودية").kb(), "the article is about Saudi Arabia");
        AnalyzedArticle even = ANALYZER.analyze(Article.builder("التقى وفد من مصر وفدا من تونس. وأصدرت وزارة الداخلية "
                + "بيانا عن اللقاء في البحرين.").build());
        assertEquals("MOI_BHR", entityNamed(even, "وزارة الداخلية البحرينية").kb(), "no country leads the article");
    }

    @Test
    void givesAMinistrysBareNameNoOtherCountryInAnArticleThatNamesThePublishersOwn() {
        AnalyzedArticle a = fromTunisianRadio("أدانت تونس الهجوم الذي استهدف مدينة الجيزة المصرية. "
                + "وأكدت وزارة العمل، في بيان، تضامنها مع الشعب المصري ومع مصر حكومة وشعبا. وكانت القاهرة قد "
                + "أعلنت الحداد في مصر، وأكدت تونس وقوفها إلى جانبها.");
        assertEquals("TUN", a.entities().stream().filter(e -> e.id().equals(a.source().entity())).findFirst()
                .orElseThrow().country(), "the Tunisian radio publishes it");
        assertNull(entityNamed(a, "وزارة العمل").country(), "Tunisia's own ministry, not Egypt's");
    }

    @Test
    void givesAMinistrysBareNameTheForeignCountryAnArticleThatNamesThePublishersOwnIsPlainlyAbout() {
        AnalyzedArticle a = fromTunisianRadio("أعلنت وزارة العمل أن البطالة في مصر تراجعت في القاهرة "
                + "والإسكندرية والجيزة. وقالت الحكومة المصرية إن الاقتصاد المصري ينمو، وإن مصر تستقبل السياح في "
                + "القاهرة والإسكندرية، وإن مصر شريك لتونس.");
        assertEquals("EGY", entityNamed(a, "وزارة العمل").country(), "Egypt named ten times, Tunisia once");
    }

    /** {@code text} analyzed as an article of Jawhara FM, a Tunisian radio. */
    private static AnalyzedArticle fromTunisianRadio(String text) {
        return ANALYZER.analyze(Article.builder(text).url("http://www.jawharafm.net/ar/article/12345").build());
    }

    @Test
    void joinsAMinistrysBareNameToItsNameWithTheCountrysAdjectiveBeforeGivingItTheArticlesCountry() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("أعلنت وزارة البترول المصرية عن اكتشاف جديد. "
                + "ووقعت وزارة البترول اتفاقا مع شركة إيطالية في القاهرة.").build());
        assertEquals(List.of("وزارة البترول المصرية", "وزارة البترول"),
                entityNamed(a, "وزارة البترول المصرية").mentions().stream().map(Mention::text).toList());
    }

    private static Entity entityNamed(AnalyzedArticle a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.entities()));
    }

    @Test
    void keepsTheLetterWawOfAMinistrysNounAfterAName() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "قال المندوب الجهوي بقابس، وزارة الأوقاف إن الوضع مستقر.").build());
        assertTrue(a.entities().stream().flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.text().equals("وزارة الأوقاف")), a.entities().toString());
    }

    @Test
    void readsTheDefiniteFamilyNameAfterALineageAloneAsThePerson() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("أوضح مدير المكتبة سامر بن خليل الحلبي أن الخدمات متاحة. "
                + "وأشار الحلبي إلى أن المكتبة تفتح يوميا. واستقبل رامز بن سعيد أمس ضيوف المعرض، وقال سعيد إن الزيارة مهمة.").build());
        Entity librarian = a.entities().stream().filter(e -> e.name().equals("سامر بن خليل الحلبي")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(List.of("سامر بن خليل الحلبي", "الحلبي"), librarian.mentions().stream().map(Mention::text).toList());
        Entity host = a.entities().stream().filter(e -> e.name().equals("رامز بن سعيد")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(1, host.mentions().size(), "سعيد is his father's name, no surname");
    }

    @Test
    void readsADefiniteNationalityAdjectiveAfterAGivenNameAsAFamilyName() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("وأكد اللواء خالد التركي أن الخلية فككت.").build());
        assertTrue(a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("خالد التركي")),
                a.entities().toString());
        assertTrue(a.entities().stream().noneMatch(e -> "TUR".equals(e.kb())), a.entities().toString());
    }

    @Test
    void givesASpokesmanTheRoleOfTheMinistryAndItsCountry() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "وأكد الناطق الرسمي باسم وزارة الداخلية السعودية اللواء سامر الحلبي أن الخلية فككت.").build());
        Entity spokesman = a.entities().stream().filter(e -> e.name().equals("سامر الحلبي")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(List.of("الناطق الرسمي باسم وزارة الداخلية السعودية", "اللواء"), spokesman.roles());
        assertEquals("SAU", spokesman.country());
    }

    @Test
    void readsANameBeforeTheProphetsBlessingAsTheProphet() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "وأكد البيان تطبيق الشرع المستمد من كتاب الله وسنة نبيه محمد صلى الله عليه وسلم. وقال محمد العلي إن الحفل بدأ.")
                .build());
        Entity prophet = a.entities().stream().filter(e -> "P-PROPHET".equals(e.kb())).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(List.of("محمد"), prophet.mentions().stream().map(Mention::text).toList());
        assertTrue(a.entities().stream().anyMatch(e -> e.name().equals("محمد العلي") && e.kb() == null), a.entities().toString());
    }

    @Test
    void readsAFamilyNameOfBenAndAWordAsThePersonNamedWithIt() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(
                "وتعرضت الصحفية سعاد بن احمد لاعتداء أمس. وأكدت بن احمد أن المعتدي اعتذر.").build());
        Entity journalist = a.entities().stream().filter(e -> e.name().equals("سعاد بن احمد")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals(List.of("سعاد بن احمد", "بن احمد"), journalist.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void writesAFacilityNamedAfterAKnownPersonWithThePersonsEnglishName() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("وتجمع المحتجون أمس في شارع ياسر عرفات وسط المدينة.").build());
        Entity street = a.entities().stream().filter(e -> e.name().equals("شارع ياسر عرفات")).findFirst()
                .orElseThrow(() -> new AssertionError(a.entities().toString()));
        assertEquals("Yasser Arafat Street", street.nameEn());
    }

    @Test
    void prefersThePublisherTheInputNames() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder(BODY).sourceName("الأهرام").build());
        assertEquals("الأهرام", a.source().name());
    }

    @Test
    void linksAPublisherThatTheInputNamesByAnIdToTheKnowledgeBaseThroughItsUrl() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("أعلنت وزارة الصحة افتتاح مستشفى جديد في جدة.")
                .sourceName("aawsat").url("http://aawsat.com/home/article/424242").build());
        assertEquals("aawsat", a.source().name(), "the input's name is kept as given");
        Entity publisher = publisher(a);
        assertEquals("ASHARQAWSAT", publisher.kb());
        assertEquals("صحيفة الشرق الأوسط", publisher.name());
        assertEquals("SAU", publisher.country());
        assertEquals(List.of(), publisher.mentions(), "the name stood in metadata");
    }

    @Test
    void readsTheClubOfAHomonymousNameByThePublishersCountry() {
        String text = "أعلن النادي الأهلي تعيين رئيس جديد لمجلس إدارته.";
        AnalyzedArticle saudi = ANALYZER.analyze(Article.builder(text).url("https://www.alriyadh.com/1070777").build());
        assertTrue(saudi.entities().stream().anyMatch(e -> "ALAHLI_SAU".equals(e.kb())), saudi.entities().toString());
        AnalyzedArticle egyptian = ANALYZER.analyze(Article.builder(text + " وهنأ رئيس نادي الزمالك المصري النادي الأهلي.")
                .build());
        assertTrue(egyptian.entities().stream().anyMatch(e -> "ALAHLY".equals(e.kb())), egyptian.entities().toString());
    }

    @Test
    void readsTheShortNameOfAClubNamedByAHomonymAsThatClub() {
        String text = "طغت الجوانب التكتيكية على مران الأهلي الرئيسي قبل مباراة الدوري، وأعلن النادي الأهلي تعيين مدرب"
                + " جديد للفريق.";
        AnalyzedArticle saudi = ANALYZER.analyze(Article.builder(text).url("https://www.alriyadh.com/1070777").build());
        Entity club = saudi.entities().stream().filter(e -> "ALAHLI_SAU".equals(e.kb())).findFirst()
                .orElseThrow(() -> new AssertionError(saudi.entities().toString()));
        assertEquals(List.of("الأهلي", "النادي الأهلي"), club.mentions().stream().map(Mention::text).toList(),
                "the adjective of its training is no part of another name");
    }

    @Test
    void spellsAPersonTheKnowledgeBaseLacksTheMaghrebsWayInATunisianPublishersArticle() {
        String text = "وقال الناطق الرسمي حمزة الخضراوي إن العمل مستمر.";
        AnalyzedArticle tunisian = ANALYZER.analyze(Article.builder(text).url("https://www.jawharafm.net/ar/article/1").build());
        assertTrue(tunisian.entities().stream().anyMatch(e -> "Hamza Khadraoui".equals(e.nameEn())), tunisian.entities().toString());
        AnalyzedArticle other = ANALYZER.analyze(Article.builder(text).build());
        assertTrue(other.entities().stream().anyMatch(e -> "Hamza al-Khadrawi".equals(e.nameEn())), other.entities().toString());
    }

    @Test
    void findsThePublisherByItsUrlWhenTheInputNamesNone() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("أعلنت وزارة الصحة افتتاح مستشفى جديد في جدة.")
                .url("https://www.alriyadh.com/1070777").build());
        assertNull(a.source().name());
        assertEquals("ALRIYADH", publisher(a).kb());
    }

    @Test
    void makesNoPublisherOfAnUnknownUrlAlone() {
        AnalyzedArticle a = ANALYZER.analyze(Article.builder("أعلنت وزارة الصحة افتتاح مستشفى جديد في جدة.")
                .url("https://blog.example.org/post/1").build());
        assertNull(a.source().entity());
    }

    private static Entity publisher(AnalyzedArticle a) {
        return a.entities().stream().filter(e -> e.id().equals(a.source().entity())).findFirst().orElseThrow();
    }

    @Test
    void pointsEverySpanIntoTheCleanedText() {
        assertTrue(analyzed.text().startsWith("استقبل"));
        for (Span s : analyzed.sentences()) {
            assertEquals(s.of(analyzed.text()).strip(), s.of(analyzed.text()));
        }
        for (Entity e : analyzed.entities()) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), analyzed.text().substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void findsEachCountryOnceWithAllItsMentions() {
        Entity turkey = analyzed.entities().stream().filter(e -> "TUR".equals(e.country())).findFirst().orElseThrow();
        assertEquals(2, turkey.mentions().size());
        assertEquals(List.of("EGY", "TUR", "RUS", "CHN"), analyzed.entities().stream().filter(e -> "country".equals(e.subtype())).map(Entity::kb).toList());
    }

    @Test
    void numbersEntitiesInOrderOfFirstMention() {
        assertEquals("e1", analyzed.entities().get(0).id());
        assertEquals("e2", analyzed.entities().get(1).id());
    }

    @Test
    void derivesAStableIdFromTheTextWhenTheInputHasNone() {
        AnalyzedArticle again = ANALYZER.analyze(Article.of(BODY));
        assertEquals(analyzed.id(), again.id());
        assertEquals(16, analyzed.id().length());
        assertNotEquals(analyzed.id(), ANALYZER.analyze(Article.of(BODY + " ")).id());
    }

    @Test
    void keepsTheInputsOwnId() {
        assertEquals("a-17", ANALYZER.analyze(Article.builder(BODY).id("a-17").build()).id());
    }

    @Test
    void tellsArabicFromOtherText() {
        assertEquals("ar", analyzed.language());
        assertEquals("und", ANALYZER.analyze(Article.of("The minister arrived in Cairo today.")).language());
    }

    @Test
    void leavesUnknownMetadataNull() {
        assertNull(analyzed.published());
        assertNull(analyzed.title());
        assertNull(analyzed.source().url());
    }
}
