package org.marsad.analysis.ner;

/**
 * How {@link NerTrainer} trains.
 *
 * @param devFraction the share of sentences, taken from the end of the data, held out to score the model
 * @param epochs      passes of stochastic gradient descent over the training sentences
 * @param seed        seed of the sentence order and the word classes, fixed so that training is reproducible
 * @param kbNames     whether the names of the shipped knowledge base's actors (see
 *                    {@link org.marsad.analysis.kb.KnowledgeBase#shipped}) join the gazetteers
 */
public record TrainingOptions(double devFraction, int epochs, long seed, boolean kbNames) {

    public static final double DEFAULT_DEV_FRACTION = 0.1;
    public static final int DEFAULT_EPOCHS = 15;
    public static final long DEFAULT_SEED = 20070101L;

    public TrainingOptions {
        if (!(devFraction >= 0 && devFraction < 1)) {
            throw new IllegalArgumentException("devFraction must be within [0, 1), got " + devFraction);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
    }

    /** The defaults, without the knowledge base's names. */
    public static TrainingOptions defaults() {
        return new TrainingOptions(DEFAULT_DEV_FRACTION, DEFAULT_EPOCHS, DEFAULT_SEED, false);
    }

    public TrainingOptions withDevFraction(double fraction) {
        return new TrainingOptions(fraction, epochs, seed, kbNames);
    }

    public TrainingOptions withEpochs(int count) {
        return new TrainingOptions(devFraction, count, seed, kbNames);
    }

    public TrainingOptions withKbNames(boolean use) {
        return new TrainingOptions(devFraction, epochs, seed, use);
    }
}
