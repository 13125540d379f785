package org.marsad.analysis.ner;

import java.util.Arrays;

/**
 * The emission weights of a trained model: for each feature key, one weight per label.
 *
 * <p>Rules: row r holds the weights of {@code keys[r]} at {@code values[r * Labels.COUNT + label]}, rows in
 * increasing key order (so that equal weights are equal arrays, and are written alike); a key without a row
 * weighs 0 for every label; keys are distinct and non-zero. Immutable and thread-safe.
 *
 * <p>Lookups ({@link #find}) go through an open-addressing table that keeps each key's weights at its slot's
 * index in a parallel array: tagging looks up some thousands of keys per article at random places of a table of
 * megabytes, and there the address of the weights follows from the slot found, so both memory reads can be
 * under way at once, where reading a row number out of the slot first would make them wait on each other.
 */
final class Weights {
    private static final int L = Labels.COUNT;
    /**
     * log2 of the bits of {@link #present}: 2^21 bits, a quarter of a megabyte, stay in a core's cache where the
     * table (megabytes) does not, and leave about one absent key in sixteen to the table.
     */
    private static final int PRESENT_BITS = 21;
    private final long[] keys;
    private final float[] values;
    /** The open-addressing table: a key per slot (0 when empty), linear probing, at most half full. */
    private final long[] slotKeys;
    /** The weights of the key in slot s at {@code slotValues[s * L + label]}. */
    private final float[] slotValues;
    private final int mask;
    /**
     * Bit {@code key >>> (64 - PRESENT_BITS)} is set for every key with weights. Most keys looked up have none
     * (word pairs and raw spellings seldom seen in training) and are answered here without touching the table.
     * Keys are mixed hashes, so their top bits spread evenly.
     */
    private final long[] present = new long[1 << (PRESENT_BITS - 6)];

    Weights(long[] keys, float[] values) {
        if (values.length != keys.length * L) {
            throw new IllegalArgumentException("need " + L + " weights per key, got " + values.length
                    + " weights for " + keys.length + " keys");
        }
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, r -> r);
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        this.keys = new long[keys.length];
        this.values = new float[values.length];
        for (int r = 0; r < order.length; r++) {
            this.keys[r] = keys[order[r]];
            System.arraycopy(values, order[r] * L, this.values, r * L, L);
        }
        int capacity = Integer.highestOneBit(Math.max(4, keys.length) * 2 - 1) << 1;
        this.slotKeys = new long[capacity];
        this.slotValues = new float[capacity * L];
        this.mask = capacity - 1;
        for (int r = 0; r < keys.length; r++) {
            long key = this.keys[r];
            if (key == 0 || r > 0 && key == this.keys[r - 1]) {
                throw new IllegalArgumentException(key == 0 ? "feature key 0 is reserved" : "duplicate feature key " + key);
            }
            int slot = (int) FeatureHash.mix(key) & mask;
            while (slotKeys[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slotKeys[slot] = key;
            System.arraycopy(this.values, r * L, slotValues, slot * L, L);
            long bit = key >>> (64 - PRESENT_BITS);
            present[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    int size() {
        return keys.length;
    }

    long key(int row) {
        return keys[row];
    }

    float value(int row, int label) {
        return values[row * L + label];
    }

    /** These weights with {@code change} added to the weight of {@code label} for feature {@code key}. */
    Weights plus(long key, int label, float change) {
        int row = Arrays.binarySearch(keys, key);
        if (row < 0) {
            throw new IllegalArgumentException("no weights for feature key " + key);
        }
        float[] changed = values.clone();
        changed[row * L + label] += change;
        return new Weights(keys, changed);
    }

    /** The table slot of feature {@code key} for {@link #add}, or -1 when it has none (it weighs 0 for every label). */
    int find(long key) {
        long bit = key >>> (64 - PRESENT_BITS);
        if ((present[(int) (bit >>> 6)] & (1L << bit)) == 0) {
            return -1;
        }
        for (int slot = (int) FeatureHash.mix(key) & mask; ; slot = (slot + 1) & mask) {
            long k = slotKeys[slot];
            if (k == key) {
                return slot;
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** Adds the weights in {@code slot} to {@code out[base + label]}, label by label; nothing for slot -1. */
    void add(int slot, float[] out, int base) {
        if (slot < 0) {
            return;
        }
        int from = slot * L;
        for (int y = 0; y < L; y++) {
            out[base + y] += slotValues[from + y];
        }
    }

    /**
     * The label scores of every token: {@code out[i * Labels.COUNT + label]}, sums of its features' weights added
     * in the order of the keys (float sums depend on it).
     */
    float[] emissions(Features features) {
        int n = features.tokens();
        float[] out = new float[n * L];
        long[] featureKeys = features.keys();
        int[] offsets = features.offsets();
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                add(find(featureKeys[k]), out, i * L);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights other && Arrays.equals(keys, other.keys) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(keys) + Arrays.hashCode(values);
    }
}
