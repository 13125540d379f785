package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading in bounded memory: multi-article files stream record by record and over-long texts are refused, not
 * buffered. Surefire runs tests with -Xmx2g; buffering a 50 MB line as a String a few times over, or keeping
 * 100,000 articles, would still fit there, so these tests also check the shape of what comes out.
 */
class BoundedMemoryTest {
    private static final int FIFTY_MEGABYTES = 50 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void streamsAHundredThousandTinyArticlesThroughTheSink() throws IOException {
        Path file = dir.resolve("tiny.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 100_000; i++) {
                out.write("{\"id\": \"" + i + "\", \"title\": \"خبر " + i + "\", \"text\": \"نص قصير رقم " + i + "\"}\n");
            }
        }
        int[] read = {0};
        List<InputItem> failures = new ArrayList<>();
        String[] last = {null};

        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), item -> {
            if (item instanceof InputItem.Read article) {
                read[0]++;
                last[0] = article.origin();
            } else {
                failures.add(item);
            }
        });

        assertEquals(List.of(), failures);
        assertEquals(100_000, read[0]);
        assertEquals(file + "#100000", last[0]);
    }

    @Test
    void refusesAFiftyMegabyteFileWithoutLineBreaksAsOneFailure() throws IOException {
        Path file = dir.resolve("one-line.txt");
        writeRepeated(file, "", Fixtures.RAIN.replace('.', '،') + " ", "");

        List<InputItem> items = new ArrayList<>();
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), items::add);

        assertEquals(List.of(new InputItem.Failed(file.toString(),
                "article exceeds 2000000 characters; raise --max-article-chars")), items);
    }

    @Test
    void refusesAFiftyMegabyteJsonLineAndReadsTheLineAfterIt() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        writeRepeated(file, "{\"title\": \"ضخم\", \"text\": \"", Fixtures.FINAL, "\"}\n{\"text\": \"" + Fixtures.RAIN + "\"}\n");

        List<InputItem> items = new ArrayList<>();
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), items::add);

        assertEquals(new InputItem.Failed(file + ":1", "article exceeds 2000000 characters; raise --max-article-chars"),
                items.get(0));
        assertEquals(2, items.size());
        assertEquals(Fixtures.RAIN, ((InputItem.Read) items.get(1)).article().text());
    }

    @Test
    void refusesAFiftyMegabyteStringInAJsonArray() throws IOException {
        Path file = dir.resolve("huge.json");
        writeRepeated(file, "[{\"content\": \"", Fixtures.LIBRARY, "\"}]");

        List<InputItem> items = new ArrayList<>();
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), items::add);

        assertEquals(List.of(new InputItem.Failed(file + "#1", "article exceeds 2000000 characters; "
                + "raise --max-article-chars; the rest of the file was not read")), items);
    }

    /** Writes head, then body repeated to about 50 MB, then tail, without holding it in memory. */
    private static void writeRepeated(Path file, String head, String body, String tail) throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
             BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8))) {
            out.write(head);
            long written = 0;
            int bodyBytes = body.getBytes(StandardCharsets.UTF_8).length;
            while (written < FIFTY_MEGABYTES) {
                out.write(body);
                written += bodyBytes;
            }
            out.write(tail);
        }
    }
}
