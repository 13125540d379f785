package org.marsad.analysis.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Guesses the short vowels Arabic script leaves out of a name, where the Latin would otherwise be a run of
 * consonants that no Arabic word has, for {@link NameTransliterator}. A guess, not a reading: "a" stands for
 * whichever vowel it is.
 *
 * <p>Rules, over the Latin units of a word's letters (one per letter: "sh", "a", "y"...):
 * <ul>
 *   <li>"a" after the first consonant when a second follows, since an Arabic word never opens with two
 *       consonants: منصور Mansur, الشمراني al-Shamrani;</li>
 *   <li>"a" before the third of three consonants in a row, run after run: بندر Bandar, الرحمن al-Rahman;
 *       y and w, half vowels, break a run (شايلد Shayld);</li>
 *   <li>a word of four letters with ا second and consonants third and fourth, or of five with ي last, has the
 *       pattern of an active participle or its adjective: "i" before the fourth letter (ماجد Majid, العابد al-Abid,
 *       المالكي al-Maliki);</li>
 *   <li>a word whose first two letters open European names as one cluster (ستيف، كريستيانو، بلير، سبورتس) is
 *       left as written, unless the article shows it is Arabic.</li>
 * </ul>
 */
final class ShortVowels {
    /** Pairs of letters that open European names as one cluster. */
    private static final Set<String> EUROPEAN_ONSETS = europeanOnsets();

    private ShortVowels() {
    }

    /** Adds the guessed vowels to {@code units}, the Latin units of a word's letters, in place. */
    static void guess(List<String> units) {
        addVowelAfterFirstConsonant(units);
        breakConsonantRuns(units);
    }

    /** Whether the first two letters begin European names but no Arabic word without a vowel between: ستيف، بلير. */
    static boolean beginsLikeEuropeanName(String w) {
        return w.length() >= 2 && EUROPEAN_ONSETS.contains(w.substring(0, 2));
    }

    /** فاعل and its nisba فاعلي, {@code consonants} being the letters that are consonants only. */
    static boolean isActiveParticiple(String w, Set<Character> consonants) {
        int n = w.length();
        return (n == 4 || n == 5 && w.charAt(4) == 'ي') && (consonants.contains(w.charAt(0)) || w.charAt(0) == 'ع')
                && w.charAt(1) == 'ا' && consonants.contains(w.charAt(2)) && consonants.contains(w.charAt(3));
    }

    private static void addVowelAfterFirstConsonant(List<String> units) {
        if (units.size() >= 3 && isConsonantUnit(units.get(0)) && isFirmConsonant(units.get(1))) {
            units.add(1, "a");
        }
    }

    private static void breakConsonantRuns(List<String> units) {
        for (int k = 2; k < units.size(); k++) {
            boolean run = isFirmConsonant(units.get(k - 2)) && isFirmConsonant(units.get(k - 1));
            if (run && isFirmConsonant(units.get(k))) {
                units.add(k, "a");
            }
        }
    }

    private static boolean isFirmConsonant(String unit) {
        return isConsonantUnit(unit) && !unit.equals("y") && !unit.equals("w");
    }

    private static boolean isConsonantUnit(String unit) {
        for (int i = 0; i < unit.length(); i++) {
            if ("aeiou".indexOf(unit.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> europeanOnsets() {
        Set<String> onsets = new HashSet<>();
        for (char first : "بتجدفكغقپگ".toCharArray()) {
            onsets.add(first + "ر");
            onsets.add(first + "ل");
        }
        for (char second : "تبكمنلوف".toCharArray()) {
            onsets.add("س" + second);
            onsets.add("ش" + second);
        }
        onsets.add("تش");
        onsets.add("تس");
        return Set.copyOf(onsets);
    }
}
