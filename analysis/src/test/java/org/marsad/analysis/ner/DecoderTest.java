package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecoderTest {
    private static final int L = Labels.COUNT;

    private static float[] emissions(int n, int... favourite) {
        float[] e = new float[n * L];
        for (int i = 0; i < n; i++) {
            e[i * L + favourite[i]] = 5;
        }
        return e;
    }

    @Test
    void picksTheBestScoringPath() {
        int bPers = Labels.index("B-PERS");
        int iPers = Labels.index("I-PERS");
        int[] path = Decoder.decode(emissions(3, Labels.O, bPers, iPers), 3, new float[Decoder.TRANSITIONS]);
        assertArrayEquals(new int[] {Labels.O, bPers, iPers}, path);
    }

    @Test
    void neverStartsAnEntityWithInside() {
        int iLoc = Labels.index("I-LOC");
        float[] e = emissions(2, iLoc, iLoc);
        int[] path = Decoder.decode(e, 2, new float[Decoder.TRANSITIONS]);
        assertEquals(Labels.index("B-LOC"), path[0], "I-LOC cannot open a sentence; B-LOC then I-LOC scores best");
        assertEquals(iLoc, path[1]);
    }

    @Test
    void neverContinuesAnEntityWithInsideOfAnotherType() {
        int bPers = Labels.index("B-PERS");
        int iOrg = Labels.index("I-ORG");
        int[] path = Decoder.decode(emissions(2, bPers, iOrg), 2, new float[Decoder.TRANSITIONS]);
        assertEquals(bPers, path[0]);
        assertTrue(Labels.allowed(path[0], path[1]));
    }

    @Test
    void transitionWeightsCount() {
        float[] transitions = new float[Decoder.TRANSITIONS];
        transitions[Decoder.transition(-1, Labels.index("B-ORG"))] = 10;
        int[] path = Decoder.decode(emissions(1, Labels.O), 1, transitions);
        assertEquals(Labels.index("B-ORG"), path[0]);
    }

    @Test
    void marginalsMatchBruteForceOverAllAllowedPaths() {
        Random random = new Random(1);
        int n = 3;
        float[] e = gaussians(random, n * L, 1);
        float[] t = gaussians(random, Decoder.TRANSITIONS, 1);
        double[] brute = new double[n * L];
        double z = 0;
        for (int a = 0; a < L; a++) {
            for (int b = 0; b < L; b++) {
                for (int c = 0; c < L; c++) {
                    int[] p = {a, b, c};
                    if (!Labels.allowed(-1, a) || !Labels.allowed(a, b) || !Labels.allowed(b, c)) {
                        continue;
                    }
                    double score = t[Decoder.transition(-1, a)] + t[Decoder.end(c)];
                    for (int i = 0; i < n; i++) {
                        score += e[i * L + p[i]] + (i > 0 ? t[Decoder.transition(p[i - 1], p[i])] : 0);
                    }
                    double w = Math.exp(score);
                    z += w;
                    for (int i = 0; i < n; i++) {
                        brute[i * L + p[i]] += w;
                    }
                }
            }
        }
        ForwardBackward.Sums sums = ForwardBackward.run(e, n, t);
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (int y = 0; y < L; y++) {
                assertEquals(brute[i * L + y] / z, sums.marginal(i, y), 1e-6);
                total += sums.marginal(i, y);
            }
            assertEquals(1, total, 1e-6);
        }
    }

    @Test
    void marginalsAlongAPathAreTheSumsMarginalsToTheBit() {
        Random random = new Random(11);
        for (int n : new int[] {1, 2, 3, 40, 301}) {
            float[] e = gaussians(random, n * L, 4);
            float[] t = gaussians(random, Decoder.TRANSITIONS, 1);
            ForwardBackward.Sums sums = ForwardBackward.run(e, n, t);
            int[] viterbi = Decoder.decode(e, n, t);
            int[] any = new int[n];
            for (int i = 0; i < n; i++) {
                any[i] = random.nextInt(L);
            }
            for (int[] path : List.of(viterbi, any)) {
                double[] marginals = ForwardBackward.pathMarginals(e, n, t, path);
                for (int i = 0; i < n; i++) {
                    assertEquals(sums.marginal(i, path[i]), marginals[i], 0.0, "token " + i + " of " + n);
                }
            }
        }
    }

    @Test
    void aWindowsMarginalsFarFromItsEdgesAreTheSentencesNearly() {
        Random random = new Random(13);
        int n = 80;
        float[] e = gaussians(random, n * L, 4);
        float[] t = gaussians(random, Decoder.TRANSITIONS, 1);
        int[] path = Decoder.decode(e, n, t);
        ForwardBackward.Transitions transitions = ForwardBackward.Transitions.of(t);
        double[] whole = ForwardBackward.pathMarginals(e, n, transitions, path);
        double[] window = ForwardBackward.windowMarginals(e, n, 30, 50, transitions, path);
        for (int i = 38; i < 42; i++) {
            assertEquals(whole[i], window[i - 30], 1e-3, "token " + i);
        }
        double[] head = ForwardBackward.windowMarginals(e, n, 0, 20, transitions, path);
        assertEquals(whole[0], head[0], 1e-3, "the sentence's own start weighs at a window that begins it");
    }

    @Test
    void refusesAWindowOutsideTheSentence() {
        float[] e = new float[3 * L];
        ForwardBackward.Transitions t = ForwardBackward.Transitions.of(new float[Decoder.TRANSITIONS]);
        int[] path = new int[3];
        assertThrows(IllegalArgumentException.class, () -> ForwardBackward.windowMarginals(e, 3, 1, 4, t, path));
        assertThrows(IllegalArgumentException.class, () -> ForwardBackward.windowMarginals(e, 3, 2, 2, t, path));
    }

    /** {@code size} draws of a Gaussian of deviation {@code scale}. */
    private static float[] gaussians(Random random, int size, double scale) {
        float[] out = new float[size];
        for (int k = 0; k < size; k++) {
            out[k] = (float) (scale * random.nextGaussian());
        }
        return out;
    }
}
