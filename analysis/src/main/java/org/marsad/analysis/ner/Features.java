package org.marsad.analysis.ner;

/**
 * The feature keys of a sentence: those of token {@code i} are {@code keys[offsets[i]]} up to
 * {@code keys[offsets[i + 1]]}, exclusive.
 */
record Features(long[] keys, int[] offsets) {

    int tokens() {
        return offsets.length - 1;
    }
}
