package org.marsad.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoldsteinScaleTest {
    private static final GoldsteinScale SCALE = GoldsteinScale.shipped();

    @Test
    void givesTheStandardScoreOfAListedCode() {
        assertEquals(8.0, SCALE.of("057"));
        assertEquals(-5.0, SCALE.of("1056"));
        assertEquals(10.0, SCALE.of("0874"));
    }

    @Test
    void fallsBackToTheBaseCode() {
        assertEquals(-2.0, SCALE.of("1124"));
    }

    @Test
    void fallsBackToTheRoot() {
        assertEquals(-10.0, SCALE.of("204"));
    }

    @Test
    void scoresEveryShippedSense() {
        EventLexicon.shipped().entries().forEach(e -> assertEquals(SCALE.of(e.cameo()), e.goldstein(), e.lemma()));
    }

    @Test
    void refusesAMalformedCodeQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SCALE.of("5x"));
        assertTrue(e.getMessage().contains("'5x'"), e.getMessage());
    }
}
