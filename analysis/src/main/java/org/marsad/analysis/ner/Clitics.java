package org.marsad.analysis.ner;

/**
 * Light clitic segmentation of a normalized word (alef unified, ة as ه), by character offsets so that features
 * can hash parts of a word without cutting strings.
 *
 * <p>Rules, in reading order of the word:
 * <ul>
 *   <li>a conjunction و or ف may come first; it is taken off only when at least {@value #MIN_AFTER_CONJUNCTION}
 *       letters remain, since many words begin with these letters (وزير، فرنسا);</li>
 *   <li>then a preposition ب، ك or ل, taken off only when at least {@value #MIN_AFTER_PREPOSITION} letters
 *       remain (بريطانيا and لبنان are why this form is only one feature among others);</li>
 *   <li>the article ال, after an optional conjunction and preposition, or لل (ل before the article, whose alef
 *       drops); the stem after it must keep at least {@value #MIN_STEM} letters;</li>
 *   <li>at the end of a stem of at least {@value #MIN_STEM_BEFORE_SUFFIX} letters, one pronoun or plural
 *       suffix: هما هم هن ها كم كن نا ون ين ان ات ه ك ي.</li>
 * </ul>
 * Each rule only offers a reading: the features use several readings side by side and the weights learn how far
 * to trust each.
 */
final class Clitics {
    static final int MIN_AFTER_CONJUNCTION = 3;
    static final int MIN_AFTER_PREPOSITION = 3;
    static final int MIN_STEM = 2;
    static final int MIN_STEM_BEFORE_SUFFIX = 3;
    private static final char ALEF = 'ا';
    private static final char LAM = 'ل';
    private static final String[] SUFFIXES = {"هما", "هم", "هن", "ها", "كم", "كن", "نا", "ون", "ين", "ان", "ات",
        "ه", "ك", "ي"};

    private Clitics() {
    }

    /** The offset after a leading conjunction, or 0 when there is none. */
    static int afterConjunction(CharSequence w) {
        return w.length() > MIN_AFTER_CONJUNCTION && isConjunction(w.charAt(0)) ? 1 : 0;
    }

    /** The offset after an optional conjunction and a preposition, or 0 when there is no preposition. */
    static int afterPreposition(CharSequence w) {
        int at = afterConjunction(w);
        return w.length() - at > MIN_AFTER_PREPOSITION && isPreposition(w.charAt(at)) ? at + 1 : 0;
    }

    /** The offset where the stem starts after the article (ال or لل with its clitics), or 0 without article. */
    static int afterArticle(CharSequence w) {
        int at = w.length() > 2 && isConjunction(w.charAt(0)) ? 1 : 0;
        if (startsWith(w, at, LAM, LAM)) {
            return fits(w, at + 2);
        }
        if (at < w.length() && isPreposition(w.charAt(at)) && startsWith(w, at + 1, ALEF, LAM)) {
            return fits(w, at + 3);
        }
        return startsWith(w, at, ALEF, LAM) ? fits(w, at + 2) : 0;
    }

    /** Where a written form of the article starts when the word has one (the ل of لل), or -1. */
    static int articleStart(CharSequence w) {
        int stem = afterArticle(w);
        return stem == 0 ? -1 : stem - 2;
    }

    /** The offset where a pronoun or plural suffix starts in {@code w[from..]}, or {@code w.length()}. */
    static int beforeSuffix(CharSequence w, int from) {
        int length = w.length();
        for (String suffix : SUFFIXES) {
            int at = length - suffix.length();
            if (at - from >= MIN_STEM_BEFORE_SUFFIX && regionEquals(w, at, suffix)) {
                return at;
            }
        }
        return length;
    }

    static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ك' || c == LAM;
    }

    private static int fits(CharSequence w, int stem) {
        return w.length() - stem >= MIN_STEM ? stem : 0;
    }

    private static boolean startsWith(CharSequence w, int at, char first, char second) {
        return at + 1 < w.length() && w.charAt(at) == first && w.charAt(at + 1) == second;
    }

    private static boolean regionEquals(CharSequence w, int at, String s) {
        for (int k = 0; k < s.length(); k++) {
            if (w.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
