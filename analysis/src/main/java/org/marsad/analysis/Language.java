package org.marsad.analysis;

/**
 * Tells the language of a text as a BCP-47 tag.
 *
 * <p>Rule: a text whose letters are at least {@value #ARABIC_SHARE}% Arabic script is "ar"; one of mostly Latin
 * letters is "und" (Marsad analyses Arabic; it does not guess among Latin-script languages); so is a text without
 * letters.
 */
final class Language {
    static final int ARABIC_SHARE = 50;
    /** {@link Character#isLetter} up to the end of the Arabic block, where nearly every char of a text falls. */
    private static final boolean[] LETTERS = letters('\u0700');

    private Language() {
    }

    static String of(CharSequence text) {
        int letters = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < LETTERS.length ? LETTERS[c] : Character.isLetter(c)) {
                letters++;
                if (isArabic(c)) {
                    arabic++;
                }
            }
        }
        return letters > 0 && arabic * 100 >= letters * ARABIC_SHARE ? "ar" : "und";
    }

    /** The Unicode block Arabic (U+0600–U+06FF) and the Arabic presentation forms (U+FB50–U+FEFF). */
    private static boolean isArabic(char c) {
        return (c >= '\u0600' && c <= '\u06FF') || (c >= '\uFB50' && c <= '\uFEFF');
    }

    private static boolean[] letters(char end) {
        boolean[] letters = new boolean[end];
        for (char c = 0; c < end; c++) {
            letters[c] = Character.isLetter(c);
        }
        return letters;
    }
}
