package org.marsad.analysis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.StringFilter;
import org.marsad.analysis.entity.PersonNames;

/**
 * One sense per discourse: a name the CRF recognised in one sentence is a name wherever it recurs nearby. The CRF
 * reads one sentence at a time, so it misses a name in a sentence whose context says little (فينغر يبتسم)
 * although it found the same name a few sentences earlier.
 *
 * <p>Rules:
 * <ul>
 *   <li>a sentence's neighbourhood is the {@value #WINDOW} sentences before it, itself and the {@value #WINDOW}
 *       after it (a whole news article; a file of sentences without article bounds, like ANERcorp, gets the same
 *       view: mean dev micro-F1 of four training seeds 0.7685 with 10, 0.7717 with 15, 0.7724 with 20, 0.7726 with
 *       25, 0.7707 with 30, 0.7699 with 40);</li>
 *   <li>every entity the CRF found in the neighbourhood lends its type to each other occurrence of its words in the
 *       sentence, where all of those words are outside any entity; words compare in their normalized form;</li>
 *   <li>a conjunction or preposition glued to the first word (و ف ب ك ل) is ignored on either side when at least
 *       {@value #MIN_LETTERS} letters remain: وطلوزة is طلوزة. The new entity covers the whole word, as the CRF's
 *       do;</li>
 *   <li>a person's name also lends its type to its last word alone, when {@link PersonNames#lastWordStandsAlone}
 *       says that word may stand for the person (قاسم for سامر قاسم; not سلمان for محمد بن سلمان);</li>
 *   <li>longer names are placed first; a name found with several types takes its most frequent one within the
 *       window (on a tie, the first in PERS, LOC, ORG, MISC) and the highest confidence of those occurrences;</li>
 *   <li>a name is not placed where the caller's {@link Plausibility} is under {@value #MIN_PLAUSIBILITY}: the
 *       tagger asks its emission scores whether the words there can be a name of that type at all, which keeps
 *       function words (على، أمام) that a wrong entity ended with from becoming names. On the dev slice the
 *       threshold is neutral (mean micro-F1 of four training seeds 0.7586 without it, 0.7592 with it).</li>
 * </ul>
 * On the development slice of ANERcorp these rules raise micro-F1 by 1.2 to 1.8 points (precision −1, recall
 * +4), see docs/benchmarks.md. Stateless.
 */
final class NamePropagation {
    static final int WINDOW = 20;
    static final int MIN_LETTERS = 3;
    static final double MIN_PLAUSIBILITY = 0.03;
    private static final int PERSON = Labels.TYPES.indexOf("PERS");

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

    /** Where the CRF found a name: its sentence, the type and the confidence it gave it. */
    private record Occurrence(int sentence, int type, double confidence) {
    }

    /** A name the CRF found: its words and its occurrences. */
    private record Name(String[] words, List<Occurrence> occurrences) {

        /**
         * The type the occurrences within the window around sentence {@code s} give this name, at word
         * {@code start}, with their best confidence for it; null when none is that near.
         */
        Found typeAround(int s, int start) {
            int[] counts = new int[Labels.TYPES.size()];
            double[] confidence = new double[counts.length];
            boolean near = false;
            for (Occurrence o : occurrences) {
                if (Math.abs(o.sentence() - s) <= WINDOW) {
                    counts[o.type()]++;
                    confidence[o.type()] = Math.max(confidence[o.type()], o.confidence());
                    near = true;
                }
            }
            if (!near) {
                return null;
            }
            int best = 0;
            for (int t = 1; t < counts.length; t++) {
                if (counts[t] > counts[best]) {
                    best = t;
                }
            }
            return new Found(best, start, start + words.length, confidence[best]);
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
        Map<String, List<Name>> byFirstWord = names(sentences, found);
        if (byFirstWord.isEmpty()) {
            return Collections.nCopies(sentences.size(), List.of());
        }
        Index index = new Index(byFirstWord, new StringFilter(byFirstWord.keySet()));
        List<List<Found>> out = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            int sentence = s;
            out.add(matches(sentences.get(s), s, found.get(s), index,
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

    /** Every name found in the text, indexed by its first word and that word's bare form. */
    private static Map<String, List<Name>> names(List<List<String>> sentences, List<List<Found>> found) {
        Map<String, Name> names = new LinkedHashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> words = sentences.get(s);
            for (Found f : found.get(s)) {
                see(names, words.subList(f.start(), f.end()), s, f);
                if (f.type() == PERSON && PersonNames.lastWordStandsAlone(words.subList(f.start(), f.end()))) {
                    see(names, words.subList(f.end() - 1, f.end()), s, f);
                }
            }
        }
        Map<String, List<Name>> byFirstWord = new HashMap<>();
        for (Name name : names.values()) {
            byFirstWord.computeIfAbsent(name.words()[0], k -> new ArrayList<>(1)).add(name);
            String bare = bare(name.words()[0]);
            if (!bare.equals(name.words()[0])) {
                byFirstWord.computeIfAbsent(bare, k -> new ArrayList<>(1)).add(name);
            }
        }
        return byFirstWord;
    }

    private static void see(Map<String, Name> names, List<String> words, int sentence, Found f) {
        Name name = names.computeIfAbsent(String.join(" ", words),
                k -> new Name(words.toArray(String[]::new), new ArrayList<>(2)));
        name.occurrences().add(new Occurrence(sentence, f.type(), f.confidence()));
    }

    /**
     * The occurrences in sentence {@code s}, of words {@code words}, of the names {@code byFirstWord} found
     * within the window, where no entity of the sentence stands.
     */
    private static List<Found> matches(List<String> words, int s, List<Found> found, Index index,
                                       SentencePlausibility plausibility) {
        List<Found> candidates = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (index.firstWords().mayContain(word)) {
                candidates(words, s, i, index.byFirstWord().get(word), candidates);
            }
            if (hasClitic(word) && index.firstWords().mayContainSuffix('\0', word, 1)) {
                candidates(words, s, i, index.byFirstWord().get(word.substring(1)), candidates);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt((Found f) -> f.start() - f.end()).thenComparingInt(Found::start));
        boolean[] taken = new boolean[words.size()];
        for (Found f : found) {
            Arrays.fill(taken, f.start(), f.end(), true);
        }
        List<Found> out = new ArrayList<>();
        for (Found f : candidates) {
            if (isFree(taken, f.start(), f.end()) && plausibility.of(f.start(), f.end(), f.type()) >= MIN_PLAUSIBILITY) {
                Arrays.fill(taken, f.start(), f.end(), true);
                out.add(f);
            }
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * The names of a text by first word (and its bare form), and a filter of those words: most words of a text
     * start no name, and the filter says so without a lookup.
     */
    private record Index(Map<String, List<Name>> byFirstWord, StringFilter firstWords) {
    }

    /** Adds to {@code out} each of {@code names} (may be null) found near sentence s that starts at word i. */
    private static void candidates(List<String> words, int s, int i, List<Name> names, List<Found> out) {
        if (names == null) {
            return;
        }
        for (Name name : names) {
            if (matchesAt(words, i, name.words())) {
                Found f = name.typeAround(s, i);
                if (f != null) {
                    out.add(f);
                }
            }
        }
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

    /** Whether {@code word} begins with a conjunction or preposition letter that leaves enough letters. */
    private static boolean hasClitic(String word) {
        return word.length() - 1 >= MIN_LETTERS && (Clitics.isConjunction(word.charAt(0)) || Clitics.isPreposition(word.charAt(0)));
    }

    /** {@code word} without a glued conjunction or preposition, when enough letters remain. */
    static String bare(String word) {
        return hasClitic(word) ? word.substring(1) : word;
    }
}
