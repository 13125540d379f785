package org.marsad.analysis.ner;

/**
 * 64-bit hashing of feature values, so that features are looked up without building a string per feature.
 *
 * <p>Rules:
 * <ul>
 *   <li>a text value hashes its UTF-16 chars with FNV-1a (fixed constants, so hashes are stable across JVMs and
 *       runs; {@link String#hashCode} is only 32 bits and would collide);</li>
 *   <li>a feature key mixes a template number with one or two value hashes through the MurmurHash3 finalizer,
 *       so that equal values under different templates are different features;</li>
 *   <li>a key is never 0, which the hash tables reserve for an empty slot.</li>
 * </ul>
 * These functions are part of the model format: changing one invalidates every trained model.
 */
final class FeatureHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SECOND = 0xC2B2AE3D27D4EB4FL;

    private FeatureHash() {
    }

    static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    /** The hash of {@code s[from, to)}. */
    static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    static long key(int template, long value) {
        return nonZero(mix(value + template * GOLDEN));
    }

    static long key(int template, long first, long second) {
        return nonZero(mix(mix(first + template * GOLDEN) ^ (second * SECOND)));
    }

    /** The MurmurHash3 64-bit finalizer: every input bit flips about half the output bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key;
    }
}
