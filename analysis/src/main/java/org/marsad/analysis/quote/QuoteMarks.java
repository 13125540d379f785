package org.marsad.analysis.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.Span;

/**
 * Finds the stretches of text between quotation marks.
 *
 * <p>Rules:
 * <ul>
 *   <li>« closes with », “ with ”, „ with “ or ”, and a straight " with the next straight ".</li>
 *   <li>A quotation may span sentences, but not more than {@value #MAX_QUOTE_CHARS} characters: past that the
 *       mark is taken for a stray one and skipped.</li>
 *   <li>The span returned is the inside of the marks.</li>
 * </ul>
 */
final class QuoteMarks {
    static final int MAX_QUOTE_CHARS = 3000;

    private QuoteMarks() {
    }

    static List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int close = closing(text, i);
            if (close > 0) {
                out.add(new Span(i + 1, close));
                i = close;
            }
        }
        return out;
    }

    /** The offset of the mark that closes a quotation opened at {@code i}, or -1. */
    static int closing(String text, int i) {
        return switch (text.charAt(i)) {
            case '«' -> indexWithin(text, "»", i);
            case '“' -> indexWithin(text, "”", i);
            case '„' -> indexWithin(text, "“”", i);
            case '"' -> indexWithin(text, "\"", i);
            default -> -1;
        };
    }

    private static int indexWithin(String text, String closers, int open) {
        int limit = Math.min(text.length(), open + MAX_QUOTE_CHARS);
        for (int j = open + 1; j < limit; j++) {
            if (closers.indexOf(text.charAt(j)) >= 0) {
                return j;
            }
        }
        return -1;
    }

    static boolean isMark(char c) {
        return c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '"';
    }
}
