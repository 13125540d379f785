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
    /** 31^k for the lengths of nearly all words. */
    private static final int[] POWERS_OF_31 = powersOf31(64);
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

    /**
     * False when {@code first} followed by {@code s.substring(from)} is certainly none of the strings; {@code first}
     * '\0' stands for no char. Costs no pass over the chars: with h(x) = Σ x[i]·31^(|x|−1−i), the hash of a
     * suffix is the hash the String keeps less the terms of the chars before it, and a char c before a string t
     * adds c·31^|t|.
     */
    public boolean mayContainSuffix(char first, String s, int from) {
        int n = s.length();
        int h = s.hashCode();
        for (int i = 0; i < from; i++) {
            h -= s.charAt(i) * powerOf31(n - 1 - i);
        }
        return isSet(h + first * powerOf31(n - from));
    }

    /**
     * False when {@code prefix + s.substring(from) + rest} is certainly none of the strings, hashed without being
     * built: the hash of a concatenation is that of its head times 31^(length of its tail) plus that of its tail.
     */
    public boolean mayContainJoined(String prefix, String s, int from, String rest) {
        int n = s.length();
        int middle = s.hashCode();
        for (int i = 0; i < from; i++) {
            middle -= s.charAt(i) * powerOf31(n - 1 - i);
        }
        int h = prefix.hashCode() * powerOf31(n - from) + middle;
        return isSet(h * powerOf31(rest.length()) + rest.hashCode());
    }

    /** False when {@code s.substring(from, to)} is certainly none of the strings. */
    public boolean mayContain(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return isSet(h);
    }

    /** 31^k in int arithmetic, as String hashes compute it. */
    private static int powerOf31(int k) {
        if (k < POWERS_OF_31.length) {
            return POWERS_OF_31[k];
        }
        int p = POWERS_OF_31[POWERS_OF_31.length - 1];
        for (int i = POWERS_OF_31.length - 1; i < k; i++) {
            p *= 31;
        }
        return p;
    }

    private boolean isSet(int hash) {
        int bit = bitOf(hash);
        return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    private int bitOf(int hash) {
        return (hash * SPREAD) >>> shift;
    }

    private static int[] powersOf31(int count) {
        int[] powers = new int[count];
        powers[0] = 1;
        for (int k = 1; k < count; k++) {
            powers[k] = powers[k - 1] * 31;
        }
        return powers;
    }
}
