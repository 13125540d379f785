package org.marsad.analysis.ner;

import java.util.Arrays;
import java.util.stream.IntStream;

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
    /** For each label, the labels that may come before it, in increasing order; then those that may follow it. */
    private static final int[][] BEFORE = neighbours(true);
    private static final int[][] AFTER = neighbours(false);

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

    /** The labels that may come before {@code label}, in increasing order; not to be written. */
    static int[] allowedBefore(int label) {
        return BEFORE[label];
    }

    /** The labels that may follow {@code label}, in increasing order; not to be written. */
    static int[] allowedAfter(int label) {
        return AFTER[label];
    }

    /** The best label path for {@code n} tokens. */
    static int[] decode(float[] emissions, int n, float[] transitions) {
        int[] path = new int[n];
        if (n == 0) {
            return path;
        }
        float[] score = new float[n * L];
        int[] back = new int[n * L];
        forward(emissions, n, transitions, score, back);
        int best = 0;
        float bestScore = IMPOSSIBLE;
        for (int y = 0; y < L; y++) {
            float s = score[(n - 1) * L + y] + transitions[end(y)];
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

    /** Best score of a path prefix ending at each (token, label), its emission included, with back pointers. */
    private static void forward(float[] emissions, int n, float[] transitions, float[] score, int[] back) {
        for (int y = 0; y < L; y++) {
            score[y] = ALLOWED[transition(-1, y)] ? transitions[transition(-1, y)] + emissions[y] : IMPOSSIBLE;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < L; y++) {
                float best = IMPOSSIBLE;
                int arg = 0;
                for (int p : BEFORE[y]) {
                    float s = score[(i - 1) * L + p] + transitions[transition(p, y)];
                    if (s > best) {
                        best = s;
                        arg = p;
                    }
                }
                score[i * L + y] = best + emissions[i * L + y];
                back[i * L + y] = arg;
            }
        }
    }

    private static int[][] neighbours(boolean before) {
        int[][] out = new int[L][];
        for (int y = 0; y < L; y++) {
            int label = y;
            out[y] = IntStream.range(0, L)
                    .filter(other -> ALLOWED[before ? transition(other, label) : transition(label, other)])
                    .toArray();
        }
        return out;
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
