package org.marsad.analysis.ner;

import java.util.Arrays;

/**
 * Label marginals of a linear-chain model: the probability of each label at each token, summed over all paths,
 * when a path's probability is proportional to the exponential of its {@link Decoder} score.
 *
 * <p>Rules: the paths are those {@link Decoder} may take (forbidden BIO transitions have probability 0);
 * forward and backward sums are rescaled at every token (emissions shifted by their maximum, sums divided by their
 * total), so long sentences neither overflow nor underflow. Stateless and thread-safe.
 */
final class ForwardBackward {
    private static final int L = Labels.COUNT;

    /** The forward and backward sums of a sentence and what turns them into probabilities. */
    record Sums(double[] alpha, double[] beta, double[] scale, double[] emission, double[] transition, double norm) {

        /** P(label at token i = y). */
        double marginal(int i, int y) {
            return alpha[i * L + y] * beta[i * L + y] / norm;
        }

        /** P(label at i − 1 = previous and label at i = y), for i ≥ 1. */
        double pair(int i, int previous, int y) {
            return alpha[(i - 1) * L + previous] * transition[Decoder.transition(previous, y)] * emission[i * L + y]
                    * beta[i * L + y] / (scale[i] * norm);
        }
    }

    /** The weights at a window's edge inside a sentence: any label may stand before or after it. */
    private static final double[] OPEN_EDGE = openEdge();

    private ForwardBackward() {
    }

    /** The sums of {@code n} tokens (n ≥ 1) with the given emission scores and transition weights. */
    static Sums run(float[] emissions, int n, float[] transitions) {
        requireTokens(n);
        double[] transition = transitionProbabilities(transitions);
        double[] emission = shiftedExp(emissions, 0, n);
        double[] alpha = new double[n * L];
        double[] scale = new double[n];
        double[] start = startWeights(transition);
        for (int i = 0; i < n; i++) {
            scale[i] = forwardRow(emission, transition, start, i, alpha, (i - 1) * L, alpha, i * L);
        }
        double[] beta = new double[n * L];
        double[] byNext = byNext(transition);
        double[] end = endWeights(transition);
        System.arraycopy(end, 0, beta, (n - 1) * L, L);
        for (int i = n - 2; i >= 0; i--) {
            backwardRow(emission, byNext, scale, i, beta, (i + 1) * L, beta, i * L);
        }
        return new Sums(alpha, beta, scale, emission, transition, norm(alpha, (n - 1) * L, end));
    }

    /**
     * P(label at token i = path[i]) for every token: {@link Sums#marginal} along one label path, to the bit,
     * without keeping the sums of every token and label (two tokens' worth are enough), which a tagger that
     * only wants the probabilities of its own path need not allocate.
     */
    static double[] pathMarginals(float[] emissions, int n, float[] transitions, int[] path) {
        return pathMarginals(emissions, n, Transitions.of(transitions), path);
    }

    /**
     * The probabilities of a model's transition weights, worked out once for all its sentences: exp of each
     * weight (0 for a forbidden transition), the same next label first (see {@link #byNext}), and the weights of
     * each label at a sentence's first and last token ({@code start}, {@code end}).
     */
    record Transitions(double[] probabilities, double[] byNext, double[] start, double[] end) {

        static Transitions of(float[] weights) {
            double[] probabilities = transitionProbabilities(weights);
            return new Transitions(probabilities, ForwardBackward.byNext(probabilities), startWeights(probabilities),
                    endWeights(probabilities));
        }
    }

    /** As {@link #pathMarginals(float[], int, float[], int[])}, with the transitions' probabilities given. */
    static double[] pathMarginals(float[] emissions, int n, Transitions transitions, int[] path) {
        requireTokens(n);
        return windowMarginals(emissions, n, 0, n, transitions, path);
    }

    /**
     * P(label at token i = path[i]) for the tokens {@code [from, to)} of a sentence of {@code n} tokens, worked
     * out on those tokens alone: where the window's edge is inside the sentence, any label may come before its
     * first token or after its last (weight 1), where the sentence's own edges keep their start and end weights.
     * Element i − from of the answer is token i's. The whole sentence, {@code [0, n)}, gives {@link #pathMarginals}
     * to the bit; a window some tokens wider than the tokens wanted gives their marginals nearly as well, since
     * what a label says of the labels around it fades within a few tokens.
     */
    static double[] windowMarginals(float[] emissions, int n, int from, int to, Transitions transitions, int[] path) {
        if (from < 0 || to > n || from >= to) {
            throw new IllegalArgumentException("need a window of tokens within [0, " + n + "), got [" + from + ", " + to + ")");
        }
        int m = to - from;
        double[] transition = transitions.probabilities();
        double[] start = from == 0 ? transitions.start() : OPEN_EDGE;
        double[] end = to == n ? transitions.end() : OPEN_EDGE;
        double[] emission = shiftedExp(emissions, from, to);
        double[] scale = new double[m];
        double[] alphaOnPath = new double[m];
        double[] rows = new double[2 * L];
        for (int i = 0; i < m; i++) {
            int row = (i & 1) * L;
            scale[i] = forwardRow(emission, transition, start, i, rows, L - row, rows, row);
            alphaOnPath[i] = rows[row + path[from + i]];
        }
        double norm = norm(rows, ((m - 1) & 1) * L, end);
        double[] marginals = new double[m];
        double[] byNext = transitions.byNext();
        System.arraycopy(end, 0, rows, ((m - 1) & 1) * L, L);
        for (int i = m - 1; i >= 0; i--) {
            int row = (i & 1) * L;
            if (i < m - 1) {
                backwardRow(emission, byNext, scale, i, rows, L - row, rows, row);
            }
            marginals[i] = alphaOnPath[i] * rows[row + path[from + i]] / norm;
        }
        return marginals;
    }

    private static void requireTokens(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one token, got " + n);
        }
    }

    /** exp of each allowed transition weight, 0 for a forbidden one. */
    private static double[] transitionProbabilities(float[] transitions) {
        double[] transition = new double[Decoder.TRANSITIONS];
        for (int t = 0; t < transition.length; t++) {
            transition[t] = Decoder.isAllowed(t) ? Math.exp(transitions[t]) : 0;
        }
        return transition;
    }

    /**
     * exp of each emission score of tokens [from, to) minus the largest of its token, which leaves the
     * probabilities unchanged; token from's at 0.
     */
    private static double[] shiftedExp(float[] emissions, int from, int to) {
        double[] out = new double[(to - from) * L];
        for (int i = from; i < to; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) {
                max = Math.max(max, emissions[i * L + y]);
            }
            for (int y = 0; y < L; y++) {
                out[(i - from) * L + y] = Math.exp(emissions[i * L + y] - max);
            }
        }
        return out;
    }

    private static double[] openEdge() {
        double[] out = new double[L];
        Arrays.fill(out, 1);
        return out;
    }

    /** The weights of a label at the first token: its start transition's probability. */
    private static double[] startWeights(double[] transition) {
        double[] out = new double[L];
        for (int y = 0; y < L; y++) {
            out[y] = transition[Decoder.transition(-1, y)];
        }
        return out;
    }

    /** The weights of a label at the last token: its end transition's probability. */
    private static double[] endWeights(double[] transition) {
        double[] out = new double[L];
        for (int y = 0; y < L; y++) {
            out[y] = transition[Decoder.end(y)];
        }
        return out;
    }

    /**
     * The sums over path prefixes ending in each label at token i, into {@code alpha[to..]}, from those of token
     * i − 1 at {@code previous[from..]} (unread for i = 0, whose labels weigh {@code start}), divided by their
     * total; returns that total.
     *
     * <p>The sums of all labels grow together, previous label by previous label, each in the order of a sum
     * label by label: the same additions, but nine independent ones at a time. A forbidden transition has
     * probability 0, and its term adds +0.0, which changes no bit of a sum of non-negative terms.
     */
    private static double forwardRow(double[] emission, double[] transition, double[] start, int i, double[] previous,
                                     int from, double[] alpha, int to) {
        if (i == 0) {
            for (int y = 0; y < L; y++) {
                alpha[to + y] = start[y] * emission[y];
            }
        } else {
            Arrays.fill(alpha, to, to + L, 0);
            for (int p = 0; p < L; p++) {
                double a = previous[from + p];
                int t = Decoder.transition(p, 0);
                for (int y = 0; y < L; y++) {
                    alpha[to + y] += a * transition[t + y];
                }
            }
            for (int y = 0; y < L; y++) {
                alpha[to + y] *= emission[i * L + y];
            }
        }
        double total = 0;
        for (int y = 0; y < L; y++) {
            total += alpha[to + y];
        }
        for (int y = 0; y < L; y++) {
            alpha[to + y] /= total;
        }
        return total;
    }

    /**
     * The sums over path suffixes after each label at token i, into {@code beta[to..]}, from those after token
     * i + 1 at {@code next[from..]}, divided by the forward scale of token i + 1; {@code byNext} holds the
     * transition probabilities next label first (see {@link #byNext}), so that all labels' sums grow together
     * as in {@link #forwardRow}.
     */
    private static void backwardRow(double[] emission, double[] byNext, double[] scale, int i, double[] next,
                                    int from, double[] beta, int to) {
        Arrays.fill(beta, to, to + L, 0);
        for (int k = 0; k < L; k++) {
            double e = emission[(i + 1) * L + k];
            double b = next[from + k];
            for (int y = 0; y < L; y++) {
                beta[to + y] += byNext[k * L + y] * e * b;
            }
        }
        for (int y = 0; y < L; y++) {
            beta[to + y] /= scale[i + 1];
        }
    }

    /** The probability of label y then label k at {@code [k * L + y]}. */
    private static double[] byNext(double[] transition) {
        double[] out = new double[L * L];
        for (int y = 0; y < L; y++) {
            for (int k = 0; k < L; k++) {
                out[k * L + y] = transition[Decoder.transition(y, k)];
            }
        }
        return out;
    }

    /** The sum over all paths, relative to the scales: the last token's forward sums times the end weights. */
    private static double norm(double[] alpha, int last, double[] end) {
        double norm = 0;
        for (int y = 0; y < L; y++) {
            norm += alpha[last + y] * end[y];
        }
        return norm;
    }
}
