package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;

class IngestCommandTest {
    @TempDir
    Path dir;

    static long count(MarsadStore store, String select) {
        return ((Number) store.sql(select, 1).rows().get(0).get(0)).longValue();
    }

    @Test
    void storesEachArticleOnceWhenTheSameDirectoryIsIngestedTwice() {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, 120, 3);
        Path data = dir.resolve("data");
        Run first = Run.of("ingest", "--data", data.toString(), corpus.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().startsWith("stored 120 new articles in " + data + " (0 duplicates of stored articles, 0 inputs read before, 0 failed)"),
                first.out());
        Run second = Run.of("ingest", "--data", data.toString(), corpus.toString(), corpus.resolve("part-001.jsonl").toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().startsWith("stored 0 new articles in " + data + " (0 duplicates of stored articles, 160 inputs read before, 0 failed)"),
                second.out());
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(120, store.stats().articles());
            assertEquals(120, count(store, "SELECT count(DISTINCT id) FROM articles"));
            assertEquals(120, count(store, "SELECT count(DISTINCT hash) FROM articles"));
            assertEquals(120, store.matchingIds(SearchRequest.of(null)).size());
            assertEquals(120, store.matchingIds(SearchRequest.of(null)).stream().distinct().count());
        }
    }

    @Test
    void countsACopyUnderAnotherFileAsADuplicate() throws Exception {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, 10, 1);
        Files.writeString(corpus.resolve("copy.jsonl"), TestCorpus.line(3) + "\n", StandardCharsets.UTF_8);
        Run run = Run.of("ingest", "--data", dir.resolve("data").toString(), corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("stored 10 new articles in "), run.out());
        assertTrue(run.out().contains("(1 duplicates of stored articles, "), run.out());
    }

    @Test
    void reportsABadInputWithItsOriginAndStoresTheRest() throws Exception {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, 20, 1);
        Path empty = Files.writeString(corpus.resolve("empty.txt"), "", StandardCharsets.UTF_8);
        Path broken = Files.writeString(corpus.resolve("broken.jsonl"), TestCorpus.line(100) + "\n{not json\n", StandardCharsets.UTF_8);
        Run run = Run.of("ingest", "--data", dir.resolve("data").toString(), corpus.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("marsad ingest: " + empty + ": "), run.err());
        assertTrue(run.err().contains("marsad ingest: " + broken + ":2: "), run.err());
        assertTrue(run.out().startsWith("stored 21 new articles in "), run.out());
        assertTrue(run.out().contains(", 2 failed)"), run.out());
    }

    @Test
    void storesWhatStandardInputLikeSourcesGiveInOrder() {
        Path corpus = dir.resolve("corpus");
        List<Path> files = TestCorpus.write(corpus, 6, 2);
        Path data = dir.resolve("data");
        assertEquals(0, Run.of("ingest", "--threads", "3", "--data", data.toString(), files.get(1).toString(), files.get(0).toString()).exitCode());
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(List.of(List.of("t1"), List.of("t3"), List.of("t5"), List.of("t0"), List.of("t2"), List.of("t4")),
                    store.sql("SELECT id FROM articles ORDER BY seq", 10).rows());
        }
    }

    @Test
    void refusesToIngestWhileAnotherProcessWritesTheStore() {
        Path data = dir.resolve("data");
        TestCorpus.write(dir.resolve("corpus"), 2, 1);
        try (MarsadStore held = MarsadStore.open(data)) {
            Run run = Run.of("ingest", "--data", data.toString(), dir.resolve("corpus").toString());
            assertEquals(2, run.exitCode());
            assertTrue(run.err().startsWith("marsad ingest: "), run.err());
            assertEquals(0, held.stats().articles());
        }
    }

    @Test
    void printsPlainProgressLinesWhenNotOnATerminal() {
        StringWriter err = new StringWriter();
        Progress p = Progress.lines(new PrintWriter(err), "marsad ingest", 0);
        p.show(new Progress.Figures(1500, 0.25, 2.0));
        assertEquals("marsad ingest: 1,500 articles, 750/s, 25% of the input, about 0:06 left" + System.lineSeparator(), err.toString());
    }

    @Test
    void drawsABarWithRateAndTimeLeftOnATerminal() {
        StringWriter err = new StringWriter();
        Progress p = Progress.bar(new PrintWriter(err));
        p.show(new Progress.Figures(1500, 0.5, 3.0));
        assertEquals("\r[###############...............]  50% 1,500 articles  500/s  0:03 left\u001b[K", err.toString());
    }
}
