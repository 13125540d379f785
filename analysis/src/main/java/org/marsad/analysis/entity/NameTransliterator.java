package org.marsad.analysis.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * Writes an Arabic name the knowledge base lacks in Latin letters, readably: "قاسم جومارت توكاييف" gives
 * "Qasim Jumart Tukayev", "الإيغور" gives "Al-Ighur". A stand-in for an English name, not a scholarly
 * transliteration: Arabic script leaves most short vowels out, and the result guesses only those without which
 * the Latin would be unreadable.
 *
 * <p>Rules, per word:
 * <ul>
 *   <li>a given name of {@value PersonNames#GIVEN_NAMES_FILE} (فيصل Faisal, ستيف Steve) or a word of
 *       {@value #WORDS} (بن، أبو، عبد الله...) takes its listed spelling;</li>
 *   <li>the article ال becomes "al-", and عبدال... becomes "Abd al-...", after the article too (العبدالعزيز
 *       al-Abd al-Aziz);</li>
 *   <li>the Russian and Central Asian surname endings are kept as such: ـاييف "ayev", ـييف "iyev",
 *       ـيف "ev", ـوف "ov", ـوفا "ova", ـيفا "eva", ـسكي "ski", ـيتش "ich"; a listed name before one keeps its
 *       spelling (عمروف Umarov);</li>
 *   <li>letters map one to one or two (ث th, خ kh, ش sh, غ gh, ذ dh...); ا آ ة ى are "a" and إ "i";
 *       و is "w" at the start of a word or beside a long vowel and "u" between consonants; ي is "y" at the
 *       start or beside a long vowel and "i" otherwise, "i" too at the end after و (الزرقاوي al-Zarqawi); ع is dropped at the start (or "a" before a
 *       consonant), "a'" after a consonant, "'" elsewhere, but "a" before a و or ي that a long vowel follows (عواطف
 *       Awatif); hamza is "'";</li>
 *   <li>short vowels, which the script leaves out, are guessed as {@link ShortVowels} says (منصور Mansur,
 *       بندر Bandar, ماجد Majid), but not in a word without the article that opens like a European name;</li>
 *   <li>each word is capitalized, except "al-" and "bin" inside a name; a word without Arabic letters goes
 *       through ICU's Any-Latin (Cyrillic, Greek...) or stays as it is.</li>
 * </ul>
 * Thread-safe.
 */
public final class NameTransliterator {
    static final String WORDS = "transliteration.tsv";
    private static final Map<String, String> KNOWN_WORDS = loadWords();
    private static final String[][] ENDINGS = {
        {"اييف", "ayev"}, {"ييف", "iyev"}, {"وفا", "ova"}, {"يفا", "eva"}, {"سكايا", "skaya"}, {"سكي", "ski"},
        {"يتش", "ich"}, {"يف", "ev"}, {"وف", "ov"},
    };
    private static final Map<Character, String> CONSONANTS = consonants();
    /** Name words that stay in small letters inside a name: bin Salman, von Hindenburg. */
    private static final Set<String> LOWER_CASE_PARTICLES = Set.of("bin", "ibn", "bint", "von", "van");
    /** Stands for the letter before a word's second letter when the first is و or ي, which is a consonant there. */
    private static final char CONSONANT = 'ب';
    /**
     * Names spelt before, the first {@value #SPELT_LIMIT} of them: the same names come back from article to article
     * (about 3% of the analysis went into spelling them again). Memory stays bounded whatever the input.
     */
    static final int SPELT_LIMIT = 20_000;
    private static final Map<String, String> SPELT = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> OTHER_SCRIPTS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameTransliterator() {
    }

    /** The Latin spelling of {@code name}, words capitalized; null for null. */
    public static String toLatin(String name) {
        if (name == null) {
            return null;
        }
        String latin = SPELT.get(name);
        if (latin == null) {
            latin = spell(name);
            if (SPELT.size() < SPELT_LIMIT) {
                SPELT.putIfAbsent(name, latin);
            }
        }
        return latin;
    }

    private static String spell(String name) {
        String clean = ArabicNormalizer.normalize(name, EnumSet.of(ArabicNormalizer.Step.REMOVE_DIACRITICS,
                ArabicNormalizer.Step.REMOVE_TATWEEL, ArabicNormalizer.Step.REMOVE_INVISIBLES,
                ArabicNormalizer.Step.FOLD_PRESENTATION_FORMS, ArabicNormalizer.Step.ASCII_DIGITS));
        StringBuilder out = new StringBuilder();
        for (String word : clean.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String latin = word(word);
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(out.isEmpty() ? capitalizeFirst(latin) : capitalizeInside(latin));
        }
        return out.toString();
    }

    private static String word(String w) {
        String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(w));
        if (known != null) {
            return known;
        }
        if (!hasArabic(w)) {
            return OTHER_SCRIPTS.get().transliterate(w);
        }
        if (w.startsWith("عبدال") && w.length() > 6) {
            return "abd " + afterArticle(w.substring(5));
        }
        if (w.startsWith("ال") && w.length() > 3) {
            return afterArticle(w.substring(2));
        }
        return letters(w, false);
    }

    private static String afterArticle(String rest) {
        String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(rest));
        if (known == null && rest.startsWith("عبدال") && rest.length() > 6) {
            return "al-" + word(rest); // العبدالعزيز, a family named after an Abd al-Aziz
        }
        return "al-" + (known != null ? known.toLowerCase() : letters(rest, true));
    }

    private static String letters(String w, boolean afterArticle) {
        for (String[] ending : ENDINGS) {
            String head = w.substring(0, Math.max(0, w.length() - ending[0].length()));
            if (w.endsWith(ending[0]) && head.length() >= 2 && !isLongVowel(head.charAt(head.length() - 1))) {
                String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(head));
                return known != null ? known + ending[1] : letters(head, ending[1], afterArticle);
            }
        }
        return letters(w, "", afterArticle);
    }

    private static String letters(String w, String ending, boolean afterArticle) {
        int n = w.length();
        boolean participle = ending.isEmpty() && ShortVowels.isActiveParticiple(w, CONSONANTS.keySet());
        List<String> units = new ArrayList<>(n + 2);
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            // a word's first letter is a consonant even when it is و or ي: the و of يونكر is a vowel
            char prev = i == 0 ? 0 : i == 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ي') ? CONSONANT : w.charAt(i - 1);
            char next = i + 1 < n ? w.charAt(i + 1) : (ending.isEmpty() ? 0 : 'ا');
            if (participle && i == 3) {
                units.add("i");
            }
            String unit = i == 0 && c == 'ع' && opensWithConsonantGlide(w) ? "a" : letter(c, prev, next, i == 0);
            if (!unit.isEmpty()) {
                units.add(unit);
            }
        }
        if (afterArticle || !ShortVowels.beginsLikeEuropeanName(w)) {
            ShortVowels.guess(units);
        }
        return String.join("", units) + ending;
    }

    private static String letter(char c, char prev, char next, boolean first) {
        switch (c) {
            case 'ا', 'آ', 'أ', 'ة', 'ى', 'ٱ':
                return "a";
            case 'إ':
                return "i";
            case 'و':
                return first || isLongVowel(prev) || isLongVowel(next) ? "w" : "u";
            case 'ي', 'ی':
                if (prev == 'إ') {
                    return "";
                }
                if (next == 'ي' && !first || next == 0 && prev == 'و') {
                    return "i"; // the nisba after و is "awi": الزرقاوي al-Zarqawi
                }
                return first || isLongVowel(prev) || (next != 0 && isLongVowel(next)) ? "y" : "i";
            case 'ع':
                if (first) {
                    return next == 0 || isLongVowel(next) || next == 'إ' ? "" : "a";
                }
                return isLongVowel(prev) ? "'" : "a'";
            case 'ء', 'ئ', 'ؤ':
                return "'";
            default:
                String mapped = CONSONANTS.get(c);
                return mapped != null ? mapped : String.valueOf(c);
        }
    }

    /** Whether the word opens with ع and a و or ي that a long vowel follows, a consonant there: عواطف Awatif. */
    private static boolean opensWithConsonantGlide(String w) {
        return w.length() >= 3 && (w.charAt(1) == 'و' || w.charAt(1) == 'ي') && isLongVowel(w.charAt(2));
    }

    private static boolean isLongVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي' || c == 'آ' || c == 'أ' || c == 'ى' || c == 'ة';
    }

    private static boolean hasArabic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    private static String capitalizeFirst(String w) {
        return capitalize(w, true);
    }

    private static String capitalizeInside(String w) {
        return capitalize(w, !(w.startsWith("al-") || LOWER_CASE_PARTICLES.contains(w)));
    }

    /** Upper-cases the letter after each "al-", and the first letter when {@code first}. */
    private static String capitalize(String w, boolean first) {
        StringBuilder sb = new StringBuilder(w);
        if (first && !sb.isEmpty()) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        for (int at = w.indexOf("al-"); at >= 0 && at + 3 < sb.length(); at = w.indexOf("al-", at + 3)) {
            sb.setCharAt(at + 3, Character.toUpperCase(sb.charAt(at + 3)));
        }
        return sb.toString();
    }

    private static Map<String, String> loadWords() {
        Map<String, String> words = new HashMap<>(PersonNames.GIVEN_NAMES);
        for (TsvTable.Row row : TsvTable.readResource(NameTransliterator.class, WORDS, 2)) {
            if (words.put(ArabicNormalizer.normalize(row.column(0)), row.column(1)) != null) {
                throw row.error("'" + row.column(0) + "' has its spelling in " + PersonNames.GIVEN_NAMES_FILE
                        + " already");
            }
        }
        return Map.copyOf(words);
    }

    private static Map<Character, String> consonants() {
        String[] pairs = {"ب", "b", "ت", "t", "ث", "th", "ج", "j", "ح", "h", "خ", "kh", "د", "d", "ذ", "dh", "ر", "r",
            "ز", "z", "س", "s", "ش", "sh", "ص", "s", "ض", "d", "ط", "t", "ظ", "z", "غ", "gh", "ف", "f", "ق", "q",
            "ك", "k", "ک", "k", "ل", "l", "م", "m", "ن", "n", "ه", "h", "پ", "p", "چ", "ch", "ژ", "zh", "گ", "g",
            "ڤ", "v", "ڨ", "g"};
        Map<Character, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
