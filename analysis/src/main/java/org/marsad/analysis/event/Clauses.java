package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.analysis.Words;
import org.marsad.text.Span;

/**
 * The sentence and clause of every word of an article, and which words lie inside a parenthesis.
 *
 * <p>Rules:
 * <ul>
 *   <li>A clause ends at a sentence end, at a comma, semicolon, colon or quotation mark between two words, and
 *       before a boundary word of {@code event-cues.tsv} (حيث، بينما، لكن، أن، التي ...).</li>
 *   <li>A bracket closed and then a spaced dash, after at most {@value #DATELINE_WORDS} words of a sentence that
 *       opens a line, end its dateline ({@code الرباط (رويترز) - وقع المغرب ...}): the place before it is where the
 *       news was filed, not an actor of the first clause, and the dash pairs with no other. A dash alone may open
 *       a parenthesis ({@code زودت فرنسا - العضو في الناتو - أوكرانيا}), so it does not end a dateline.</li>
 *   <li>Words between two spaced dashes of one sentence ({@code تركيا - إحدى الدول الأعضاء في الناتو -
 *       كازاخستان}) or inside round brackets are masked: they stay in the clause but no argument is looked for
 *       there, and words on either side count as adjacent. An unpaired dash masks nothing.</li>
 * </ul>
 */
final class Clauses {
    private static final String CLAUSE_MARKS = "،,؛;:\"«»“”";
    private static final String DASHES = "-–—";
    static final int DATELINE_WORDS = 4;
    private final int[] sentence;
    private final int[] start;
    private final int[] end;
    private final boolean[] masked;

    private Clauses(int[] sentence, int[] start, int[] end, boolean[] masked) {
        this.sentence = sentence;
        this.start = start;
        this.end = end;
        this.masked = masked;
    }

    static Clauses of(String text, List<Span> sentences, Words words, Hit[][] hits) {
        int n = words.size();
        int[] sentence = sentenceOfEachWord(sentences, words);
        boolean[] opens = new boolean[n];
        boolean[] dateline = new boolean[n];
        boolean[] plain = plainGaps(text, words);
        for (int w = 0; w < n; w++) {
            dateline[w] = w > 0 && !plain[w] && endsDateline(text, words, sentence, w);
            opens[w] = w == 0 || sentence[w] != sentence[w - 1] || !plain[w] && gapHas(text, words, w, CLAUSE_MARKS)
                    || isBoundary(hits[w]) || dateline[w];
        }
        int[] start = new int[n];
        int[] end = new int[n];
        for (int w = 0; w < n; w++) {
            start[w] = opens[w] ? w : start[w - 1];
        }
        for (int w = n - 1; w >= 0; w--) {
            end[w] = w == n - 1 || opens[w + 1] ? w + 1 : end[w + 1];
        }
        return new Clauses(sentence, start, end, masks(text, words, sentence, dateline, plain));
    }

    /**
     * Which words follow their previous word after one plain space: most do, and such a gap holds no mark, dash or
     * bracket, so the gap tests below can skip it.
     */
    private static boolean[] plainGaps(String text, Words words) {
        boolean[] plain = new boolean[words.size()];
        for (int w = 1; w < plain.length; w++) {
            int from = words.span(w - 1).end();
            plain[w] = words.span(w).start() == from + 1 && text.charAt(from) == ' ';
        }
        return plain;
    }

    int sentence(int w) {
        return sentence[w];
    }

    int start(int w) {
        return start[w];
    }

    int end(int w) {
        return end[w];
    }

    boolean masked(int w) {
        return masked[w];
    }

    private static int[] sentenceOfEachWord(List<Span> sentences, Words words) {
        int[] out = new int[words.size()];
        int s = 0;
        for (int w = 0; w < words.size(); w++) {
            int at = words.span(w).start();
            while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= at) {
                s++;
            }
            out[w] = s;
        }
        return out;
    }

    private static boolean isBoundary(Hit[] hits) {
        for (Hit h : hits) {
            if (h.sense() instanceof Sense.Cue c && c.role() == CueRole.BOUNDARY && c.rest().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text between word {@code w - 1} and word {@code w} holds one of {@code marks}. */
    private static boolean gapHas(String text, Words words, int w, String marks) {
        for (int i = words.span(w - 1).end(); i < words.span(w).start(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Masks the words between paired dashes and inside brackets; a dash that ends a dateline pairs with none. */
    private static boolean[] masks(String text, Words words, int[] sentence, boolean[] dateline, boolean[] plain) {
        boolean[] masked = new boolean[words.size()];
        List<Integer> dashes = new ArrayList<>();
        int open = -1;
        for (int w = 1; w < words.size(); w++) {
            if (sentence[w] != sentence[w - 1]) {
                maskPairs(masked, dashes, words.size());
                dashes.clear();
                open = -1;
            }
            if (plain[w]) {
                continue;
            }
            if (spacedDashBefore(text, words, w) && !dateline[w]) {
                dashes.add(w);
            }
            open = bracket(text, words, w, masked, open);
        }
        maskPairs(masked, dashes, words.size());
        return masked;
    }

    private static void maskPairs(boolean[] masked, List<Integer> dashes, int n) {
        for (int k = 0; k + 1 < dashes.size(); k += 2) {
            Arrays.fill(masked, dashes.get(k), Math.min(n, dashes.get(k + 1)), true);
        }
    }

    /** Tracks round brackets: returns the first word of an open bracket, masking the words once it closes. */
    private static int bracket(String text, Words words, int w, boolean[] masked, int open) {
        int o = open;
        for (int i = words.span(w - 1).end(); i < words.span(w).start(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                o = w;
            } else if (c == ')' && o >= 0) {
                Arrays.fill(masked, o, w, true);
                o = -1;
            }
        }
        return o;
    }

    /** Whether a spaced dash before word {@code w} ends the dateline of a sentence that opens a line. */
    private static boolean endsDateline(String text, Words words, int[] sentence, int w) {
        int first = w;
        while (first > 0 && sentence[first - 1] == sentence[w]) {
            if (w - --first > DATELINE_WORDS) {
                return false;
            }
        }
        return first < w && opensLine(text, words.span(first).start()) && bracketThenDashBefore(text, words, w);
    }

    /** Whether the gap before word {@code w} holds a closing bracket and then a spaced dash: {@code (رويترز) -}. */
    private static boolean bracketThenDashBefore(String text, Words words, int w) {
        boolean closed = false;
        for (int i = words.span(w - 1).end(); i < words.span(w).start(); i++) {
            char c = text.charAt(i);
            if (c == ')') {
                closed = true;
            } else if (closed && DASHES.indexOf(c) >= 0) {
                return spacedDashBefore(text, words, w);
            }
        }
        return false;
    }

    private static boolean opensLine(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean spacedDashBefore(String text, Words words, int w) {
        boolean dash = false;
        boolean space = false;
        for (int i = words.span(w - 1).end(); i < words.span(w).start(); i++) {
            char c = text.charAt(i);
            dash |= DASHES.indexOf(c) >= 0;
            space |= Character.isWhitespace(c);
        }
        return dash && space;
    }
}
