package org.marsad.text;

import java.text.Normalizer;

/**
 * Base letters for the Arabic presentation forms (U+FB50–U+FDFF and U+FE70–U+FEFF): contextual glyph
 * variants and ligatures that old PDFs and some CMSs emit instead of letters.
 *
 * <p>The table is the JDK's NFKC decomposition of each form, computed once at class load: the mapping is the
 * Unicode standard's rather than a hand-typed copy that could drift, and the normalizer's hot loop pays one
 * array read instead of a {@link Normalizer} call (and a String) per character. NFKC rather than NFKD, so that
 * a ligature such as U+FEF5 gives لآ with a composed madda, as a typed word would have it.
 *
 * <p>One adjustment: the isolated forms of tashkeel (U+FE70, U+FC5E...) decompose to a space followed by the
 * mark. The space is dropped, because a diacritic glyph must not split the word it was typed into.
 */
final class PresentationForms {
    private static final char FORMS_A_START = '\uFB50';
    private static final char FORMS_A_END = '\uFDFF';
    private static final char FORMS_B_START = '\uFE70';
    private static final char FORMS_B_END = '\uFEFF';
    private static final int FORMS_A_SIZE = FORMS_A_END - FORMS_A_START + 1;
    private static final String[] BASE = table();

    private PresentationForms() {
    }

    /** The base letters of {@code c}, or {@code null} when {@code c} is no decomposable presentation form. */
    static String baseOf(char c) {
        if (c >= FORMS_A_START && c <= FORMS_A_END) {
            return BASE[c - FORMS_A_START];
        }
        return c >= FORMS_B_START && c <= FORMS_B_END ? BASE[FORMS_A_SIZE + c - FORMS_B_START] : null;
    }

    private static String[] table() {
        String[] table = new String[FORMS_A_SIZE + FORMS_B_END - FORMS_B_START + 1];
        for (char c = FORMS_A_START; c <= FORMS_A_END; c++) {
            table[c - FORMS_A_START] = decompose(c);
        }
        for (char c = FORMS_B_START; c <= FORMS_B_END; c++) {
            table[FORMS_A_SIZE + c - FORMS_B_START] = decompose(c);
        }
        return table;
    }

    private static String decompose(char c) {
        String form = String.valueOf(c);
        String base = Normalizer.normalize(form, Normalizer.Form.NFKC);
        if (base.equals(form)) {
            return null;
        }
        return isSpacedMark(base) ? base.substring(1) : base;
    }

    private static boolean isSpacedMark(String base) {
        return base.length() > 1 && base.charAt(0) == ' '
                && base.chars().skip(1).allMatch(ch -> Character.getType(ch) == Character.NON_SPACING_MARK);
    }
}
