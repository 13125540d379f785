package org.marsad.analysis;

import java.util.Collection;

/**
 * A set of strings kept as one bit per string hash, to tell cheaply that a stretch of a word is not among them
 * before building it as a String and looking it up in a map: most stretches that are no key find their bit clear.
 *
 * <p>Rules: a string added always tests present; any other tests present with a chance under one in
 * {@value #BITS_PER_STRING}; a stretch is hashed as {@link String#hashCode} hashes the same chars, spread by a
 * multiplicative hash. Immutable and thread-safe.
 */
public final class StringFilter {
    static final int BITS_PER_STRING = 32;
    private static final int SPREAD = 0x9E3779B9;
    private final long[] bits;
    private final int shift;

    /** A filter of {@code strings}. */
    public StringFilter(Collection<String> strings) {
        int size = Integer.highestOneBit(Math.max(64, strings.size() * BITS_PER_STRING - 1)) << 1;
        bits = new long[size >>> 6];
        shift = Integer.numberOfLeadingZeros(size - 1);
        for (String s : strings) {
            int bit = bitOf(s.hashCode());
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    /** False when {@code s} is certainly none of the strings; its hash is the one the String keeps. */
    public boolean mayContain(String s) {
        return isSet(s.hashCode());
    }

    /** False when {@code s[from, to)} is certainly none of the strings. */
    public boolean mayContain(CharSequence s, int from, int to) {
        return mayContain('\0', s, from, to);
    }

    /**
     * False when {@code first} followed by {@code s[from, to)} is certainly none of the strings; {@code first}
     * '\0' stands for no char, which its zero contribution to a string hash makes exact.
     */
    public boolean mayContain(char first, CharSequence s, int from, int to) {
        int h = first;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return isSet(h);
    }

    private boolean isSet(int hash) {
        int bit = bitOf(hash);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private int bitOf(int hash) {
        return (hash * SPREAD) >>> shift;
    }
}
