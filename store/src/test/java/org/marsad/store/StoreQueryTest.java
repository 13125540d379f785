package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.article.EntityType;

class StoreQueryTest {
    @TempDir
    static Path dir;
    static MarsadStore store;

    @BeforeAll
    static void fill() {
        store = MarsadStore.open(dir);
        store.add(List.of(
                Fixtures.article("a1", "وقعت مصر اتفاقا مع الأردن وقال وزير مصر \"نريد شراكة دائمة\".").published("2024-01-05")
                        .entity(EntityType.GPE, "مصر", "EGY", "EGY").entity(EntityType.GPE, "الأردن", "JOR", "JOR")
                        .event("AGREE", "057", 8.0, "وقعت", "مصر", "الأردن").quote("نريد شراكة دائمة", "مصر").build(),
                Fixtures.article("a2", "انتقدت الأردن مصر بشدة في بيان رسمي.").published("2024-02-10")
                        .entity(EntityType.GPE, "الأردن", "JOR", "JOR").entity(EntityType.GPE, "مصر", "EGY", "EGY")
                        .event("DISAPPROVE", "111", -2.0, "انتقدت", "الأردن", "مصر").build(),
                Fixtures.article("a3", "زارت مصر تونس لبحث التعاون الزراعي.").published("2024-02-12")
                        .entity(EntityType.GPE, "مصر", "EGY", "EGY").entity(EntityType.GPE, "تونس", "TUN", "TUN")
                        .event("CONSULT", "042", 1.9, "زارت", "مصر", "تونس").build()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void profilesAnEntityOverTime() {
        EntityProfile egypt = store.entity("EGY").orElseThrow();
        assertEquals("مصر", egypt.name());
        assertEquals("GPE", egypt.type());
        assertEquals(List.of(new EntityProfile.TimePoint("2024-01-05", 1, 8.0), new EntityProfile.TimePoint("2024-02-10", 1, -2.0),
                new EntityProfile.TimePoint("2024-02-12", 1, 1.9)), egypt.mentions());
        assertEquals(egypt.mentions(), egypt.events());
        assertEquals(List.of(new EntityProfile.Partner("JOR", "الأردن", 2, 3.0), new EntityProfile.Partner("TUN", "تونس", 1, 1.9)),
                egypt.partners());
        assertEquals(List.of(new EntityProfile.QuoteRow("a1", "2024-01-05", "نريد شراكة دائمة", true)), egypt.quotes());
        assertTrue(store.entity("PERSON:لا احد").isEmpty());
    }

    @Test
    void profilesAPairOfCountriesInBothDirections() {
        PairProfile pair = store.pair("egy", "JOR");
        assertEquals(List.of("a2", "a1"), pair.events().stream().map(PairProfile.EventRow::articleId).toList());
        assertEquals(new PairProfile.EventRow("a2", "v1", "2024-02-10", "DISAPPROVE", "111", -2.0, "JOR", "EGY", "انتقدت", "asserted"),
                pair.events().get(0));
        assertEquals(List.of(new EntityProfile.TimePoint("2024-01", 1, 8.0), new EntityProfile.TimePoint("2024-02", 1, -2.0)), pair.byMonth());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.pair("Egypt", "JOR"));
        assertEquals("countryA must be an ISO 3166-1 alpha-3 code such as EGY, got 'Egypt'", e.getMessage());
    }

    @Test
    void countsWhatIsStored() {
        assertEquals(new StoreStats(3, 3, 3, 1, 0), store.stats());
    }

    @Test
    void answersASelectOverTheFactsTables() {
        TableResult t = store.sql("SELECT e.key, count(*) AS n FROM entities e JOIN articles a ON a.id = e.article "
                + "GROUP BY e.key ORDER BY n DESC, e.key", 10);
        assertEquals(List.of("key", "n"), t.columns());
        assertEquals(List.of(List.of("EGY", 3L), List.of("JOR", 2L), List.of("TUN", 1L)), t.rows());
        assertEquals(2, store.sql("WITH x AS (SELECT * FROM events) SELECT plover FROM x ORDER BY plover", 2).rows().size());
        assertEquals(List.of(List.of(List.of("a", "b"))), store.sql("SELECT ['a', 'b']", 1).rows());
        assertTrue(store.sql("SELECT table_name FROM information_schema.tables", 100).rows().contains(List.of("events")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"INSERT INTO articles (id) VALUES ('x')", "DELETE FROM events", "UPDATE events SET plover = 'X'",
            "DROP TABLE events", "CREATE TABLE t (x INT)", "ATTACH 'other.duckdb' AS other", "COPY events TO 'events.csv'",
            "PRAGMA database_size", "SET threads = 1", "INSTALL httpfs", "LOAD httpfs", "CHECKPOINT", "DETACH facts", "CALL pragma_version()",
            "EXPORT DATABASE 'x'", "BEGIN TRANSACTION"})
    void refusesStatementsThatAreNotQueries(String sql) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.sql(sql, 10));
        assertTrue(e.getMessage().startsWith("only SELECT queries are allowed (the facts are read-only): "), e.getMessage());
        assertEquals(3, store.stats().articles());
    }

    @Test
    void refusesTableFunctionsFilesAndOtherCatalogs() {
        assertEquals("table functions are not allowed: read_csv(...) refused",
                assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT * FROM read_csv('/etc/passwd')", 1)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT * FROM '/etc/passwd'", 1)).getMessage()
                .startsWith("unknown table '/etc/passwd'"));
        assertEquals("table functions are not allowed: read_text(...) refused",
                assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT (SELECT count(*) FROM read_text('/etc/hosts'))", 1)).getMessage());
        assertEquals("only the store's tables can be read: system.main.duckdb_settings refused",
                assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT * FROM system.main.duckdb_settings", 1)).getMessage());
    }

    @Test
    void refusesTwoStatementsAtOnce() {
        assertEquals("one SELECT statement at a time, got 2",
                assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT 1; SELECT 2", 1)).getMessage());
    }

    @Test
    void reportsAnSqlErrorClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.sql("SELECT nope FROM events", 1));
        assertTrue(e.getMessage().startsWith("SQL error: "), e.getMessage());
    }

    @Test
    void stopsAtMaxRows() {
        assertEquals(2, store.sql("SELECT * FROM events", 2).rows().size());
    }

    @Test
    void exportsTheEventsOfChosenArticlesAsCsvJsonLinesAndParquet() throws Exception {
        Path csv = dir.resolve("events.csv");
        Path jsonl = dir.resolve("events.jsonl");
        Path parquet = dir.resolve("events.parquet");
        store.export("events", List.of("a1", "a3"), csv, MarsadStore.ExportFormat.CSV);
        store.export("events", List.of("a1", "a3"), jsonl, MarsadStore.ExportFormat.JSONL);
        store.export("events", null, parquet, MarsadStore.ExportFormat.PARQUET);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("article,id,day,plover,cameo,goldstein,"), lines.get(0));
        assertEquals(3, lines.size());
        assertEquals(2, Files.readAllLines(jsonl, StandardCharsets.UTF_8).size());
        assertTrue(Files.readString(jsonl, StandardCharsets.UTF_8).contains("\"plover\":\"CONSULT\""));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT article) FROM read_parquet('" + parquet + "')")) {
            r.next();
            assertEquals(3, r.getLong(1));
        }
    }

    @Test
    void exportsArticlesWithoutTheirInternalColumns() throws Exception {
        Path csv = dir.resolve("articles.csv");
        store.export("articles", null, csv, MarsadStore.ExportFormat.CSV);
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
        assertTrue(header.startsWith("id,seq,hash,") && !header.contains("record") && !header.contains("minhash"), header);
        assertThrows(IllegalArgumentException.class, () -> store.export("meta", null, csv, MarsadStore.ExportFormat.CSV));
    }
}
