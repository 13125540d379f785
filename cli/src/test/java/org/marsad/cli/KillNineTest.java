package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;

/**
 * {@code marsad ingest} in a process of its own, killed with SIGKILL ({@code destroyForcibly}) at several moments of
 * a run over a generated corpus, then started again until it finishes: every article must be stored exactly once,
 * in DuckDB and in Lucene, with the same facts as an ingest that was never interrupted.
 */
class KillNineTest {
    private static final int ARTICLES = 4000;
    private static final long[] KILL_AFTER_MILLIS = {1500, 2500, 3200, 3900, 4600, 5300, 6500};
    private static final Pattern STORED = Pattern.compile("stored ([\\d,]+) new articles .*\\(([\\d,]+) duplicates of stored articles, ([\\d,]+) inputs read before");
    private static final String FACT_COUNTS = "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions), "
            + "(SELECT count(*) FROM events), (SELECT count(*) FROM quotes), (SELECT count(*) FROM dates), (SELECT count(*) FROM ingested), "
            + "(SELECT count(DISTINCT story) FROM articles)";

    @TempDir
    Path dir;

    private Process ingest(Path corpus, Path data, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(java, "-Xss4m", "-Dfile.encoding=UTF-8", "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                "org.marsad.cli.Main", "ingest", "--progress", "none", "--data", data.toString(), corpus.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static long number(String formatted) {
        return Long.parseLong(formatted.replace(",", ""));
    }

    @Test
    void storesEveryArticleExactlyOnceAfterRunsKilledAtAnyMoment() throws Exception {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, ARTICLES, 40);
        Path data = dir.resolve("data");
        int killedWhileRunning = 0;
        List<String> logs = new ArrayList<>();
        for (int i = 0; i < KILL_AFTER_MILLIS.length; i++) {
            Path log = dir.resolve("run-" + i + ".log");
            Process p = ingest(corpus, data, log);
            if (!p.waitFor(KILL_AFTER_MILLIS[i], TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                killedWhileRunning++;
            }
            logs.add(Files.readString(log, StandardCharsets.UTF_8));
        }
        Path lastLog = dir.resolve("last.log");
        Process last = ingest(corpus, data, lastLog);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        String out = Files.readString(lastLog, StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), out);
        System.out.println("KillNineTest: " + killedWhileRunning + " runs killed while running; the last run said: " + out.strip());
        assertTrue(killedWhileRunning >= 4, "runs killed while running: " + killedWhileRunning + "; logs " + logs);
        Matcher m = STORED.matcher(out);
        assertTrue(m.find(), out);
        assertEquals(ARTICLES, number(m.group(1)) + number(m.group(3)), out);
        assertTrue(number(m.group(3)) > 0, "the killed runs stored something: " + out);

        Set<String> expected = new HashSet<>();
        IntStream.range(0, ARTICLES).forEach(i -> expected.add("t" + i));
        List<Object> killedFacts;
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(ARTICLES, store.stats().articles());
            assertEquals(ARTICLES, IngestCommandTest.count(store, "SELECT count(DISTINCT id) FROM articles"));
            assertEquals(ARTICLES, IngestCommandTest.count(store, "SELECT count(DISTINCT hash) FROM articles"));
            assertEquals(ARTICLES, IngestCommandTest.count(store, "SELECT count(DISTINCT seq) FROM articles"));
            assertEquals(0, IngestCommandTest.count(store, "SELECT count(*) FROM (SELECT article, id FROM entities GROUP BY ALL HAVING count(*) > 1)"));
            List<String> indexed = store.matchingIds(SearchRequest.of(null));
            assertEquals(ARTICLES, indexed.size());
            assertEquals(expected, new HashSet<>(indexed));
            assertEquals(ARTICLES, store.matchingIds(SearchRequest.of("وزير")).size());
            killedFacts = store.sql(FACT_COUNTS, 1).rows().get(0);
        }
        Path clean = dir.resolve("clean");
        Run once = Run.of("ingest", "--progress", "none", "--data", clean.toString(), corpus.toString());
        assertEquals(0, once.exitCode(), once.err());
        try (MarsadStore store = MarsadStore.openReadOnly(clean)) {
            assertEquals(store.sql(FACT_COUNTS, 1).rows().get(0), killedFacts, "facts of the killed ingest = facts of an uninterrupted one");
        }
    }
}
