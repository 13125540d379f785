package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.analysis.ner.NerTagger;

/**
 * {@code marsad train ner} on the shared data: the model trained without the dev slice keeps its dev-set score,
 * and the model trained on every sentence is the shipped one, byte for byte.
 */
class TrainNerOnSharedDataTest {
    /** Measured dev micro-F1 of the held-out model, see NOTICE.md beside the shipped model. */
    static final double MEASURED = 0.7765;
    static final double FLOOR = 0.74;

    @TempDir
    Path dir;

    @Test
    void retrainsTheShippedModelAndKeepsTheDevSetScore() throws Exception {
        Path data = Shared.require("data/anercorp/train.txt");
        Path gazetteers = Shared.require("data/anergazet");
        Path corpus = Shared.require("corpora/ant-jawharafm");
        Path model = dir.resolve("model.bin.gz");
        Run run = Run.of("train", "ner", "--data", data.toString(), "--gazetteers", gazetteers.toString(),
                "--corpora", corpus.toString(), "--out", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        double f1 = Double.parseDouble(last.substring("micro-F1: ".length()));
        assertTrue(f1 >= FLOOR, "dev micro-F1 " + f1 + " fell below " + FLOOR + " (measured " + MEASURED + "):\n" + run.out());
        try (InputStream shipped = NerTagger.class.getResourceAsStream(NerTagger.MODEL_RESOURCE)) {
            assertNotNull(shipped, "the shipped model is missing");
            assertArrayEquals(shipped.readAllBytes(), Files.readAllBytes(model),
                    "the shipped model is not what 'marsad train ner' trains now: retrain it\n" + run.out());
        }
    }

    @Test
    void heldOutModelIsTheOneWrittenWhenAskedFor() throws Exception {
        Path data = Shared.require("data/anercorp/train.txt");
        Path model = dir.resolve("held-out.bin.gz");
        Run run = Run.of("train", "ner", "--data", data.toString(), "--gazetteers", "none", "--no-kb-names",
                "--corpora", "none", "--epochs", "2", "--held-out-model", "--out", model.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("wrote the held-out model"), run.out());
        assertTrue(!run.out().contains("final model,"), run.out());
        assertTrue(Files.size(model) > 0);
    }
}
