package org.marsad.analysis.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * CoNLL exact-match entity scoring, accumulated sentence by sentence.
 *
 * <p>Rules:
 * <ul>
 *   <li>entities are read off the gold and the predicted tags as conlleval does (see {@link Chunk}), so an
 *       {@code I-} without a {@code B-} starts an entity;</li>
 *   <li>a predicted entity is correct only when a gold entity has the same type and both the same first and the
 *       same last token: a partial overlap counts as one false positive and one false negative;</li>
 *   <li>precision, recall and F1 are given per type and micro-averaged over all entities; a ratio with a zero
 *       denominator is 0.</li>
 *   <li>each entity that does not match is kept as a {@link Mismatch} when the sentence is added with its tokens:
 *       a gold entity with a prediction of the same span but another type is a {@link Mismatch.Kind#TYPE}; with
 *       an overlapping prediction of another span a {@link Mismatch.Kind#SPAN}; with no overlapping prediction a
 *       {@link Mismatch.Kind#MISSED}; a prediction that overlaps no gold entity is {@link Mismatch.Kind#SPURIOUS}.
 *       Every wrong entity is counted once, from the gold side when it has one.</li>
 * </ul>
 * Not thread-safe: one instance accumulates one evaluation.
 */
public final class NerEvaluation {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final List<Mismatch> mismatches = new ArrayList<>();
    private int sentences;
    private int tokens;

    /** Counts for one type, or for all: gold entities, predicted entities and correct predictions. */
    public record Score(int gold, int predicted, int correct) {

        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * An entity the prediction got wrong, in sentence {@code sentence} (from 0): the gold entity's type and words
     * (empty for a spurious prediction) and those of the prediction overlapping it (empty when missed).
     */
    public record Mismatch(Kind kind, int sentence, String goldType, String goldText, String predictedType,
                           String predictedText) {

        public enum Kind { MISSED, SPURIOUS, TYPE, SPAN }
    }

    public NerEvaluation() {
        for (String type : Labels.TYPES) {
            counts.put(type, new int[3]);
        }
    }

    /** Adds one sentence: its gold tags and the tags predicted for the same tokens. */
    public void add(List<String> gold, List<String> predicted) {
        count(gold, predicted);
    }

    /** Adds one sentence as {@link #add(List, List)} does, and keeps its {@link #mismatches()} in words. */
    public void add(List<String> tokens, List<String> gold, List<String> predicted) {
        Objects.requireNonNull(tokens, "tokens must not be null");
        if (gold != null && tokens.size() != gold.size()) {
            throw new IllegalArgumentException("tokens and tags must align, got " + tokens.size()
                    + " tokens and " + gold.size() + " gold tags");
        }
        int sentence = sentences;
        List<Chunk> goldChunks = count(gold, predicted);
        keepMismatches(sentence, tokens, goldChunks, Chunk.of(predicted));
    }

    /** Counts the sentence's entities and returns its gold ones. */
    private List<Chunk> count(List<String> gold, List<String> predicted) {
        Objects.requireNonNull(gold, "gold tags must not be null");
        Objects.requireNonNull(predicted, "predicted tags must not be null");
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted tags must align, got " + gold.size()
                    + " gold and " + predicted.size() + " predicted tags");
        }
        List<Chunk> goldChunks = Chunk.of(gold);
        Set<Chunk> goldSet = new HashSet<>(goldChunks);
        for (Chunk chunk : goldChunks) {
            countsOf(chunk.type())[0]++;
        }
        for (Chunk chunk : Chunk.of(predicted)) {
            int[] c = countsOf(chunk.type());
            c[1]++;
            if (goldSet.contains(chunk)) {
                c[2]++;
            }
        }
        sentences++;
        tokens += gold.size();
        return goldChunks;
    }

    private void keepMismatches(int sentence, List<String> words, List<Chunk> gold, List<Chunk> predicted) {
        Set<Chunk> predictedSet = new HashSet<>(predicted);
        for (Chunk g : gold) {
            if (predictedSet.contains(g)) {
                continue;
            }
            Chunk overlap = predicted.stream().filter(p -> p.overlaps(g)).findFirst().orElse(null);
            boolean sameSpan = overlap != null && overlap.start() == g.start() && overlap.end() == g.end();
            Mismatch.Kind kind = overlap == null ? Mismatch.Kind.MISSED
                    : sameSpan ? Mismatch.Kind.TYPE : Mismatch.Kind.SPAN;
            mismatches.add(new Mismatch(kind, sentence, g.type(), g.text(words),
                    overlap == null ? "" : overlap.type(), overlap == null ? "" : overlap.text(words)));
        }
        for (Chunk p : predicted) {
            if (gold.stream().noneMatch(p::overlaps)) {
                mismatches.add(new Mismatch(Mismatch.Kind.SPURIOUS, sentence, "", "", p.type(), p.text(words)));
            }
        }
    }

    /** The wrong entities of the sentences added with their tokens, in order. */
    public List<Mismatch> mismatches() {
        return List.copyOf(mismatches);
    }

    /** Scores per type: the ANERcorp types first, then any other type met, in order of appearance. */
    public Map<String, Score> byType() {
        Map<String, Score> scores = new LinkedHashMap<>();
        counts.forEach((type, c) -> scores.put(type, new Score(c[0], c[1], c[2])));
        return scores;
    }

    public Score micro() {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (int[] c : counts.values()) {
            gold += c[0];
            predicted += c[1];
            correct += c[2];
        }
        return new Score(gold, predicted, correct);
    }

    public int sentences() {
        return sentences;
    }

    public int tokens() {
        return tokens;
    }

    /** A table of the per-type and micro scores, one line each, headed by a line of column names. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-6s %6s %9s %7s %9s %7s %7s",
                "type", "gold", "predicted", "correct", "precision", "recall", "F1"));
        byType().forEach((type, score) -> lines.add(line(type, score)));
        lines.add(line("micro", micro()));
        return lines;
    }

    private static String line(String name, Score s) {
        return String.format(Locale.ROOT, "%-6s %6d %9d %7d %9.4f %7.4f %7.4f",
                name, s.gold(), s.predicted(), s.correct(), s.precision(), s.recall(), s.f1());
    }

    private int[] countsOf(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }
}
