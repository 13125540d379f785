package org.marsad.analysis.time;

/**
 * The readings of a folded word with its proclitics stripped, tried for the first word of an expression only
 * ("وفي"، "وبالأمس"، "للعام").
 *
 * <p>Rules, in the order readings are returned (the unstripped word first, so that it wins ties):
 * <ul>
 *   <li>the word itself;</li>
 *   <li>without a leading conjunction و or ف;</li>
 *   <li>without a preposition ب، ل or ك, after the conjunction if there was one;</li>
 *   <li>لل (ل + the article, whose alef is not written) reads as ال; the ل stays in the span, since the
 *       article it stands for has no letter of its own;</li>
 *   <li>no reading shorter than three letters: short stems match noise ("باب" "door" is no ب + آب).</li>
 * </ul>
 * Readings are slices of the word's buffer, so that testing them costs no allocation: reading r is the
 * letter {@code firsts[r]} followed by {@code buf[starts[r] + 1, to)}.
 */
final class Proclitics {
    /** The most readings a word has. */
    static final int MAX_READINGS = 3;
    private static final int MIN_STEM = 3;

    private Proclitics() {
    }

    /** Fills {@code starts} and {@code firsts} with the readings of {@code buf[from, to)}; returns how many. */
    static int readings(char[] buf, int from, int to, int[] starts, char[] firsts) {
        starts[0] = from;
        firsts[0] = buf[from];
        boolean conjunction = isConjunction(buf[from]) && to - from - 1 >= MIN_STEM;
        if (conjunction) {
            starts[1] = from + 1;
            firsts[1] = buf[from + 1];
        }
        int n = conjunction ? 2 : 1;
        return n + withoutPreposition(buf, conjunction ? from + 1 : from, to, starts, firsts, n);
    }

    /** Adds the reading without a preposition at {@code at} as reading {@code n}; returns 1 if there is one. */
    private static int withoutPreposition(char[] buf, int at, int to, int[] starts, char[] firsts, int n) {
        if (to - at >= 2 + MIN_STEM && buf[at] == 'ل' && buf[at + 1] == 'ل') {
            // the article's alef is swallowed after ل: "للعام" is ل + "العام"
            starts[n] = at;
            firsts[n] = 'ا';
            return 1;
        }
        if (to - at - 1 >= MIN_STEM && isPreposition(buf[at])) {
            starts[n] = at + 1;
            firsts[n] = buf[at + 1];
            return 1;
        }
        return 0;
    }

    private static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل' || c == 'ك';
    }
}
