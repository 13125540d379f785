package org.marsad.analysis.ner;

import java.util.Arrays;

/**
 * First-order Viterbi decoding over the labels, with transition weights and BIO constraints.
 *
 * <p>Rules:
 * <ul>
 *   <li>a path's score is the sum of its labels' emission scores, of the transition weights between consecutive
 *       labels, of a start weight for the first label and of an end weight for the last;</li>
 *   <li>transitions are laid out as {@code transitions[(previous + 1) * L + label]} with previous −1 for the
 *       sentence start, then the end weights at {@code transitions[(L + 1) * L + label]} (L = label count);</li>
 *   <li>transitions that {@link Labels#allowed} forbids (an {@code I-T} not after {@code B-T} or {@code I-T})
 *       are never taken;</li>
 *   <li>ties go to the lower label index, so decoding is deterministic.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class Decoder {
    static final int L = Labels.COUNT;
    static final int TRANSITIONS = (L + 1) * L + L;
    private static final float IMPOSSIBLE = Float.NEGATIVE_INFINITY;
    private static final boolean[] ALLOWED = allowedTable();

    private Decoder() {
    }

    static int transition(int previous, int label) {
        return (previous + 1) * L + label;
    }

    static boolean isAllowed(int transition) {
        return ALLOWED[transition];
    }

    static int end(int label) {
        return (L + 1) * L + label;
    }

    /** The best label path for {@code n} tokens. */
    static int[] decode(float[] emissions, int n, float[] transitions) {
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        int[] back = new int[n * L];
        float[] last = forward(emissions, n, transitions, back);
        int best = 0;
        float bestScore = IMPOSSIBLE;
        for (int y = 0; y < L; y++) {
            float s = last[y] + transitions[end(y)];
            if (s > bestScore) {
                bestScore = s;
                best = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            path[i] = best;
            best = back[i * L + best];
        }
        return path;
    }

    /**
     * The best score of a path prefix ending at each label of the last token, its emission included, filling in
     * the back pointers of every token; only two tokens' scores are kept at a time.
     *
     * <p>The candidates of all labels are weighed together, previous label by previous label in increasing
     * order, as each label's alone would be: nine independent comparisons at a time. A forbidden transition
     * weighs −∞ here, and its candidate never beats any, as if it were skipped.
     */
    private static float[] forward(float[] emissions, int n, float[] transitions, int[] back) {
        float[] allowed = new float[TRANSITIONS];
        for (int t = 0; t < TRANSITIONS; t++) {
            allowed[t] = ALLOWED[t] ? transitions[t] : IMPOSSIBLE;
        }
        float[] score = new float[L];
        float[] previous = new float[L];
        for (int y = 0; y < L; y++) {
            score[y] = allowed[transition(-1, y)] + emissions[y];
        }
        for (int i = 1; i < n; i++) {
            float[] swap = previous;
            previous = score;
            score = swap;
            Arrays.fill(score, IMPOSSIBLE);
            for (int p = 0; p < L; p++) {
                float from = previous[p];
                int t = transition(p, 0);
                for (int y = 0; y < L; y++) {
                    float s = from + allowed[t + y];
                    if (s > score[y]) {
                        score[y] = s;
                        back[i * L + y] = p;
                    }
                }
            }
            for (int y = 0; y < L; y++) {
                score[y] += emissions[i * L + y];
            }
        }
        return score;
    }

    private static boolean[] allowedTable() {
        boolean[] allowed = new boolean[TRANSITIONS];
        Arrays.fill(allowed, true);
        for (int p = -1; p < L; p++) {
            for (int y = 0; y < L; y++) {
                allowed[transition(p, y)] = Labels.allowed(p, y);
            }
        }
        return allowed;
    }
}
