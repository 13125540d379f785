package org.marsad.store;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a facts table, whole or for chosen articles, to a CSV, JSON Lines or Parquet file with DuckDB's COPY.
 *
 * <p>Rules: {@code articles} leaves out its two internal columns ({@code minhash}, {@code record}); the article
 * tables keep the rows of the chosen articles, {@code stories} the stories holding one of them; rows come in the
 * order they were stored; CSV has a header line; Parquet is ZSTD-compressed.
 */
final class Exporter {
    static final List<String> TABLES = List.of("articles", "entities", "mentions", "events", "quotes", "dates",
            "provenance", "stories");
    private static final String ARTICLE_COLUMNS = "id, seq, hash, analysis_id, origin, source, url, publisher, published, "
            + "published_at, day, title, language, text, sentences, story, stored_at";

    private final Database db;

    Exporter(Database db) {
        this.db = db;
    }

    void export(String table, List<String> ids, Path out, MarsadStore.ExportFormat format) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("table must be one of " + String.join(", ", TABLES) + ", got '" + table + "'");
        }
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                if (ids != null) {
                    s.execute("CREATE OR REPLACE TEMP TABLE export_ids (id VARCHAR)");
                    try (DuckDBAppender ap = ((DuckDBConnection) c).createAppender("temp", "main", "export_ids")) {
                        for (String id : ids) {
                            ap.beginRow().append(id).endRow();
                        }
                    }
                }
                try {
                    s.execute("COPY (" + select(table, ids != null) + ") TO '" + out.toAbsolutePath().toString().replace("'", "''")
                            + "' (" + options(format) + ")");
                } finally {
                    if (ids != null) {
                        s.execute("DROP TABLE IF EXISTS temp.main.export_ids");
                    }
                }
            }
            return null;
        });
    }

    private static String select(String table, boolean chosen) {
        return switch (table) {
            case "articles" -> "SELECT " + ARTICLE_COLUMNS + " FROM articles"
                    + (chosen ? " WHERE id IN (SELECT id FROM export_ids)" : "") + " ORDER BY seq";
            case "stories" -> "SELECT * FROM stories"
                    + (chosen ? " WHERE story IN (SELECT story FROM articles WHERE id IN (SELECT id FROM export_ids))" : "")
                    + " ORDER BY first_day NULLS LAST, story";
            default -> "SELECT * FROM " + table + (chosen ? " WHERE article IN (SELECT id FROM export_ids)" : "");
        };
    }

    private static String options(MarsadStore.ExportFormat format) {
        return switch (format) {
            case CSV -> "FORMAT CSV, HEADER";
            case JSONL -> "FORMAT JSON";
            case PARQUET -> "FORMAT PARQUET, COMPRESSION ZSTD";
        } + "";
    }

    static String name(MarsadStore.ExportFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
