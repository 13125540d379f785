package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Finds known names in a text, longest first.
 *
 * <p>Rules:
 * <ul>
 *   <li>Names and text are compared after {@link ArabicNormalizer}, word by word.</li>
 *   <li>The first word of a name may carry proclitics: a conjunction (و، ف), then a preposition (ب، ك، ل);
 *       ل before the article merges with it (للصين is ل + الصين). Later words must match whole, since
 *       Arabic attaches clitics to the first word of a phrase only.</li>
 *   <li>At each word the longest name wins; a name of the same words as another added later is ignored, so the
 *       first file loaded has priority.</li>
 * </ul>
 */
public final class NameIndex {
    private static final int MIN_STEM = 2;
    private final Map<String, List<Candidate>> byFirstWord;

    private record Candidate(String[] words, NameEntry entry) {
    }

    private NameIndex(Map<String, List<Candidate>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The longest known name starting at word {@code i} of {@code words} (spans into {@code text}), or null. */
    public NameMatch match(String text, List<Span> words, List<String> normalizedWords, int i) {
        for (Variant v : Variant.of(normalizedWords.get(i))) {
            List<Candidate> candidates = byFirstWord.get(v.word());
            if (candidates == null) {
                continue;
            }
            for (Candidate c : candidates) {
                if (followsOn(c.words(), normalizedWords, i)) {
                    int start = skipLetters(text, words.get(i).start(), v.cliticLetters());
                    int end = words.get(i + c.words().length - 1).end();
                    return new NameMatch(c.entry(), i, i + c.words().length, start, end);
                }
            }
        }
        return null;
    }

    private static boolean followsOn(String[] name, List<String> norm, int i) {
        if (i + name.length > norm.size()) {
            return false;
        }
        for (int k = 1; k < name.length; k++) {
            if (!name[k].equals(norm.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    /** A word with {@code cliticLetters} proclitic letters taken off its front. */
    private record Variant(String word, int cliticLetters) {

        /** The word as written, then without a conjunction, without a preposition, without both. */
        static List<Variant> of(String word) {
            if (word.isEmpty()) {
                return List.of();
            }
            Variant plain = new Variant(word, 0);
            Variant noConjunction = plain.withoutConjunction();
            List<Variant> out = new ArrayList<>(4);
            out.add(plain);
            addIfNew(out, noConjunction);
            addIfNew(out, plain.withoutPreposition());
            addIfNew(out, noConjunction.withoutPreposition());
            return out;
        }

        private static void addIfNew(List<Variant> out, Variant v) {
            if (!out.contains(v)) {
                out.add(v);
            }
        }

        Variant withoutConjunction() {
            char c = word.charAt(0);
            return (c == 'و' || c == 'ف') && word.length() > MIN_STEM + 1 ? strip(1) : this;
        }

        /** ل before the article merges with it: للصين reads ل + الصين. */
        Variant withoutPreposition() {
            if (word.startsWith("لل") && word.length() > MIN_STEM + 2) {
                return new Variant("ا" + word.substring(1), cliticLetters + 1);
            }
            char c = word.charAt(0);
            return (c == 'ب' || c == 'ك' || c == 'ل') && word.length() > MIN_STEM + 1 ? strip(1) : this;
        }

        private Variant strip(int letters) {
            return new Variant(word.substring(letters), cliticLetters + letters);
        }
    }

    /** The offset after {@code letters} letters from {@code from}, passing the marks that ride on each. */
    static int skipLetters(String text, int from, int letters) {
        int i = from;
        for (int k = 0; k < letters && i < text.length(); k++) {
            i++;
            while (i < text.length() && isMark(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    /** Collects names; the first entry given for a name keeps it. */
    public static final class Builder {
        private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
        private final Map<String, NameEntry> seen = new HashMap<>();

        /** Adds {@code name} (any spelling; it is normalized) as a name of {@code entry}. */
        public Builder add(String name, NameEntry entry) {
            String[] words = ArabicNormalizer.normalize(name).strip().split("\\s+");
            String key = String.join(" ", words);
            if (key.isEmpty() || seen.putIfAbsent(key, entry) != null) {
                return this;
            }
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Candidate(words, entry));
            return this;
        }

        public NameIndex build() {
            Map<String, List<Candidate>> copy = new HashMap<>();
            byFirstWord.forEach((w, list) -> {
                List<Candidate> sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparingInt((Candidate c) -> c.words().length).reversed());
                copy.put(w, List.copyOf(sorted));
            });
            return new NameIndex(copy);
        }
    }
}
