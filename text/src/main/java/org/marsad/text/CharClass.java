package org.marsad.text;

/**
 * Coarse character classes shared by the tokenizer, the sentence splitter and the clitic analyzer.
 *
 * <p>Classes:
 * <ul>
 *   <li>{@link #SEPARATOR}: whitespace, no-break spaces, control and format characters (bidi marks, BOM);
 *       never part of a token, trimmed from sentence ends;</li>
 *   <li>{@link #ARABIC_LETTER}: letters of the Arabic blocks, presentation forms included;</li>
 *   <li>{@link #LATIN_LETTER}: ASCII letters, Latin-1 Supplement, Latin Extended-A/B and Extended Additional;</li>
 *   <li>{@link #OTHER_LETTER}: letters of any other script;</li>
 *   <li>{@link #MARK}: combining marks (Arabic tashkeel, Quranic marks, Latin accents, variation selectors);</li>
 *   <li>{@link #TATWEEL}: U+0640, which only stretches an Arabic word;</li>
 *   <li>{@link #JOINER}: ZWNJ and ZWJ, part of a word only between two of its characters;</li>
 *   <li>{@link #DIGIT}: decimal digits of any script (ASCII, Arabic-Indic, Extended Arabic-Indic...);</li>
 *   <li>{@link #QUOTE}, {@link #SLASH}, {@link #PUNCTUATION}: Unicode punctuation, quotes and {@code /} apart;</li>
 *   <li>{@link #SYMBOL}: everything else, and {@code % ٪ ‰ # @ &} which Unicode files as punctuation but read
 *       as symbols.</li>
 * </ul>
 * Characters below U+0700 (ASCII, Latin, the Arabic block) are read from a table built once; the rest are
 * rare in Arabic news and are classified on demand.
 */
final class CharClass {
    static final int SEPARATOR = 0;
    static final int ARABIC_LETTER = 1;
    static final int LATIN_LETTER = 2;
    static final int OTHER_LETTER = 3;
    static final int MARK = 4;
    static final int TATWEEL = 5;
    static final int JOINER = 6;
    static final int DIGIT = 7;
    static final int QUOTE = 8;
    static final int SLASH = 9;
    static final int PUNCTUATION = 10;
    static final int SYMBOL = 11;

    private static final char ZWNJ = '\u200C';
    private static final char ZWJ = '\u200D';
    private static final char TATWEEL_CHAR = '\u0640';
    private static final String QUOTES = "\"'«»“”„‟‘’‚‛‹›";
    private static final String SYMBOLS_FILED_AS_PUNCTUATION = "%٪‰‱#@&";
    private static final int TABLE_SIZE = 0x0700;
    private static final byte[] TABLE = table();

    private CharClass() {
    }

    static int of(char c) {
        return c < TABLE_SIZE ? TABLE[c] : classify(c);
    }

    static boolean isSeparator(char c) {
        return of(c) == SEPARATOR || c == ZWNJ || c == ZWJ;
    }

    static boolean isDigit(char c) {
        return of(c) == DIGIT;
    }

    private static byte[] table() {
        byte[] table = new byte[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = (byte) classify(c);
        }
        return table;
    }

    private static int classify(char c) {
        if (c == '/') {
            return SLASH;
        }
        if (QUOTES.indexOf(c) >= 0) {
            return QUOTE;
        }
        if (SYMBOLS_FILED_AS_PUNCTUATION.indexOf(c) >= 0) {
            return SYMBOL;
        }
        if (c == TATWEEL_CHAR) {
            return TATWEEL;
        }
        if (c == ZWNJ || c == ZWJ) {
            return JOINER;
        }
        return byCategory(c);
    }

    private static int byCategory(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SEPARATOR;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT -> SEPARATOR;
            case Character.DECIMAL_DIGIT_NUMBER -> DIGIT;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> MARK;
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> letterScript(c);
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> PUNCTUATION;
            default -> SYMBOL;
        };
    }

    private static int letterScript(char c) {
        if (isArabicBlock(c)) {
            return ARABIC_LETTER;
        }
        boolean latin = c < 0x80 || (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
        return latin ? LATIN_LETTER : OTHER_LETTER;
    }

    private static boolean isArabicBlock(char c) {
        return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x0870 && c <= 0x08FF)
                || (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
    }
}
