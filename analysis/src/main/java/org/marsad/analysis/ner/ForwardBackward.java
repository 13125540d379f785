package org.marsad.analysis.ner;

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

    private ForwardBackward() {
    }

    /** The sums of {@code n} tokens (n ≥ 1) with the given emission scores and transition weights. */
    static Sums run(float[] emissions, int n, float[] transitions) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one token, got " + n);
        }
        double[] transition = new double[Decoder.TRANSITIONS];
        for (int t = 0; t < transition.length; t++) {
            transition[t] = Decoder.isAllowed(t) ? Math.exp(transitions[t]) : 0;
        }
        double[] emission = shiftedExp(emissions, n);
        double[] alpha = new double[n * L];
        double[] scale = new double[n];
        forward(emission, transition, n, alpha, scale);
        double[] beta = backward(emission, transition, n, scale);
        double norm = 0;
        for (int y = 0; y < L; y++) {
            norm += alpha[(n - 1) * L + y] * transition[Decoder.end(y)];
        }
        return new Sums(alpha, beta, scale, emission, transition, norm);
    }

    /** exp of each emission score minus the largest of its token, which leaves the probabilities unchanged. */
    private static double[] shiftedExp(float[] emissions, int n) {
        double[] out = new double[n * L];
        for (int i = 0; i < n; i++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < L; y++) {
                max = Math.max(max, emissions[i * L + y]);
            }
            for (int y = 0; y < L; y++) {
                out[i * L + y] = Math.exp(emissions[i * L + y] - max);
            }
        }
        return out;
    }

    /** Sums over path prefixes ending in each (token, label), each token's divided by their total {@code scale[i]}. */
    private static void forward(double[] emission, double[] transition, int n, double[] alpha, double[] scale) {
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int y = 0; y < L; y++) {
                double sum = 0;
                if (i == 0) {
                    sum = transition[Decoder.transition(-1, y)];
                } else {
                    // a forbidden transition has probability 0: its term would add +0.0, which changes no bit
                    for (int p : Decoder.allowedBefore(y)) {
                        sum += alpha[(i - 1) * L + p] * transition[Decoder.transition(p, y)];
                    }
                }
                alpha[i * L + y] = sum * emission[i * L + y];
                total += alpha[i * L + y];
            }
            scale[i] = total;
            for (int y = 0; y < L; y++) {
                alpha[i * L + y] /= total;
            }
        }
    }

    /** Sums over path suffixes after each (token, label), divided by the forward scales of the later tokens. */
    private static double[] backward(double[] emission, double[] transition, int n, double[] scale) {
        double[] beta = new double[n * L];
        for (int y = 0; y < L; y++) {
            beta[(n - 1) * L + y] = transition[Decoder.end(y)];
        }
        for (int i = n - 2; i >= 0; i--) {
            for (int y = 0; y < L; y++) {
                double sum = 0;
                for (int next : Decoder.allowedAfter(y)) { // forbidden ones skipped, as in forward
                    sum += transition[Decoder.transition(y, next)] * emission[(i + 1) * L + next] * beta[(i + 1) * L + next];
                }
                beta[i * L + y] = sum / scale[i + 1];
            }
        }
        return beta;
    }
}
