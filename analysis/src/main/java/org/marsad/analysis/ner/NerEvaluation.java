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
 * </ul>
 * Not thread-safe: one instance accumulates one evaluation.
 */
public final class NerEvaluation {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
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

    public NerEvaluation() {
        for (String type : Labels.TYPES) {
            counts.put(type, new int[3]);
        }
    }

    /** Adds one sentence: its gold tags and the tags predicted for the same tokens. */
    public void add(List<String> gold, List<String> predicted) {
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
