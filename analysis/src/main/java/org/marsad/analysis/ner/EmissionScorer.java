package org.marsad.analysis.ner;

import static org.marsad.analysis.ner.FeatureExtractor.BIGRAM_AFTER;
import static org.marsad.analysis.ner.FeatureExtractor.BIGRAM_BEFORE;
import static org.marsad.analysis.ner.FeatureExtractor.GAZETTEER;
import static org.marsad.analysis.ner.FeatureExtractor.GAZETTEER_AFTER_PAIR;
import static org.marsad.analysis.ner.FeatureExtractor.GAZETTEER_BEFORE_PAIR;
import static org.marsad.analysis.ner.FeatureExtractor.QUOTED;
import static org.marsad.analysis.ner.FeatureExtractor.SHAPE_AFTER;
import static org.marsad.analysis.ner.FeatureExtractor.SHAPE_BEFORE;
import static org.marsad.analysis.ner.FeatureExtractor.STEM_AFTER;
import static org.marsad.analysis.ner.FeatureExtractor.STEM_BEFORE;
import static org.marsad.analysis.ner.FeatureExtractor.TRIGGER;
import static org.marsad.analysis.ner.FeatureExtractor.WORD_AT;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.ToLongFunction;

/**
 * The emission scores of a sentence for tagging: the same floats, to the bit, as
 * {@code weights.emissions(extractor.extract(tokens))}, for a fraction of the lookups.
 *
 * <p>Most of a token's features depend on its normalized word alone: its own features
 * ({@link FeatureExtractor#ownFeatures}) but the raw spelling, its word classes, and the word and stem that its
 * neighbours see at −2..+2. For every word of the model's vocabulary (the words of its word classes) the scorer
 * looks those weights up once, the first time it meets the word, with the sum of its own features' weights and
 * the names of the gazetteer it may start, and keeps them for good; a known word then costs the lookups of its raw
 * spelling (when it differs), pair, gazetteer and trigger features only, about five instead of twenty-five. A
 * word outside the vocabulary is worked out on the spot in the same way, and kept for later texts up to a bound
 * ({@link #SEEN_LIMIT}).
 *
 * <p>Rules: weights are added in exactly the order in which {@link FeatureExtractor} lists a token's features,
 * since a float sum depends on its order (EmissionScorerTest holds the two paths to the bit); a padding word
 * stands before and after the sentence, as in the extractor. Thread-safe; its only state is the words worked out
 * so far, each the same whichever text met it first.
 */
final class EmissionScorer {
    private static final int L = Labels.COUNT;
    /** Room for one word's own features, so that the scratch buffer rarely grows. */
    private static final int KEYS_PER_WORD = 32;
    /**
     * The most words outside the vocabulary kept across texts; memory stays bounded however many texts pass. At
     * 30,000 the rest of the words of 5,000 Saudi articles were worked out anew in every text, 4.4% of the analysis
     * in a profile; at 100,000, 0.7%, for 19 MB more of live heap (97 → 116 MB after collection).
     */
    static final int SEEN_LIMIT = 100_000;
    /** The parts of a word's {@link Word#weights}, L weights each: its own features, then its word classes. */
    private static final int OWN = 0;
    private static final int CLASSES = L;
    /**
     * The parts of a word's {@link Word#context}, L weights each: how its neighbours see it (word at −2, −1, +1, +2
     * by its hash, stem at −1 and +1).
     */
    private static final int WORD_BEFORE_2 = 0;
    private static final int WORD_BEFORE_1 = L;
    private static final int WORD_AFTER_1 = 2 * L;
    private static final int WORD_AFTER_2 = 3 * L;
    private static final int STEM_BEFORE_1 = 4 * L;
    private static final int STEM_AFTER_1 = 5 * L;
    private static final int CONTEXT = 6 * L;

    private final Weights weights;
    private final Lexicons lexicons;
    private final FeatureExtractor extractor;
    /**
     * The words of the vocabulary by their {@link FeatureHash#of 64-bit hash}, open addressing, at most half full;
     * {@link #vocabularyHashes} holds each slot's hash (0 for an empty slot), so that a probe reads one array of
     * longs and the word it finds, not the Strings of the words it passes. Two words hashing alike are taken as one,
     * the risk every hashed feature of the model takes already; a vocabulary word whose hash is 0 is never found and
     * is worked out like a word outside the vocabulary, to the same result.
     *
     * <p>A slot's {@link Word} is worked out from {@link #vocabularyWords} when the word is first met, not when the
     * model loads: working out all 23,000 words up front was a third of the model's load time, and a text meets a
     * few hundred of them. Each slot is set once, by compare-and-set, to a record whose fields are final, so that
     * another thread sees it whole or not at all; two threads working out one word at once work out the same.
     */
    private final AtomicReferenceArray<Word> vocabulary;
    private final String[] vocabularyWords;
    private final long[] vocabularyHashes;
    private final int vocabularyMask;
    private final int vocabularySize;
    /**
     * Words outside the vocabulary met in earlier texts, the first {@value #SEEN_LIMIT} of them (about 27 MB): the
     * names and rare words of news come back from text to text, and working one out costs some twenty-five weight
     * lookups. +3–6% articles/s in the full pass, measured against the build without it running beside it on the
     * other core. A word is the same whichever text met it first, so output does not depend on the order of texts.
     */
    private final SeenTable<Word> seen = new SeenTable<>(Word::hash);
    /**
     * The own weights of raw spellings that weigh apart from their normalized word (إلى beside الى), keyed by the
     * raw spelling's hash, the first {@value #SEEN_LIMIT} met: one token in ten is spelt so, and adding its dozen
     * own features' weights one by one, in the extractor's order, cost a tenth of the tagger's time.
     */
    private final SeenTable<RawSpelling> rawSpellings = new SeenTable<>(RawSpelling::hash);
    private final Word padBefore;
    private final Word padAfter;

    /**
     * What one normalized word contributes to the scores of its own and nearby tokens, wherever it stands: the
     * hashes its neighbours' pair features read, its trigger mask and the gazetteer groups it may start, and
     * its weights.
     *
     * <p>{@code weights} holds, one after the other, the sum of the weights of its own features (all but RAW,
     * added in the extractor's order) and the weights of its word classes (see {@link #OWN} and after); {@code
     * context} the weights its neighbours read (see {@link #WORD_BEFORE_2} and after), or null when they are all
     * zero, as for six words in seven of the vocabulary: all the weights read for one token sit in a few
     * neighbouring cache lines, not at random places of a large table, and no more lines than hold weights. A
     * part without weights holds zeros or is skipped, which is the same: adding +0.0f changes no sum, since a sum
     * that starts at +0.0f is never -0.0f. {@code ownSlots} are the {@link Weights#find} slots of its own
     * features, BIAS first, for a token whose raw spelling weighs; {@code sport} whether it makes its sentence
     * one of sport ({@link FeatureExtractor#isSportWord}).
     */
    private record Word(String normalized, long hash, long stemHash, long shape, int triggers, int[] gazetteerGroups,
                        float[] weights, float[] context, int[] ownSlots, boolean sport) {

        int classes() {
            return (weights.length - CLASSES) / L;
        }
    }

    /** The sum of a token's own features' weights, its raw spelling's among them, for the raw spelling of hash {@code hash}. */
    private record RawSpelling(long hash, float[] own) {
    }

    EmissionScorer(Weights weights, Lexicons lexicons) {
        this.weights = Objects.requireNonNull(weights, "weights must not be null");
        this.lexicons = Objects.requireNonNull(lexicons, "lexicons must not be null");
        this.extractor = new FeatureExtractor(lexicons);
        this.padBefore = pad(FeatureExtractor.PAD_BEFORE);
        this.padAfter = pad(FeatureExtractor.PAD_AFTER);
        Set<String> words = lexicons.clusters().classes().keySet();
        this.vocabularySize = words.size();
        int slots = Integer.highestOneBit(Math.max(4, vocabularySize) * 2 - 1) << 1;
        this.vocabulary = new AtomicReferenceArray<>(slots);
        this.vocabularyWords = new String[slots];
        this.vocabularyHashes = new long[slots];
        this.vocabularyMask = slots - 1;
        for (String w : words) {
            long hash = FeatureHash.of(w);
            int slot = slotOf(hash, vocabularyMask);
            while (vocabularyWords[slot] != null) {
                slot = (slot + 1) & vocabularyMask;
            }
            vocabularyWords[slot] = w;
            vocabularyHashes[slot] = hash;
        }
    }

    /**
     * The words outside the vocabulary met in one text, worked out once for all its sentences: names come back.
     * Not thread-safe; one per text.
     */
    static final class UnknownWords {
        private final Map<String, Word> words = new HashMap<>();
    }

    /** The label scores of the sentence {@code tokens}, laid out as {@link Weights#emissions}; {@code normalized}: their normalized forms. */
    float[] emissions(List<String> tokens, List<String> normalized) {
        return emissions(tokens, normalized, new UnknownWords());
    }

    /** As {@link #emissions(List, List)}, keeping the words outside the vocabulary in {@code unknown}. */
    float[] emissions(List<String> tokens, List<String> normalized, UnknownWords unknown) {
        int n = tokens.size();
        if (normalized.size() != n) {
            throw new IllegalArgumentException("need one normalized form per token, got " + n + " tokens and "
                    + normalized.size() + " forms");
        }
        Word[] words = new Word[n];
        int[][] gazetteerGroups = new int[n][];
        long[] hashes = new long[n];
        int[] triggers = new int[n];
        float[][] ownWeights = new float[n][];
        KeyBuffer scratch = new KeyBuffer(KEYS_PER_WORD);
        for (int i = 0; i < n; i++) {
            String raw = Objects.requireNonNull(tokens.get(i), "tokens must not be null");
            String form = normalized.get(i);
            words[i] = lookup(form, unknown.words, scratch);
            ownWeights[i] = raw.equals(form) ? words[i].weights() : rawOwn(raw, words[i]);
            gazetteerGroups[i] = words[i].gazetteerGroups();
            hashes[i] = words[i].hash();
            triggers[i] = words[i].triggers();
        }
        int[] gazetteer = lexicons.gazetteer().masks(gazetteerGroups, hashes);
        boolean[] quoted = FeatureExtractor.quoted(tokens);
        boolean sport = false; // FeatureExtractor.sporty, with each word's sport sign worked out once
        for (int i = 0; i < n && !sport; i++) {
            sport = words[i].sport() || FeatureExtractor.isScoreAt(normalized, i);
        }
        PairSlot shapeBefore = new PairSlot(SHAPE_BEFORE);
        PairSlot shapeAfter = new PairSlot(SHAPE_AFTER);
        PairSlot gazetteerBefore = new PairSlot(GAZETTEER_BEFORE_PAIR);
        PairSlot gazetteerAfter = new PairSlot(GAZETTEER_AFTER_PAIR);
        float[] out = new float[n * L];
        for (int i = 0; i < n; i++) {
            Word w = words[i];
            Word before = at(words, i - 1);
            Word after = at(words, i + 1);
            int base = i * L;
            // the order of FeatureExtractor: own features, context, quotes, gazetteer, gazetteer pairs, triggers,
            // word classes
            System.arraycopy(ownWeights[i], OWN, out, base, L);
            add(at(words, i - 2).context(), WORD_BEFORE_2, out, base);
            add(before.context(), WORD_BEFORE_1, out, base);
            add(after.context(), WORD_AFTER_1, out, base);
            add(at(words, i + 2).context(), WORD_AFTER_2, out, base);
            add(before.context(), STEM_BEFORE_1, out, base);
            add(after.context(), STEM_AFTER_1, out, base);
            add(FeatureHash.key(BIGRAM_BEFORE, before.hash(), w.hash()), out, base);
            add(FeatureHash.key(BIGRAM_AFTER, w.hash(), after.hash()), out, base);
            weights.add(shapeBefore.slot(before.shape(), w.shape()), out, base);
            weights.add(shapeAfter.slot(w.shape(), after.shape()), out, base);
            if (quoted[i]) {
                add(FeatureHash.key(QUOTED, 1), out, base);
            }
            bits(GAZETTEER, i, -1, 1, gazetteer, out, base);
            weights.add(gazetteerBefore.slot(FeatureExtractor.maskAt(gazetteer, i - 1), gazetteer[i]), out, base);
            weights.add(gazetteerAfter.slot(gazetteer[i], FeatureExtractor.maskAt(gazetteer, i + 1)), out, base);
            if (sport) {
                add(FeatureHash.key(FeatureExtractor.SPORT_GAZETTEER, gazetteer[i]), out, base);
            }
            bits(TRIGGER, i, -2, 0, triggers, out, base);
            for (int c = 0; c < w.classes(); c++) {
                add(w.weights(), CLASSES + c * L, out, base);
            }
        }
        return out;
    }

    /**
     * The own weights (at {@link #OWN}) of a token spelt {@code raw}, whose normalized word is {@code w}: the word's
     * own, unless the raw spelling weighs; then the word's own features' weights with the raw spelling's added second,
     * where the extractor lists it, after BIAS.
     */
    private float[] rawOwn(String raw, Word w) {
        long hash = FeatureHash.of(raw);
        RawSpelling known = rawSpellings.get(hash);
        if (known != null) {
            return known.own();
        }
        int rawSlot = weights.find(FeatureHash.key(FeatureExtractor.RAW, hash));
        if (rawSlot < 0) {
            return w.weights();
        }
        float[] own = new float[L];
        int[] slots = w.ownSlots();
        weights.add(slots[0], own, 0);
        weights.add(rawSlot, own, 0);
        for (int k = 1; k < slots.length; k++) {
            weights.add(slots[k], own, 0);
        }
        rawSpellings.add(new RawSpelling(hash, own));
        return own;
    }

    /**
     * The word of the vocabulary, else the one met in an earlier text, else the one of {@code unknown}, else the
     * word worked out now and kept among the words met, or in {@code unknown} once they are full.
     */
    private Word lookup(String normalized, Map<String, Word> unknown, KeyBuffer scratch) {
        long hash = FeatureHash.of(normalized);
        for (int slot = slotOf(hash, vocabularyMask); vocabularyHashes[slot] != 0; slot = (slot + 1) & vocabularyMask) {
            if (vocabularyHashes[slot] == hash) {
                return vocabularyWord(slot, scratch);
            }
        }
        Word met = seen.get(hash);
        if (met == null) {
            met = unknown.get(normalized);
            if (met == null) {
                met = word(normalized, hash, scratch);
                if (!seen.add(met)) {
                    unknown.put(normalized, met);
                }
            }
        }
        return met;
    }

    /** The vocabulary's word in {@code slot}, worked out now if no text has met it yet. */
    private Word vocabularyWord(int slot, KeyBuffer scratch) {
        Word known = vocabulary.getAcquire(slot);
        if (known != null) {
            return known;
        }
        Word w = word(vocabularyWords[slot], vocabularyHashes[slot], scratch);
        return vocabulary.compareAndExchange(slot, null, w) instanceof Word other ? other : w;
    }

    /** The first slot to probe for the word of 64-bit hash {@code hash} in a table of {@code mask + 1} slots. */
    private static int slotOf(long hash, int mask) {
        return (Long.hashCode(hash) * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
    }

    private Word word(String w, long hash, KeyBuffer scratch) {
        long stemHash = FeatureHash.of(w, TriggerWords.stemStart(w), w.length());
        long shape = FeatureExtractor.shape(w);
        scratch.clear();
        FeatureExtractor.ownFeatures(w, w, hash, shape, scratch);
        int[] ownSlots = new int[scratch.size()];
        for (int k = 0; k < ownSlots.length; k++) {
            ownSlots[k] = weights.find(scratch.get(k));
        }
        scratch.clear();
        extractor.classFeatures(hash, scratch);
        float[] parts = new float[CLASSES + scratch.size() * L];
        for (int slot : ownSlots) {
            weights.add(slot, parts, OWN);
        }
        for (int c = 0; c < scratch.size(); c++) {
            weights.add(weights.find(scratch.get(c)), parts, CLASSES + c * L);
        }
        return new Word(w, hash, stemHash, shape, lexicons.triggers().maskOf(stemHash),
                lexicons.gazetteer().startGroups(w, hash), parts, context(hash, stemHash), ownSlots,
                FeatureExtractor.isSportWord(w));
    }

    /** The padding word: its hash stands for word, stem and shape alike, as in {@link FeatureExtractor}. */
    private Word pad(long hash) {
        return new Word("", hash, hash, hash, 0, new int[0], new float[CLASSES], context(hash, hash), new int[0],
                false);
    }

    /** The weights the neighbours of a word read ({@link Word#context}), or null when all are zero. */
    private float[] context(long hash, long stemHash) {
        int[] slots = {
            weights.find(FeatureHash.key(WORD_AT, hash)), weights.find(FeatureHash.key(WORD_AT + 1, hash)),
            weights.find(FeatureHash.key(WORD_AT + 3, hash)), weights.find(FeatureHash.key(WORD_AT + 4, hash)),
            weights.find(FeatureHash.key(STEM_BEFORE, stemHash)), weights.find(FeatureHash.key(STEM_AFTER, stemHash))};
        if (Arrays.stream(slots).allMatch(slot -> slot < 0)) {
            return null;
        }
        float[] parts = new float[CONTEXT];
        for (int k = 0; k < slots.length; k++) {
            weights.add(slots[k], parts, k * L);
        }
        return parts;
    }

    private Word at(Word[] words, int i) {
        if (i < 0) {
            return padBefore;
        }
        return i < words.length ? words[i] : padAfter;
    }

    /** As {@code FeatureExtractor}'s bits: one feature per set bit of {@code masks} at i + from to i + to. */
    private void bits(int template, int i, int from, int to, int[] masks, float[] out, int base) {
        for (int offset = from; offset <= to; offset++) {
            int at = i + offset;
            if (at < 0 || at >= masks.length) {
                continue;
            }
            for (int m = masks[at]; m != 0; m &= m - 1) {
                add(FeatureHash.key(template + offset - from, Integer.numberOfTrailingZeros(m)), out, base);
            }
        }
    }

    private void add(long key, float[] out, int base) {
        weights.add(weights.find(key), out, base);
    }

    /** Adds the part at {@code from} of a word's weights to {@code out[base..]}; nothing for null parts. */
    private static void add(float[] parts, int from, float[] out, int base) {
        if (parts == null) {
            return;
        }
        for (int y = 0; y < L; y++) {
            out[base + y] += parts[from + y];
        }
    }

    /**
     * What the scorer worked out for words and spellings met in earlier texts, by their 64-bit hash as in {@link
     * #vocabulary}: open addressing in twice {@value #SEEN_LIMIT} slots, which take no more entries once they hold
     * that many. Found by the hash already worked out, an entry costs one read of the table and none of its String,
     * where a map by String hashed and compared the spelling again (5% of the analysis in a profile). Each slot is
     * set once, by compare-and-set, to a record whose fields are final, so another thread sees it whole or not at
     * all.
     */
    private static final class SeenTable<T> {
        private static final int MASK = Integer.highestOneBit(2 * SEEN_LIMIT - 1) * 2 - 1;
        private final AtomicReferenceArray<T> slots = new AtomicReferenceArray<>(MASK + 1);
        private final AtomicInteger size = new AtomicInteger();
        private final ToLongFunction<T> hashOf;

        SeenTable(ToLongFunction<T> hashOf) {
            this.hashOf = hashOf;
        }

        T get(long hash) {
            for (int slot = slotOf(hash, MASK); ; slot = (slot + 1) & MASK) {
                T t = slots.getAcquire(slot);
                if (t == null || hashOf.applyAsLong(t) == hash) {
                    return t;
                }
            }
        }

        /** Keeps {@code entry}; false when the table is full and it was not there already. */
        boolean add(T entry) {
            long hash = hashOf.applyAsLong(entry);
            if (size.get() >= SEEN_LIMIT) {
                return get(hash) != null;
            }
            for (int slot = slotOf(hash, MASK); ; slot = (slot + 1) & MASK) {
                if (slots.compareAndSet(slot, null, entry)) {
                    size.incrementAndGet();
                    return true;
                }
                if (hashOf.applyAsLong(slots.get(slot)) == hash) {
                    return true;
                }
            }
        }
    }

    /**
     * The {@link Weights#find} slot of a pair feature, found again only when the pair changes: nearly every token
     * of an Arabic text has the shape of an Arabic word, and so has its neighbour; nearly every token and its
     * neighbour are in no gazetteer.
     */
    private final class PairSlot {
        private final int template;
        private long first;
        private long second;
        private int slot;
        private boolean found;

        PairSlot(int template) {
            this.template = template;
        }

        int slot(long firstValue, long secondValue) {
            if (!found || firstValue != first || secondValue != second) {
                first = firstValue;
                second = secondValue;
                slot = weights.find(FeatureHash.key(template, firstValue, secondValue));
                found = true;
            }
            return slot;
        }
    }

    /** The number of words the scorer knows in advance; for tests. */
    int vocabularySize() {
        return vocabularySize;
    }
}
