package org.marsad.analysis.entity;

import static org.marsad.analysis.entity.WordMatcher.sentenceEndBetween;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Short names of companies that are common words or given names too, and the words of their trade that make such a
 * name alone the company ({@value #FILE}): "لمشتركي زين وموبايلي" is Zain, the telecom operator; "الشخصية الرئيسة
 * (زين)" a novel's heroine.
 *
 * <p>Rules:
 * <ul>
 *   <li>a short name names its company only with a cue of the company's trade (another firm's name, موبايلي، STC;
 *       a word of the trade, مشتركي، شريحة، رسالة نصية) at most {@value #WINDOW} words before or after it: a list of
 *       operators or an instruction to subscribers names the firms, a poem or a novel seldom;</li>
 *   <li>not across the end of a sentence or a line: the next sentence may speak of something else;</li>
 *   <li>words are compared after Arabic normalization, Latin letters in any case (stc، STC), and و، ف، ب، ل in front
 *       of a word are read off (وموبايلي، لمشتركي);</li>
 *   <li>a short name whose company the knowledge base lacks (a test's) names nothing.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class CompanyCues {
    static final String FILE = "company-cues.tsv";
    /** How many words before or after a short name a cue may stand. */
    static final int WINDOW = 3;
    /** The Arabic block, whose letters have no case. */
    private static final char ARABIC_BLOCK_START = '\u0600';
    private static final char ARABIC_BLOCK_END = '\u06FF';

    /** The companies by their short name, normalized. */
    private final Map<String, NameEntry> companies;
    /** The trade of each short name, and each trade's cues, each as its normalized words. */
    private final Map<String, String> tradeOf;
    private final Map<String, List<List<String>>> cues;
    /**
     * The endings of the words that may be short names: each short name's last word, and that without the alef it
     * opens with (ل + the article writes لل, للصين read الصين). A word of a text that ends with none is no short
     * name's.
     */
    private final List<String> endings;
    /**
     * The last letters of {@link #endings} when each ends in an Arabic letter, else null: an Arabic letter has no case,
     * so a word whose last letter is another Arabic letter ends with no ending, in small letters or not.
     */
    private final String lastLetters;

    private CompanyCues(Map<String, NameEntry> companies, Map<String, String> tradeOf,
                        Map<String, List<List<String>>> cues) {
        this.companies = Map.copyOf(companies);
        this.tradeOf = Map.copyOf(tradeOf);
        this.cues = Map.copyOf(cues);
        List<String> endings = new ArrayList<>();
        for (String name : companies.keySet()) {
            String last = name.substring(name.lastIndexOf(' ') + 1);
            endings.add(last);
            if (last.startsWith("ا")) {
                endings.add(last.substring(1));
            }
        }
        this.endings = List.copyOf(endings);
        StringBuilder last = new StringBuilder();
        for (String ending : endings) {
            last.append(ending.isEmpty() ? '\0' : ending.charAt(ending.length() - 1));
        }
        this.lastLetters = last.chars().allMatch(CompanyCues::isArabic) ? last.toString() : null;
    }

    /** The short names of {@value #FILE} whose companies are among {@code entries}, with all cues. */
    static CompanyCues shipped(Collection<NameEntry> entries) {
        Map<String, NameEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.kb(), e));
        Map<String, NameEntry> companies = new HashMap<>();
        Map<String, String> tradeOf = new HashMap<>();
        Map<String, List<List<String>>> cues = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(CompanyCues.class, FILE, 2)) {
            List<String> words = List.of(normalized(row.column(0)).split(" "));
            String id = row.columns().length > 2 ? row.column(2) : "";
            if (id.isEmpty()) {
                cues.computeIfAbsent(row.column(1), t -> new ArrayList<>()).add(words);
            } else if (byId.containsKey(id)) {
                companies.put(String.join(" ", words), byId.get(id));
                tradeOf.put(String.join(" ", words), row.column(1));
            }
        }
        cues.replaceAll((trade, list) -> List.copyOf(list));
        return new CompanyCues(companies, tradeOf, cues);
    }

    /** The ids of {@value #FILE} that no entry of {@code entries} has, as "file:line: id". */
    static List<String> unknownIds(Collection<NameEntry> entries) {
        List<String> unknown = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(CompanyCues.class, FILE, 2)) {
            String id = row.columns().length > 2 ? row.column(2) : "";
            if (!id.isEmpty() && entries.stream().noneMatch(e -> e.kb().equals(id))) {
                unknown.add(row.file() + ":" + row.line() + ": " + id);
            }
        }
        return unknown;
    }

    boolean isEmpty() {
        return companies.isEmpty();
    }

    /**
     * Whether some reading of the normalized {@code word}, its proclitics read off ({@link WordMatcher.Variant}), may
     * be a short name or a longer one's last word: each reading ends the word (but the alef of ل + the article,
     * للصين read الصين), so a word that ends with none has none, and most words of a text are ruled out without
     * building their readings.
     */
    boolean mayName(String word) {
        char last = word.isEmpty() ? '\0' : word.charAt(word.length() - 1);
        if (lastLetters != null && isArabic(last) && lastLetters.indexOf(last) < 0) {
            return false; // most words of a text
        }
        String lower = lowerCase(word);
        for (String ending : endings) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The company whose short name is the normalized {@code word}, or null. */
    NameEntry companyOf(String word) {
        return companies.get(lowerCase(word));
    }

    /**
     * Whether a cue of the trade of the short name {@code name} (normalized) stands beside word {@code w} of the
     * words {@code words} of {@code text} (normalized: {@code norm}), in its sentence.
     */
    boolean cueBeside(String name, String text, List<Span> words, List<String> norm, int w) {
        List<List<String>> trade = cues.getOrDefault(tradeOf.get(name.toLowerCase(Locale.ROOT)), List.of());
        for (int j = w - 1; j >= 0 && j >= w - WINDOW && !sentenceEndBetween(text, words.get(j), words.get(j + 1));
                j--) {
            if (cueAt(trade, norm, j, w)) {
                return true;
            }
        }
        for (int j = w + 1; j < norm.size() && j <= w + WINDOW
                && !sentenceEndBetween(text, words.get(j - 1), words.get(j)); j++) {
            if (cueAt(trade, norm, j, norm.size())) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code trade}'s cues starts at word {@code j} and ends before word {@code stop}. */
    private static boolean cueAt(List<List<String>> trade, List<String> norm, int j, int stop) {
        for (List<String> cue : trade) {
            if (j + cue.size() > stop) {
                continue;
            }
            boolean matches = WordMatcher.inSomeReading(lowerCase(norm.get(j)), cue.get(0)::equals);
            for (int k = 1; matches && k < cue.size(); k++) {
                matches = lowerCase(norm.get(j + k)).equals(cue.get(k));
            }
            if (matches) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code word} in small letters, as {@link String#toLowerCase(Locale) toLowerCase(Locale.ROOT)} gives it; a word
     * of Arabic letters, digits and small Latin letters only, nearly every word of a text, is itself without a look
     * at the case tables for each of its letters ({@link #mayName} asks of every word).
     */
    private static String lowerCase(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            boolean caseless = c < 'A' || c > 'Z' && c < 0x80 || isArabic(c);
            if (!caseless) {
                return word.toLowerCase(Locale.ROOT);
            }
        }
        return word;
    }

    private static boolean isArabic(int c) {
        return c >= ARABIC_BLOCK_START && c <= ARABIC_BLOCK_END;
    }

    /** {@code text} normalized, in small letters, its words set off by single spaces. */
    private static String normalized(String text) {
        return ArabicNormalizer.normalize(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
