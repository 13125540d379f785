package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;

/**
 * The store of a data directory: DuckDB ({@value #DATABASE_FILE}) holds the facts and is the source of truth, Lucene
 * ({@value #INDEX_DIRECTORY}/) holds the text for search. docs/store.md describes both.
 *
 * <p>Rules:
 * <ul>
 *   <li>an article is stored once: one whose content hash (source, URL, title, date, text) is stored is counted as a
 *       duplicate and skipped;</li>
 *   <li>its id is the analysis id, unless a different stored article holds that id (two outlets printing the same
 *       text, inputs without text), in which case it is the first 16 hex digits of its content hash;</li>
 *   <li>a batch is written to DuckDB in one transaction, then added to Lucene by a thread of the store's own, while
 *       the next batch is written; Lucene commits every {@value #INDEX_COMMIT_SECONDS} seconds and on close,
 *       recording the highest seq it holds;</li>
 *   <li>opening for writing reconciles the two: what DuckDB has and Lucene lacks is indexed again from DuckDB, what
 *       Lucene has and DuckDB lacks is deleted from Lucene; so a writer killed at any moment leaves, once reopened,
 *       both holding the same articles, each once;</li>
 *   <li>one writer at a time (calls to {@link #add} are serialised) and any number of concurrent readers; a
 *       read-only store lets other processes read the same directory, not write it.</li>
 * </ul>
 */
public final class MarsadStore implements Store {
    public static final String DATABASE_FILE = "facts.duckdb";
    public static final String INDEX_DIRECTORY = "index";
    static final int INDEX_COMMIT_SECONDS = 10;

    private final Path directory;
    private final Database db;
    private final TextIndex index;
    private final Facts facts;
    private final Reconciliation reconciliation;
    private final Labels labels;
    private final Object writeLock = new Object();
    private final long seq;
    private WriterState writer;
    private Indexer indexer;
    private boolean closed;

    /** What opening for writing repaired: articles indexed again, and index documents dropped. */
    public record Reconciliation(long reindexed, long dropped) {
    }

    private MarsadStore(Path directory, Database db, TextIndex index, Reconciliation reconciliation, long seq) {
        this.directory = directory;
        this.db = db;
        this.index = index;
        this.facts = new Facts(db);
        this.labels = new Labels(db);
        this.reconciliation = reconciliation;
        this.seq = seq;
    }

    /**
     * Opens the store in {@code dataDir} for reading and writing, creating it when absent, and reconciles the index
     * with the database.
     *
     * @throws StoreException when the directory cannot be used or another process has the store open
     */
    public static MarsadStore open(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
        Database db = Database.open(dataDir.resolve(DATABASE_FILE), false);
        TextIndex index = null;
        try {
            index = TextIndex.openWritable(dataDir.resolve(INDEX_DIRECTORY));
            Reconciler.Result r = new Reconciler(db, index).run();
            return new MarsadStore(dataDir, db, index, new Reconciliation(r.reindexed(), r.dropped()), r.seq());
        } catch (IOException | RuntimeException e) {
            closeQuietly(index);
            db.close();
            throw e instanceof StoreException s ? s
                    : new StoreException("cannot open the text index in " + dataDir.resolve(INDEX_DIRECTORY) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the store in {@code dataDir} for reading only; other processes may read it at the same time. When the
     * index lags the database (a writer was killed) and no other process has the store open, the lag is repaired
     * first, as {@link #open} does.
     *
     * @throws StoreException when there is no store in {@code dataDir}, or another process writes it
     */
    public static MarsadStore openReadOnly(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        Path file = dataDir.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(file) || !Files.isDirectory(dataDir.resolve(INDEX_DIRECTORY))) {
            throw new StoreException("no store in " + dataDir + " (run marsad ingest to make one, or give --data)");
        }
        MarsadStore store = openReadOnlyAsIs(dataDir);
        if (store.lagging()) {
            store.close();
            try {
                open(dataDir).close();
            } catch (StoreException busy) {
                // another process opened it meanwhile: read it as it is
            }
            store = openReadOnlyAsIs(dataDir);
        }
        return store;
    }

    private static MarsadStore openReadOnlyAsIs(Path dataDir) {
        Database db = Database.open(dataDir.resolve(DATABASE_FILE), true);
        try {
            TextIndex index = TextIndex.openReadOnly(dataDir.resolve(INDEX_DIRECTORY));
            return new MarsadStore(dataDir, db, index, new Reconciliation(0, 0), index.committedSeq());
        } catch (IOException | RuntimeException e) {
            db.close();
            throw e instanceof StoreException s ? s
                    : new StoreException("cannot open the text index in " + dataDir.resolve(INDEX_DIRECTORY) + ": " + e.getMessage(), e);
        }
    }

    private boolean lagging() {
        try {
            return index.committedSeq() != maxSeq() || index.count() != countArticles();
        } catch (IOException e) {
            throw new StoreException("cannot read the text index of " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Computes, off the writer's thread, what storing {@code article} needs; {@code inputKey} may be null. */
    public static PreparedArticle prepare(AnalyzedArticle article, String inputKey) {
        return new PreparedArticle(article, inputKey);
    }

    /** The key of an input before analysis (see {@link #holdsInput}). */
    public static String inputKey(Article article) {
        return PreparedArticle.inputKey(Objects.requireNonNull(article, "article"));
    }

    /**
     * Whether an input of this key was stored (or found a duplicate of a stored article) before: its analysis would
     * store nothing new, so it can be skipped.
     */
    public boolean holdsInput(String inputKey) {
        synchronized (writeLock) {
            return writerState().inputs.contains(inputKey);
        }
    }

    /** Stores the batch and returns once it is searchable. */
    @Override
    public AddResult add(List<AnalyzedArticle> batch) {
        List<PreparedArticle> prepared = new ArrayList<>(batch.size());
        batch.forEach(a -> prepared.add(prepare(a, null)));
        AddResult result = addPrepared(prepared);
        awaitIndexed();
        return result;
    }

    /**
     * {@link #add} for articles prepared ahead by {@link #prepare}: returns once the batch is in the database; it is
     * indexed in the background, searchable after {@link #awaitIndexed} and durable in the index after
     * {@link #commit} or {@link #close}.
     */
    public AddResult addPrepared(List<PreparedArticle> batch) {
        Objects.requireNonNull(batch, "batch");
        synchronized (writeLock) {
            checkOpen();
            WriterState state = writerState();
            WriterState.Batch planned = state.plan(batch);
            try {
                new FactWriter(db.writer()).write(planned.rows(), planned.inputs(), planned.merges());
            } catch (SQLException | RuntimeException e) {
                writer = null;
                throw new StoreException("cannot store a batch of " + batch.size() + " articles in " + directory + ": " + e.getMessage(), e);
            }
            labels.learn(planned.rows());
            indexer().submit(planned.rows());
            return new AddResult(planned.rows().size(), planned.duplicates());
        }
    }

    @Override
    public boolean delete(String id) {
        Objects.requireNonNull(id, "id");
        synchronized (writeLock) {
            checkOpen();
            Indexer indexing = indexer();
            indexing.await();
            boolean deleted;
            try {
                deleted = new FactWriter(db.writer()).delete(id);
            } catch (SQLException | RuntimeException e) {
                writer = null;
                throw new StoreException("cannot delete article " + id + " from " + directory + ": " + e.getMessage(), e);
            }
            if (!deleted) {
                return false;
            }
            writer = null; // hashes, ids and stories are loaded again without it
            try {
                index.delete(id);
                indexing.commit();
            } catch (IOException e) {
                // the database no longer holds it: the next opening for writing drops it from the index
                throw new StoreException("cannot delete article " + id + " from the text index of " + directory + ": " + e.getMessage(), e);
            }
            return true;
        }
    }

    /** Waits until the articles added so far are searchable ({@link #addPrepared} indexes in the background). */
    public void awaitIndexed() {
        synchronized (writeLock) {
            if (indexer != null) {
                indexer.await();
            }
        }
    }

    /** Makes the index durable now, rather than within {@value #INDEX_COMMIT_SECONDS} seconds or at close. */
    public void commit() {
        synchronized (writeLock) {
            checkOpen();
            try {
                if (indexer != null) {
                    indexer.commit();
                }
            } catch (IOException e) {
                throw new StoreException("cannot commit the text index of " + directory + ": " + e.getMessage(), e);
            }
        }
    }

    private Indexer indexer() {
        if (db.readOnly()) {
            throw new IllegalStateException("the store of " + directory + " was opened read-only");
        }
        if (indexer == null) {
            indexer = new Indexer(index, seq);
        }
        return indexer;
    }

    private WriterState writerState() {
        if (writer == null) {
            writer = WriterState.load(db);
        }
        return writer;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            return index.search(request, labels::of);
        } catch (IOException e) {
            throw new StoreException("search failed in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The ids of every article that {@code request}'s query and filters match, best first; limit and offset ignored. */
    public List<String> matchingIds(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            return index.matchingIds(request);
        } catch (IOException e) {
            throw new StoreException("search failed in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<AnalyzedArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        return facts.article(id);
    }

    /** Each stored article of {@code ids}, in that order, to {@code sink}; ids not stored are skipped. */
    public void forEachArticle(List<String> ids, Consumer<AnalyzedArticle> sink) {
        int chunk = 500;
        for (int i = 0; i < ids.size(); i += chunk) {
            facts.articles(ids.subList(i, Math.min(ids.size(), i + chunk))).forEach(sink);
        }
    }

    @Override
    public Optional<EntityProfile> entity(String key) {
        Objects.requireNonNull(key, "key");
        return facts.entity(key);
    }

    @Override
    public PairProfile pair(String countryA, String countryB) {
        return facts.pair(iso3(countryA, "countryA"), iso3(countryB, "countryB"));
    }

    private static String iso3(String code, String name) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException(name + " must be an ISO 3166-1 alpha-3 code such as EGY, got '" + code + "'");
        }
        return code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public TableResult sql(String select, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        return facts.sql(select, maxRows);
    }

    /**
     * Writes the rows of {@code table} (one of {@link #EXPORT_TABLES}) to {@code out} with DuckDB's COPY; only the
     * rows of the articles of {@code articleIds} when it is not null.
     */
    public void export(String table, List<String> articleIds, Path out, ExportFormat format) {
        new Exporter(db).export(table, articleIds, out, format);
    }

    /** The tables {@link #export} writes. */
    public static final List<String> EXPORT_TABLES = Exporter.TABLES;

    /** File formats of {@link #export}. */
    public enum ExportFormat { CSV, JSONL, PARQUET }

    @Override
    public StoreStats stats() {
        return facts.stats();
    }

    /** What opening repaired (zeros for a read-only store). */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    public Path directory() {
        return directory;
    }

    private long maxSeq() {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) FROM articles")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private long countArticles() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM articles"); ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the store of " + directory + " is closed");
        }
    }

    /** Commits the index (a writable store) and closes both halves. */
    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (indexer != null) {
                    indexer.close();
                }
            } catch (IOException e) {
                throw new StoreException("cannot commit the text index of " + directory + ": " + e.getMessage(), e);
            } finally {
                closeQuietly(index);
                db.close();
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing after a failure: the first failure is the one reported
        }
    }
}
