package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.analysis.StringFilter;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Finds phrases of normalized words in a text, longest first, and hands back the value stored with each.
 *
 * <p>Rules:
 * <ul>
 *   <li>Phrases and text are compared after {@link ArabicNormalizer}, word by word.</li>
 *   <li>The first word of a phrase may carry proclitics: a conjunction (و، ف), then a preposition (ب، ك، ل);
 *       ل before the article merges with it (للصين is ل + الصين). A clitic is taken off only when more than
 *       {@value #MIN_STEM} letters stay, or a conjunction before the first of two words or more when that many do
 *       (وتل أبيب; ولي is no "and Lee"); ك ("like") not before a name that ends like a pronoun, since a verb that
 *       opens with ك reads so too (كسبها "won it" is no "like Sabha"). Later words must match whole: Arabic
 *       attaches clitics to the first word of a phrase only.</li>
 *   <li>The words of a phrase must follow each other with nothing but spaces or quote marks between them
 *       (الجوهرة "اف ام"): a comma, a period or a slash ends a phrase, except a period alone between the
 *       letters of an acronym (سي.إن.إن), which a phrase's own periods match.</li>
 *   <li>At each word the longest phrase wins; a phrase added again keeps its first value.</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class WordMatcher<T> {
    static final int MIN_STEM = 2;
    private static final char ALEF = 'ا';
    /** Pronoun suffixes of nouns and verbs that names do not end with, normalized. */
    private static final List<String> PRONOUN_ENDINGS = List.of("ها", "هم", "هما", "كم");
    private static final String SENTENCE_ENDS = ".!?؟\n";
    /** More phrases than this on one first word are looked up by their second word too (محافظة has seventy). */
    private static final int INDEXED_BY_SECOND_WORD = 8;
    /**
     * A period or hyphen between two letters of a phrase: an acronym's letters (سي.إن.إن) and the parts of a hyphened
     * name (فرانك-فالتر، مونغ-جون) are words of their own, as the tokenizer splits them.
     */
    private static final Pattern JOINING_MARK = Pattern.compile("(?<=\\p{L})[.-](?=\\p{L})");
    private final Map<String, FirstWord<T>> byFirstWord;
    /** Most words of a text start no phrase: the filter tells so of each reading without building it. */
    private final StringFilter firstWords;

    private record Candidate<T>(String[] words, T value) {
        String second() {
            return words.length > 1 ? words[1] : "";
        }
    }

    /**
     * The phrases of one first word, longest first, and for a first word of many phrases those phrases by second
     * word too, one-word phrases under "" (null for a first word of few): one look-up finds both.
     */
    private record FirstWord<T>(List<Candidate<T>> candidates, Map<String, List<Candidate<T>>> bySecondWord) {

        static <T> FirstWord<T> of(List<Candidate<T>> candidates) {
            if (candidates.size() <= INDEXED_BY_SECOND_WORD) {
                return new FirstWord<>(candidates, null);
            }
            Map<String, List<Candidate<T>>> index = new HashMap<>();
            candidates.forEach(c -> index.computeIfAbsent(c.second(), w -> new ArrayList<>()).add(c));
            index.replaceAll((w, list) -> List.copyOf(list));
            return new FirstWord<>(candidates, Map.copyOf(index));
        }
    }

    /** A phrase found: its value, word range {@code [firstWord, endWord)} and character range after any clitic. */
    record Hit<T>(T value, int firstWord, int endWord, int start, int end) {
    }

    private WordMatcher(Map<String, List<Candidate<T>>> byFirstWord) {
        Map<String, FirstWord<T>> firsts = new HashMap<>(byFirstWord.size() * 2);
        byFirstWord.forEach((first, candidates) -> firsts.put(first, FirstWord.of(candidates)));
        this.byFirstWord = firsts;
        this.firstWords = new StringFilter(byFirstWord.keySet());
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The longest phrase starting at word {@code i}, or null. The word's readings are {@link Variant#of}'s, tried in
     * its order; each is built and looked up only where {@link #firstWords} lets it through, which most words of a
     * text, and most readings of the rest, are not.
     */
    Hit<T> match(String text, List<Span> words, List<String> normalizedWords, int i) {
        String word = normalizedWords.get(i);
        if (word.isEmpty()) {
            return null;
        }
        boolean conjoined = word.charAt(0) == 'و' || word.charAt(0) == 'ف';
        int conjunction = conjoined && word.length() > MIN_STEM + 1 ? 1 : 0;
        Hit<T> hit = reading(word, 0, false, 0, text, words, normalizedWords, i);
        if (hit == null && conjunction > 0) {
            hit = reading(word, conjunction, false, conjunction, text, words, normalizedWords, i);
        } else if (hit == null && conjoined && word.length() == MIN_STEM + 1) {
            hit = ofSeveralWords(reading(word, 1, false, 1, text, words, normalizedWords, i));
        }
        if (hit != null) {
            return hit;
        }
        int rest = word.length() - conjunction;
        int preposition = conjunction + 1;
        if (word.startsWith("لل", conjunction) && rest > MIN_STEM + 2) {
            // ل + the article (للصين: الصين, no letter skipped), then ل + a name that starts with ل (للبنان), then ل
            // + a name whose article stands before ل (لليكود: الليكود)
            hit = reading(word, preposition, true, conjunction, text, words, normalizedWords, i);
            hit = hit != null ? hit : reading(word, preposition, false, preposition, text, words, normalizedWords, i);
            return hit != null ? hit : reading(word, conjunction, true, conjunction, text, words, normalizedWords, i);
        }
        return takesPreposition(word, conjunction)
                ? reading(word, preposition, false, preposition, text, words, normalizedWords, i) : null;
    }

    /** {@code hit} if it spans two words or more (وتل أبيب), else null: ولي is no "and Lee". */
    private static <T> Hit<T> ofSeveralWords(Hit<T> hit) {
        return hit != null && hit.endWord() - hit.firstWord() > 1 ? hit : null;
    }

    /** Whether the letter at {@code at} of the normalized {@code word} is a preposition glued to a name after it. */
    private static boolean takesPreposition(String word, int at) {
        int rest = word.length() - at - 1;
        char c = word.charAt(at);
        if (c == 'ك' && endsWithPronoun(word)) {
            return false;
        }
        return (c == 'ب' || c == 'ك' || c == 'ل') && rest > MIN_STEM;
    }

    /**
     * The longest phrase at word {@code i} whose first word is {@code word} from {@code from} on, after an alef where
     * {@code alef} (the article's, which ل + ال does not write), {@code clitics} letters of the word then no part of
     * the phrase; or null.
     */
    private Hit<T> reading(String word, int from, boolean alef, int clitics, String text, List<Span> words,
                           List<String> normalizedWords, int i) {
        if (!firstWords.mayContainSuffix(alef ? ALEF : '\0', word, from)) {
            return null;
        }
        FirstWord<T> first = byFirstWord.get(alef ? ALEF + word.substring(from) : word.substring(from));
        if (first == null) {
            return null;
        }
        if (first.bySecondWord() == null) {
            return firstFollowing(first.candidates(), clitics, text, words, normalizedWords, i);
        }
        String second = i + 1 < normalizedWords.size() ? normalizedWords.get(i + 1) : "";
        Hit<T> hit = firstFollowing(first.bySecondWord().get(second), clitics, text, words, normalizedWords, i);
        return hit != null ? hit : firstFollowing(first.bySecondWord().get(""), clitics, text, words, normalizedWords, i);
    }

    /**
     * The first of {@code candidates} (longest first; null for none) that the text follows from word {@code i} on,
     * its first word carrying {@code clitics} letters of clitics.
     */
    private static <T> Hit<T> firstFollowing(List<Candidate<T>> candidates, int clitics, String text, List<Span> words,
                                             List<String> normalizedWords, int i) {
        if (candidates == null) {
            return null;
        }
        for (Candidate<T> c : candidates) {
            if (followsOn(c.words(), text, words, normalizedWords, i)) {
                int start = skipLetters(text, words.get(i).start(), clitics);
                int endWord = i + c.words().length;
                return new Hit<>(c.value(), i, endWord, start, words.get(endWord - 1).end());
            }
        }
        return null;
    }

    private static boolean followsOn(String[] phrase, String text, List<Span> words, List<String> norm, int i) {
        if (i + phrase.length > norm.size()) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (!phrase[k].equals(norm.get(i + k)) || !withinOneName(text, words.get(i + k - 1), words.get(i + k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether only spaces and quote marks part two words, or one period or hyphen with no space: a name's words may
     * be quoted apart (الجوهرة "اف ام", one radio's name written so hundreds of times in its own news).
     */
    private static boolean withinOneName(String text, Span before, Span after) {
        if (after.start() == before.end() + 1 && (text.charAt(before.end()) == '.' || text.charAt(before.end()) == '-')) {
            return true; // the letters of an acronym (سي.إن.إن), the parts of a hyphened name (مونغ-جون)
        }
        for (int c = before.end(); c < after.start(); c++) {
            char ch = text.charAt(c);
            boolean quote = ch == '"' || ch == '«' || ch == '»' || ch == '“' || ch == '”';
            if (!quote && !Character.isWhitespace(ch) && !Character.isSpaceChar(ch) && ch != '\u200C' && ch != '\u200F') {
                return false;
            }
        }
        return true;
    }

    /** Whether exactly one plain space parts the words {@code before} and {@code after}. */
    static boolean oneSpaceBetween(String text, Span before, Span after) {
        return after.start() == before.end() + 1 && text.charAt(before.end()) == ' ';
    }

    /** Whether the normalized {@code word} ends with a pronoun that no name ends with (أرواحها، يخسرها، قصفهم). */
    static boolean endsWithPronoun(String word) {
        for (String ending : PRONOUN_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false; // a loop, not a stream: this runs for every word that opens with ك
    }

    static boolean onlySpacesBetween(String text, Span before, Span after) {
        for (int c = before.end(); c < after.start(); c++) {
            if (!isSpace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a sentence's end (. ! ? ؟ or a line break) parts the words {@code before} and {@code after}. */
    static boolean sentenceEndBetween(String text, Span before, Span after) {
        for (int c = before.end(); c < after.start(); c++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(c)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code ch} is a space of any kind, a zero-width non-joiner or a right-to-left mark. */
    static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\u200C' || ch == '\u200F';
    }

    /** A word with {@code cliticLetters} proclitic letters taken off its front. */
    record Variant(String word, int cliticLetters) {

        /**
         * The word as written, then without a conjunction, without a preposition, without both; each once. A word
         * opening with لل reads ل + article first (للصين), then ل + a name that starts with ل (للبنان، لليبيا).
         */
        static Variant[] of(String word) {
            if (word.isEmpty()) {
                return new Variant[0];
            }
            Variant plain = new Variant(word, 0);
            Variant noConjunction = plain.withoutConjunction();
            // a word that starts with a conjunction starts with no preposition: "without a preposition" is itself
            Variant noPreposition = noConjunction.withoutPreposition();
            Variant lam = noConjunction.beforeLam();
            int n = 1 + (noConjunction != plain ? 1 : 0) + (noPreposition != noConjunction ? 1 : 0) + (lam != null ? 1 : 0);
            Variant[] out = new Variant[n];
            int k = 0;
            out[k++] = plain;
            if (noConjunction != plain) {
                out[k++] = noConjunction;
            }
            if (noPreposition != noConjunction) {
                out[k++] = noPreposition;
            }
            if (lam != null) {
                out[k] = lam;
            }
            return out;
        }

        /** Without the preposition ل of a word opening with لل whose name starts with ل (للبنان), or null. */
        Variant beforeLam() {
            return word.startsWith("لل") && word.length() > MIN_STEM + 2 ? strip(1) : null;
        }

        Variant withoutConjunction() {
            char c = word.charAt(0);
            return (c == 'و' || c == 'ف') && word.length() > MIN_STEM + 1 ? strip(1) : this;
        }

        /**
         * ل before the article merges with it: للصين reads ل + الصين. No letter is skipped then: the name's span
         * starts at the word, since the article's alef is not written and "لصين" would be no word of the text.
         */
        Variant withoutPreposition() {
            if (word.startsWith("لل") && word.length() > MIN_STEM + 2) {
                return new Variant("ا" + word.substring(1), cliticLetters);
            }
            return takesPreposition(word, 0) ? strip(1) : this;
        }

        private Variant strip(int letters) {
            return new Variant(word.substring(letters), cliticLetters + letters);
        }
    }

    /** The normalized {@code word} without a و or ف glued to it, when three letters or more are left. */
    static String withoutConjunction(String word) {
        return word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف') ? word.substring(1) : word;
    }

    /** Whether the normalized {@code word} has the article in some reading of its clitics: الرئيس، للرئيس، وبالرئيس. */
    static boolean isDefinite(String word) {
        return inSomeReading(word, w -> w.startsWith("ال"));
    }

    /** The set of {@code words}, each {@link ArabicNormalizer#normalize normalized}. */
    static Set<String> normalized(String... words) {
        return Stream.of(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the normalized {@code word} is a definite nisba, masculine or feminine: السعودي، الطبية (not الي). */
    static boolean isDefiniteNisba(String word) {
        return word.startsWith("ال") && word.length() > 4 && (word.endsWith("ي") || word.endsWith("يه"));
    }

    /** Whether some {@link Variant} of the normalized {@code word}, clitics read off or not, passes {@code test}. */
    static boolean inSomeReading(String word, Predicate<String> test) {
        for (Variant v : Variant.of(word)) {
            if (test.test(v.word())) {
                return true;
            }
        }
        return false;
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

    /** The normalized words of {@code phrase}, or an empty array for a blank one. */
    static String[] wordsOf(String phrase) {
        String norm = ArabicNormalizer.normalize(phrase).strip();
        return norm.isEmpty() ? new String[0] : JOINING_MARK.matcher(norm).replaceAll(" ").split("\\s+");
    }

    /** Collects phrases; the first value given for a phrase keeps it. */
    static final class Builder<T> {
        private final Map<String, List<Candidate<T>>> byFirstWord = new HashMap<>();
        private final Set<String> seen = new HashSet<>();

        /** Adds {@code phrase} (any spelling; it is normalized); returns false when it was there already. */
        boolean add(String phrase, T value) {
            String[] words = wordsOf(phrase);
            if (words.length == 0 || !seen.add(String.join(" ", words))) {
                return false;
            }
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Candidate<>(words, value));
            return true;
        }

        WordMatcher<T> build() {
            Map<String, List<Candidate<T>>> copy = new HashMap<>(byFirstWord.size() * 2);
            byFirstWord.forEach((w, list) -> {
                List<Candidate<T>> sorted = new ArrayList<>(list);
                sorted.sort(Comparator.comparingInt((Candidate<T> c) -> c.words().length).reversed());
                copy.put(w, List.copyOf(sorted));
            });
            return new WordMatcher<>(copy);
        }
    }
}
