package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Scores the shipped model on the dev slice of ANERcorp's train split (the last 10 % of its sentences, held out
 * from training). The floor sits a few points under the measured score, so that a regression fails here.
 */
class SharedDevSetTest {
    /** Measured micro-F1 of the shipped model on the dev slice, see NOTICE.md beside the model. */
    static final double MEASURED = 0.7648;
    static final double FLOOR = 0.74;

    @Test
    void shippedModelKeepsItsDevSetScore() throws IOException {
        Path data = Path.of(System.getProperty("marsad.shared", "../shared"), "data", "anercorp", "train.txt");
        Assumptions.assumeTrue(Files.exists(data), () -> data + " absent: skipping the ANERcorp dev-set score");
        List<TaggedSentence> dev = NerTrainer.devSlice(readSentences(data), TrainingOptions.DEFAULT_DEV_FRACTION);
        NerEvaluation evaluation = NerTrainer.evaluate(NerTagger.load(), dev);
        double f1 = evaluation.micro().f1();
        assertTrue(f1 >= FLOOR, "dev micro-F1 " + f1 + " fell below " + FLOOR + " (measured " + MEASURED + "):\n"
                + String.join("\n", evaluation.report()));
    }

    private static List<TaggedSentence> readSentences(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConllReader.read(in, file.toString());
        }
    }
}
