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
 * @param epochs      passes of stochastic gradient descent over the training sentences
 * @param seed        seed of the sentence order, fixed so that training is reproducible
 * @param kbNames     whether the names of the shipped knowledge base's actors (see
 *                    {@link org.marsad.analysis.kb.KnowledgeBase#shipped}) join the gazetteers
 */
public record TrainingOptions(Path data, Path gazetteers, Path corpora, double devFraction, int epochs, long seed,
                              boolean kbNames) {

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

    /** Options without the knowledge base's names. */
    public TrainingOptions(Path data, Path gazetteers, Path corpora, double devFraction, int epochs, long seed) {
        this(data, gazetteers, corpora, devFraction, epochs, seed, false);
    }

    public static TrainingOptions defaults(Path data) {
        return new TrainingOptions(data, null, null, DEFAULT_DEV_FRACTION, DEFAULT_EPOCHS, DEFAULT_SEED, false);
    }

    public TrainingOptions withGazetteers(Path directory) {
        return new TrainingOptions(data, directory, corpora, devFraction, epochs, seed, kbNames);
    }

    public TrainingOptions withCorpora(Path directory) {
        return new TrainingOptions(data, gazetteers, directory, devFraction, epochs, seed, kbNames);
    }

    public TrainingOptions withDevFraction(double fraction) {
        return new TrainingOptions(data, gazetteers, corpora, fraction, epochs, seed, kbNames);
    }

    public TrainingOptions withEpochs(int count) {
        return new TrainingOptions(data, gazetteers, corpora, devFraction, count, seed, kbNames);
    }

    public TrainingOptions withKbNames(boolean use) {
        return new TrainingOptions(data, gazetteers, corpora, devFraction, epochs, seed, use);
    }
}
