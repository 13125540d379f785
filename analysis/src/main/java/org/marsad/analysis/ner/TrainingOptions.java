package org.marsad.analysis.ner;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link NerTrainer} trains from and how.
 *
 * @param data        a {@code token TAG} file (ANERcorp's train split)
 * @param gazetteers  a directory with {@code persons.txt}, {@code locations.txt}, {@code organizations.txt}
 *                    (ANERGazet), or null for none
 * @param corpora     a directory of unlabelled news to learn word classes from, or null for none
 * @param devFraction the share of sentences, taken from the end of {@code data}, held out to score the model
 * @param epochs      passes of the perceptron over the training sentences
 * @param seed        seed of the sentence order, fixed so that training is reproducible
 */
public record TrainingOptions(Path data, Path gazetteers, Path corpora, double devFraction, int epochs, long seed) {

    public static final double DEFAULT_DEV_FRACTION = 0.1;
    public static final int DEFAULT_EPOCHS = 15;
    public static final long DEFAULT_SEED = 20070101L;

    public TrainingOptions {
        Objects.requireNonNull(data, "data must not be null");
        if (!(devFraction >= 0 && devFraction < 1)) {
            throw new IllegalArgumentException("devFraction must be within [0, 1), got " + devFraction);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
    }

    public static TrainingOptions defaults(Path data) {
        return new TrainingOptions(data, null, null, DEFAULT_DEV_FRACTION, DEFAULT_EPOCHS, DEFAULT_SEED);
    }

    public TrainingOptions withGazetteers(Path directory) {
        return new TrainingOptions(data, directory, corpora, devFraction, epochs, seed);
    }

    public TrainingOptions withCorpora(Path directory) {
        return new TrainingOptions(data, gazetteers, directory, devFraction, epochs, seed);
    }

    public TrainingOptions withDevFraction(double fraction) {
        return new TrainingOptions(data, gazetteers, corpora, fraction, epochs, seed);
    }

    public TrainingOptions withEpochs(int count) {
        return new TrainingOptions(data, gazetteers, corpora, devFraction, count, seed);
    }
}
