package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.analysis.ner.TrainingData;

class TrainingFilesTest {
    @TempDir
    Path dir;

    @Test
    void namesTheFileInACoNLLError() throws IOException {
        Path file = Files.writeString(dir.resolve("gold.txt"), "x O\ny Z\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrainingFiles.sentences(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
    }

    @Test
    void readsCorpusTextsFileByFileInSortedOrder() throws IOException {
        Files.createDirectories(dir.resolve("corpus/b"));
        Files.writeString(dir.resolve("corpus/b/2.txt"), "<TEXT>ثالث</TEXT>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corpus/1.txt"), "<DOC><TEXT>أول</TEXT><TEXT>ثان</TEXT></DOC>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corpus/notes.md"), "ليس نصا", StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        TrainingFiles.texts(dir.resolve("corpus")).forEach(texts::add);
        assertEquals(List.of("أول", "ثان", "ثالث"), texts);
    }

    @Test
    void refusesACorpusDirectoryWithoutText() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> TrainingFiles.texts(dir.resolve("empty")));
        assertTrue(e.getMessage().contains("no .txt files under"), e.getMessage());
    }

    @Test
    void readsTheThreeGazetteerListsInTypeOrder() throws IOException {
        Path train = Files.writeString(dir.resolve("train.txt"), "زيد B-PERS\n", StandardCharsets.UTF_8);
        Path gazetteers = Files.createDirectories(dir.resolve("gazetteers"));
        Files.writeString(gazetteers.resolve("persons.txt"), "زيد\nعمرو\n", StandardCharsets.UTF_8);
        Files.writeString(gazetteers.resolve("locations.txt"), "تونس\n", StandardCharsets.UTF_8);
        Files.writeString(gazetteers.resolve("organizations.txt"), "", StandardCharsets.UTF_8);
        TrainingData data = TrainingFiles.read(train, gazetteers, null);
        assertEquals(List.of(List.of("زيد", "عمرو"), List.of("تونس"), List.of()), data.gazetteers());
        assertEquals(1, data.sentences().size());
        assertEquals(null, data.unlabelled());
    }
}
