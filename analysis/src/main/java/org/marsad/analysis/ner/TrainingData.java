package org.marsad.analysis.ner;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link NerTrainer} learns from, read by the caller: the analysis module reads no file.
 *
 * @param name       what the sentences were read from, for messages
 * @param sentences  labelled sentences (ANERcorp's train split), in file order: the last share is the dev slice
 * @param gazetteers name lists by type, in the order PERS, LOC, ORG (ANERGazet's persons, locations and
 *                   organizations); empty for none
 * @param unlabelled unlabelled news to learn word classes from, or null for none
 */
public record TrainingData(String name, List<TaggedSentence> sentences, List<List<String>> gazetteers, Texts unlabelled) {

    /** Texts given one after another, always in the same order, so that training is reproducible. */
    @FunctionalInterface
    public interface Texts {
        void forEach(Consumer<String> text) throws IOException;
    }

    public TrainingData {
        Objects.requireNonNull(name, "name");
        sentences = List.copyOf(sentences);
        gazetteers = List.copyOf(gazetteers);
        if (gazetteers.size() > 3) {
            throw new IllegalArgumentException("gazetteers must be at most 3 lists (PERS, LOC, ORG), got " + gazetteers.size());
        }
    }

    /** Sentences alone: no gazetteers and no unlabelled text. */
    public static TrainingData of(String name, List<TaggedSentence> sentences) {
        return new TrainingData(name, sentences, List.of(), null);
    }
}
