package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
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
 * {@code marsad ingest} in a process of its own, killed with SIGKILL ({@code destroyForcibly}) again and again
 * while it stores a generated corpus, then started once more to finish: every article must be stored exactly once,
 * in DuckDB and in Lucene, with the same facts as an ingest that was never interrupted.
 *
 * <p>The kill moments follow this machine's own speed, measured first (start-up of a run, then a whole
 * uninterrupted run) and measured again after every kill from what the killed run stored, so that kills land while
 * articles are being stored on a fast machine, a slow one and a busy one: each run is meant to store about a
 * quarter of what is left. After each kill the database is counted, read-only, to prove that the kill left a
 * partly stored corpus behind. When a run stored everything before its kill came (the host sped up after the timed
 * runs, as when the timed runs shared the machine with a build), the test starts over in a fresh directory aiming
 * at twice the rate, so that the kills counted are those of the directory checked at the end.
 */
class KillNineTest {
    private static final int ARTICLES = 10_000;
    private static final int MAX_RUNS = 25;
    private static final int PARTIAL_KILLS_WANTED = 2;
    private static final Pattern STORED = Pattern.compile("stored ([\\d,]+) new articles .*\\(([\\d,]+) duplicates of stored articles, ([\\d,]+) inputs read before");
    private static final String FACT_COUNTS = "SELECT (SELECT count(*) FROM entities), (SELECT count(*) FROM mentions), "
            + "(SELECT count(*) FROM events), (SELECT count(*) FROM quotes), (SELECT count(*) FROM dates), (SELECT count(*) FROM ingested), "
            + "(SELECT count(DISTINCT story) FROM articles)";

    @TempDir
    Path dir;

    private Process ingest(Path corpus, Path data, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // A killed JVM never deletes the 57 MB DuckDB library it unpacked into its temporary directory: keep it in ours.
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> command = List.of(java, "-Xss4m", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + tmp, "--enable-native-access=ALL-UNNAMED", "-cp", classPath,
                "org.marsad.cli.Main", "ingest", "--progress", "none", "--data", data.toString(), corpus.toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs an ingest to its end and returns how long it took, in milliseconds. */
    private long timedRun(Path corpus, Path data, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        long start = System.nanoTime();
        Process p = ingest(corpus, data, log);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), name + " did not finish");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        return millis;
    }

    /** Articles in the database of a store no process holds, read as they are (no repair). */
    private static long storedArticles(Path data) throws SQLException {
        Path file = data.resolve(MarsadStore.DATABASE_FILE);
        if (!Files.exists(file)) {
            return 0;
        }
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("articles")) {
                return 0; // killed before the schema was made
            }
            throw e;
        }
    }

    private static long number(String formatted) {
        return Long.parseLong(formatted.replace(",", ""));
    }

    @Test
    void storesEveryArticleExactlyOnceAfterRunsKilledAtAnyMoment() throws Exception {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, ARTICLES, 40);
        Path tiny = dir.resolve("tiny");
        TestCorpus.write(tiny, 1, 1);
        long startUp = timedRun(tiny, dir.resolve("scratch"), "start-up");
        Path clean = dir.resolve("clean");
        long whole = timedRun(corpus, clean, "clean");
        long work = Math.max(200, whole - startUp);

        Path data = dir.resolve("data");
        Random jitter = new Random(9);
        double perMilli = ARTICLES / (double) work; // articles stored per millisecond after start-up, re-estimated after each kill
        List<Long> partialCounts = new ArrayList<>();
        List<String> history = new ArrayList<>();
        long before = 0;
        boolean finished = false;
        for (int run = 0; run < MAX_RUNS && !finished && partialCounts.size() < PARTIAL_KILLS_WANTED + 2; run++) {
            long aim = Math.max(1, (ARTICLES - before) / 4); // about a quarter of what is left, so that later runs still have work
            long delay = startUp + (long) (aim / perMilli) + jitter.nextInt(100);
            Path log = dir.resolve("run-" + run + ".log");
            Process p = ingest(corpus, data, log);
            if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
                history.add(delay + " ms: finished");
                finished = partialCounts.size() >= PARTIAL_KILLS_WANTED;
                if (!finished) { // the host got faster than in the timed runs: start over, aiming earlier
                    data = dir.resolve("data-" + run);
                    perMilli *= 2;
                    before = 0;
                    partialCounts.clear();
                }
                continue;
            }
            p.destroyForcibly();
            p.waitFor();
            long stored = storedArticles(data);
            history.add(delay + " ms: killed with " + stored + " stored");
            if (stored >= ARTICLES && partialCounts.size() < PARTIAL_KILLS_WANTED) { // killed too late: as above
                data = dir.resolve("data-" + run);
                perMilli *= 2;
                before = 0;
                partialCounts.clear();
                continue;
            }
            if (stored > before && stored < ARTICLES) {
                partialCounts.add(stored);
            }
            if (stored > before) {
                perMilli = (stored - before) / (double) Math.max(1, delay - startUp);
            } else {
                startUp += startUp / 4; // killed before it stored anything: start-up takes longer than measured
            }
            before = stored;
        }
        String context = "start-up " + startUp + " ms, whole run " + whole + " ms; runs: " + history;
        System.out.println("KillNineTest: " + context);
        assertTrue(partialCounts.size() >= PARTIAL_KILLS_WANTED, "kills that left a partly stored corpus: " + partialCounts + "; " + context);

        Path lastLog = dir.resolve("last.log");
        Process last = ingest(corpus, data, lastLog);
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        String out = Files.readString(lastLog, StandardCharsets.UTF_8);
        assertEquals(0, last.exitValue(), out);
        Matcher m = STORED.matcher(out);
        assertTrue(m.find(), out);
        assertEquals(ARTICLES, number(m.group(1)) + number(m.group(3)), out);

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
        try (MarsadStore store = MarsadStore.openReadOnly(clean)) {
            assertEquals(store.sql(FACT_COUNTS, 1).rows().get(0), killedFacts, "facts of the killed ingest = facts of an uninterrupted one");
        }
    }
}
