package org.marsad.store;

import java.nio.ByteBuffer;
import org.marsad.text.ArabicNormalizer;

/**
 * MinHash signatures of word 3-shingles, for finding near-duplicate articles.
 *
 * <p>Rules:
 * <ul>
 *   <li>the text is folded by {@link ArabicNormalizer} and cut into words, runs of letters and digits;</li>
 *   <li>each run of {@value #SHINGLE} consecutive words is a shingle, hashed to 64 bits;</li>
 *   <li>the signature holds {@value #SIZE} minima over the shingles, each of another hash function (the two halves
 *       of 32 seeded 64-bit mixes of the shingle hash);</li>
 *   <li>a text of fewer than {@value #MIN_SHINGLES} shingles has no signature: too short to call a copy;</li>
 *   <li>the share of equal positions of two signatures estimates the Jaccard similarity of their shingle sets;</li>
 *   <li>locality-sensitive hashing: {@value #BANDS} bands of {@value #ROWS} positions, two texts become candidates
 *       when one band is equal, which finds pairs of similarity 0.5 with probability 0.94, 0.6 with 0.996, and
 *       unrelated pairs of similarity 0.05 with probability 0.003.</li>
 * </ul>
 */
final class MinHash {
    static final int SIZE = 64;
    static final int ROWS = 3;
    static final int BANDS = SIZE / ROWS;
    static final int SHINGLE = 3;
    static final int MIN_SHINGLES = 20;

    private MinHash() {
    }

    /** The signature of {@code text}, or null when it has too few shingles. */
    static int[] signature(String text) {
        String folded = ArabicNormalizer.normalize(text);
        long[] window = new long[SHINGLE];
        int words = 0;
        int shingles = 0;
        int[] mins = new int[SIZE];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        int i = 0;
        int n = folded.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            long h = 0xcbf29ce484222325L;
            while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
                h = (h ^ folded.charAt(i)) * 0x100000001b3L;
                i++;
            }
            window[words % SHINGLE] = h;
            words++;
            if (words >= SHINGLE) {
                update(mins, shingleHash(window, words));
                shingles++;
            }
        }
        return shingles < MIN_SHINGLES ? null : mins;
    }

    private static long shingleHash(long[] window, int words) {
        long h = 0;
        for (int k = 0; k < SHINGLE; k++) {
            h = h * 0x9E3779B97F4A7C15L + window[(words + k) % SHINGLE];
        }
        return mix(h);
    }

    private static void update(int[] mins, long hash) {
        for (int k = 0; k < SIZE; k += 2) {
            long x = mix(hash ^ SEEDS[k >> 1]);
            int lo = (int) x;
            int hi = (int) (x >>> 32);
            if (lo < mins[k]) {
                mins[k] = lo;
            }
            if (hi < mins[k + 1]) {
                mins[k + 1] = hi;
            }
        }
    }

    private static final long[] SEEDS = seeds();

    private static long[] seeds() {
        long[] seeds = new long[SIZE / 2];
        long x = 0x5DEECE66DL;
        for (int i = 0; i < seeds.length; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            seeds[i] = x;
        }
        return seeds;
    }

    /** The estimated Jaccard similarity of the shingle sets behind two signatures. */
    static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int k = 0; k < SIZE; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** One key per band: equal keys mean an equal band (up to a 64-bit collision). */
    static long[] bandKeys(int[] signature) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long h = band;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[band * ROWS + r]);
            }
            keys[band] = h;
        }
        return keys;
    }

    static byte[] toBytes(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(SIZE * Integer.BYTES);
        for (int v : signature) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    static int[] fromBytes(byte[] bytes) {
        if (bytes.length != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException("a signature has " + SIZE * Integer.BYTES + " bytes, got " + bytes.length);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        int[] signature = new int[SIZE];
        for (int k = 0; k < SIZE; k++) {
            signature[k] = buffer.getInt();
        }
        return signature;
    }

    /** Murmur3's 64-bit finalizer. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93053c34e53L;
        return h ^ (h >>> 33);
    }
}
