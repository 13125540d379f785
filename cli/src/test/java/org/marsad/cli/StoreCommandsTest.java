package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, show, sql, export articles|facts and bench-search over a store ingested once for the class. */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NEWS = """
            {"id":"jo-eg","source":"وكالة الشرق","published":"2024-05-02","title":"مصر والأردن يوقعان اتفاقا للطاقة","text":"وقعت مصر والأردن اتفاقا لتبادل الكهرباء في عمان أمس، وقال وزير الطاقة الأردني إن الربط سيبدأ العام المقبل."}
            {"id":"kz","source":"وكالة السهوب","published":"2024-05-03","title":"كازاخستان تستضيف قمة للمياه","text":"وكازاخستان أعلنت استضافة قمة إقليمية للمياه في أستانا الشهر المقبل بمشاركة دول آسيا الوسطى."}
            {"id":"xss","source":"مدونة","published":"2024-05-04","title":"<b>عنوان</b>","text":"نص فيه <script>alert('x')</script> و\\"علامات\\" تنصيص عن المياه."}
            """;

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void ingest() throws Exception {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, 30, 1);
        Files.writeString(corpus.resolve("news.jsonl"), NEWS, StandardCharsets.UTF_8);
        data = dir.resolve("data");
        Run run = Run.of("ingest", "--data", data.toString(), corpus.toString());
        assertEquals(0, run.exitCode(), run.err());
    }

    private static Run run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = data.toString();
        return Run.of(all);
    }

    @Test
    void searchListsHitsWithMarkedSnippets() {
        Run r = run("search", "كازاخستان");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("1 articles"), r.out());
        assertTrue(r.out().contains("كازاخستان تستضيف قمة للمياه  [kz]"), r.out());
        assertTrue(r.out().contains("«وكازاخستان»"), r.out());
    }

    @Test
    void searchFiltersAndPrintsFacets() {
        Run r = run("search", "--source", "نشرة الاختبار", "--from", "2024-03-01", "--to", "2024-03-31", "--limit", "2", "--facets");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("4 articles (showing 1–2)"), r.out());
        assertTrue(r.out().contains("\nmonth:\n        4  2024-03\n"), r.out());
    }

    @Test
    void searchPrintsJsonWithEscapedSnippets() throws Exception {
        Run r = run("search", "المياه", "--format", "json");
        JsonNode n = JSON.readTree(r.out());
        assertEquals(2, n.get("total").asLong());
        for (JsonNode hit : n.get("hits")) {
            assertFalse(hit.get("snippetHtml").asText().contains("<script"), hit.toString());
        }
        assertTrue(n.get("facets").has("entity"));
    }

    @Test
    void searchWithoutStoreSaysWhere() {
        Run r = Run.of("search", "x", "--data", dir.resolve("nothing").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("marsad search: no store in " + dir.resolve("nothing")), r.err());
    }

    @Test
    void showPrintsTheStoredRecord() throws Exception {
        Run r = run("show", "jo-eg");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("jo-eg", n.get("id").asText());
        assertTrue(n.get("text").asText().startsWith("وقعت مصر والأردن"));
        Run text = run("show", "jo-eg", "--format", "text");
        assertTrue(text.out().startsWith("مصر والأردن يوقعان اتفاقا للطاقة\nوكالة الشرق · 2024-05-02 · jo-eg"), text.out());
        Run missing = run("show", "nope");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().startsWith("marsad show: no article 'nope' in "), missing.err());
    }

    @Test
    void sqlPrintsATableAndRefusesWrites() {
        Run r = run("sql", "SELECT source, count(*) AS n FROM articles GROUP BY source ORDER BY n DESC, source");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("source        | n\n"), r.out());
        assertTrue(r.out().contains("نشرة الاختبار | 30\n"), r.out());
        assertTrue(r.out().endsWith("(4 rows)\n"), r.out());
        Run drop = run("sql", "DROP TABLE articles");
        assertEquals(1, drop.exitCode());
        assertEquals("marsad sql: only SELECT queries are allowed (the facts are read-only): DROP refused\n", drop.err().replace(System.lineSeparator(), "\n"));
        assertEquals(0, run("sql", "SELECT count(*) FROM articles").exitCode());
    }

    @Test
    void sqlWritesCsvAndJsonLinesAndStopsAtMaxRows() throws Exception {
        Run csv = run("sql", "SELECT id, title FROM articles WHERE id = 'xss'", "--format", "csv");
        assertEquals("id,title\r\nxss,<b>عنوان</b>\r\n", csv.out());
        Run jsonl = run("sql", "SELECT id, seq FROM articles ORDER BY seq", "--format", "jsonl", "--max-rows", "2");
        assertEquals(2, jsonl.out().lines().count());
        assertEquals(1, JSON.readTree(jsonl.out().lines().findFirst().orElseThrow()).get("seq").asLong());
        assertTrue(jsonl.err().contains("stopped at 2 rows"), jsonl.err());
    }

    @Test
    void exportsSearchResultsAsArticleRecords() throws Exception {
        Run r = run("export", "articles", "المياه");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals("marsad/article@1", JSON.readTree(lines.get(0)).get("schema").asText());
    }

    @Test
    void exportsFactsAsCsvJsonLinesAndParquet() throws Exception {
        Run csv = run("export", "facts", "articles", "--format", "csv", "--source", "وكالة الشرق");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(2, csv.out().lines().count(), csv.out());
        assertTrue(csv.out().startsWith("id,seq,hash,"), csv.out());
        Run entities = run("export", "facts", "entities", "--format", "jsonl");
        assertTrue(entities.out().lines().count() > 3, entities.out());
        Path parquet = dir.resolve("mentions.parquet");
        Run pq = run("export", "facts", "mentions", "مصر", "--format", "parquet", "--out", parquet.toString());
        assertEquals(0, pq.exitCode(), pq.err());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(DISTINCT article), min(article) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertEquals(1, rs.getLong(1));
            assertEquals("jo-eg", rs.getString(2));
        }
        Run noFile = run("export", "facts", "events", "--format", "parquet");
        assertEquals(2, noFile.exitCode());
        Run badTable = run("export", "facts", "meta");
        assertEquals(2, badTable.exitCode());
        assertTrue(badTable.err().contains("TABLE must be one of articles, entities, mentions, events, quotes, dates, provenance, stories, got 'meta'"),
                badTable.err());
    }

    @Test
    void benchSearchReportsPercentiles() {
        Run r = run("bench-search", "--clients", "2", "--seconds", "1", "--warmup", "0");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("latency (ms)"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("all ")), r.out());
    }

    @Test
    void benchSearchSendsTheMixOverHttpToARunningServer() throws Exception {
        try (org.marsad.store.MarsadStore store = org.marsad.store.MarsadStore.openReadOnly(data);
             org.marsad.server.MarsadServer server = org.marsad.server.MarsadServer.start(store,
                     org.marsad.analysis.ArticleAnalyzer::withShippedKnowledge, org.marsad.server.ServerConfig.local(0))) {
            Run r = run("bench-search", "--clients", "2", "--seconds", "1", "--warmup", "0", "--url", server.uri().toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("(over HTTP)"), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("all ")), r.out());
        }
    }

    @Test
    void benchSearchNamesAServerItCannotReach() {
        Run r = run("bench-search", "--clients", "1", "--seconds", "1", "--warmup", "0", "--url", "http://127.0.0.1:9/");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("cannot reach http://127.0.0.1:9/api/search"), r.err());
    }
}
