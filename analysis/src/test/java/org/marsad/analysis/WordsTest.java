package org.marsad.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {
    private static final String TEXT = "زار الوفد، أمس، مدينة جدة.";
    private static final Words WORDS = Words.of(TEXT);

    @Test
    void leavesPunctuationOutOfTheWords() {
        assertEquals(5, WORDS.size());
        assertEquals("جده", WORDS.normalized(4));
    }

    @Test
    void findsTheWordStartingAtAnOffset() {
        assertEquals(2, WORDS.firstAtOrAfter(TEXT.indexOf("أمس")));
    }

    @Test
    void findsTheNextWordFromInsideAWordOrAGap() {
        assertEquals(1, WORDS.firstAtOrAfter(1));
        assertEquals(2, WORDS.firstAtOrAfter(TEXT.indexOf("،")));
    }

    @Test
    void answersTheFirstWordBeforeTheTextAndTheSizeAfterItsLastWord() {
        assertEquals(0, WORDS.firstAtOrAfter(0));
        assertEquals(WORDS.size(), WORDS.firstAtOrAfter(TEXT.indexOf("جدة") + 1));
        assertEquals(WORDS.size(), WORDS.firstAtOrAfter(TEXT.length()));
    }
}
