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
    private final long[] keys;
    private final float[] values;
    private final LongIntMap rows;

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
        int row = rows.get(key, -1);
        if (row < 0) {
            throw new IllegalArgumentException("no weights for feature key " + key);
        }
        float[] changed = values.clone();
        changed[row * Labels.COUNT + label] += change;
        return new Weights(keys, changed);
    }

    /** The label scores of every token: {@code out[i * Labels.COUNT + label]}, sums of its features' weights. */
    float[] emissions(Features features) {
        int n = features.tokens();
        int labels = Labels.COUNT;
        float[] out = new float[n * labels];
        long[] featureKeys = features.keys();
        int[] offsets = features.offsets();
        for (int i = 0; i < n; i++) {
            int base = i * labels;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                int row = rows.get(featureKeys[k], -1);
                if (row >= 0) {
                    int from = row * labels;
                    for (int y = 0; y < labels; y++) {
                        out[base + y] += values[from + y];
                    }
                }
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
