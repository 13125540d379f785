package org.marsad.analysis.ner;

import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Word classes learnt from unlabelled news (see {@link ClusterLearner}): words used in similar contexts share a
 * class, which lets the tagger generalize from a name seen in training to names it never saw.
 *
 * <p>Rules: a word is looked up by its normalized form; each word has one class per level, from coarse to fine,
 * packed into an int at {@value #BITS_PER_LEVEL} bits per level; an unknown word has none.
 * Immutable and thread-safe once built.
 */
final class WordClusters {
    static final int BITS_PER_LEVEL = 10;
    static final int MAX_LEVELS = 3;
    static final WordClusters EMPTY = new WordClusters(0, new TreeMap<>());

    private final int levels;
    private final SortedMap<String, Integer> classes;
    private final LongIntMap byHash;

    /** Classes of {@code levels} levels, {@code classes} mapping normalized words to packed class ids. */
    WordClusters(int levels, SortedMap<String, Integer> classes) {
        if (levels < 0 || levels > MAX_LEVELS) {
            throw new IllegalArgumentException("levels must be within 0.." + MAX_LEVELS + ", got " + levels);
        }
        this.levels = levels;
        this.classes = new TreeMap<>(classes);
        this.byHash = new LongIntMap(classes.size());
        classes.forEach((word, packed) -> byHash.put(FeatureHash.of(word), packed));
    }

    int levels() {
        return levels;
    }

    SortedMap<String, Integer> classes() {
        return classes;
    }

    /** The packed classes of the word hashing to {@code wordHash}, or -1 when the word is unknown. */
    int packedOf(long wordHash) {
        return byHash.get(wordHash, -1);
    }

    /** The class at {@code level} of a packed value. */
    static int classAt(int packed, int level) {
        return (packed >>> (BITS_PER_LEVEL * level)) & ((1 << BITS_PER_LEVEL) - 1);
    }

    static int pack(int[] classPerLevel) {
        int packed = 0;
        for (int level = 0; level < classPerLevel.length; level++) {
            packed |= classPerLevel[level] << (BITS_PER_LEVEL * level);
        }
        return packed;
    }
}
