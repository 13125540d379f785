package org.marsad.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene half of the store: the text of every stored article, searchable, with filters and facets.
 *
 * <p>Rules:
 * <ul>
 *   <li>the last commit records, as user data {@value #SEQ_KEY}, the highest database seq it holds: every article
 *       of the database up to that seq (none after) is in that commit, which is what reconciliation relies on; and
 *       as {@value #FORMAT_KEY} the layout of its documents: an index of another layout is emptied when opened for
 *       writing, and reconciliation then indexes every article again;</li>
 *   <li>added documents are searchable at the next search (near-real-time reopen) and durable at the next
 *       commit;</li>
 *   <li>an empty query lists articles newest first; a query ranks them by relevance (BM25);</li>
 *   <li>a read-only index never writes and sees the last commit as it was when opened.</li>
 * </ul>
 */
final class TextIndex implements Closeable {
    static final String SEQ_KEY = "marsad.seq";
    /** The layout of the documents ({@link IndexDocs}); an index of another layout is rebuilt from the database. */
    static final String FORMAT_KEY = "marsad.format";
    static final String FORMAT = "2";
    static final int FACET_SIZE = 10;
    /**
     * Top hits are collected with Lucene's default early termination (block-max WAND), and the exact total and facets
     * in a second pass that does not score: cheaper than scoring every match.
     */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    private static final double RAM_BUFFER_MB = 96;
    private static final Sort NEWEST_FIRST = newestFirst();
    /**
     * Lucene says at start-up, on standard error, that the JDK's incubating vector module is not enabled; that is a
     * speed hint for the JVM's options, not news for the user of every command, so it is kept to severe messages.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quietVectorNotice();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetCounter facets = new FacetCounter();
    private volatile boolean stale;
    private volatile Snippets snippets;

    private TextIndex(Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    /** Opens (creating when absent) the index in {@code dir} for writing. */
    static TextIndex openWritable(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer(SearchAnalyzer.Mode.INDEX))
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCodec(new MarsadCodec())
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory) || !FORMAT.equals(userData(directory).get(FORMAT_KEY))) {
                writer.deleteAll();
                writer.setLiveCommitData(Map.of(SEQ_KEY, "0", FORMAT_KEY, FORMAT).entrySet());
                writer.commit();
            }
            return new TextIndex(directory, writer, new SearcherManager(writer, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Opens the last commit of the index in {@code dir} for searching only. */
    static TextIndex openReadOnly(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new TextIndex(directory, null, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The highest database seq of the last commit: 0 for a new index, -1 for one of another format. */
    long committedSeq() throws IOException {
        Map<String, String> data = userData(directory);
        String seq = data.get(SEQ_KEY);
        if (!FORMAT.equals(data.get(FORMAT_KEY))) {
            return -1;
        }
        return seq == null ? 0 : Long.parseLong(seq);
    }

    private static Map<String, String> userData(Directory directory) throws IOException {
        return SegmentInfos.readLatestCommit(directory).getUserData();
    }

    void add(Document doc) throws IOException {
        writer().addDocument(doc);
        stale = true;
    }

    /** Adds {@code doc}, replacing any document of the same id. */
    void replace(String id, Document doc) throws IOException {
        writer().updateDocument(new Term(IndexDocs.ID, id), doc);
        stale = true;
    }

    void delete(String id) throws IOException {
        writer().deleteDocuments(new Term(IndexDocs.ID, id));
        stale = true;
    }

    /** Makes everything added durable, recording {@code seq} as the highest database seq held. */
    void commit(long seq) throws IOException {
        writer().setLiveCommitData(Map.of(SEQ_KEY, Long.toString(seq), FORMAT_KEY, FORMAT).entrySet());
        writer().commit();
    }

    /** Every document's id with its seq, as the index holds them now (committed or not). */
    Map<String, List<Long>> ids() throws IOException {
        refreshIfStale();
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, List<Long>> out = new HashMap<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexDocs.ID);
                NumericDocValues seqs = leaf.reader().getNumericDocValues(IndexDocs.SEQ);
                var live = leaf.reader().getLiveDocs();
                for (int doc = 0; ids != null && doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc) && seqs.advanceExact(doc)) {
                        out.computeIfAbsent(ids.lookupOrd(ids.ordValue()).utf8ToString(), k -> new ArrayList<>(1)).add(seqs.longValue());
                    }
                }
            }
            return out;
        } finally {
            searchers.release(searcher);
        }
    }

    int count() throws IOException {
        refreshIfStale();
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /** One page of hits with facets; {@code labels} names entity and country keys for display. */
    org.marsad.store.SearchResult search(SearchRequest request, Function<Set<String>, Map<String, String>> labels)
            throws IOException {
        refreshIfStale();
        Query text = textQuery(request.query());
        Query query = filtered(text, request);
        IndexSearcher searcher = searchers.acquire();
        try {
            int n = request.offset() + request.limit();
            CollectorManager<?, ? extends TopDocs> top = text instanceof MatchAllDocsQuery
                    ? new TopFieldCollectorManager(NEWEST_FIRST, n, null, TOTAL_HITS_THRESHOLD)
                    : new TopScoreDocCollectorManager(n, null, TOTAL_HITS_THRESHOLD);
            // one pass for both: the facets visit every hit anyway, and a query evaluated twice costs twice
            Object[] both = searcher.search(query, new MultiCollectorManager(top, facets.manager(searcher.getIndexReader())));
            TopDocs docs = (TopDocs) both[0];
            FacetCounter.Counts counts = (FacetCounter.Counts) both[1];
            ScoreDoc[] page = page(docs.scoreDocs, request.offset());
            Snippets s = Snippets.of(searcher, snippets);
            snippets = s;
            return new org.marsad.store.SearchResult(counts.hits(), hits(searcher, s.highlight(text, page), page), facetValues(counts, labels));
        } finally {
            searchers.release(searcher);
        }
    }

    /** The ids of every article matching the request's query and filters (its limit and offset ignored). */
    List<String> matchingIds(SearchRequest request) throws IOException {
        refreshIfStale();
        Query text = textQuery(request.query());
        Query query = filtered(text, request);
        IndexSearcher searcher = searchers.acquire();
        try {
            int all = Math.max(1, searcher.getIndexReader().numDocs());
            CollectorManager<?, ? extends TopDocs> top = text instanceof MatchAllDocsQuery
                    ? new TopFieldCollectorManager(NEWEST_FIRST, all, null, Integer.MAX_VALUE)
                    : new TopScoreDocCollectorManager(all, null, Integer.MAX_VALUE);
            TopDocs docs = searcher.search(query, top);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<String> ids = new ArrayList<>(docs.scoreDocs.length);
            for (ScoreDoc d : docs.scoreDocs) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                ids.add(sorted(leaf, IndexDocs.ID, d.doc - leaf.docBase));
            }
            return ids;
        } finally {
            searchers.release(searcher);
        }
    }

    private static ScoreDoc[] page(ScoreDoc[] docs, int offset) {
        if (offset >= docs.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(docs, offset, docs.length);
    }

    private static List<org.marsad.store.SearchResult.Hit> hits(IndexSearcher searcher, String[] snippets, ScoreDoc[] page)
            throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<org.marsad.store.SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(page[i].doc, leaves));
            int doc = page[i].doc - leaf.docBase;
            double score = Float.isNaN(page[i].score) ? 0 : page[i].score;
            hits.add(new org.marsad.store.SearchResult.Hit(sorted(leaf, IndexDocs.ID, doc), binary(leaf, IndexDocs.TITLE, doc),
                    sortedSet(leaf, IndexDocs.SOURCE, doc), binary(leaf, IndexDocs.PUBLISHED, doc), snippets[i], score));
        }
        return hits;
    }

    private static String sorted(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
        return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
    }

    private static String sortedSet(LeafReaderContext leaf, String field, int doc) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), field);
        return values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
    }

    private static String binary(LeafReaderContext leaf, String field, int doc) throws IOException {
        BinaryDocValues values = DocValues.getBinary(leaf.reader(), field);
        return values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
    }

    private static Map<String, List<org.marsad.store.SearchResult.FacetValue>> facetValues(FacetCounter.Counts counts,
            Function<Set<String>, Map<String, String>> labels) throws IOException {
        Map<String, List<FacetCounter.Count>> tops = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (String field : FacetCounter.FIELDS) {
            List<FacetCounter.Count> top = counts.top(field, FACET_SIZE);
            tops.put(field, top);
            if (field.equals(IndexDocs.ENTITY) || field.equals(IndexDocs.COUNTRY)) {
                top.forEach(c -> keys.add(c.value()));
            }
        }
        Map<String, String> names = keys.isEmpty() ? Map.of() : labels.apply(keys);
        Map<String, List<org.marsad.store.SearchResult.FacetValue>> out = new LinkedHashMap<>();
        tops.forEach((field, top) -> out.put(field, top.stream()
                .map(c -> new org.marsad.store.SearchResult.FacetValue(c.value(), names.getOrDefault(c.value(), c.value()), c.count()))
                .toList()));
        return out;
    }

    static Query textQuery(String query) {
        return query == null || query.isBlank() ? new MatchAllDocsQuery() : ArabicQueryParser.parse(query);
    }

    private static Query filtered(Query text, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(b, IndexDocs.ENTITY, r.entity());
        filter(b, IndexDocs.COUNTRY, r.country() == null ? null : r.country().toUpperCase(Locale.ROOT));
        filter(b, IndexDocs.TYPE, r.type() == null ? null : r.type().toUpperCase(Locale.ROOT));
        filter(b, IndexDocs.SOURCE, r.source());
        if (r.from() != null || r.to() != null) {
            b.add(IntPoint.newRangeQuery(IndexDocs.DAY, epochDay(r.from(), Integer.MIN_VALUE), epochDay(r.to(), Integer.MAX_VALUE)),
                    BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
        }
    }

    private static int epochDay(LocalDate day, int unbounded) {
        return day == null ? unbounded : (int) day.toEpochDay();
    }

    private void refreshIfStale() throws IOException {
        if (stale) {
            stale = false;
            searchers.maybeRefreshBlocking();
        }
    }

    /** Drops documents whose seq is above {@code seq}. */
    void deleteAbove(long seq) throws IOException {
        writer().deleteDocuments(LongPoint.newRangeQuery(IndexDocs.SEQ, seq + 1, Long.MAX_VALUE));
        stale = true;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened read-only");
        }
        return writer;
    }

    private static java.util.logging.Logger quietVectorNotice() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static Sort newestFirst() {
        SortField day = new SortField(IndexDocs.DAY, SortField.Type.INT, true);
        day.setMissingValue(Integer.MIN_VALUE);
        return new Sort(day, new SortField(IndexDocs.SEQ, SortField.Type.LONG, true));
    }

    /** Closes without committing: what was added since the last {@link #commit} is dropped. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
        } finally {
            directory.close();
        }
    }
}
