package org.marsad.analysis.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more folded words, each with a value, found at a token position.
 *
 * <p>Rules:
 * <ul>
 *   <li>phrases are keyed by their first word, so that a token that starts none costs one hash look-up;</li>
 *   <li>the longest phrase wins ("أمس الأول" over "أمس");</li>
 *   <li>only the first word may carry proclitics, and only when the caller asks (the first word of an
 *       expression); the words after it must match whole;</li>
 *   <li>a phrase added twice with the same value is kept once; with another value it is refused, so that a
 *       data file cannot say two things about one phrase.</li>
 * </ul>
 */
final class PhraseTable<V> {
    private record Entry<V>(String[] words, V value) {
    }

    private final Map<String, List<Entry<V>>> byFirst;

    private PhraseTable(Map<String, List<Entry<V>>> byFirst) {
        this.byFirst = byFirst;
    }

    static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The first words of all phrases, for the tagger's cheap test of where an expression may start. */
    Set<String> firstWords() {
        return byFirst.keySet();
    }

    /** The longest phrase at token {@code i}, proclitics of its first word stripped if {@code clitics}. */
    Hit<V> match(Tokens tokens, int i, boolean clitics) {
        if (!tokens.isWord(i)) {
            return null;
        }
        Hit<V> best = null;
        Reading[] readings = clitics ? tokens.readings(i) : null;
        int count = clitics ? readings.length : 1;
        for (int r = 0; r < count; r++) {
            String stem = clitics ? readings[r].stem() : tokens.form(i);
            int start = clitics ? readings[r].start() : tokens.start(i);
            best = longer(best, longest(tokens, i, byFirst.get(stem), start));
        }
        return best;
    }

    private Hit<V> longest(Tokens tokens, int i, List<Entry<V>> entries, int start) {
        if (entries == null) {
            return null;
        }
        for (Entry<V> entry : entries) {
            if (restMatches(tokens, i, entry.words())) {
                return new Hit<>(entry.value(), start, i + entry.words().length);
            }
        }
        return null;
    }

    private static boolean restMatches(Tokens tokens, int i, String[] words) {
        for (int w = 1; w < words.length; w++) {
            if (!tokens.isWord(i + w) || !tokens.form(i + w).equals(words[w])) {
                return false;
            }
        }
        return true;
    }

    private static <V> Hit<V> longer(Hit<V> a, Hit<V> b) {
        return a == null || (b != null && b.next() > a.next()) ? b : a;
    }

    /** Collects phrases; entries are sorted longest first when built. */
    static final class Builder<V> {
        private final Map<String, List<Entry<V>>> byFirst = new HashMap<>();

        /**
         * Adds {@code phrase} (folded here) with {@code value}; returns false if the phrase is already there
         * with another value.
         */
        boolean add(String phrase, V value) {
            String[] words = Folding.fold(phrase).strip().split("\\s+");
            if (words[0].isEmpty()) {
                throw new IllegalArgumentException("phrase must have a word, got '" + phrase + "'");
            }
            List<Entry<V>> list = byFirst.computeIfAbsent(words[0], k -> new ArrayList<>(2));
            for (Entry<V> e : list) {
                if (Arrays.equals(e.words(), words)) {
                    return e.value().equals(value);
                }
            }
            list.add(new Entry<>(words, value));
            return true;
        }

        PhraseTable<V> build() {
            Map<String, List<Entry<V>>> sorted = new HashMap<>();
            byFirst.forEach((first, list) -> {
                List<Entry<V>> copy = new ArrayList<>(list);
                copy.sort(Comparator.comparingInt((Entry<V> e) -> e.words().length).reversed());
                sorted.put(first, List.copyOf(copy));
            });
            return new PhraseTable<>(Collections.unmodifiableMap(sorted));
        }
    }
}
