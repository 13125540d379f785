package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** One test per feature family: each checks that a token carries the feature key its rule promises. */
class FeatureExtractorTest {
    private static final FeatureExtractor PLAIN = new FeatureExtractor(Lexicons.EMPTY);

    private static Set<Long> keys(FeatureExtractor extractor, String sentence, int token) {
        Features f = extractor.extract(Arrays.asList(sentence.split(" ")));
        Set<Long> keys = new HashSet<>();
        for (int k = f.offsets()[token]; k < f.offsets()[token + 1]; k++) {
            keys.add(f.keys()[k]);
        }
        return keys;
    }

    private static String normalized(String word) {
        return ArabicNormalizer.normalize(word);
    }

    private static long key(int template, String value) {
        return FeatureHash.key(template, FeatureHash.of(value));
    }

    @Test
    void identityGivesBiasNormalizedWordAndRawFormOnlyWhenItDiffers() {
        Set<Long> hamza = keys(PLAIN, "أحمد", 0);
        assertTrue(hamza.contains(FeatureHash.key(FeatureExtractor.BIAS, 0)));
        assertTrue(hamza.contains(key(FeatureExtractor.WORD, "احمد")));
        assertTrue(hamza.contains(key(FeatureExtractor.RAW, "أحمد")));
        assertFalse(keys(PLAIN, "محمد", 0).contains(key(FeatureExtractor.RAW, "محمد")));
    }

    @Test
    void cliticFeaturesReadTheWordWithoutItsProclitics() {
        Set<Long> withConjunction = keys(PLAIN, "والكتاب", 0);
        assertTrue(withConjunction.contains(key(FeatureExtractor.ARTICLE_STEM, "كتاب")));
        assertTrue(keys(PLAIN, "الكتاب", 0).contains(key(FeatureExtractor.ARTICLE_STEM, "كتاب")));
        assertTrue(keys(PLAIN, "للكتاب", 0).contains(key(FeatureExtractor.ARTICLE_STEM, "كتاب")));
        assertTrue(withConjunction.contains(key(FeatureExtractor.NO_CONJUNCTION, "الكتاب")));
        assertTrue(withConjunction.contains(key(FeatureExtractor.PROCLITICS, "وال")));
        assertTrue(keys(PLAIN, "بفرنسا", 0).contains(key(FeatureExtractor.NO_PREPOSITION, "فرنسا")));
        assertTrue(keys(PLAIN, "ورئيسها", 0).contains(key(FeatureExtractor.NO_SUFFIX, normalized("رئيس"))));
    }

    @Test
    void affixesAreTheFirstAndLastOneToFourCharactersOfLongerWords() {
        Set<Long> france = keys(PLAIN, "فرنسا", 0);
        assertTrue(france.contains(key(FeatureExtractor.PREFIX + 2, "فر")));
        assertTrue(france.contains(key(FeatureExtractor.SUFFIX + 3, "نسا")));
        assertTrue(france.contains(key(FeatureExtractor.SUFFIX + 4, "رنسا")));
        Set<Long> in = keys(PLAIN, "في", 0);
        assertTrue(in.contains(key(FeatureExtractor.PREFIX + 1, "ف")));
        assertFalse(in.contains(key(FeatureExtractor.PREFIX + 2, "في")));
    }

    @Test
    void shapeCollapsesRepeatedCharacterClasses() {
        assertEquals(FeatureExtractor.shape("2007"), FeatureExtractor.shape("19"));
        assertNotEquals(FeatureExtractor.shape("2007"), FeatureExtractor.shape("مصر"));
        assertNotEquals(FeatureExtractor.shape("F16"), FeatureExtractor.shape("f16"));
        assertTrue(keys(PLAIN, "2007", 0).contains(FeatureHash.key(FeatureExtractor.SHAPE, FeatureExtractor.shape("1"))));
        assertTrue(keys(PLAIN, "2007", 0).contains(FeatureHash.key(FeatureExtractor.LENGTH, 4)));
    }

    @Test
    void contextSeesTwoWordsEachSideWithPaddingAtTheEdges() {
        Set<Long> middle = keys(PLAIN, "قال الرئيس حسني مبارك", 2);
        assertTrue(middle.contains(key(FeatureExtractor.WORD_AT + 1, normalized("الرئيس"))));
        assertTrue(middle.contains(key(FeatureExtractor.WORD_AT, "قال")));
        assertTrue(middle.contains(key(FeatureExtractor.WORD_AT + 3, "مبارك")));
        assertTrue(middle.contains(FeatureHash.key(FeatureExtractor.BIGRAM_AFTER, FeatureHash.of("حسني"), FeatureHash.of("مبارك"))));
        assertTrue(keys(PLAIN, "قال الرئيس", 0).contains(key(FeatureExtractor.WORD_AT, "<s>")));
        assertTrue(keys(PLAIN, "قال الرئيس", 1).contains(key(FeatureExtractor.WORD_AT + 4, "</s>")));
    }

    @Test
    void tokensBetweenQuoteMarksAreMarked() {
        assertEquals(List.of(false, false, true, true, false, false),
                asList(FeatureExtractor.quoted(List.of("سيارة", "«", "نيسان", "أورفان", "»", "."))));
        assertEquals(List.of(false, true, false), asList(FeatureExtractor.quoted(List.of("\"", "ليون", "\""))));
        assertEquals(List.of(false, false), asList(FeatureExtractor.quoted(List.of("«", "مفتوح"))));
        assertTrue(keys(PLAIN, "« نيسان »", 1).contains(FeatureHash.key(FeatureExtractor.QUOTED, 1)));
    }

    @Test
    void gazetteerMembershipIsAFeatureOfTheTokenAndItsNeighbours() {
        Gazetteer gazetteer = new Gazetteer(List.of(List.of(), List.of("بغداد"), List.of(), List.of()));
        FeatureExtractor extractor = new FeatureExtractor(new Lexicons(gazetteer, TriggerWords.EMPTY, WordClusters.EMPTY));
        int locUnitBit = Gazetteer.BITS_PER_TYPE * Labels.TYPES.indexOf("LOC");
        assertTrue(keys(extractor, "وصل إلى وبغداد أمس", 2).contains(FeatureHash.key(FeatureExtractor.GAZETTEER + 1, locUnitBit)));
        assertTrue(keys(extractor, "وصل إلى وبغداد أمس", 3).contains(FeatureHash.key(FeatureExtractor.GAZETTEER, locUnitBit)));
        assertTrue(keys(extractor, "وصل إلى وبغداد أمس", 1).contains(FeatureHash.key(FeatureExtractor.GAZETTEER + 2, locUnitBit)));
    }

    @Test
    void aSentenceOfSportRepeatsTheGazetteerMaskUnderATemplateOfItsOwn() {
        Gazetteer gazetteer = new Gazetteer(List.of(List.of(), List.of("ليون"), List.of(), List.of()));
        FeatureExtractor extractor = new FeatureExtractor(new Lexicons(gazetteer, TriggerWords.EMPTY, WordClusters.EMPTY));
        int mask = Gazetteer.BITS_PER_TYPE * Labels.TYPES.indexOf("LOC");
        long sport = FeatureHash.key(FeatureExtractor.SPORT_GAZETTEER, 1 << mask);
        assertTrue(keys(extractor, "وفاز ليون على ضيفه", 1).contains(sport), "ضيفه is a word of sport");
        assertTrue(keys(extractor, "ليون 2 - 1 نانت", 0).contains(sport), "a score");
        assertFalse(keys(extractor, "وصل الوفد إلى ليون", 3).contains(sport));
    }

    @Test
    void tellsASentenceOfSportByItsWordsOrAScore() {
        assertTrue(FeatureExtractor.sporty(List.of("قبل", "المباراه")));
        assertTrue(FeatureExtractor.sporty(List.of("والدوري")), "with و glued");
        assertTrue(FeatureExtractor.sporty(List.of("صفر", "-", "3")));
        assertFalse(FeatureExtractor.sporty(List.of("عام", "2007", "-", "2008")), "years are no score");
        assertFalse(FeatureExtractor.sporty(List.of("وصل", "الوفد")));
    }

    @Test
    void triggerWordsMarkTheNextTwoTokens() {
        String stem = TriggerWords.stemOf(normalized("الرئيس"));
        TreeMap<String, Integer> masks = new TreeMap<>();
        masks.put(stem, 1 << Labels.TYPES.indexOf("PERS"));
        FeatureExtractor extractor = new FeatureExtractor(new Lexicons(Gazetteer.EMPTY, new TriggerWords(masks), WordClusters.EMPTY));
        int pers = Labels.TYPES.indexOf("PERS");
        assertTrue(keys(extractor, "وقال الرئيس حسني مبارك", 2).contains(FeatureHash.key(FeatureExtractor.TRIGGER + 1, pers)));
        assertTrue(keys(extractor, "وقال الرئيس حسني مبارك", 3).contains(FeatureHash.key(FeatureExtractor.TRIGGER, pers)));
        assertTrue(keys(extractor, "وللرئيس", 0).contains(FeatureHash.key(FeatureExtractor.TRIGGER + 2, pers)));
    }

    @Test
    void wordClassesGiveOneFeaturePerLevel() {
        TreeMap<String, Long> classes = new TreeMap<>();
        classes.put("باريس", WordClusters.pack(new int[] {3, 20, 100, 5, 40, 160}));
        FeatureExtractor extractor = new FeatureExtractor(new Lexicons(Gazetteer.EMPTY, TriggerWords.EMPTY, new WordClusters(6, classes)));
        Set<Long> paris = keys(extractor, "في باريس", 1);
        assertTrue(paris.contains(FeatureHash.key(FeatureExtractor.CLUSTER, 3)));
        assertTrue(paris.contains(FeatureHash.key(FeatureExtractor.CLUSTER + 1, 20)));
        assertTrue(paris.contains(FeatureHash.key(FeatureExtractor.CLUSTER + 2, 100)));
        assertTrue(paris.contains(FeatureHash.key(FeatureExtractor.CLUSTER + 5, 160)), "the second partition's too");
        assertFalse(keys(extractor, "في باريس", 0).contains(FeatureHash.key(FeatureExtractor.CLUSTER, 3)));
    }

    @Test
    void extractionIsDeterministic() {
        Features a = PLAIN.extract(List.of("قال", "الرئيس", "«", "حسني", "»"));
        Features b = PLAIN.extract(List.of("قال", "الرئيس", "«", "حسني", "»"));
        assertTrue(Arrays.equals(a.keys(), b.keys()));
        assertTrue(Arrays.equals(a.offsets(), b.offsets()));
    }

    private static List<Boolean> asList(boolean[] values) {
        Boolean[] boxed = new Boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return Arrays.asList(boxed);
    }
}
