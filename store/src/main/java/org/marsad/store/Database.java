package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB half of the store: one database file, the schema of {@code schema.sql}, one connection for the writer
 * and a pool of duplicates for readers (a DuckDB connection serves one thread at a time).
 *
 * <p>Rules: a read-only database is opened with DuckDB's read-only access mode, so several processes may read it
 * at once, and none while another writes; a writable one creates the schema when absent and refuses a file whose
 * schema version is not {@value #SCHEMA_VERSION}.
 */
final class Database implements AutoCloseable {
    static final String SCHEMA_VERSION = "1";
    /** The storage format of a new database file: v1.2.0 and later compress long text with ZSTD. */
    static final String STORAGE_VERSION = "v1.2.0";
    /**
     * How much write-ahead log triggers a checkpoint: DuckDB's default (16 MB) checkpoints, recompressing, every few
     * batches of a bulk ingest; 256 MB halves the writer's work and keeps replay after a crash to seconds.
     */
    static final String CHECKPOINT_THRESHOLD = "256MB";
    static final List<String> TABLES = List.of("articles", "entities", "mentions", "events", "quotes", "dates",
            "provenance", "ingested", "stories", "meta");

    private final Path file;
    private final DuckDBConnection main;
    private final boolean readOnly;
    private final ConcurrentLinkedQueue<DuckDBConnection> idle = new ConcurrentLinkedQueue<>();
    private final List<DuckDBConnection> all = new ArrayList<>();

    /** Work done with a borrowed connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(Path file, DuckDBConnection main, boolean readOnly) {
        this.file = file;
        this.main = main;
        this.readOnly = readOnly;
    }

    static Database open(Path file, boolean readOnly) {
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        } else {
            props.setProperty("storage_compatibility_version", STORAGE_VERSION);
        }
        DuckDBConnection connection;
        try {
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
        Database db = new Database(file, connection, readOnly);
        try {
            if (readOnly) {
                db.checkVersion();
            } else {
                db.createSchema();
            }
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw e instanceof StoreException s ? s : new StoreException("cannot set up the facts database " + file + ": " + e.getMessage(), e);
        }
    }

    private static StoreException openFailure(Path file, SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (message.contains("lock")) {
            return new StoreException("the facts database " + file + " is in use by another process: " + message, e);
        }
        return new StoreException("cannot open the facts database " + file + ": " + message, e);
    }

    private void createSchema() throws SQLException {
        try (Statement s = main.createStatement()) {
            s.execute("SET checkpoint_threshold = '" + CHECKPOINT_THRESHOLD + "'");
            for (String statement : schemaStatements()) {
                s.execute(statement);
            }
            s.execute("INSERT INTO meta VALUES ('schema', '" + SCHEMA_VERSION + "'), ('created', CAST(now() AS VARCHAR)) ON CONFLICT DO NOTHING");
        }
        checkVersion();
    }

    private void checkVersion() throws SQLException {
        try (Statement s = main.createStatement(); ResultSet r = s.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
            String version = r.next() ? r.getString(1) : null;
            if (!SCHEMA_VERSION.equals(version)) {
                throw new StoreException("the facts database " + file + " has schema version " + version
                        + "; this Marsad reads version " + SCHEMA_VERSION);
            }
        } catch (SQLException e) {
            throw new StoreException(file + " is not a Marsad facts database: " + e.getMessage(), e);
        }
    }

    static List<String> schemaStatements() {
        try (InputStream in = Database.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql is missing from the store's resources");
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            for (String part : sql.split("(?m);;\\s*$")) {
                String statement = stripComments(part).strip();
                if (!statement.isEmpty()) {
                    out.add(statement);
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read schema.sql", e);
        }
    }

    private static String stripComments(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            out.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return out.toString();
    }

    /** The writer's connection; only the store's single writer uses it. */
    DuckDBConnection writer() {
        if (readOnly) {
            throw new IllegalStateException("the facts database was opened read-only");
        }
        return main;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** Runs {@code work} with a connection of the reader pool. */
    <T> T read(Work<T> work) {
        DuckDBConnection c = borrow();
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("facts database query failed: " + e.getMessage(), e);
        } finally {
            idle.add(c);
        }
    }

    private DuckDBConnection borrow() {
        DuckDBConnection c = idle.poll();
        if (c != null) {
            return c;
        }
        try {
            synchronized (all) {
                DuckDBConnection d = main.duplicate();
                all.add(d);
                return d;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (all) {
            for (DuckDBConnection c : all) {
                closeQuietly(c);
            }
            all.clear();
        }
        closeQuietly(main);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do with it
        }
    }
}
