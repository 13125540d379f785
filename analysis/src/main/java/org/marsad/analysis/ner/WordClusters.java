package org.marsad.analysis.ner;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Word classes learnt from unlabelled news (see {@link ClusterLearner}): words used in similar contexts share a
 * class, which lets the tagger generalize from a name seen in training to names it never saw.
 *
 * <p>Rules: a word is looked up by its normalized form; each word has one class per level, packed into a long at
 * {@value #BITS_PER_LEVEL} bits per level, up to {@value #MAX_LEVELS} levels (two partitions of three levels, coarse
 * to fine); an unknown word has none. Immutable and thread-safe once built.
 */
final class WordClusters {
    static final int BITS_PER_LEVEL = 10;
    static final int MAX_LEVELS = 6;
    static final WordClusters EMPTY = new WordClusters(0, new TreeMap<>());

    private final int levels;
    private final SortedMap<String, Long> classes;
    private final LongIntMap rowByHash;
    private final long[] packedByRow;

    /** Classes of {@code levels} levels, {@code classes} mapping normalized words to packed class ids. */
    WordClusters(int levels, SortedMap<String, Long> classes) {
        if (levels < 0 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("levels must be within 0.." + MAX_LEVELS + ", got " + levels);
        }
        this.levels = levels;
        this.classes = new TreeMap<>(classes);
        this.rowByHash = new LongIntMap(classes.size());
        this.packedByRow = new long[classes.size()];
        int row = 0;
        for (var e : this.classes.entrySet()) {
            packedByRow[row] = e.getValue();
            rowByHash.put(FeatureHash.of(e.getKey()), row++);
        }
    }

    int levels() {
        return levels;
    }

    SortedMap<String, Long> classes() {
        return classes;
    }

    /** The packed classes of the word hashing to {@code wordHash}, or -1 when the word is unknown. */
    long packedOf(long wordHash) {
        int row = rowByHash.get(wordHash, -1);
        return row < 0 ? -1 : packedByRow[row];
    }

    /** The class at {@code level} of a packed value. */
    static int classAt(long packed, int level) {
        return (int) (packed >>> (BITS_PER_LEVEL * level)) & ((1 << BITS_PER_LEVEL) - 1);
    }

    static long pack(int[] classPerLevel) {
        long packed = 0;
        for (int level = 0; level < classPerLevel.length; level++) {
            packed |= (long) classPerLevel[level] << (BITS_PER_LEVEL * level);
        }
        return packed;
    }
}
