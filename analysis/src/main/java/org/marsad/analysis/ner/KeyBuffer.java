package org.marsad.analysis.ner;

import java.util.Arrays;

/** A growing list of feature keys (see {@link FeatureHash#key}) in the order the features are added. Not thread-safe. */
final class KeyBuffer {
    private long[] keys;
    private int size;

    KeyBuffer(int capacity) {
        keys = new long[Math.max(1, capacity)];
    }

    void add(int template, long value) {
        push(FeatureHash.key(template, value));
    }

    void add(int template, long first, long second) {
        push(FeatureHash.key(template, first, second));
    }

    int size() {
        return size;
    }

    long get(int index) {
        return keys[index];
    }

    void clear() {
        size = 0;
    }

    long[] toArray() {
        return Arrays.copyOf(keys, size);
    }

    private void push(long key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, 2 * keys.length);
        }
        keys[size++] = key;
    }
}
