package org.marsad.analysis.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.marsad.text.ArabicNormalizer;

/**
 * Words that announce an entity of a type, learnt from tagged sentences: الرئيس before a person, مدينة before a
 * place, شركة before an organization.
 *
 * <p>Rules:
 * <ul>
 *   <li>words are compared by {@link #stemOf stem}: normalized, without conjunction, preposition or article, so
 *       that الرئيس, والرئيس and للرئيس count as one word;</li>
 *   <li>a stem is a trigger for type T when, among its occurrences outside entities, at least
 *       {@value #MIN_COUNT} are directly followed by the first word of a T entity and those make at least
 *       {@value #MIN_SHARE} of them. The two thresholds were chosen on the dev set, mean micro-F1 of four
 *       training seeds: 3 and 0.2 gave 0.7408, 2 and 0.2 0.7438, 2 and 0.3 0.7465, 2 and 0.4 0.7437, 3 and 0.3
 *       0.7414, 1 and 0.2 0.7223 (too many chance triggers);</li>
 *   <li>the result maps each trigger stem to a mask with bit t set for each type t it announces.</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class TriggerWords {
    static final int MIN_COUNT = 2;
    static final double MIN_SHARE = 0.3;
    static final TriggerWords EMPTY = new TriggerWords(new TreeMap<>());

    private final SortedMap<String, Integer> masks;
    private final LongIntMap byHash;

    TriggerWords(SortedMap<String, Integer> masks) {
        this.masks = new TreeMap<>(masks);
        this.byHash = new LongIntMap(masks.size());
        masks.forEach((stem, mask) -> byHash.put(FeatureHash.of(stem), mask));
    }

    /** Learns the triggers of {@code sentences}. */
    static TriggerWords learn(List<TaggedSentence> sentences) {
        Map<String, int[]> counts = new HashMap<>();
        int types = Labels.TYPES.size();
        for (TaggedSentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                if (!s.tags().get(i).equals("O")) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(stemOf(ArabicNormalizer.normalize(s.tokens().get(i))),
                        k -> new int[1 + types]);
                c[0]++;
                String next = i + 1 < s.size() ? s.tags().get(i + 1) : "O";
                if (!next.equals("O")) {
                    c[1 + Labels.typeOf(Labels.index(next))]++;
                }
            }
        }
        SortedMap<String, Integer> masks = new TreeMap<>();
        counts.forEach((stem, c) -> {
            int mask = 0;
            for (int t = 0; t < types; t++) {
                if (c[1 + t] >= MIN_COUNT && c[1 + t] >= MIN_SHARE * c[0]) {
                    mask |= 1 << t;
                }
            }
            if (mask != 0) {
                masks.put(stem, mask);
            }
        });
        return new TriggerWords(masks);
    }

    /** The stem by which triggers are compared, of a normalized word. */
    static String stemOf(String normalized) {
        return normalized.substring(stemStart(normalized));
    }

    /** Where the {@link #stemOf stem} of a normalized word starts: after the article, else after a conjunction. */
    static int stemStart(CharSequence normalized) {
        int article = Clitics.afterArticle(normalized);
        return article > 0 ? article : Clitics.afterConjunction(normalized);
    }

    /** The mask of the word whose {@link #stemOf stem} hashes to {@code stemHash}, 0 for none. */
    int maskOf(long stemHash) {
        return byHash.get(stemHash, 0);
    }

    SortedMap<String, Integer> masks() {
        return masks;
    }
}
