package org.marsad.analysis.time;

import java.util.Collection;

/**
 * A set of folded words that is asked about slices of a char buffer, so that the tagger can test every
 * token of an article without making a String of it (in the manner of Lucene's CharArraySet).
 *
 * <p>Open addressing with linear probing, at most half full; hashes are {@link String#hashCode()}'s, so
 * that keys need no second hash function.
 */
final class FoldedWordSet {
    private final String[] table;
    private final int mask;

    FoldedWordSet(Collection<String> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 2) - 1) << 1;
        table = new String[capacity];
        mask = capacity - 1;
        words.forEach(this::add);
    }

    /** Whether the set holds the word made of {@code first} followed by {@code buf[from + 1, to)}. */
    boolean contains(char first, char[] buf, int from, int to) {
        int hash = first;
        for (int k = from + 1; k < to; k++) {
            hash = 31 * hash + buf[k];
        }
        for (int slot = hash & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (matches(table[slot], first, buf, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String key, char first, char[] buf, int from, int to) {
        if (key.length() != to - from || key.charAt(0) != first) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (key.charAt(k - from) != buf[k]) {
                return false;
            }
        }
        return true;
    }

    private void add(String word) {
        if (word.isEmpty()) {
            throw new IllegalArgumentException("a folded word must not be empty");
        }
        int slot = word.hashCode() & mask;
        while (table[slot] != null && !table[slot].equals(word)) {
            slot = (slot + 1) & mask;
        }
        table[slot] = word;
    }
}
