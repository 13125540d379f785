package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CliticAnalyzerPropertiesTest {

    @Property
    void firstReadingIsTheWholeWord(@ForAll("words") String word) {
        Segmentation first = CliticAnalyzer.candidates(word).get(0);
        assertEquals(word, first.stem());
        assertFalse(first.isSegmented());
    }

    @Property
    void stemIsTheWordsOwnCharacters(@ForAll("words") String word) {
        for (Segmentation s : CliticAnalyzer.candidates(word)) {
            assertEquals(s.stem(), word.substring(s.stemStart(), s.stemEnd()));
        }
    }

    @Property
    void everyFurtherReadingSplitsSomething(@ForAll("words") String word) {
        List<Segmentation> readings = CliticAnalyzer.candidates(word);
        assertTrue(readings.stream().skip(1).allMatch(Segmentation::isSegmented));
    }

    @Property
    void stemsKeepAtLeastTwoLetters(@ForAll("words") String word) {
        for (Segmentation s : CliticAnalyzer.candidates(word)) {
            assertTrue(s.stem().chars().filter(c -> !ArabicNormalizer.isDiacritic((char) c)).count() >= 2
                    || !s.isSegmented(), s.toString());
        }
    }

    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> prefix = Arbitraries.of("", "و", "ف", "ب", "ل", "ك", "س", "ال", "لل", "وال", "وَ");
        Arbitrary<String> core = Arbitraries.strings().withChars("ابتثجحخدرسعلمنهويةكاَُِّ")
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> suffix = Arbitraries.of("", "ه", "ها", "هم", "كم", "ي", "نا", "هُ");
        return Combinators.combine(prefix, core, suffix).as((p, c, s) -> p + c + s);
    }
}
