package org.marsad.analysis.ner;

/**
 * An open-addressing map from non-zero {@code long} keys to {@code int} values, without boxing: feature keys to
 * weight rows, word hashes to lexicon entries.
 *
 * <p>Rules: linear probing in a power-of-two table kept at most half full; key 0 marks an empty slot, so it
 * cannot be stored; keys and values sit side by side in one array so that a lookup touches one cache line.
 * Reads are safe from many threads once writing is over.
 */
final class LongIntMap {
    private long[] slots;
    private int mask;
    private int size;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        slots = new long[2 * capacity];
        mask = capacity - 1;
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or {@code missing} when absent. */
    int get(long key, int missing) {
        int i = slot(key);
        while (true) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) slots[2 * i + 1];
            }
            if (k == 0) {
                return missing;
            }
            i = (i + 1) & mask;
        }
    }

    void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved for empty slots");
        }
        int i = slot(key);
        while (slots[2 * i] != 0 && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        if (slots[2 * i] == 0) {
            slots[2 * i] = key;
            size++;
        }
        slots[2 * i + 1] = value;
        if (2 * size > mask + 1) {
            grow();
        }
    }

    private int slot(long key) {
        return (int) FeatureHash.mix(key) & mask;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[2 * old.length];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }
}
