package org.marsad.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** Looking words up with their clitics, on the shipped vocabulary. */
class VocabularyTest {
    private static final Vocabulary VOCABULARY = EventKnowledge.of(EventLexicon.shipped()).vocabulary();

    private static List<Hit> triggers(String word) {
        return VOCABULARY.lookup(ArabicNormalizer.normalize(word)).stream().filter(h -> h.sense() instanceof Sense.Trigger).toList();
    }

    private static String lemma(Hit h) {
        return ((Sense.Trigger) h.sense()).lemma();
    }

    @Test
    void findsAVerbWrittenWithShadda() {
        assertEquals("وقّع", lemma(triggers("وقّعت").get(0)));
    }

    @Test
    void findsAVerbAfterAConjunction() {
        Hit h = triggers("فانسحبت").get(0);
        assertEquals("انسحب", lemma(h));
        assertTrue(h.has(Clitics.CONJUNCTION));
        assertEquals(1, h.stripLetters());
    }

    @Test
    void findsTheFutureOnAnImperfectVerb() {
        Hit h = triggers("وسيوقعون").get(0);
        assertTrue(h.has(Clitics.FUTURE));
        assertEquals(Aspect.IMPERFECT, h.aspect());
    }

    @Test
    void findsANounAfterPrepositionAndArticle() {
        Hit h = triggers("بالانسحاب").get(0);
        assertEquals("انسحاب", lemma(h));
        assertTrue(h.has(Clitics.PREPOSITION) && h.has(Clitics.ARTICLE));
    }

    @Test
    void findsANounAfterLamMergedWithTheArticle() {
        assertEquals("انسحاب", lemma(triggers("للانسحاب").get(0)));
    }

    @Test
    void findsAWordBeforeAPronoun() {
        Hit h = triggers("انسحابها").get(0);
        assertEquals("انسحاب", lemma(h));
        assertTrue(h.has(Clitics.PRONOUN));
    }

    @Test
    void findsANounInTaaMarbutaBeforeAPronoun() {
        assertEquals("مطالبة", lemma(triggers("مطالبته").get(0)));
    }

    @Test
    void refusesThePrepositionOnAVerb() {
        assertTrue(triggers("بحث").stream().noneMatch(h -> lemma(h).equals("حثّ")));
    }

    @Test
    void refusesTheFutureOnANoun() {
        assertTrue(triggers("سانسحاب").isEmpty());
    }

    @Test
    void findsTheSectorOfANoun() {
        assertTrue(VOCABULARY.lookup(ArabicNormalizer.normalize("والبرلمان")).stream()
                .anyMatch(h -> h.sense() instanceof Sense.Sector s && s.sector().equals("LEG")));
    }

    @Test
    void findsACueWord() {
        assertTrue(VOCABULARY.lookup(ArabicNormalizer.normalize("ولم")).stream()
                .anyMatch(h -> h.sense() instanceof Sense.Cue c && c.role() == CueRole.NEGATION));
    }

    @Test
    void findsNothingInAnUnrelatedWord() {
        assertFalse(VOCABULARY.lookup(ArabicNormalizer.normalize("الطقس")).stream().anyMatch(h -> h.sense() instanceof Sense.Trigger));
    }
}
