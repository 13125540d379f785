package org.marsad.analysis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.text.ArabicNormalizer;

/**
 * One sense per discourse: a name the CRF recognised in one sentence is a name wherever it recurs nearby. The CRF
 * reads one sentence at a time, so it misses a name in a sentence whose context says little (فينغر يبتسم)
 * although it found the same name a few sentences earlier.
 *
 * <p>Rules:
 * <ul>
 *   <li>a sentence's neighbourhood is the {@value #WINDOW} sentences before it, itself and the {@value #WINDOW}
 *       after it (a news article is about that long; a file of sentences without article bounds, like ANERcorp,
 *       gets the same view);</li>
 *   <li>every entity the CRF found in the neighbourhood lends its type to each other occurrence of its words in the
 *       sentence, where all of those words are outside any entity; words compare in their normalized form;</li>
 *   <li>a conjunction or preposition glued to the first word (و ف ب ك ل) is ignored on either side when at least
 *       {@value #MIN_LETTERS} letters remain: وطلوزة is طلوزة. The new entity covers the whole word, as the CRF's
 *       do;</li>
 *   <li>a person named by two words or more also lends its type to its last word alone, when that has at least
 *       {@value #MIN_LETTERS} letters and does not close a compound (عبد الله, أبو مازن, بن زايد);</li>
 *   <li>longer names are placed first; a name found with several types takes its most frequent one (on a tie,
 *       the first in PERS, LOC, ORG, MISC) and the highest confidence of its occurrences of that type.</li>
 * </ul>
 * On the development slice of ANERcorp these rules raised micro-F1 by about 1.8 points (precision −1, recall
 * +4), see docs/benchmarks.md. Stateless.
 */
final class NamePropagation {
    static final int WINDOW = 10;
    static final int MIN_LETTERS = 3;
    static final double MIN_PLAUSIBILITY = 0.01;
    /** Words after which the next word completes a compound name rather than being a surname. */
    private static final Set<String> COMPOUND_HEADS = Stream.of("عبد", "أبو", "أبي", "أبا", "بن", "ابن", "بنت", "آل", "أم")
            .map(ArabicNormalizer::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private NamePropagation() {
    }

    /**
     * How likely the CRF finds it that words {@code [start, end)} of sentence {@code sentence} are a name of type
     * {@code type}, from 0 to 1.
     */
    @FunctionalInterface
    interface Plausibility {
        double of(int sentence, int start, int end, int type);
    }

    /** An entity of a sentence: its type (index into {@link Labels#TYPES}), words [start, end) and confidence. */
    record Found(int type, int start, int end, double confidence) {
    }

    /** A name seen in a neighbourhood: its type counts and, per type, the best confidence. */
    private static final class Seen {
        final String[] words;
        final int[] counts = new int[Labels.TYPES.size()];
        final double[] confidence = new double[Labels.TYPES.size()];

        Seen(String[] words) {
            this.words = words;
        }

        int type() {
            int best = 0;
            for (int t = 1; t < counts.length; t++) {
                if (counts[t] > counts[best]) {
                    best = t;
                }
            }
            return best;
        }
    }

    /**
     * The entities to add to each sentence of {@code sentences} (normalized words), given the entities
     * {@code found} by the CRF in each; the two lists run in parallel.
     */
    static List<List<Found>> added(List<List<String>> sentences, List<List<Found>> found, Plausibility plausibility) {
        if (sentences.size() != found.size()) {
            throw new IllegalArgumentException("need the entities of every sentence, got " + sentences.size()
                    + " sentences and " + found.size() + " entity lists");
        }
        List<List<Found>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            Map<String, List<Seen>> byFirstWord = neighbourhood(sentences, found, s);
            int sentence = s;
            out.add(byFirstWord.isEmpty() ? List.of() : matches(sentences.get(s), found.get(s), byFirstWord,
                    (start, end, type) -> plausibility.of(sentence, start, end, type)));
        }
        return out;
    }

    /** The BIO labels of {@code sentences} with the names of {@link #added} put in. */
    static List<int[]> apply(List<List<String>> sentences, List<int[]> labels, Plausibility plausibility) {
        List<List<Found>> found = new ArrayList<>(labels.size());
        for (int[] sentence : labels) {
            found.add(entities(sentence));
        }
        List<List<Found>> added = added(sentences, found, plausibility);
        List<int[]> out = new ArrayList<>(labels.size());
        for (int s = 0; s < labels.size(); s++) {
            int[] copy = labels.get(s).clone();
            for (Found f : added.get(s)) {
                copy[f.start()] = Labels.begin(f.type());
                Arrays.fill(copy, f.start() + 1, f.end(), Labels.inside(f.type()));
            }
            out.add(copy);
        }
        return out;
    }

    /** The entities of well-formed BIO {@code labels}, with confidence 1. */
    static List<Found> entities(int[] labels) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != Labels.O && !Labels.isInside(labels[i])) {
                int end = i + 1;
                while (end < labels.length && Labels.isInside(labels[end])) {
                    end++;
                }
                out.add(new Found(Labels.typeOf(labels[i]), i, end, 1));
            }
        }
        return out;
    }

    /** The names found around sentence {@code s}, indexed by their first word and its bare form. */
    private static Map<String, List<Seen>> neighbourhood(List<List<String>> sentences, List<List<Found>> found, int s) {
        Map<String, Seen> names = new LinkedHashMap<>();
        for (int n = Math.max(0, s - WINDOW); n <= Math.min(sentences.size() - 1, s + WINDOW); n++) {
            List<String> words = sentences.get(n);
            for (Found f : found.get(n)) {
                see(names, words.subList(f.start(), f.end()), f.type(), f.confidence());
                if (f.type() == Labels.TYPES.indexOf("PERS") && isSurname(words, f)) {
                    see(names, words.subList(f.end() - 1, f.end()), f.type(), f.confidence());
                }
            }
        }
        Map<String, List<Seen>> byFirstWord = new HashMap<>();
        for (Seen seen : names.values()) {
            byFirstWord.computeIfAbsent(seen.words[0], k -> new ArrayList<>(1)).add(seen);
            String bare = bare(seen.words[0]);
            if (!bare.equals(seen.words[0])) {
                byFirstWord.computeIfAbsent(bare, k -> new ArrayList<>(1)).add(seen);
            }
        }
        return byFirstWord;
    }

    private static void see(Map<String, Seen> names, List<String> words, int type, double confidence) {
        Seen seen = names.computeIfAbsent(String.join(" ", words), k -> new Seen(words.toArray(String[]::new)));
        seen.counts[type]++;
        seen.confidence[type] = Math.max(seen.confidence[type], confidence);
    }

    /** Whether the last word of the person {@code f} may stand for it alone. */
    private static boolean isSurname(List<String> words, Found f) {
        return f.end() - f.start() >= 2 && words.get(f.end() - 1).length() >= MIN_LETTERS
                && !COMPOUND_HEADS.contains(words.get(f.end() - 2));
    }

    /** The occurrences in {@code words} of the names {@code byFirstWord} that no entity of the sentence overlaps. */
    private static List<Found> matches(List<String> words, List<Found> found, Map<String, List<Seen>> byFirstWord,
                                       SentencePlausibility plausibility) {
        record Match(int start, Seen seen) {
        }
        List<Match> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String bare = bare(word);
            for (String key : bare.equals(word) ? List.of(word) : List.of(word, bare)) {
                for (Seen seen : byFirstWord.getOrDefault(key, List.of())) {
                    if (matchesAt(words, i, seen.words)) {
                        candidates.add(new Match(i, seen));
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt((Match m) -> -m.seen().words.length).thenComparingInt(Match::start));
        boolean[] taken = new boolean[words.size()];
        for (Found f : found) {
            Arrays.fill(taken, f.start(), f.end(), true);
        }
        List<Found> out = new ArrayList<>();
        for (Match m : candidates) {
            int end = m.start() + m.seen().words.length;
            int type = m.seen().type();
            if (isFree(taken, m.start(), end) && plausibility.of(m.start(), end, type) >= MIN_PLAUSIBILITY) {
                Arrays.fill(taken, m.start(), end, true);
                out.add(new Found(type, m.start(), end, m.seen().confidence[type]));
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private interface SentencePlausibility {
        double of(int start, int end, int type);
    }

    private static boolean matchesAt(List<String> words, int at, String[] name) {
        if (at + name.length > words.size()) {
            return false;
        }
        String first = words.get(at);
        if (!(first.equals(name[0]) || bare(first).equals(name[0]) || first.equals(bare(name[0]))
                || bare(first).equals(bare(name[0])))) {
            return false;
        }
        for (int k = 1; k < name.length; k++) {
            if (!words.get(at + k).equals(name[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFree(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code word} without a glued conjunction or preposition, when enough letters remain. */
    static String bare(String word) {
        boolean clitic = !word.isEmpty() && (Clitics.isConjunction(word.charAt(0)) || Clitics.isPreposition(word.charAt(0)));
        return clitic && word.length() - 1 >= MIN_LETTERS ? word.substring(1) : word;
    }
}
