package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliticAnalyzerTest {

    private static Segmentation reading(List<String> proclitics, String stem, List<String> enclitics, int stemStart) {
        return new Segmentation(proclitics, stem, enclitics, stemStart);
    }

    private static boolean proposes(String word, Segmentation expected) {
        return CliticAnalyzer.candidates(word).contains(expected);
    }

    @Test
    void listsUnsegmentedWordFirst() {
        assertEquals(reading(List.of(), "وزير", List.of(), 0), CliticAnalyzer.candidates("وزير").get(0));
    }

    @Test
    void splitsConjunctionWaw() {
        assertTrue(proposes("وقالت", reading(List.of("و"), "قالت", List.of(), 1)));
    }

    @Test
    void splitsConjunctionFaa() {
        assertTrue(proposes("فأعلن", reading(List.of("ف"), "أعلن", List.of(), 1)));
    }

    @Test
    void splitsConjunctionThenPreposition() {
        assertTrue(proposes("وبواشنطن", reading(List.of("و", "ب"), "واشنطن", List.of(), 2)));
    }

    @Test
    void splitsPrepositionBaaWithArticle() {
        assertTrue(proposes("بالمدينة", reading(List.of("ب", "ال"), "مدينة", List.of(), 3)));
    }

    @Test
    void splitsPrepositionKafWithArticle() {
        assertTrue(proposes("كالعادة", reading(List.of("ك", "ال"), "عادة", List.of(), 3)));
    }

    @Test
    void splitsLamWhoseArticleLostItsAlef() {
        assertTrue(proposes("للاستقلال", reading(List.of("ل", "ال"), "استقلال", List.of(), 2)));
    }

    @Test
    void splitsConjunctionBeforeLamAndArticle() {
        assertTrue(proposes("وللمرة", reading(List.of("و", "ل", "ال"), "مرة", List.of(), 3)));
    }

    @Test
    void proposesMergedLamsForStemStartingWithLam() {
        assertTrue(proposes("للجنة", reading(List.of("ل", "ال"), "لجنة", List.of(), 1)));
    }

    @Test
    void splitsFutureSeenBeforeImperfectYaa() {
        assertTrue(proposes("سيعقد", reading(List.of("س"), "يعقد", List.of(), 1)));
    }

    @Test
    void splitsFutureSeenBeforeImperfectNoon() {
        assertTrue(proposes("سنواصل", reading(List.of("س"), "نواصل", List.of(), 1)));
    }

    @Test
    void splitsFutureSeenBeforeHamzatedAlef() {
        assertTrue(proposes("سأعود", reading(List.of("س"), "أعود", List.of(), 1)));
    }

    @Test
    void splitsFutureSeenBeforeNormalizedAlef() {
        assertTrue(proposes("ساعود", reading(List.of("س"), "اعود", List.of(), 1)));
    }

    @Test
    void keepsSeenBeforeOtherLetters() {
        assertFalse(CliticAnalyzer.candidates("سلام").stream().anyMatch(s -> s.proclitics().contains("س")));
    }

    @Test
    void splitsConjunctionBeforeFutureSeen() {
        assertTrue(proposes("وسيزور", reading(List.of("و", "س"), "يزور", List.of(), 2)));
    }

    @Test
    void splitsArticle() {
        assertTrue(proposes("الحكومة", reading(List.of("ال"), "حكومة", List.of(), 2)));
    }

    @Test
    void splitsArticleWrittenWithWasla() {
        assertTrue(proposes("ٱلحكومة", reading(List.of("ال"), "حكومة", List.of(), 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا"})
    void splitsEncliticPronoun(String pronoun) {
        assertTrue(proposes("كتاب" + pronoun, reading(List.of(), "كتاب", List.of(pronoun), 0)));
    }

    @Test
    void splitsProcliticsAndEncliticTogether() {
        assertTrue(proposes("وبلادهم", reading(List.of("و", "ب"), "لاد", List.of("هم"), 2)));
    }

    @Test
    void attachesNoPronounAfterArticle() {
        assertFalse(CliticAnalyzer.candidates("البيتها").stream()
                .anyMatch(s -> s.proclitics().contains("ال") && !s.enclitics().isEmpty()));
    }

    @Test
    void keepsStemsOfAtLeastTwoLetters() {
        assertEquals(1, CliticAnalyzer.candidates("به").size());
    }

    @Test
    void acceptsTwoLetterStem() {
        assertTrue(proposes("بيد", reading(List.of("ب"), "يد", List.of(), 1)));
    }

    @Test
    void skipsDiacriticsAfterClitics() {
        assertTrue(proposes("وَبِواشنطن", reading(List.of("و", "ب"), "واشنطن", List.of(), 4)));
    }

    @Test
    void skipsDiacriticsAroundEnclitic() {
        assertTrue(proposes("كتابُهُ", reading(List.of(), "كتابُ", List.of("ه"), 0)));
    }

    @Test
    void ordersReadingsByNumberOfClitics() {
        List<Integer> counts = CliticAnalyzer.candidates("وبكتابهم").stream()
                .map(s -> s.proclitics().size() + s.enclitics().size()).toList();
        assertEquals(counts.stream().sorted().toList(), counts);
    }

    @Test
    void rejectsEmptyWord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CliticAnalyzer.candidates(""));
        assertEquals("word must not be empty, got \"\"", e.getMessage());
    }

    @Test
    void segmentationRejectsNegativeStemStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segmentation(List.of(), "خبر", List.of(), -2));
        assertEquals("stemStart must be >= 0, got -2", e.getMessage());
    }
}
