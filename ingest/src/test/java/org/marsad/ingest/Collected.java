package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.article.Article;

/** Test helper: the items of one reading, in order, with short ways to look at them. */
final class Collected {
    final List<InputItem> items = new ArrayList<>();

    static Collected read(Path... paths) {
        return read(ReadOptions.defaults(), paths);
    }

    static Collected read(ReadOptions options, Path... paths) {
        Collected collected = new Collected();
        List<String> locations = new ArrayList<>();
        for (Path path : paths) {
            locations.add(path.toString());
        }
        Inputs.read(locations, options, collected.items::add);
        return collected;
    }

    static Collected readBytes(String origin, byte[] bytes) {
        Collected collected = new Collected();
        Inputs.read(origin, new ByteArrayInputStream(bytes), ReadOptions.defaults(), collected.items::add);
        return collected;
    }

    static Collected readText(String origin, String text) {
        return readBytes(origin, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path path, String text) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        return Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    List<Article> articles() {
        return items.stream().filter(InputItem.Read.class::isInstance).map(i -> ((InputItem.Read) i).article()).toList();
    }

    List<InputItem.Failed> failures() {
        return items.stream().filter(InputItem.Failed.class::isInstance).map(InputItem.Failed.class::cast).toList();
    }

    List<String> origins() {
        return items.stream().map(InputItem::origin).toList();
    }

    /** The only item, which must be an article. */
    Article onlyArticle() {
        assertEquals(1, items.size(), () -> "expected one item, got " + items);
        return assertInstanceOf(InputItem.Read.class, items.get(0), () -> "expected an article, got " + items).article();
    }

    /** The only item, which must be a failure. */
    InputItem.Failed onlyFailure() {
        assertEquals(1, items.size(), () -> "expected one item, got " + items);
        return assertInstanceOf(InputItem.Failed.class, items.get(0), () -> "expected a failure, got " + items);
    }
}
