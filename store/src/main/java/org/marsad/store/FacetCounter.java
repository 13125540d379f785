package org.marsad.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts, over every matching document, the values of the facet fields ({@code entity, country, type, source,
 * month}).
 *
 * <p>Rules: each segment's facet ordinals, of all fields, are read once from its doc values into one flat array
 * (segments never change, so the array lives as long as the segment); counting is then one array walk per matching
 * document into per-segment counts; only the values counted are mapped to ordinals global across segments, by an
 * {@link OrdinalMap} built once per reader. The values counted are listed as they are first met, so that folding a
 * segment's counts and picking the top values take time in the values met, not in every value the index holds (tens
 * of thousands of entities, of which a search meets a few hundred).
 */
final class FacetCounter {
    static final List<String> FIELDS = List.of(IndexDocs.ENTITY, IndexDocs.COUNTRY, IndexDocs.TYPE, IndexDocs.SOURCE,
            IndexDocs.MONTH);

    private final Map<IndexReader.CacheKey, Global> maps = new ConcurrentHashMap<>();
    private final Map<IndexReader.CacheKey, SegmentOrds> segments = new ConcurrentHashMap<>();

    /** A value of a facet and how many matching documents carry it. */
    record Count(String value, long count) {
    }

    /**
     * A reader's global ordinals: per field its {@link OrdinalMap} (to name a value) and the map from each segment's
     * ordinals to global ones as plain arrays ({@code toGlobal[field][segment][ord]}), read once per reader.
     */
    private record Global(Map<String, OrdinalMap> maps, int[][][] toGlobal) {
        static Global of(IndexReader reader) throws IOException {
            Map<String, OrdinalMap> maps = new LinkedHashMap<>();
            List<LeafReaderContext> leaves = reader.leaves();
            int[][][] toGlobal = new int[FIELDS.size()][leaves.size()][];
            for (int f = 0; f < FIELDS.size(); f++) {
                String field = FIELDS.get(f);
                SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DocValues.getSortedSet(leaves.get(i).reader(), field);
                }
                OrdinalMap map = OrdinalMap.build(null, values, PackedInts.DEFAULT);
                maps.put(field, map);
                for (int i = 0; i < values.length; i++) {
                    LongValues g = map.getGlobalOrds(i);
                    int[] a = new int[(int) values[i].getValueCount()];
                    for (int ord = 0; ord < a.length; ord++) {
                        a[ord] = (int) g.get(ord);
                    }
                    toGlobal[f][i] = a;
                }
            }
            return new Global(maps, toGlobal);
        }
    }

    /**
     * One segment's ordinals of every facet field, flattened: document d has {@code ords[starts[d] .. starts[d + 1])},
     * each the field's segment ordinal plus the field's base, so that one array counts all fields.
     */
    private record SegmentOrds(int[] starts, int[] ords, int[] bases, int total) {
        static SegmentOrds read(LeafReader reader) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[FIELDS.size()];
            int[] bases = new int[FIELDS.size() + 1];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(reader, FIELDS.get(f));
                bases[f + 1] = bases[f] + (int) values[f].getValueCount();
            }
            int maxDoc = reader.maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc * 4)];
            int n = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                starts[doc] = n;
                for (int f = 0; f < values.length; f++) {
                    if (values[f].advanceExact(doc)) {
                        for (int i = 0, k = values[f].docValueCount(); i < k; i++) {
                            if (n == ords.length) {
                                ords = java.util.Arrays.copyOf(ords, ords.length * 2);
                            }
                            ords[n++] = bases[f] + (int) values[f].nextOrd();
                        }
                    }
                }
            }
            starts[maxDoc] = n;
            return new SegmentOrds(starts, java.util.Arrays.copyOf(ords, n), bases, bases[values.length]);
        }
    }

    /** The manager collecting counts for one search on {@code reader}. */
    CollectorManager<Counting, Counts> manager(IndexReader reader) throws IOException {
        Global ordinals = ordinals(reader);
        List<SegmentOrds> leaves = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            leaves.add(segmentOrds(leaf.reader()));
        }
        return new CollectorManager<>() {
            @Override
            public Counting newCollector() {
                return new Counting(ordinals, leaves);
            }

            @Override
            public Counts reduce(Collection<Counting> collectors) {
                Counting first = collectors.iterator().next();
                first.fold();
                for (Counting other : collectors) {
                    if (other != first) {
                        other.fold();
                        first.add(other);
                    }
                }
                return new Counts(reader, ordinals.maps(), first.counts, first.met, first.hits);
            }
        };
    }

    private SegmentOrds segmentOrds(LeafReader leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        SegmentOrds cached = helper == null ? null : segments.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        SegmentOrds built = SegmentOrds.read(leaf);
        if (helper != null && segments.putIfAbsent(helper.getKey(), built) == null) {
            helper.addClosedListener(segments::remove);
        }
        return built;
    }

    private Global ordinals(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return Global.of(reader);
        }
        Global cached = maps.get(helper.getKey());
        if (cached == null) {
            cached = Global.of(reader);
            if (maps.putIfAbsent(helper.getKey(), cached) == null) {
                helper.addClosedListener(maps::remove);
            }
        }
        return cached;
    }

    /** Counts of one search, per field (in {@link #FIELDS} order) by global ordinal. */
    static final class Counts {
        private final IndexReader reader;
        private final Map<String, OrdinalMap> ordinals;
        private final int[][] counts;
        private final IntList[] met;
        private final long hits;

        Counts(IndexReader reader, Map<String, OrdinalMap> ordinals, int[][] counts, IntList[] met, long hits) {
            this.reader = reader;
            this.ordinals = ordinals;
            this.counts = counts;
            this.met = met;
            this.hits = hits;
        }

        long hits() {
            return hits;
        }

        /**
         * The {@code size} most frequent values of {@code field}, most frequent first, ties by value (global ordinals
         * are in value order, so of values tied at the cut the first by value stays, whatever order they were met in).
         */
        List<Count> top(String field, int size) throws IOException {
            int f = FIELDS.indexOf(field);
            int[] c = counts[f];
            IntList values = met[f];
            int[] bestOrd = new int[size];
            int[] bestCount = new int[size];
            int n = 0;
            for (int i = 0; i < values.size; i++) {
                int ord = values.items[i];
                int count = c[ord];
                if (n == size && !before(count, ord, bestCount[n - 1], bestOrd[n - 1])) {
                    continue;
                }
                int at = n == size ? n - 1 : n++;
                while (at > 0 && before(count, ord, bestCount[at - 1], bestOrd[at - 1])) {
                    bestCount[at] = bestCount[at - 1];
                    bestOrd[at] = bestOrd[at - 1];
                    at--;
                }
                bestCount[at] = count;
                bestOrd[at] = ord;
            }
            List<Count> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(new Count(lookup(field, bestOrd[i]), bestCount[i]));
            }
            out.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
            return out;
        }

        private static boolean before(int count, int ord, int otherCount, int otherOrd) {
            return count > otherCount || count == otherCount && ord < otherOrd;
        }

        private String lookup(String field, int globalOrd) throws IOException {
            OrdinalMap map = ordinals.get(field);
            int segment = map.getFirstSegmentNumber(globalOrd);
            long segmentOrd = map.getFirstSegmentOrd(globalOrd);
            return DocValues.getSortedSet(reader.leaves().get(segment).reader(), field).lookupOrd(segmentOrd).utf8ToString();
        }
    }

    /** Counts into one per-segment array, folded into global ones when the segment is done. */
    static final class Counting implements Collector {
        private final Global ordinals;
        private final List<SegmentOrds> leaves;
        private final int[][] counts = new int[FIELDS.size()][];
        /** Per field, the global ordinals counted, each once, in the order first met. */
        private final IntList[] met = new IntList[FIELDS.size()];
        /** The counts of the segment being collected; zero again, wherever it was counted, once folded. */
        private int[] segmentCounts;
        private final IntList segmentMet = new IntList();
        private int segment = -1;
        private long hits;

        Counting(Global ordinals, List<SegmentOrds> leaves) {
            this.ordinals = ordinals;
            this.leaves = leaves;
            for (int f = 0; f < FIELDS.size(); f++) {
                counts[f] = new int[(int) ordinals.maps().get(FIELDS.get(f)).getValueCount()];
                met[f] = new IntList();
            }
        }

        void add(Counting other) {
            for (int f = 0; f < FIELDS.size(); f++) {
                int[] c = counts[f];
                int[] o = other.counts[f];
                IntList others = other.met[f];
                for (int i = 0; i < others.size; i++) {
                    int ord = others.items[i];
                    if (c[ord] == 0) {
                        met[f].add(ord);
                    }
                    c[ord] += o[ord];
                }
            }
            hits += other.hits;
        }

        /** Adds the counts of the segment just collected to the global counts. */
        void fold() {
            if (segment < 0 || segmentMet.size == 0) {
                return;
            }
            int[] bases = leaves.get(segment).bases();
            int[][][] toGlobal = ordinals.toGlobal();
            for (int i = 0; i < segmentMet.size; i++) {
                int ord = segmentMet.items[i];
                int f = 0;
                while (ord >= bases[f + 1]) {
                    f++;
                }
                int globalOrd = toGlobal[f][segment][ord - bases[f]];
                int[] global = counts[f];
                if (global[globalOrd] == 0) {
                    met[f].add(globalOrd);
                }
                global[globalOrd] += segmentCounts[ord];
                segmentCounts[ord] = 0;
            }
            segmentMet.size = 0;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            fold();
            segment = context.ord;
            SegmentOrds leaf = leaves.get(context.ord);
            int[] starts = leaf.starts();
            int[] ords = leaf.ords();
            if (segmentCounts == null || segmentCounts.length < leaf.total()) {
                segmentCounts = new int[leaf.total()];
            }
            int[] c = segmentCounts;
            IntList counted = segmentMet;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    hits++;
                    for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                        if (c[ords[i]]++ == 0) {
                            counted.add(ords[i]);
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] items = new int[64];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = java.util.Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }
}
