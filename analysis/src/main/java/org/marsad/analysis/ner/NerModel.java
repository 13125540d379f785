package org.marsad.analysis.ner;

import java.util.Arrays;
import java.util.Objects;
import org.marsad.text.ArabicNormalizer;

/**
 * A trained tagger's parameters: the lexicons its features consult, the emission and transition weights, and a
 * probe of the normalizer it was trained with.
 *
 * <p>The normalizer probe is {@link #PROBE} as the training run's {@link ArabicNormalizer} normalized it: the
 * features see normalized words, so a model only works as measured with the normalization it was trained with,
 * and a change there must be detectable (see {@link NerTagger#normalizerMatchesModel}).
 */
record NerModel(Lexicons lexicons, Weights weights, float[] transitions, String normalizerProbe) {

    /** Spelling variants that the steps of {@link ArabicNormalizer} touch. */
    static final String PROBE = "أإآٱ ؤئ ى ة ک ی ـ َ ٣ ﻻ \u200f";

    NerModel {
        Objects.requireNonNull(lexicons, "lexicons must not be null");
        Objects.requireNonNull(weights, "weights must not be null");
        Objects.requireNonNull(normalizerProbe, "normalizerProbe must not be null");
        if (transitions.length != Decoder.TRANSITIONS) {
            throw new IllegalArgumentException(
                    "need " + Decoder.TRANSITIONS + " transition weights, got " + transitions.length);
        }
        transitions = transitions.clone();
    }

    static String currentProbe() {
        return ArabicNormalizer.normalize(PROBE);
    }

    /** This model with other emission weights. */
    NerModel withWeights(Weights other) {
        return new NerModel(lexicons, other, transitions, normalizerProbe);
    }

    @Override
    public float[] transitions() {
        return transitions.clone();
    }

    /** The transitions without a copy, for the decoder's hot path; never to be written. */
    float[] transitionsView() {
        return transitions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NerModel m && weights.equals(m.weights) && Arrays.equals(transitions, m.transitions)
                && normalizerProbe.equals(m.normalizerProbe);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights, Arrays.hashCode(transitions), normalizerProbe);
    }

    @Override
    public String toString() {
        return "NerModel[" + weights.size() + " weight rows]";
    }
}
