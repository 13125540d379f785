package org.marsad.analysis.ner;

/**
 * A linear-chain conditional random field over dense feature ids, trained by stochastic gradient descent with
 * L2 regularization and iterate averaging. Its emission weights are laid out as in {@link Weights} (row per
 * feature id, one weight per label) and its transitions as in {@link Decoder}.
 *
 * <p>Rules:
 * <ul>
 *   <li>the objective is the mean negative log-likelihood of the gold label paths plus {@code l2 / 2} times the
 *       squared norm of all weights; a path's probability follows {@link ForwardBackward};</li>
 *   <li>each step follows one sentence's gradient (gold feature counts minus their expectations) with rate
 *       {@code rate / (1 + rate * l2 * t / N)} at step t, N being the number of training sentences;</li>
 *   <li>the L2 decay is kept as one shared scale factor (weights = scale × stored values), so a step costs only
 *       its sentence's features; the factor is folded into the values when it falls below {@value #MIN_SCALE};</li>
 *   <li>the result is the mean of the weights taken every {@value #AVERAGE_EVERY} steps after the first epoch:
 *       single SGD iterates swing by a point of F1 from one step to the next, their mean does not;</li>
 *   <li>sums run in the order the caller presents sentences, so training is deterministic.</li>
 * </ul>
 * Not thread-safe.
 */
final class Crf {
    static final int AVERAGE_EVERY = 50;
    private static final double MIN_SCALE = 1e-6;
    private static final int L = Labels.COUNT;

    private final float[] weights;
    private final float[] transitions = new float[Decoder.TRANSITIONS];
    private final double[] weightSum;
    private final double[] transitionSum = new double[Decoder.TRANSITIONS];
    private final double l2;
    private final double rate;
    private final int sentences;
    private double scale = 1;
    private long step;
    private int snapshots;

    /** A training sentence: its feature ids per token ({@link Features} layout) and its gold labels. */
    record Example(int[] ids, int[] offsets, int[] gold) {
    }

    Crf(int features, int sentences, double l2, double rate) {
        if (!(l2 > 0) || !(rate > 0)) {
            throw new IllegalArgumentException("l2 and rate must be positive, got " + l2 + " and " + rate);
        }
        this.weights = new float[features * L];
        this.weightSum = new double[features * L];
        this.sentences = sentences;
        this.l2 = l2;
        this.rate = rate;
    }

    /** One gradient step on {@code example}. */
    void learn(Example example) {
        int n = example.gold().length;
        float[] emissions = emissions(example, weights, (float) scale);
        ForwardBackward.Sums sums = ForwardBackward.run(emissions, n, scaled(transitions, scale));
        double stepRate = rate / (1 + rate * l2 * step / sentences);
        scale *= 1 - stepRate * l2 / sentences;
        float gain = (float) (stepRate / scale);
        emissionGradient(example, sums, gain);
        transitionGradient(example.gold(), sums, gain);
        step++;
        if (scale < MIN_SCALE) {
            fold();
        }
        if (step > sentences && step % AVERAGE_EVERY == 0) {
            snapshot();
        }
    }

    /** The averaged emission weights. */
    float[] averagedWeights() {
        return average(weightSum, weights);
    }

    /** The averaged transition weights. */
    float[] averagedTransitions() {
        return average(transitionSum, transitions);
    }

    /** Label scores of an example's tokens under {@code w} times {@code factor}, laid out as {@link Weights#emissions}. */
    static float[] emissions(Example example, float[] w, float factor) {
        int n = example.gold().length;
        float[] out = new float[n * L];
        for (int i = 0; i < n; i++) {
            for (int k = example.offsets()[i]; k < example.offsets()[i + 1]; k++) {
                int row = example.ids()[k] * L;
                for (int y = 0; y < L; y++) {
                    out[i * L + y] += w[row + y];
                }
            }
            for (int y = 0; y < L; y++) {
                out[i * L + y] *= factor;
            }
        }
        return out;
    }

    private void emissionGradient(Example example, ForwardBackward.Sums sums, float gain) {
        float[] delta = new float[L];
        for (int i = 0; i < example.gold().length; i++) {
            for (int y = 0; y < L; y++) {
                delta[y] = gain * (float) ((example.gold()[i] == y ? 1 : 0) - sums.marginal(i, y));
            }
            for (int k = example.offsets()[i]; k < example.offsets()[i + 1]; k++) {
                int row = example.ids()[k] * L;
                for (int y = 0; y < L; y++) {
                    weights[row + y] += delta[y];
                }
            }
        }
    }

    private void transitionGradient(int[] gold, ForwardBackward.Sums sums, float gain) {
        int n = gold.length;
        transitions[Decoder.transition(-1, gold[0])] += gain;
        transitions[Decoder.end(gold[n - 1])] += gain;
        for (int y = 0; y < L; y++) {
            transitions[Decoder.transition(-1, y)] -= gain * (float) sums.marginal(0, y);
            transitions[Decoder.end(y)] -= gain * (float) sums.marginal(n - 1, y);
        }
        for (int i = 1; i < n; i++) {
            transitions[Decoder.transition(gold[i - 1], gold[i])] += gain;
            for (int p = 0; p < L; p++) {
                for (int y = 0; y < L; y++) {
                    int t = Decoder.transition(p, y);
                    if (Decoder.isAllowed(t)) {
                        transitions[t] -= gain * (float) sums.pair(i, p, y);
                    }
                }
            }
        }
    }

    private void snapshot() {
        for (int k = 0; k < weights.length; k++) {
            weightSum[k] += weights[k] * scale;
        }
        for (int k = 0; k < transitions.length; k++) {
            transitionSum[k] += transitions[k] * scale;
        }
        snapshots++;
    }

    private float[] average(double[] sum, float[] current) {
        if (snapshots == 0) {
            return scaled(current, scale);
        }
        float[] out = new float[sum.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = (float) (sum[k] / snapshots);
        }
        return out;
    }

    private void fold() {
        float s = (float) scale;
        for (int k = 0; k < weights.length; k++) {
            weights[k] *= s;
        }
        for (int k = 0; k < transitions.length; k++) {
            transitions[k] *= s;
        }
        scale = 1;
    }

    private static float[] scaled(float[] values, double scale) {
        float[] out = new float[values.length];
        float s = (float) scale;
        for (int k = 0; k < values.length; k++) {
            out[k] = values[k] * s;
        }
        return out;
    }
}
