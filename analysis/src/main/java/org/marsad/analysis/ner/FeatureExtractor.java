package org.marsad.analysis.ner;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Turns the tokens of a sentence into hashed feature keys, token by token (see {@link FeatureHash}).
 *
 * <p>Feature families of token i (w is the token normalized with {@link ArabicNormalizer#normalize}):
 * <ul>
 *   <li>identity: a bias; the raw token when it differs from w; w itself;</li>
 *   <li>clitics ({@link Clitics}): w without its article and proclitics, without a conjunction, without a
 *       conjunction and preposition, without a pronoun or plural suffix, and the proclitic letters themselves;</li>
 *   <li>affixes: the first and the last 1–{@value #MAX_AFFIX} characters of w, when w is longer;</li>
 *   <li>shape: the sequence of character classes ({@link #charClass}) with repeats collapsed, and the length
 *       capped at {@value #MAX_LENGTH};</li>
 *   <li>context: w at i−2, i−1, i+1, i+2 (beyond the sentence, padding words), the trigger stems at i−1 and
 *       i+1, the word bigrams (i−1, i) and (i, i+1), and the shapes at i−1 and i+1 paired with the shape at i;</li>
 *   <li>quotes: whether the token stands between quote marks of its sentence (names of products, teams and
 *       papers often do);</li>
 *   <li>gazetteers ({@link Gazetteer}): one feature per membership bit set at i, at i−1 and at i+1; and the whole
 *       masks at (i−1, i) and at (i, i+1) as pairs (−1 beyond the sentence), which tell a name's first word from its
 *       later ones and a one-word name from a longer one (+0.8 points of dev micro-F1 on their own, mean of four
 *       training seeds);</li>
 *   <li>sport: in a sentence that speaks of sport ({@link #sporty}), the gazetteer mask at i once more, so that a
 *       city's name there may be its club (بنفيكا، بورتو، ليون: dev micro-F1 0.7722 → 0.7831, mean of four training
 *       seeds; LOC 0.876 → 0.885 and ORG 0.761 → 0.771 on the default seed);</li>
 *   <li>triggers ({@link TriggerWords}): one feature per type announced by the word at i−2, at i−1 or at i;</li>
 *   <li>word classes ({@link WordClusters}): the class of w at every level of both partitions.</li>
 * </ul>
 * Previous tags enter through the decoder's transition weights, not here. Immutable and thread-safe; the
 * template numbers are part of the model format.
 */
final class FeatureExtractor {
    static final int MAX_LENGTH = 12;
    static final int MAX_AFFIX = 4;

    static final int BIAS = 1;
    static final int RAW = 2;
    static final int WORD = 3;
    static final int ARTICLE_STEM = 4;
    static final int NO_CONJUNCTION = 5;
    static final int NO_PREPOSITION = 6;
    static final int NO_SUFFIX = 7;
    static final int PROCLITICS = 8;
    static final int PREFIX = 10; // + length 1..4
    static final int SUFFIX = 20; // + length 1..4
    static final int SHAPE = 30;
    static final int LENGTH = 31;
    static final int WORD_AT = 40; // + offset + 2, offsets -2..2 but 0
    static final int STEM_BEFORE = 46;
    static final int STEM_AFTER = 47;
    static final int BIGRAM_BEFORE = 48;
    static final int BIGRAM_AFTER = 49;
    static final int SHAPE_BEFORE = 50;
    static final int SHAPE_AFTER = 51;
    static final int QUOTED = 55;
    static final int GAZETTEER_BEFORE_PAIR = 56;
    static final int GAZETTEER_AFTER_PAIR = 57;
    static final int SPORT_GAZETTEER = 58;
    static final int GAZETTEER = 60; // + offset + 1, offsets -1..1
    static final int TRIGGER = 70; // + offset + 2, offsets -2..0
    static final int CLUSTER = 90; // + level 0..5

    /** The word, stem and shape hash of the padding before and after a sentence. */
    static final long PAD_BEFORE = FeatureHash.of("<s>");
    static final long PAD_AFTER = FeatureHash.of("</s>");
    /** {@link #charClass} up to the end of the Arabic block, where nearly every char of a word falls. */
    private static final char[] CHAR_CLASSES = charClasses('\u0700');
    /** Room for the features of a typical token, so that the key buffer rarely grows. */
    private static final int KEYS_PER_TOKEN = 48;

    /**
     * Words of sport news, normalized, that make a sentence sporty (see {@link #sporty}), each also with و، ب، ل and
     * ف glued in front. Part of the model's recipe, like the templates: a change needs a retrained model.
     */
    private static final Set<String> SPORT_WORDS = withProclitics("مباراه", "المباراه", "مباراته", "المباريات",
            "الدوري", "دوري", "ملعب", "الملعب", "استاد", "المجموعه", "الجوله", "فوزه", "فوزا", "تغلب", "تعادل", "سحق",
            "هزم", "مضيفه", "ضيفه", "اللاعب", "لاعب", "المدرب", "مدرب", "هدف", "هدفين", "اهداف", "فريقه", "الفريق",
            "النادي", "نادي", "لاعبي", "اللاعبين", "المنتخب", "منتخب", "البطوله", "بطوله", "الموسم", "القدم", "السله",
            "الشوط", "الدقيقه", "هدفا", "ركله", "جزاء", "الحارس", "المهاجم", "التاهل", "ذهاب", "اياب", "التصفيات",
            "النهائي", "مونديال", "المونديال", "الاولمبياد", "بطل", "لقب", "اللقب");

    private static Set<String> withProclitics(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w);
            for (char c : new char[] {'و', 'ب', 'ل', 'ف'}) {
                out.add(c + w);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Whether the normalized words of a sentence speak of sport: one of {@link #SPORT_WORDS}, alone or with و، ب،
     * ل or ف glued to it, or a score (2 - 1, صفر - 3).
     */
    static boolean sporty(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (isSportWord(words.get(i)) || isScoreAt(words, i)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSportWord(String normalized) {
        return SPORT_WORDS.contains(normalized);
    }

    /** Whether a score (2 - 1, صفر - 3) starts at word {@code i} of the normalized {@code words}. */
    static boolean isScoreAt(List<String> words, int i) {
        // the dash first: it rules out nearly every word, and the test runs for each word of a sentence of no sport
        return i + 2 < words.size() && words.get(i + 1).equals("-") && isScore(words.get(i))
                && isScore(words.get(i + 2));
    }

    private static boolean isScore(String w) {
        return w.equals("صفر") || !w.isEmpty() && w.length() <= 2 && Character.isDigit(w.charAt(0));
    }

    private final Lexicons lexicons;

    FeatureExtractor(Lexicons lexicons) {
        this.lexicons = Objects.requireNonNull(lexicons, "lexicons must not be null");
    }

    Features extract(List<String> tokens) {
        return new Sentence(tokens).extract();
    }

    /**
     * Adds the features of a token that depend on it alone, in template order: identity, clitics, affixes, shape
     * and length. {@code raw} is the token, {@code w} its normalized form, {@code wordHash} and {@code shape} the
     * {@link FeatureHash#of hash} and {@link #shape} of w.
     */
    static void ownFeatures(String raw, String w, long wordHash, long shape, KeyBuffer out) {
        out.add(BIAS, 0);
        if (!raw.equals(w)) {
            out.add(RAW, FeatureHash.of(raw));
        }
        out.add(WORD, wordHash);
        clitics(w, out);
        affixes(w, out);
        out.add(SHAPE, shape);
        out.add(LENGTH, Math.min(w.length(), MAX_LENGTH));
    }

    /** Adds the word-class features of the normalized word hashing to {@code wordHash}: one per level, none when unknown. */
    void classFeatures(long wordHash, KeyBuffer out) {
        long classes = lexicons.clusters().packedOf(wordHash);
        for (int level = 0; classes >= 0 && level < lexicons.clusters().levels(); level++) {
            out.add(CLUSTER + level, WordClusters.classAt(classes, level));
        }
    }

    private static void clitics(String w, KeyBuffer out) {
        int article = Clitics.afterArticle(w);
        int conjunction = Clitics.afterConjunction(w);
        int preposition = Clitics.afterPreposition(w);
        if (article > 0) {
            out.add(ARTICLE_STEM, FeatureHash.of(w, article, w.length()));
            out.add(PROCLITICS, FeatureHash.of(w, 0, article));
        } else if (conjunction > 0) {
            out.add(PROCLITICS, FeatureHash.of(w, 0, conjunction));
        }
        if (conjunction > 0) {
            out.add(NO_CONJUNCTION, FeatureHash.of(w, conjunction, w.length()));
        }
        if (preposition > 0) {
            out.add(NO_PREPOSITION, FeatureHash.of(w, preposition, w.length()));
        }
        int stem = TriggerWords.stemStart(w);
        int suffix = Clitics.beforeSuffix(w, stem);
        if (suffix < w.length()) {
            out.add(NO_SUFFIX, FeatureHash.of(w, stem, suffix));
        }
    }

    private static void affixes(String w, KeyBuffer out) {
        int length = w.length();
        for (int k = 1; k <= MAX_AFFIX && k < length; k++) {
            out.add(PREFIX + k, FeatureHash.of(w, 0, k));
            out.add(SUFFIX + k, FeatureHash.of(w, length - k, length));
        }
    }

    /** The per-token values of one sentence, computed once and shared by the features of nearby tokens. */
    private final class Sentence {
        final List<String> raw;
        final String[] words;
        final long[] wordHashes;
        final long[] stemHashes;
        final long[] shapes;
        final int[] gazetteer;
        final int[] triggers;
        final boolean[] quoted;
        final boolean sport;
        final KeyBuffer keys;

        Sentence(List<String> tokens) {
            int n = tokens.size();
            raw = tokens;
            words = new String[n];
            wordHashes = new long[n];
            stemHashes = new long[n];
            shapes = new long[n];
            triggers = new int[n];
            for (int i = 0; i < n; i++) {
                String w = ArabicNormalizer.normalize(Objects.requireNonNull(tokens.get(i), "tokens must not be null"));
                words[i] = w;
                wordHashes[i] = FeatureHash.of(w);
                stemHashes[i] = FeatureHash.of(w, TriggerWords.stemStart(w), w.length());
                shapes[i] = shape(w);
                triggers[i] = lexicons.triggers().maskOf(stemHashes[i]);
            }
            gazetteer = lexicons.gazetteer().masks(words, wordHashes);
            quoted = quoted(tokens);
            sport = sporty(Arrays.asList(words));
            keys = new KeyBuffer(Math.max(KEYS_PER_TOKEN, n * KEYS_PER_TOKEN));
        }

        Features extract() {
            int n = words.length;
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                offsets[i] = keys.size();
                token(i);
            }
            offsets[n] = keys.size();
            return new Features(keys.toArray(), offsets);
        }

        private void token(int i) {
            ownFeatures(raw.get(i), words[i], wordHashes[i], shapes[i], keys);
            context(i);
            if (quoted[i]) {
                keys.add(QUOTED, 1);
            }
            bits(GAZETTEER, i, -1, 1, gazetteer);
            keys.add(GAZETTEER_BEFORE_PAIR, maskAt(gazetteer, i - 1), gazetteer[i]);
            keys.add(GAZETTEER_AFTER_PAIR, gazetteer[i], maskAt(gazetteer, i + 1));
            if (sport) {
                keys.add(SPORT_GAZETTEER, gazetteer[i]);
            }
            bits(TRIGGER, i, -2, 0, triggers);
            classFeatures(wordHashes[i], keys);
        }

        private void context(int i) {
            for (int offset = -2; offset <= 2; offset++) {
                if (offset != 0) {
                    keys.add(WORD_AT + offset + 2, wordAt(i + offset));
                }
            }
            keys.add(STEM_BEFORE, i > 0 ? stemHashes[i - 1] : PAD_BEFORE);
            keys.add(STEM_AFTER, i + 1 < words.length ? stemHashes[i + 1] : PAD_AFTER);
            keys.add(BIGRAM_BEFORE, wordAt(i - 1), wordHashes[i]);
            keys.add(BIGRAM_AFTER, wordHashes[i], wordAt(i + 1));
            keys.add(SHAPE_BEFORE, i > 0 ? shapes[i - 1] : PAD_BEFORE, shapes[i]);
            keys.add(SHAPE_AFTER, shapes[i], i + 1 < words.length ? shapes[i + 1] : PAD_AFTER);
        }

        /** One feature per set bit of {@code masks} at each position from i + from to i + to. */
        private void bits(int template, int i, int from, int to, int[] masks) {
            for (int offset = from; offset <= to; offset++) {
                int at = i + offset;
                if (at < 0 || at >= masks.length) {
                    continue;
                }
                for (int m = masks[at]; m != 0; m &= m - 1) {
                    keys.add(template + offset - from, Integer.numberOfTrailingZeros(m));
                }
            }
        }

        private long wordAt(int at) {
            if (at < 0) {
                return PAD_BEFORE;
            }
            return at < words.length ? wordHashes[at] : PAD_AFTER;
        }
    }

    /** The gazetteer mask at {@code at}, or -1 beyond the sentence. */
    static int maskAt(int[] masks, int at) {
        return at >= 0 && at < masks.length ? masks[at] : -1;
    }

    /**
     * Which tokens stand between an opening and a closing quote mark of the sentence: « then », or two ASCII
     * double quotes. An unclosed quote marks nothing.
     */
    static boolean[] quoted(List<String> tokens) {
        boolean[] quoted = new boolean[tokens.size()];
        int open = -1;
        char opener = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            char c = t.length() == 1 ? t.charAt(0) : 0; // nearly every token is a word: one length check
            boolean closes = open >= 0 && (c == '»' || c == '"' && opener != '«');
            if (closes) {
                Arrays.fill(quoted, open + 1, i, true);
                open = -1;
            } else if (c == '«' || c == '"') {
                open = i;
                opener = c;
            }
        }
        return quoted;
    }

    /** The character-class sequence of {@code w} with repeats collapsed, as a hash. */
    static long shape(String w) {
        long h = 17;
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char cls = c < CHAR_CLASSES.length ? CHAR_CLASSES[c] : charClass(c);
            if (cls != last) {
                h = h * 31 + cls;
                last = cls;
            }
        }
        return h;
    }

    private static char[] charClasses(char end) {
        char[] classes = new char[end];
        for (char c = 0; c < end; c++) {
            classes[c] = charClass(c);
        }
        return classes;
    }

    /**
     * A letter for the class of {@code c}: a for an Arabic letter, X and x for upper- and lower-case Latin (or
     * other cased) letters, d for a digit, p for punctuation, o for anything else.
     */
    static char charClass(char c) {
        if (c >= '0' && c <= '9' || Character.isDigit(c)) {
            return 'd';
        }
        if (Character.isLetter(c)) {
            if (c >= '\u0600' && c <= '\u06FF') {
                return 'a';
            }
            return Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : 'o';
        }
        int type = Character.getType(c);
        boolean punctuation = type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
        return punctuation ? 'p' : 'o';
    }
}
