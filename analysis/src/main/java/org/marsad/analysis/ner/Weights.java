package org.marsad.analysis.ner;

import java.util.Arrays;

/**
 * The emission weights of a trained model: for each feature key, one weight per label.
 *
 * <p>Rules: row r holds the weights of {@code keys[r]} at {@code values[r * Labels.COUNT + label]}, rows in
 * increasing key order (so that equal weights are equal arrays, and are written alike); a key without a row
 * weighs 0 for every label; keys are distinct and non-zero. Immutable and thread-safe.
 */
final class Weights {
    /**
     * log2 of the bits of {@link #present}: 2^21 bits, a quarter of a megabyte, stay in a core's cache where the
     * row table (some megabytes) does not, and leave about one absent key in sixteen to the table.
     */
    private static final int PRESENT_BITS = 21;
    private final long[] keys;
    private final float[] values;
    private final LongIntMap rows;
    /**
     * Bit {@code key >>> (64 - PRESENT_BITS)} is set for every key with a row. Most keys looked up have none (word
     * pairs and raw spellings seldom seen in training) and are answered here without touching {@link #rows}.
     * Keys are mixed hashes, so their top bits spread evenly.
     */
    private final long[] present = new long[1 << (PRESENT_BITS - 6)];

    Weights(long[] keys, float[] values) {
        if (values.length != keys.length * Labels.COUNT) {
            throw new IllegalArgumentException("need " + Labels.COUNT + " weights per key, got " + values.length
                    + " weights for " + keys.length + " keys");
        }
        Integer[] order = new Integer[keys.length];
        Arrays.setAll(order, r -> r);
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        this.keys = new long[keys.length];
        this.values = new float[values.length];
        for (int r = 0; r < order.length; r++) {
            this.keys[r] = keys[order[r]];
            System.arraycopy(values, order[r] * Labels.COUNT, this.values, r * Labels.COUNT, Labels.COUNT);
        }
        this.rows = new LongIntMap(keys.length);
        for (int r = 0; r < keys.length; r++) {
            if (r > 0 && this.keys[r] == this.keys[r - 1]) {
                throw new IllegalArgumentException("duplicate feature key " + this.keys[r]);
            }
            rows.put(this.keys[r], r);
            long bit = this.keys[r] >>> (64 - PRESENT_BITS);
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
        return values[row * Labels.COUNT + label];
    }

    /** These weights with {@code change} added to the weight of {@code label} for feature {@code key}. */
    Weights plus(long key, int label, float change) {
        int row = rowOf(key);
        if (row < 0) {
            throw new IllegalArgumentException("no weights for feature key " + key);
        }
        float[] changed = values.clone();
        changed[row * Labels.COUNT + label] += change;
        return new Weights(keys, changed);
    }

    /** The row of feature {@code key}, or -1 when it has none (it weighs 0 for every label). */
    int rowOf(long key) {
        long bit = key >>> (64 - PRESENT_BITS);
        if ((present[(int) (bit >>> 6)] & (1L << bit)) == 0) {
            return -1;
        }
        return rows.get(key, -1);
    }

    /** Adds the weights of {@code row} to {@code out[base + label]}, label by label; nothing for row -1. */
    void addRow(int row, float[] out, int base) {
        if (row < 0) {
            return;
        }
        int from = row * Labels.COUNT;
        for (int y = 0; y < Labels.COUNT; y++) {
            out[base + y] += values[from + y];
        }
    }

    /**
     * The label scores of every token: {@code out[i * Labels.COUNT + label]}, sums of its features' weights added
     * in the order of the keys (float sums depend on it).
     */
    float[] emissions(Features features) {
        int n = features.tokens();
        float[] out = new float[n * Labels.COUNT];
        long[] featureKeys = features.keys();
        int[] offsets = features.offsets();
        for (int i = 0; i < n; i++) {
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                addRow(rowOf(featureKeys[k]), out, i * Labels.COUNT);
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
