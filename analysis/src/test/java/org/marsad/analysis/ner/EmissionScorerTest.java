package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** The scorer gives the tagger exactly, to the bit, the emissions of the feature extractor and the weights. */
class EmissionScorerTest {
    private static final NerModel MODEL = NerTagger.load().model();
    private static final EmissionScorer SCORER = new EmissionScorer(MODEL.weights(), MODEL.lexicons());
    private static final FeatureExtractor EXTRACTOR = new FeatureExtractor(MODEL.lexicons());

    private static void assertSameAsExtractor(List<String> tokens) {
        float[] expected = MODEL.weights().emissions(EXTRACTOR.extract(tokens));
        float[] actual = SCORER.emissions(tokens, tokens.stream().map(ArabicNormalizer::normalize).toList());
        // assertArrayEquals compares floats by their bits, so -0.0 and 0.0 differ too
        assertArrayEquals(expected, actual, () -> "emissions differ for " + tokens);
    }

    @Test
    void knowsTheModelsVocabulary() {
        assertTrue(SCORER.vocabularySize() > 1000, "vocabulary of " + SCORER.vocabularySize() + " words");
    }

    @Test
    void scoresAWordOutsideTheVocabularyAlikeWhenAnEarlierTextMetIt() {
        EmissionScorer scorer = new EmissionScorer(MODEL.weights(), MODEL.lexicons());
        List<String> first = List.of("زار", "كرستوفولوس", "المدينة");
        List<String> second = List.of("وقال", "كرستوفولوس", "إن", "الوفد", "وصل");
        scorer.emissions(first, first.stream().map(ArabicNormalizer::normalize).toList());
        float[] later = scorer.emissions(second, second.stream().map(ArabicNormalizer::normalize).toList());
        float[] fresh = new EmissionScorer(MODEL.weights(), MODEL.lexicons())
                .emissions(second, second.stream().map(ArabicNormalizer::normalize).toList());
        assertArrayEquals(fresh, later);
        assertSameAsExtractor(second);
    }

    @Test
    void scoresARawSpellingAlikeWhenAnEarlierTextMetIt() {
        EmissionScorer scorer = new EmissionScorer(MODEL.weights(), MODEL.lexicons());
        List<String> first = List.of("وصل", "الوفد", "إلى", "أنقرة", "أمس");
        List<String> second = List.of("عاد", "إلى", "بلاده", "وأكد", "أن", "الرئيس", "إلى", "جانبه");
        scorer.emissions(first, first.stream().map(ArabicNormalizer::normalize).toList());
        float[] later = scorer.emissions(second, second.stream().map(ArabicNormalizer::normalize).toList());
        float[] fresh = new EmissionScorer(MODEL.weights(), MODEL.lexicons())
                .emissions(second, second.stream().map(ArabicNormalizer::normalize).toList());
        assertArrayEquals(fresh, later);
        assertSameAsExtractor(second);
    }

    @Test
    void scoresWordsAlikeOnceTheWordsKeptAcrossTextsAreFull() {
        EmissionScorer scorer = new EmissionScorer(MODEL.weights(), MODEL.lexicons());
        List<String> made = madeUpWords(EmissionScorer.SEEN_LIMIT + 100);
        for (int from = 0; from < made.size(); from += 500) {
            List<String> text = made.subList(from, Math.min(made.size(), from + 500));
            scorer.emissions(text, text);
        }
        List<String> sentence = List.of("وقال", made.get(made.size() - 1), "إن", "زرقطونيان", made.get(0));
        List<String> normalized = sentence.stream().map(ArabicNormalizer::normalize).toList();
        assertArrayEquals(new EmissionScorer(MODEL.weights(), MODEL.lexicons()).emissions(sentence, normalized),
                scorer.emissions(sentence, normalized));
    }

    @Test
    void scoresVocabularyWordsAlikeWhenThreadsMeetThemFirstAtOnce() throws Exception {
        EmissionScorer scorer = new EmissionScorer(MODEL.weights(), MODEL.lexicons());
        List<String> sentence = Arrays.asList("قال وزير الخارجية الفرنسي في باريس إن الحكومة ستدعم الاتفاق".split(" "));
        List<String> normalized = sentence.stream().map(ArabicNormalizer::normalize).toList();
        float[] expected = MODEL.weights().emissions(EXTRACTOR.extract(sentence));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<float[]>> results = pool.invokeAll(
                    Collections.nCopies(8, () -> scorer.emissions(sentence, normalized)));
            for (Future<float[]> result : results) {
                assertArrayEquals(expected, result.get());
            }
        }
    }

    /** {@code count} distinct words of letters that normalization leaves alone, none of them a word of Arabic. */
    private static List<String> madeUpWords(int count) {
        String letters = "بتثجحخدذرزسشصضطظعغفق";
        return IntStream.range(0, count).mapToObj(i -> {
            StringBuilder w = new StringBuilder("ظ");
            for (int n = i, k = 0; k < 5; k++, n /= letters.length()) {
                w.append(letters.charAt(n % letters.length()));
            }
            return w.toString();
        }).toList();
    }

    @Test
    void sentencesOfOurOwnScoreAsExtracted() {
        for (String sentence : List.of(
                "أعلن الرئيس الأمريكي جورج بوش أن بلاده سترسل قوات إلى العراق .",
                "قال الرئيس حسني مبارك في مؤتمر صحفي بالقاهرة إن مصر تدعم السلام .",
                "وَقَالَ وزيرُ الخارجيّة « نيسان أورفان » للصحفيين في بيروت",
                "ذكرت وكالة CNN أن G20 اجتمعت في 2021 م بحضور ١٤ دولة \" ليون \" ؟",
                "وللرئيس والقاهرة فالمملكة بالسعودية كالعادة لـ مسئول مسؤول ى ة",
                "Washington", "،", "zzqx")) {
            assertSameAsExtractor(Arrays.asList(sentence.split(" ")));
        }
    }

    @Test
    void anercorpSentencesScoreAsExtracted() throws IOException {
        Path data = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "anercorp", "train.txt");
        Assumptions.assumeTrue(Files.exists(data), () -> data + " absent: skipping the ANERcorp comparison");
        for (TaggedSentence s : readSentences(data)) {
            assertSameAsExtractor(s.tokens());
        }
    }

    private static List<TaggedSentence> readSentences(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConllReader.read(in, file.toString());
        }
    }
}
