package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;
import org.junit.jupiter.api.Test;

class NameIndexTest {
    private static final NameEntry CHINA = new NameEntry("CHN", EntityType.GPE, "الصين", "China", "CHN", "country");
    private static final NameEntry US = new NameEntry("USA", EntityType.GPE, "الولايات المتحدة", "United States", "USA", "country");
    private static final NameEntry USA_LONG = new NameEntry("USA2", EntityType.GPE, "x", null, "USA", null);
    private static final NameEntry TURKEY = new NameEntry("TUR", EntityType.GPE, "تركيا", "Türkiye", "TUR", "country");
    private static final NameEntry HEBRON = new NameEntry("HEBRON", EntityType.GPE, "الخليل", "Hebron", "PSE", "city");

    private final NameIndex index = NameIndex.builder()
            .add("الصين", CHINA).add("الولايات المتحدة", US).add("الولايات المتحدة الأمريكية", USA_LONG)
            .add("تركيا", TURKEY).build();

    /** The words of {@code text} parted by single spaces, and their normalized forms. */
    private record SpacedWords(List<Span> words, List<String> norm) {
        static SpacedWords of(String text) {
            List<Span> words = new ArrayList<>();
            List<String> norm = new ArrayList<>();
            int i = 0;
            for (String w : text.split(" ")) {
                words.add(new Span(i, i + w.length()));
                norm.add(ArabicNormalizer.normalize(w));
                i += w.length() + 1;
            }
            return new SpacedWords(words, norm);
        }
    }

    private NameMatch first(String text) {
        SpacedWords w = SpacedWords.of(text);
        return index.match(text, w.words(), w.norm(), 0);
    }

    @Test
    void aLookupFindsWhatTheIndexFindsAtEveryWord() {
        String text = "زار وفد من الولايات المتحدة الأمريكية والصين بالخليل وتركيا للصين";
        List<Span> words = SpacedWords.of(text).words();
        List<String> norm = SpacedWords.of(text).norm();
        NameIndex.Lookup lookup = index.lookup(text, words, norm);
        assertTrue(lookup.of(index));
        for (int k = words.size() - 1; k >= 0; k--) { // asked twice, in either order
            assertEquals(index.match(text, words, norm, k), lookup.match(k), "word " + k);
            assertEquals(index.match(text, words, norm, k), lookup.match(k), "word " + k + " again");
        }
    }

    @Test
    void findsPlainName() {
        NameMatch m = first("تركيا دولة");
        assertEquals(TURKEY, m.entry());
        assertEquals(0, m.start());
        assertEquals(5, m.end());
    }

    @Test
    void takesTheClosingQuoteMarkOfANameItsWordsArePartedBy() {
        String text = "الولايات «المتحدة» اليوم";
        List<Span> words = List.of(new Span(0, 8), new Span(10, 17), new Span(19, 24));
        List<String> norm = words.stream().map(w -> ArabicNormalizer.normalize(w.of(text))).toList();
        NameMatch m = index.match(text, words, norm, 0);
        assertEquals(US, m.entry());
        assertEquals("الولايات «المتحدة»", text.substring(m.start(), m.end()));
    }

    @Test
    void matchesTheWordsOfAHyphenedNameAsTheTokenizerSplitsThem() {
        NameEntry chung = new NameEntry("P-CHUNG", EntityType.PERSON, "تشونغ مونغ جون", null, "KOR", "business");
        NameIndex names = NameIndex.builder().add("تشونغ مونغ-جون", chung).build();
        String text = "قال تشونغ مونغ-جون أمس";
        List<Span> words = List.of(new Span(0, 3), new Span(4, 9), new Span(10, 14), new Span(15, 18), new Span(19, 22));
        List<String> norm = words.stream().map(w -> ArabicNormalizer.normalize(w.of(text))).toList();
        NameMatch m = names.match(text, words, norm, 1);
        assertEquals(chung, m.entry());
        assertEquals("تشونغ مونغ-جون", text.substring(m.start(), m.end()));
    }

    @Test
    void matchesTheLettersOfAnAcronymPartedByPeriodsAlone() {
        NameEntry cnn = new NameEntry("CNN", EntityType.ORG, "سي إن إن", "CNN", "USA", "media");
        NameIndex acronyms = NameIndex.builder().add("سي.إن.إن", cnn).build();
        String text = "قالت سي.إن.إن أمس";
        List<Span> words = List.of(new Span(0, 4), new Span(5, 7), new Span(8, 10), new Span(11, 13), new Span(14, 17));
        List<String> norm = words.stream().map(w -> ArabicNormalizer.normalize(w.of(text))).toList();
        NameMatch m = acronyms.match(text, words, norm, 1);
        assertEquals(cnn, m.entry());
        assertEquals("سي.إن.إن", text.substring(m.start(), m.end()));
        String ended = "قالت سي. إن إن";
        List<Span> apart = List.of(new Span(0, 4), new Span(5, 7), new Span(9, 11), new Span(12, 14));
        assertNull(acronyms.match(ended, apart, apart.stream().map(w -> ArabicNormalizer.normalize(w.of(ended))).toList(), 1),
                "a period and a space end the phrase");
    }

    @Test
    void leavesAClosingMarkThatNoMarkInsideTheNameOpened() {
        assertEquals(5, NameIndex.pairedEnd("تركيا» قالت", 0, 5));
        assertEquals(11, NameIndex.pairedEnd("قالت «تركيا» اليوم", 6, 11), "the opening mark lies before the name");
    }

    @Test
    void stripsConjunctionFromTheMention() {
        NameMatch m = first("وتركيا");
        assertEquals(TURKEY, m.entry());
        assertEquals(1, m.start());
    }

    @Test
    void stripsPrepositionBeforeTheArticle() {
        NameMatch m = first("بالصين");
        assertEquals(CHINA, m.entry());
        assertEquals(1, m.start());
    }

    @Test
    void readsLamLamAsPrepositionAndArticle() {
        NameMatch m = first("للصين");
        assertEquals(CHINA, m.entry());
        assertEquals(0, m.start(), "the article's alef is not written: the mention is the whole word, not لصين");
    }

    @Test
    void readsLamLamAsPrepositionBeforeANameWhoseArticleStandsBeforeLam() {
        NameEntry likud = new NameEntry("LIKUD", EntityType.ORG, "الليكود", "Likud", "ISR", "party");
        NameIndex parties = NameIndex.builder().add("الليكود", likud).build();
        SpacedWords w = SpacedWords.of("وانتقد لليكود");
        NameMatch m = parties.match("وانتقد لليكود", w.words(), w.norm(), 1);
        assertEquals(likud, m.entry(), "ل + الليكود writes two lams, not three");
        assertEquals(7, m.start(), "the mention is the whole word");
    }

    @Test
    void stripsConjunctionAndPrepositionTogether() {
        NameMatch m = first("وبالصين");
        assertEquals(CHINA, m.entry());
        assertEquals(2, m.start());
    }

    @Test
    void stripsAConjunctionBeforeATwoLetterWordOnlyWhenMoreWordsOfTheNameFollow() {
        NameEntry telAviv = new NameEntry("TELAVIV", EntityType.GPE, "تل أبيب", "Tel Aviv", "ISR", "city");
        NameEntry lee = new NameEntry("LEE", EntityType.PERSON, "لي", "Lee", "KOR", null);
        NameIndex shortNames = NameIndex.builder().add("تل أبيب", telAviv).add("لي", lee).build();
        String text = "واشنطن وتل أبيب";
        SpacedWords w = SpacedWords.of(text);
        NameMatch m = shortNames.match(text, w.words(), w.norm(), 1);
        assertEquals(telAviv, m.entry());
        assertEquals(text.indexOf("تل"), m.start());
        String crownPrince = "قال ولي العهد";
        SpacedWords c = SpacedWords.of(crownPrince);
        assertNull(shortNames.match(crownPrince, c.words(), c.norm(), 1), "ولي is a crown prince's, not and + Lee");
    }

    @Test
    void skipsDiacriticsRidingOnAClitic() {
        assertEquals(2, first("وَتركيا").start());
    }

    @Test
    void prefersTheLongestName() {
        NameMatch m = first("الولايات المتحدة الأمريكية تعلن");
        assertEquals(USA_LONG, m.entry());
        assertEquals(3, m.endWord());
    }

    @Test
    void allowsCliticsOnTheFirstWordOnly() {
        assertEquals(US, first("والولايات المتحدة").entry());
        assertNull(first("الولايات والمتحدة"));
    }

    @Test
    void matchesWhateverTheHamzaSpelling() {
        NameIndex i = NameIndex.builder().add("أفغانستان", CHINA).build();
        List<Span> words = List.of(new Span(0, 9));
        assertEquals(CHINA, i.match("افغانستان", words, List.of(ArabicNormalizer.normalize("افغانستان")), 0).entry());
    }

    @Test
    void keepsTheFirstEntryGivenForAName() {
        NameIndex i = NameIndex.builder().add("تركيا", TURKEY).add("تركيا", CHINA).build();
        List<Span> words = List.of(new Span(0, 5));
        assertEquals(TURKEY, i.match("تركيا", words, List.of("تركيا"), 0).entry());
    }

    @Test
    void readsKafAsLikeButNotBeforeANameEndingLikeAPronoun() {
        NameEntry sabha = new NameEntry("SABHA", EntityType.GPE, "سبها", "Sabha", "LBY", "city");
        NameIndex i = NameIndex.builder().add("سبها", sabha).add("تركيا", TURKEY).build();
        assertEquals(TURKEY, firstIn(i, "كتركيا", 0).entry(), "ك is 'like'");
        assertNull(firstIn(i, "كسبها", 0), "the verb كسب 'won' and ها 'it'");
        assertEquals(sabha, firstIn(i, "بسبها", 0).entry(), "ب 'in' before the same name");
    }

    @Test
    void doesNotStripCliticsDownToOneLetter() {
        NameIndex i = NameIndex.builder().add("لا", TURKEY).build();
        List<Span> words = List.of(new Span(0, 3));
        assertNull(i.match("ولا", words, List.of("ولا"), 0));
    }

    /** An index of the one guarded name {@code name} of {@code entry}. */
    private static NameIndex guarded(String name, NameEntry entry) {
        return NameIndex.builder().addGuarded(name, entry, MentionKind.NAME, entry).build();
    }

    private static NameMatch firstIn(NameIndex i, String text, int word) {
        Words w = Words.of(text);
        return i.match(text, w.spans(), w.normalized(), word);
    }

    private static final NameEntry QAEDA = new NameEntry("QAEDA", EntityType.ORG, "تنظيم القاعدة", "al-Qaeda", null, "militant");

    /** The match at word {@code word} of {@code text} where the tagger proposes {@code type} over words word..end. */
    private static NameMatch proposedIn(NameIndex i, String text, int word, EntityType type, int end) {
        Words w = Words.of(text);
        Proposal p = new Proposal(w.spans().get(word).start(), w.spans().get(end - 1).end(), type, 0.9);
        return i.match(text, w.spans(), w.normalized(), word, p, end);
    }

    @Test
    void matchesANameWhoseWordsAreQuotedApart() {
        NameEntry radio = new NameEntry("RADIO", EntityType.ORG, "الجوهرة أف أم", "Jawhara FM", "TUN", "media");
        NameIndex i = NameIndex.builder().add("الجوهرة أف أم", radio).build();
        NameMatch m = firstIn(i, "وقال في تصريح للجوهرة \"اف ام\" إن الموسم ناجح", 3);
        assertEquals(radio, m.entry());
        assertEquals(3, m.endWord() - m.firstWord(), "the name takes its three words");
        assertNull(firstIn(i, "وقال في تصريح للجوهرة، اف ام", 3), "a comma parts two names");
    }

    @Test
    void licensesAGuardedOrganizationTheTaggerProposesAsOne() {
        NameIndex i = guarded("القاعدة", QAEDA);
        assertNull(firstIn(i, "هاجم عناصر القاعدة الموقع", 2));
        assertEquals(QAEDA, proposedIn(i, "هاجم عناصر القاعدة الموقع", 2, EntityType.ORG, 3).entry());
        assertNull(proposedIn(i, "هاجم عناصر القاعدة الموقع", 2, EntityType.PERSON, 3));
        assertNull(proposedIn(i, "هاجم عناصر القاعدة الموقع", 2, EntityType.ORG, 4), "the proposal holds more words");
    }

    @Test
    void licensesANameGuardedForTheTaggerOnlyByItsProposal() {
        NameIndex i = NameIndex.builder().add("القاعدة", QAEDA, MentionKind.NAME, QAEDA, NameIndex.Guard.TAGGER).build();
        assertNull(firstIn(i, "سقطت قذيفة قرب القاعدة", 3), "قرب licenses a place, not this name");
        assertEquals(QAEDA, proposedIn(i, "سقطت قذيفة قرب القاعدة", 3, EntityType.ORG, 4).entry());
    }

    @Test
    void licensesANameGuardedForHomeByItsContextOnlyInAnArticleOfItsCountry() {
        NameEntry town = new NameEntry("MSAKEN", EntityType.GPE, "مساكن", "Msaken", "TUN", "city");
        NameIndex i = NameIndex.builder().add("مساكن", town, MentionKind.NAME, town, NameIndex.Guard.HOME).build();
        String text = "وقعت الحادثة في معتمدية مساكن أمس";
        Words w = Words.of(text);
        assertEquals(town, i.match(text, w.spans(), w.normalized(), 4, null, 4, "TUN").entry(), "معتمدية licenses it");
        assertNull(i.match(text, w.spans(), w.normalized(), 4, null, 4, "SAU"), "a Saudi paper's مساكن");
        assertNull(i.match(text, w.spans(), w.normalized(), 4, null, 4, null), "no publisher");
        String plain = "شيدت الدولة مساكن جديدة";
        Words p = Words.of(plain);
        assertNull(i.match(plain, p.spans(), p.normalized(), 2, null, 2, "TUN"), "no licence even at home");
    }

    @Test
    void licensesANameGuardedAsAPlaceOnlyRightAfterAPlaceWordWrittenApart() {
        NameEntry city = new NameEntry("LYON", EntityType.GPE, "ليون", "Lyon", "FRA", "city");
        NameIndex i = NameIndex.builder().add("ليون", city, MentionKind.NAME, city, NameIndex.Guard.PLACE).build();
        assertEquals(city, firstIn(i, "يعمل في ليون منذ عام", 2).entry());
        assertEquals(city, firstIn(i, "وزار مدينة ليون أمس", 2).entry());
        assertNull(firstIn(i, "بلغت الأرباح ثلاثة بليون دولار", 3), "billion, though ب licenses other guarded names");
        assertNull(firstIn(i, "وكان ليون قد أعلن", 1), "no place word before it");
        assertNull(proposedIn(i, "وقال ليون إن الحوار مستمر", 1, EntityType.ORG, 2), "nor does a proposal license it");
    }

    @Test
    void licensesANameGuardedForListsOnlyAsTheNextOfItsCountrysPlaces() {
        NameEntry mecca = new NameEntry("MECCA", EntityType.GPE, "مكة", "Mecca", "SAU", "city");
        NameEntry medina = new NameEntry("MEDINA", EntityType.GPE, "المدينة المنورة", "Medina", "SAU", "city");
        NameEntry tirana = new NameEntry("TIRANA", EntityType.GPE, "تيرانا", "Tirana", "ALB", "capital");
        NameIndex i = NameIndex.builder().add("مكة", mecca).add("تيرانا", tirana)
                .add("المدينة", medina, MentionKind.NAME, medina, NameIndex.Guard.LIST).build();
        assertEquals(medina, firstIn(i, "زار الحجاج مكة والمدينة", 3).entry());
        assertNull(firstIn(i, "وصلوا إلى المدينة أمس", 2), "after إلى it is the city they reached");
        assertNull(firstIn(i, "زار الحجاج مكة والمدينة الصناعية", 3), "an adjective makes another name");
        assertNull(firstIn(i, "زار الوفد تيرانا والمدينة القديمة", 3));
        assertNull(firstIn(i, "زار الوفد تيرانا والمدينة", 3), "another country's list");
    }

    @Test
    void licensesAGuardedGroupTheTaggerProposesAsAnOrganizationOrMisc() {
        NameEntry sunnis = new NameEntry("SUNNIS", EntityType.GROUP, "أهل السنة", "Sunni Muslims", null, "religious");
        NameIndex i = NameIndex.builder().add("السنة", sunnis, MentionKind.NAME, sunnis, NameIndex.Guard.TAGGER).build();
        assertNull(firstIn(i, "في بداية السنة", 2));
        assertEquals(sunnis, proposedIn(i, "تظاهر السنة والشيعة", 1, EntityType.MISC, 2).entry());
        assertEquals(sunnis, proposedIn(i, "تظاهر السنة والشيعة", 1, EntityType.ORG, 2).entry());
        assertNull(proposedIn(i, "تظاهر السنة والشيعة", 1, EntityType.PERSON, 2));
    }

    @Test
    void licensesAGuardedMiscNameTheTaggerProposesAsMisc() {
        NameEntry islam = new NameEntry("ISLAM", EntityType.MISC, "الإسلام", "Islam", null, "religion");
        NameIndex i = NameIndex.builder().add("الإسلام", islam, MentionKind.NAME, islam, NameIndex.Guard.TAGGER).build();
        assertEquals(islam, proposedIn(i, "انتشر الإسلام في آسيا", 1, EntityType.MISC, 2).entry());
        assertNull(proposedIn(i, "وصل سيف الإسلام إلى المدينة", 2, EntityType.PERSON, 3));
        assertNull(firstIn(i, "وصل سيف الإسلام إلى المدينة", 2));
    }

    @Test
    void takesNoPlaceProposalForALicence() {
        assertNull(proposedIn(guarded("مالي", TURKEY), "دعم مالي كبير", 1, EntityType.LOC, 2));
    }

    @Test
    void endsANameAtPunctuationBetweenItsWords() {
        assertEquals(US, first("الولايات المتحدة").entry());
        NameIndex i = NameIndex.builder().add("الولايات المتحدة", US).build();
        assertNull(firstIn(i, "الولايات، المتحدة", 0));
        assertNull(firstIn(i, "الولايات. المتحدة", 0));
    }

    @Test
    void hidesNamesInsideABlockedPhrase() {
        NameIndex i = NameIndex.builder().block("مجلس الأمن القومي").add("مجلس الأمن", US).build();
        assertTrue(firstIn(i, "مجلس الأمن القومي", 0).blocked());
        assertEquals(US, firstIn(i, "مجلس الأمن الدولي", 0).entry());
    }

    @Test
    void takesAGuardedNameOnlyInANamingContext() {
        NameIndex i = guarded("مالي", CHINA);
        assertNull(firstIn(i, "دعم مالي كبير", 1));
        assertEquals(CHINA, firstIn(i, "قوات في مالي", 2).entry());
        assertEquals(CHINA, firstIn(i, "شمال مالي", 1).entry());
        assertEquals(CHINA, firstIn(i, "ولمالي", 0).entry());
        assertEquals(CHINA, firstIn(i, "باماكو - مالي", 1).entry());
    }

    @Test
    void takesAGuardedNameAfterAPrepositionWrittenApart() {
        NameEntry tap = new NameEntry("TAP", EntityType.ORG, "وكالة تونس أفريقيا للأنباء", "TAP", "TUN", "media");
        NameIndex i = guarded("وات", tap);
        assertEquals(tap, firstIn(i, "وقال في تصريح لـ\"وات\" إن العمل مستمر", 4).entry());
        assertEquals(tap, firstIn(i, "في حديث بـ «وات»", 3).entry());
        assertNull(firstIn(i, "قدرة 50 ميغا وات", 2), "the watt of a power station");
    }

    @Test
    void takesNoLicenceFromLamBeforeAGuardedNameThatOpensWithLam() {
        NameIndex i = guarded("لحج", CHINA);
        assertNull(firstIn(i, "اللجنة الوطنية للحج والعمرة", 2), "ل + الحج, 'for the pilgrimage'");
        assertEquals(CHINA, firstIn(i, "قوات في لحج", 2).entry(), "a preposition before it licenses it still");
        assertEquals(CHINA, firstIn(i, "وبلحج", 0).entry(), "and ب glued to it");
    }

    @Test
    void takesANameInASpellingGuardedAsWrittenOnlyInANamingContext() {
        NameEntry jeddah = new NameEntry("JEDDAH", EntityType.GPE, "جدة", "Jeddah", "SAU", "city");
        NameIndex i = NameIndex.builder().add("جدة", jeddah).guardSpelling("جده").build();
        assertNull(firstIn(i, "كان جده يزرع العنب", 1), "his grandfather");
        assertNull(firstIn(i, "ما وجده في المطار", 1), "what he found");
        assertEquals(jeddah, firstIn(i, "وصل إلى جده أمس", 2).entry());
        assertEquals(jeddah, firstIn(i, "في مدينة جده القديمة", 2).entry());
        assertEquals(jeddah, firstIn(i, "كان جدّة يزرع العنب", 1).entry(), "written with ة it needs no licence");
        assertNull(firstIn(i, "كان جدّه يزرع العنب", 1), "diacritics aside");
    }

    @Test
    void takesAGuardedNameAfterAPlaceNoun() {
        NameIndex i = guarded("الخليل", HEBRON);
        assertEquals(HEBRON, firstIn(i, "قصفت مدينة الخليل", 2).entry());
        assertEquals(HEBRON, firstIn(i, "اشتباكات قرب الخليل", 2).entry());
        assertNull(firstIn(i, "قال الخليل", 1));
    }

    @Test
    void takesAGuardedNameAfterAMunicipalityOfARegion() {
        NameIndex i = guarded("الخليل", HEBRON);
        assertEquals(HEBRON, firstIn(i, "أطلقت أمانة الخليل مشروعا", 2).entry(), "أمانة: a Saudi region's municipality");
        assertEquals(HEBRON, firstIn(i, "قال الناطق بصحة الخليل إن المصابين بخير", 3).entry(),
                "صحة: its health directorate");
    }

    @Test
    void takesAGuardedNameAfterAClubAHospitalOrAChamberNamedAfterIt() {
        NameIndex i = guarded("الخليل", HEBRON);
        assertEquals(HEBRON, firstIn(i, "نظم نادي الخليل الأدبي أمسية", 2).entry());
        assertEquals(HEBRON, firstIn(i, "نقل إلى مستشفى الخليل الحكومي", 3).entry(), "مستشفى normalizes with a dotless ya");
        assertEquals(HEBRON, firstIn(i, "قال رئيس غرفة الخليل إن", 3).entry());
        assertNull(firstIn(i, "قال مدير الخليل إن", 2), "a noun of no facility licenses nothing");
    }

    @Test
    void takesAGuardedNameAfterLamOfLamLam() {
        NameMatch m = firstIn(guarded("الخليل", HEBRON), "زيارة للخليل", 1);
        assertEquals(HEBRON, m.entry());
        assertEquals("للخليل", "زيارة للخليل".substring(m.start(), m.end()));
    }

    @Test
    void refusesAGuardedNameBeforeAPatronymic() {
        NameIndex i = guarded("الخليل", HEBRON);
        assertNull(firstIn(i, "زار الخليل بن أحمد المدينة", 1));
        assertEquals(HEBRON, firstIn(i, "زار الخليل أمس", 1).entry());
    }

    @Test
    void refusesAGuardedNameAfterAConjunctionAlone() {
        NameIndex i = guarded("مالي", CHINA);
        assertNull(firstIn(i, "دعم سياسي ومالي", 2));
        assertNull(firstIn(i, "كمالي", 0));
        assertEquals(CHINA, firstIn(i, "بمالي", 0).entry());
    }

    @Test
    void takesAGuardedNameNextInAListOfPlaces() {
        NameIndex i = NameIndex.builder().add("الصين", CHINA).add("الولايات المتحدة", US)
                .addGuarded("مالي", TURKEY, MentionKind.NAME, TURKEY).build();
        assertEquals(TURKEY, firstIn(i, "الصين ومالي", 1).entry());
        assertEquals(TURKEY, firstIn(i, "الولايات المتحدة، ومالي", 2).entry());
        assertNull(firstIn(i, "الصين. ومالي", 1));
        assertNull(firstIn(i, "الصين مالي", 1));
    }

    @Test
    void takesAGuardedNameAfterAConjunctionWrittenApartInAListOfPlaces() {
        NameIndex i = NameIndex.builder().add("الصين", CHINA)
                .addGuarded("مالي", TURKEY, MentionKind.NAME, TURKEY).build();
        assertEquals(TURKEY, firstIn(i, "الصين و مالي", 2).entry());
        assertNull(firstIn(i, "الصين. و مالي", 2));
        assertNull(firstIn(i, "دعم سياسي و مالي", 3), "no place before the conjunction");
    }

    @Test
    void takesAPersonsGuardedSurnameWhereTheTaggerProposesItAsAPerson() {
        NameEntry leader = new NameEntry("P-NIMR", EntityType.PERSON, "سامر النمر", "Samir al-Nimr", "SYR", "politician");
        NameIndex i = NameIndex.builder().add("سامر النمر", leader)
                .add("النمر", leader, MentionKind.NAME, leader, NameIndex.Guard.TAGGER).build();
        assertEquals(leader, proposedIn(i, "وقال النمر إن الحرب طويلة", 1, EntityType.PERSON, 2).entry());
        assertNull(proposedIn(i, "وهرب النمر من الحديقة", 1, EntityType.ORG, 2), "proposed as an organization");
        assertNull(firstIn(i, "وهرب النمر من الحديقة", 1), "proposed as nothing: the tiger");
    }

    @Test
    void takesAGuardedShortNameRightAfterItsEntrysFullName() {
        NameEntry agency = new NameEntry("WNA", EntityType.ORG, "وكالة الأنباء الوطنية", "National News Agency", null, "media");
        NameIndex i = NameIndex.builder().add("وكالة الأنباء الوطنية", agency)
                .addGuarded("وفا", agency, MentionKind.NAME, agency).build();
        assertEquals(agency, firstIn(i, "وقالت وكالة الأنباء الوطنية وفا إن", 4).entry());
        assertNull(firstIn(i, "وقالت إنها وفا بوعده", 2), "alone it is a verb");
    }

    @Test
    void readsAPersonsNameAfterAPatronymicAsAForebear() {
        NameEntry salman = new NameEntry("P-SALMAN", EntityType.PERSON, "سلمان بن عبد العزيز", "Salman", "SAU", null);
        NameIndex i = NameIndex.builder().add("سلمان بن عبد العزيز", salman).build();
        assertNull(firstIn(i, "فيصل بن سلمان بن عبد العزيز", 2));
        assertEquals(salman, firstIn(i, "الملك سلمان بن عبد العزيز", 1).entry());
        assertEquals(salman, firstIn(i, "وأعلن ابن عم سلمان بن عبد العزيز", 3).entry(), "only the word right before counts");
    }

    @Test
    void refusesAnAdjectiveWrittenAsAnotherWord() {
        NameIndex i = NameIndex.builder().add("اليمني", TURKEY, MentionKind.ADJECTIVE, TURKEY).exceptSpelling("اليمنى").build();
        assertNull(firstIn(i, "اليد اليمنى", 1));
        assertEquals(TURKEY, firstIn(i, "الجيش اليمني", 1).entry());
    }

    @Test
    void readsANisbaBesideATitleOrPatronymicAsAGivenName() {
        NameIndex i = NameIndex.builder().add("تركي", TURKEY, MentionKind.ADJECTIVE, TURKEY).build();
        assertNull(firstIn(i, "الأمير تركي", 1));
        assertNull(firstIn(i, "تركي بن فيصل", 0));
        assertEquals(MentionKind.ADJECTIVE, firstIn(i, "مسؤول تركي كبير", 1).kind());
    }

    @Test
    void readsADefiniteNisbaAfterANounOfPersonsAsANationality() {
        NameIndex i = NameIndex.builder().add("التركي", TURKEY, MentionKind.ADJECTIVE, TURKEY).build();
        assertEquals(MentionKind.ADJECTIVE, firstIn(i, "وصل اللاعب التركي أمس", 2).kind());
        assertEquals(MentionKind.ADJECTIVE, firstIn(i, "وفاز الفريق التركي أمس", 2).kind());
        assertNull(firstIn(i, "وقال اللواء التركي إن", 2), "a family name after a rank");
        assertNull(firstIn(i, "سامر بن التركي", 2), "a lineage's name");
    }

    @Test
    void readsADefiniteNisbaBesideATitleAsANationalityWhereANameFollows() {
        NameIndex i = NameIndex.builder().add("الكويتي", TURKEY, MentionKind.ADJECTIVE, TURKEY).build();
        assertEquals(MentionKind.ADJECTIVE, firstIn(i, "وأشاد الكاتب الكويتي الدكتور أحمد بالجهود", 2).kind(),
                "a title after it opens the name");
        assertEquals(MentionKind.ADJECTIVE, firstIn(i, "وأشاد المهندس الكويتي أحمد بالجهود", 2).kind(),
                "a given name after it");
        assertNull(firstIn(i, "وأجاب اللواء الكويتي على السؤال", 2), "على is \"on\", not the name علي");
        assertNull(firstIn(i, "وقال اللواء الكويتي إن", 2), "a family name after a rank");
    }

    @Test
    void reportsTheNamedEntryOfAMetonym() {
        NameEntry moscow = new NameEntry("MOSCOW", EntityType.GPE, "موسكو", "Moscow", "RUS", "capital");
        NameEntry russia = new NameEntry("RUS", EntityType.GPE, "روسيا", "Russia", "RUS", "country");
        NameIndex i = NameIndex.builder().add("موسكو", russia, MentionKind.METONYM, moscow).build();
        NameMatch m = firstIn(i, "وطالبت موسكو", 1);
        assertEquals(russia, m.entry());
        assertEquals(moscow, m.named());
        assertEquals(MentionKind.METONYM, m.kind());
    }
}
