package org.marsad.analysis.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.analysis.entity.IdSequence;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.Role;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

class KnowledgeBaseTest {
    private static final KnowledgeBase KB = KnowledgeBase.shipped();

    @Test
    void shipsOrganizationsUnderTheirUsualIds() {
        for (String id : new String[] {"UN", "NATO", "EU", "AU", "LAS", "GCC", "OIC", "CSTO", "SCO", "OTS", "BRICS",
                "OPEC", "IAEA", "IMF", "WB", "WHO", "UNRWA", "ICC"}) {
            assertNotNull(KB.entry(id), id);
        }
        assertEquals("igo", KB.entry("CSTO").subtype());
        assertEquals("IGO", KB.entry("NATO").sector());
    }

    @Test
    void findsEntriesByAnyOfTheirNamesWhateverTheSpelling() {
        assertEquals("NATO", KB.findByName("حلف الناتو").kb());
        assertEquals("AFP", KB.findByName("أ ف ب").kb());
        assertEquals("TURKPRESS", KB.findByName("ترك برس").kb());
        assertEquals("KAZ", KB.findByName("قازاقستان").kb());
        assertEquals("P-HADI", KB.findByName("عبدربه منصور هادي").kb(), "عبد written together with the next word");
        assertNull(KB.findByName("لا أحد"));
    }

    @Test
    void findsPublishersByTheirEnglishNameWhateverTheCaseAndPunctuation() {
        assertEquals("ALJAZIRAH", KB.findByName("Al-Jazirah").kb());
        assertEquals("ALJAZIRAH", KB.findByName("aljazirah").kb(), "SaudiNewsNet's id of the paper");
        assertEquals("JAWHARAFM", KB.findByName("Jawhara FM").kb());
        assertEquals("REUTERS", KB.findByName("REUTERS").kb());
        assertNull(KB.findByName("Al-Nowhere Daily"));
    }

    @Test
    void findsPublishersByTheHostOfAnArticleUrl() {
        assertEquals("ASHARQAWSAT", KB.findByWebsite("https://aawsat.com/home/article/12345").kb());
        assertEquals("AINALYOUM", KB.findByWebsite("http://www.3alyoum.com/news/a/1").kb(), "www. is dropped");
        assertEquals("RT", KB.findByWebsite("https://arabic.rt.com/middle_east/1/").kb(), "a subdomain finds its domain");
        assertEquals("REUTERS", KB.findByWebsite("http://user@www.reuters.com:8080/x?y#z").kb());
        assertEquals("OKAZ", KB.findByWebsite("okaz.com.sa").kb(), "a bare host");
        assertNull(KB.findByWebsite("https://example.org/aawsat.com"), "the path is no host");
        assertNull(KB.findByWebsite("https://com/"), "never a bare top-level domain");
        assertNull(KB.findByWebsite(null));
    }

    @Test
    void readsTheWebsitesOfAUserFileAndRejectsAUrlForAHost() {
        KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(List.of(new UserFile("web.tsv", String.join("\n",
                "ACME\tORG\tصحيفة أكمي\tAcme Daily\t-\tEGY\tmedia\tMED\t-\tصحيفة\tacme.example | news.acme.example",
                "BAD\tORG\tصحيفة سيئة\t-\t-\t-\tmedia\tMED\t-\t-\thttps://bad.example/"))));
        assertEquals(List.of("web.tsv:2: bad web host 'https://bad.example/': write a lowercase host name such as"
                + " aawsat.com, without scheme or path"), loaded.problems());
        assertEquals("ACME", loaded.kb().findByWebsite("http://www.acme.example/2026/11/29/story").kb());
        assertEquals("ACME", loaded.kb().findByName("acme daily").kb());
    }

    @Test
    void knowsCurrenciesAsCommonNounsWithOrWithoutAGluedLetter() {
        assertTrue(KB.isCommonNoun("ريال"));
        assertTrue(KB.isCommonNoun("بالدولار"));
        assertTrue(KB.isCommonNoun("وجنيه"));
        assertTrue(KB.isCommonNoun("للريال"));
        assertFalse(KB.isCommonNoun("ريال مدريد"), "a longer name holding the word is a name");
        assertTrue(KB.isCommonNoun("بتوفيق الله"), "a formula, with its clitic");
        assertFalse(KB.isCommonNoun("مدريد"));
    }

    @Test
    void knowsADefiniteCommonNounAfterAGluedPreposition() {
        assertTrue(KB.isCommonNoun("الألمنيوم"));
        assertTrue(KB.isCommonNoun("للألمنيوم"), "ل and the article, whose alef drops");
        assertTrue(KB.isCommonNoun("بالألمنيوم"));
    }

    @Test
    void readsANoBreakSpaceBetweenWordsAsASpace() {
        assertTrue(KB.isCommonNoun("هامش\u00a0اختتام"), "هامش opens a formula whatever space parts its words");
        assertTrue(KB.isCommonNoun("\u00a0الله\u00a0تعالى"));
    }

    @Test
    void takesAnyPhraseOpeningWithGodsNameForAFormula() {
        assertTrue(KB.isCommonNoun("الله العلي القدير"));
        assertTrue(KB.isCommonNoun("والله الهادي"));
        assertFalse(KB.isCommonNoun("عبد الله الهادي"), "الله inside a name");
        assertFalse(KB.isCommonNoun("حزب الله"));
    }

    @Test
    void takesAnyPhraseEndingInACurrencyForAnAmount() {
        assertTrue(KB.isCommonNoun("ملياري ريال"));
        assertTrue(KB.isCommonNoun("برأسمال ملياري ريال"));
        assertFalse(KB.isCommonNoun("ريال مدريد"), "the word first");
        assertFalse(KB.isCommonNoun("قيمة الريالات"), "the word as written, article and all");
    }

    @Test
    void knowsFormulasOfSeveralWordsWithCliticsOnTheFirstOnly() {
        assertTrue(KB.isCommonNoun("الله"));
        assertTrue(KB.isCommonNoun("ولله"));
        assertTrue(KB.isCommonNoun("الله تعالى"));
        assertTrue(KB.isCommonNoun("والمولى عز وجل"));
        assertFalse(KB.isCommonNoun("المولى عز وجل وحده"), "a phrase is matched whole");
        assertFalse(KB.isCommonNoun("عبد الله"));
    }

    @Test
    void shipsThePlacesFileWithCountriesAndCapitals() {
        NameEntry sfax = KB.findByName("صفاقس");
        assertEquals("SFAX", sfax.kb());
        assertEquals(EntityType.GPE, sfax.type());
        assertEquals("TUN", sfax.country());
        assertEquals("city", sfax.subtype());
        assertEquals("capital", KB.entry("OSLO").subtype());
        assertEquals("LOC", KB.entry("DARFUR").type().name());
        assertEquals("OMN", KB.findByName("عمان").kb(), "عمّان is left out: Oman keeps the spelling");
    }

    @Test
    void knowsGuardedNamesWithOrWithoutAGluedLetter() {
        assertTrue(KB.isGuardedName("العقبة"));
        assertTrue(KB.isGuardedName("والعقبة"));
        assertTrue(KB.isGuardedName("للعقبة"));
        assertTrue(KB.isGuardedName("مالي"));
        assertFalse(KB.isGuardedName("صفاقس"), "no common word");
        assertFalse(KB.isGuardedName("مدينة العقبة"), "a longer phrase holding the name is no guarded name");
        assertFalse(KB.isGuardedName("ليون"), "guarded as a place: a club's or another place's name, no common word");
    }

    @Test
    void knowsSpellingsGuardedAsWrittenOnlyAsWritten() {
        assertTrue(KB.isGuardedName("جده"), "his grandfather");
        assertTrue(KB.isGuardedName("وجده"), "and his grandfather, or he found it");
        assertTrue(KB.isGuardedName("زوّاره"), "diacritics aside");
        assertFalse(KB.isGuardedName("جدة"), "Jeddah as it is spelt");
    }

    @Test
    void givesMediaTheirCountry() {
        NameEntry lemonde = KB.entry("LEMONDE");
        assertEquals("FRA", lemonde.country());
        assertEquals("media", lemonde.subtype());
        assertEquals("MED", lemonde.sector());
    }

    @Test
    void datesTheRolesOfHeadsOfState() {
        NameEntry tokayev = KB.findByName("قاسم جومارت توكاييف");
        assertEquals(EntityType.PERSON, tokayev.type());
        assertEquals("KAZ", tokayev.country());
        assertEquals(List.of(Role.parse("الرئيس@KAZ@2019-03-20..")), tokayev.roles());
    }

    @Test
    void loadsTheCountriesOfCldrWithTheirNisbas() {
        assertEquals("Kazakhstan", KB.entry("KAZ").nameEn());
        assertTrue(KB.nisbas("KAZ").contains("كازاخستاني"));
        assertTrue(KB.nisbas("ABW").isEmpty(), "أروبي is European misspelt, not Aruban");
    }

    @Test
    void refersTheCityNominalBackToTheCityNamedLast() {
        List<Entity> es = tagged("دخلت القوات عدن، وقال مسؤول إن المدينة آمنة، وزار الوفد مكة والمدينة");
        Entity aden = es.stream().filter(e -> "ADEN".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("عدن", "المدينة"), aden.mentions().stream().map(Mention::text).toList());
        assertEquals(MentionKind.NOMINAL, aden.mentions().get(1).kind());
        Entity mecca = es.stream().filter(e -> "MECCA".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(1, mecca.mentions().size(), "والمدينة joined to Mecca is another city");
        assertTrue(tagged("دخلت القوات عدن، وافتتحت المدينة الطبية").stream().filter(e -> "ADEN".equals(e.kb()))
                .allMatch(e -> e.mentions().size() == 1), "المدينة الطبية is a place of its own");
    }

    @Test
    void refersAnAuthoritysOrAFundsHeadNounBackToIt() {
        Entity sfda = tagged("أغلقت الهيئة العامة للغذاء والدواء ثلاثة محلات، وأوضحت الهيئة أن المهلة انتهت").stream()
                .filter(e -> "SFDA_SAU".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("الهيئة العامة للغذاء والدواء", "الهيئة"),
                sfda.mentions().stream().map(Mention::text).toList());
        Entity imf = tagged("وتوقع صندوق النقد الدولي نموا أبطأ، وقال الصندوق إن الأسعار سترتفع").stream()
                .filter(e -> "IMF".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(MentionKind.NOMINAL, imf.mentions().get(1).kind());
    }

    @Test
    void takesAKnownNameWhoseLineageGoesOnWithAnUnknownGrandfatherForSomeoneElse() {
        assertTrue(tagged("وقال فهد بن عبد العزيز بن معمر إن الطقس معتدل").stream()
                .noneMatch(e -> "P-KINGFAHD".equals(e.kb())), "the governor of Taif");
        assertEquals("P-MBS", tagged("واستقبل محمد بن سلمان بن عبد العزيز الوفد").get(0).kb(),
                "the crown prince: سلمان بن عبد العزيز is known");
    }

    @Test
    void namesACapitalByTheCapitalNounAndItsCountrysAdjective() {
        Entity london = tagged("وعقد اللقاء في العاصمة البريطانية أمس").get(0);
        assertEquals("LONDON", london.kb(), "where a meeting takes place: the city");
        Entity britain = tagged("ورحبت العاصمة البريطانية بالاتفاق").get(0);
        assertEquals("GBR", britain.kb());
        assertEquals(MentionKind.METONYM, britain.mentions().get(0).kind(), "as London itself: the government");
    }

    @Test
    void takesACapitalInAListOfPlacesOrAfterItsGovernorAsThePlace() {
        for (String text : List.of("وتشمل الخدمة المدن الكبرى (الدمام، الرياض، جدة) هذا العام",
                "وهبت الرياح على مناطق القصيم والرياض أمس", "وقال أمير الرياض إن المشروع اكتمل")) {
            Entity riyadh = tagged(text).stream().filter(e -> "RIYADH".equals(e.kb()) || "SAU".equals(e.kb()))
                    .findFirst().orElseThrow();
            assertEquals("RIYADH", riyadh.kb(), text);
        }
        Entity tehran = tagged("ورحبت واشنطن وطهران بالاتفاق").get(1);
        assertEquals("IRN", tehran.kb(), "two governments");
    }

    private static List<Entity> tagged(String text) {
        Words words = Words.of(text);
        return KB.tagger().tag(text, words.spans(), words.normalized(), new IdSequence("e"));
    }

    @Test
    void isBuiltOnce() {
        assertSame(KB, KnowledgeBase.shipped());
    }

    @Test
    void addsTheActorsOfAUserFile() {
        KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(List.of(new UserFile("mine.tsv",
                "# my actors\nACME\tORG\tشركة أكمي للمعادن\tAcme Metals\tأكمي\tEGY\tcompany\tBUS\n")));
        assertEquals(List.of(), loaded.problems());
        NameEntry acme = loaded.kb().findByName("أكمي");
        assertEquals("ACME", acme.kb());
        assertEquals("BUS", acme.sector());
        assertEquals(KB.size() + 1, loaded.kb().size());
    }

    @Test
    void letsAUserFileAddNamesAndRolesToAShippedId() {
        KnowledgeBase kb = KnowledgeBase.shippedPlus(List.of(new UserFile("more.tsv",
                "NATO\tORG\tالحلف الأطلسي\nP-TOKAYEV\tPERSON\tتوكاييف\t-\t-\t-\t-\t-\tرئيس الوزراء@KAZ@1999-10..2002-01\n"))).kb();
        assertEquals("NATO", kb.findByName("الحلف الأطلسي").kb());
        assertEquals("الحلف الأطلسي", kb.entry("NATO").nameAr(), "the user's file comes first");
        assertEquals("NATO", kb.entry("NATO").nameEn(), "a field the user leaves empty comes from the shipped file");
        assertEquals(2, kb.entry("P-TOKAYEV").roles().size());
    }

    @Test
    void reportsEveryBadLineWithFileLineAndReasonAndLoadsTheRest() {
        String content = String.join("\n",
                "GOOD\tORG\tمنظمة جيدة",
                "BAD TYPE\tORG\tمنظمة",
                "X1\tTHING\tشيء",
                "X2\tORG\tLatin only",
                "X3\tORG\tمنظمة\t-\t-\tXYZ",
                "X4\tORG\tمنظمة\t-\t-\t-\t-\tFOO",
                "X5\tPERSON\tشخص\t-\t-\t-\t-\t-\tالرئيس@KAZ@2019-02-30..",
                "X6\tGPE\tمدينة\t-\t-\t-\tcapital",
                "only-one-column",
                "NATO\tPERSON\tشخص آخر",
                "");
        KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(List.of(new UserFile("user.tsv", content)));
        assertEquals(List.of(
                "user.tsv:2: bad id 'BAD TYPE': use letters, digits and _ . : -",
                "user.tsv:3: unknown type 'THING': use PERSON, ORG, GPE, LOC, GROUP or MISC",
                "user.tsv:4: name 'Latin only' has no Arabic letter",
                "user.tsv:5: unknown ISO-3 country code 'XYZ'",
                "user.tsv:6: unknown sector 'FOO': use one of GOV MIL COP SPY JUD LEG OPP REB SEP IMG UAF INS MED BUS CVL"
                        + " EDU REL LAB AGR HLH HRI REF ENV ELI CRM DEV MOD RAD PTY IGO NGO MNC",
                "user.tsv:7: role 'الرئيس@KAZ@2019-02-30..' has a bad date '2019-02-30': write YYYY, YYYY-MM or YYYY-MM-DD",
                "user.tsv:8: a capital stands for a country and needs one in column 6",
                "user.tsv:9: expected at least 3 tab-separated columns (ID, TYPE, NAME), got 1"), loaded.problems().subList(0, 8));
        assertEquals(9, loaded.problems().size());
        assertTrue(loaded.problems().get(8).startsWith("user.tsv:10: id 'NATO' is a ORG already (actors.tsv:"),
                loaded.problems().get(8));
        assertNotNull(loaded.kb().entry("GOOD"));
        assertNotNull(loaded.kb().entry("CSTO"), "the shipped base still loads");
        assertEquals(EntityType.ORG, loaded.kb().entry("NATO").type());
    }

    @Test
    void reportsOneIdWrittenForTwoActorsInOneFile() {
        KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(List.of(new UserFile("user.tsv", String.join("\n",
                "P-MILL\tPERSON\tجيمس ميلر\tJames Miller",
                "P-MILL\tPERSON\tيوري ميلر\tYuri Miller",
                "P-MILL\tPERSON\tجيمس ميلر\t-\tميلر",
                ""))));
        assertEquals(List.of("user.tsv:2: id 'P-MILL' names جيمس ميلر already (user.tsv:1), not يوري ميلر; line ignored"),
                loaded.problems());
        assertNull(loaded.kb().findByName("يوري ميلر"), "the second man's name goes to no one");
        assertEquals("P-MILL", loaded.kb().findByName("ميلر").kb(), "a later line under the same name adds to the actor");
    }

    @Test
    void reportsProblemsOfSeveralFilesByName() {
        KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(List.of(
                new UserFile("a.tsv", "A\tORG\n"), new UserFile("b.tsv", "B\tORG\tب\tB\t-\tQQQ\n")));
        assertEquals(List.of("a.tsv:1: expected at least 3 tab-separated columns (ID, TYPE, NAME), got 2",
                "b.tsv:1: unknown ISO-3 country code 'QQQ'"), loaded.problems());
    }
}
