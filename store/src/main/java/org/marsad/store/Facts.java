package org.marsad.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Struct;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.marsad.article.AnalyzedArticle;

/**
 * The questions asked of the facts database: stored articles, entity and country-pair profiles, counts, labels and
 * read-only SQL. Each runs on a connection of the reader pool.
 */
final class Facts {
    static final int PARTNERS = 20;
    static final int QUOTES = 50;
    static final int PAIR_EVENTS = 500;
    static final int SQL_TIMEOUT_SECONDS = 30;

    private final Database db;

    Facts(Database db) {
        this.db = db;
    }

    Optional<AnalyzedArticle> article(String id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT record, text, sentences FROM articles WHERE id = ?")) {
                p.setString(1, id);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(RecordCodec.decode(r.getString(1), id, r.getString(2), list(r.getArray(3)))) : Optional.empty();
                }
            }
        });
    }

    /** The articles of {@code ids}, in that order; ids not stored are skipped. */
    List<AnalyzedArticle> articles(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, AnalyzedArticle> found = db.read(c -> {
            Map<String, AnalyzedArticle> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, record, text, sentences FROM articles WHERE list_contains(?, id)")) {
                p.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), RecordCodec.decode(r.getString(2), r.getString(1), r.getString(3), list(r.getArray(4))));
                    }
                }
            }
            return out;
        });
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    Optional<EntityProfile> entity(String key) {
        return db.read(c -> {
            String[] identity = identity(c, key);
            if (identity == null) {
                return Optional.empty();
            }
            Map<String, double[]> eventDays = series(c, """
                    SELECT CAST(day AS VARCHAR), count(*), avg(goldstein) FROM events
                    WHERE (source_key = ? OR target_key = ?) AND day IS NOT NULL GROUP BY day""", key, key);
            Map<String, double[]> mentionDays = series(c, """
                    SELECT CAST(a.day AS VARCHAR), count(DISTINCT e.article), 0 FROM entities e JOIN articles a ON a.id = e.article
                    WHERE e.key = ? AND e.mentions > 0 AND a.day IS NOT NULL GROUP BY a.day""", key);
            List<EntityProfile.TimePoint> mentions = new ArrayList<>();
            mentionDays.forEach((day, v) -> mentions.add(new EntityProfile.TimePoint(day, (long) v[0],
                    eventDays.containsKey(day) ? eventDays.get(day)[1] : 0)));
            List<EntityProfile.TimePoint> events = new ArrayList<>();
            eventDays.forEach((day, v) -> events.add(new EntityProfile.TimePoint(day, (long) v[0], v[1])));
            return Optional.of(new EntityProfile(key, identity[0], identity[1], identity[2], identity[3], mentions, events,
                    partners(c, key), quotes(c, key)));
        });
    }

    /** name, nameEn, type, country: the most frequent of each, or null when the key is not stored. */
    private static String[] identity(Connection c, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT mode(name), mode(name_en), mode(type), mode(country) FROM entities WHERE key = ? HAVING count(*) > 0")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new String[] {r.getString(1), r.getString(2), r.getString(3), r.getString(4)} : null;
            }
        }
    }

    /** period → {count, mean goldstein}, in period order. */
    private static Map<String, double[]> series(Connection c, String sql, String... params) throws SQLException {
        Map<String, double[]> out = new TreeMap<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setString(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), new double[] {r.getLong(2), r.getDouble(3)});
                }
            }
        }
        return out;
    }

    private static List<EntityProfile.Partner> partners(Connection c, String key) throws SQLException {
        String sql = """
                WITH links AS (
                    SELECT target_key AS partner, goldstein FROM events WHERE source_key = ? AND target_key IS NOT NULL AND target_key <> ?
                    UNION ALL
                    SELECT source_key, goldstein FROM events WHERE target_key = ? AND source_key IS NOT NULL AND source_key <> ?)
                SELECT l.partner, (SELECT mode(name) FROM entities WHERE key = l.partner), count(*), avg(goldstein)
                FROM links l GROUP BY l.partner ORDER BY count(*) DESC, l.partner LIMIT ?""";
        List<EntityProfile.Partner> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            p.setString(2, key);
            p.setString(3, key);
            p.setString(4, key);
            p.setInt(5, PARTNERS);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String name = r.getString(2);
                    out.add(new EntityProfile.Partner(r.getString(1), name == null ? r.getString(1) : name, r.getLong(3), r.getDouble(4)));
                }
            }
        }
        return out;
    }

    private static List<EntityProfile.QuoteRow> quotes(Connection c, String key) throws SQLException {
        String sql = """
                SELECT q.article, a.published, q.text, q.direct FROM quotes q JOIN articles a ON a.id = q.article
                WHERE q.speaker_key = ? ORDER BY a.published_at DESC NULLS LAST, a.seq DESC, q.span_start LIMIT ?""";
        List<EntityProfile.QuoteRow> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, key);
            p.setInt(2, QUOTES);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new EntityProfile.QuoteRow(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4)));
                }
            }
        }
        return out;
    }

    PairProfile pair(String a, String b) {
        return db.read(c -> {
            String where = "(source_country = ? AND target_country = ? OR source_country = ? AND target_country = ?)";
            List<PairProfile.EventRow> events = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("""
                    SELECT e.article, e.id, a.published, e.plover, e.cameo, e.goldstein, e.source_country, e.target_country,
                           e.trigger, e.mode
                    FROM events e JOIN articles a ON a.id = e.article WHERE """ + where + """
                     ORDER BY a.published_at DESC NULLS LAST, a.seq DESC, e.id LIMIT ?""")) {
                bindPair(p, a, b);
                p.setInt(5, PAIR_EVENTS);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        events.add(new PairProfile.EventRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5), r.getDouble(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10)));
                    }
                }
            }
            List<EntityProfile.TimePoint> months = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT strftime(day, '%Y-%m') AS m, count(*), avg(goldstein) FROM events WHERE "
                    + where + " AND day IS NOT NULL GROUP BY m ORDER BY m")) {
                bindPair(p, a, b);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        months.add(new EntityProfile.TimePoint(r.getString(1), r.getLong(2), r.getDouble(3)));
                    }
                }
            }
            return new PairProfile(a, b, events, months);
        });
    }

    private static void bindPair(PreparedStatement p, String a, String b) throws SQLException {
        p.setString(1, a);
        p.setString(2, b);
        p.setString(3, b);
        p.setString(4, a);
    }

    StoreStats stats() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT key) FROM entities),
                           (SELECT count(*) FROM events), (SELECT count(*) FROM quotes),
                           (SELECT count(*) FROM stories WHERE articles > 1)""")) {
                r.next();
                return new StoreStats(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
            }
        });
    }

    TableResult sql(String select, int maxRows) {
        return db.read(c -> {
            SqlGuard.check(c, select);
            execute(c, "BEGIN TRANSACTION READ ONLY");
            try (Statement s = c.createStatement()) {
                s.setQueryTimeout(SQL_TIMEOUT_SECONDS);
                try (ResultSet r = s.executeQuery(select)) {
                    return table(r, maxRows);
                }
            } catch (SQLException e) {
                throw new IllegalArgumentException("SQL error: " + e.getMessage(), e);
            } finally {
                execute(c, "ROLLBACK");
            }
        });
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static TableResult table(ResultSet r, int maxRows) throws SQLException {
        ResultSetMetaData meta = r.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rows.size() < maxRows && r.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(plain(r.getObject(i)));
            }
            rows.add(java.util.Collections.unmodifiableList(row));
        }
        return new TableResult(List.copyOf(columns), List.copyOf(rows));
    }

    /** A SQL list as a Java list. */
    static List<?> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Object[]) array.getArray());
    }

    /** Lists and structs as Java lists and maps, so that callers need not know JDBC's types. */
    static Object plain(Object value) throws SQLException {
        if (value instanceof Array array) {
            List<Object> out = new ArrayList<>();
            for (Object o : (Object[]) array.getArray()) {
                out.add(plain(o));
            }
            return out;
        }
        if (value instanceof Struct struct) {
            Map<String, Object> out = new LinkedHashMap<>();
            Object[] values = struct.getAttributes();
            if (struct instanceof org.duckdb.DuckDBStruct d) {
                List<String> names = new ArrayList<>(d.getMap().keySet());
                for (int i = 0; i < values.length; i++) {
                    out.put(names.get(i), plain(values[i]));
                }
                return out;
            }
            return Arrays.asList(values);
        }
        return value;
    }
}
