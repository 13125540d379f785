package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;

class DeleteCommandTest {
    @TempDir
    Path dir;

    private Path ingested(int articles) {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, articles, 1);
        Path data = dir.resolve("data");
        Run run = Run.of("ingest", "--progress", "none", "--data", data.toString(), corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
        return data;
    }

    @Test
    void deletesTheGivenArticlesWithTheirFacts() {
        Path data = ingested(5);
        Run run = Run.of("delete", "--data", data.toString(), "t1", "t3");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("deleted t1\ndeleted t3\n", run.out());
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(3, store.stats().articles());
            assertEquals(0, IngestCommandTest.count(store, "SELECT count(*) FROM entities WHERE article IN ('t1', 't3')"));
            assertEquals(3, store.matchingIds(SearchRequest.of(null)).size());
        }
    }

    @Test
    void namesAnUnknownIdDeletesTheOthersAndExitsWithOne() {
        Path data = ingested(3);
        Run run = Run.of("delete", "--data", data.toString(), "nothing-here", "t0");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("no article 'nothing-here' in " + data), run.err());
        assertEquals("deleted t0\n", run.out());
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(2, store.stats().articles());
        }
    }

    @Test
    void refusesADirectoryWithoutStoreAndMakesNone() {
        Path absent = dir.resolve("absent");
        Run run = Run.of("delete", "--data", absent.toString(), "t0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no store in " + absent), run.err());
        assertTrue(!absent.toFile().exists());
    }

    @Test
    void aDeletedArticleStaysDeletedWhenItsSourceIsIngestedAgain() {
        Path data = ingested(4);
        assertEquals(0, Run.of("delete", "--data", data.toString(), "t2").exitCode());
        Run again = Run.of("ingest", "--progress", "none", "--data", data.toString(), dir.resolve("corpus").toString());
        assertEquals(0, again.exitCode(), again.err());
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(3, store.stats().articles());
        }
    }
}
