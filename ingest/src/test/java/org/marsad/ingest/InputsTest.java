package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
    @TempDir
    Path dir;

    @Test
    void refusesABlankLocationQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inputs.read(List.of("a.txt", "  "), ReadOptions.defaults(), item -> { }));

        assertEquals("location must name a file, a directory or \"-\", got '  '", e.getMessage());
    }

    @Test
    void refusesMisuseBeforeReadingAnything() throws Exception {
        Path file = Collected.write(dir.resolve("a.txt"), Fixtures.RAIN);
        List<InputItem> items = new ArrayList<>();

        assertThrows(IllegalArgumentException.class,
                () -> Inputs.read(List.of(file.toString(), ""), ReadOptions.defaults(), items::add));

        assertEquals(List.of(), items);
    }

    @Test
    void refusesNullArgumentsNamingThem() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Inputs.read(List.of("a.txt"), null, item -> { }));

        assertEquals("options", e.getMessage());
    }

    @Test
    void refusesABlankOriginForAStream() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Inputs.read("", InputStream.nullInputStream(), ReadOptions.defaults(), item -> { }));

        assertEquals("origin must name the input, got ''", e.getMessage());
    }

    @Test
    void refusesLimitsBelowOneQuotingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ReadOptions(0, 10));

        assertEquals("maxArticleChars must be at least 1, got 0", e.getMessage());
        assertEquals("maxPageChars must be at least 1, got -5",
                assertThrows(IllegalArgumentException.class, () -> ReadOptions.defaults().withMaxPageChars(-5)).getMessage());
    }

    @Test
    void defaultsToTwoMillionCharactersPerArticle() {
        assertEquals(2_000_000, ReadOptions.defaults().maxArticleChars());
    }

    @Test
    void letsAnExceptionOfTheConsumerThroughUnchanged() throws Exception {
        Path file = Collected.write(dir.resolve("a.jsonl"), "{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n");
        UncheckedIOException closedOutput = new UncheckedIOException(new IOException("broken pipe"));
        List<InputItem> seen = new ArrayList<>();

        UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
                () -> Inputs.read(List.of(file.toString()), ReadOptions.defaults(), item -> {
                    seen.add(item);
                    throw closedOutput;
                }));

        assertSame(closedOutput, thrown);
        assertEquals(1, seen.size());
    }

    @Test
    void leavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        InputStream upload = new ByteArrayInputStream(Fixtures.RAIN.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        Inputs.read("upload", upload, ReadOptions.defaults(), item -> { });

        assertEquals(false, closed[0]);
    }

    @Test
    void leavesTheCallersStreamOpenAfterAFeed() {
        boolean[] closed = {false};
        String feed = "<rss><channel><item><title>أ</title><description>ب</description></item></channel></rss>";
        InputStream upload = new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        List<InputItem> items = new ArrayList<>();

        Inputs.read("feed.rss", upload, ReadOptions.defaults(), items::add);

        assertEquals(1, items.size());
        assertEquals(false, closed[0]);
    }

    @Test
    void wordsAPermissionErrorForPeople() {
        assertEquals("cannot read: permission denied", Reading.describe(new AccessDeniedException("/data/x.txt")));
    }

    @Test
    void printsAFailureAsOriginAndMessage() {
        assertEquals("a.jsonl:3: no text", new InputItem.Failed("a.jsonl:3", "no text").toString());
    }
}
