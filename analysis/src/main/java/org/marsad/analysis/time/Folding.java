package org.marsad.analysis.time;

/**
 * Folds Arabic spelling variation so that one lexicon entry matches every way news writes a word.
 *
 * <p>Rules, one UTF-16 unit at a time (so that offsets stay easy to map back):
 * <ul>
 *   <li>hamza forms of alef (أ إ آ ٱ) become bare ا: news drops the hamza as often as it writes it;</li>
 *   <li>ى becomes ي and ة becomes ه: both pairs are confused in print ("جمادى"/"جمادي", "سنة"/"سنه");</li>
 *   <li>Persian yeh and keheh become Arabic yeh and kaf, as typed on Persian keyboards;</li>
 *   <li>tashkeel, the superscript alef, Quranic marks, tatweel and zero-width joiners are dropped
 *       ({@link #DROPPED}): they never change which word it is ("وقّعت", "غداً", "الـ");</li>
 *   <li>Arabic-Indic and Extended Arabic-Indic digits become ASCII digits ("٢٢" = "22");</li>
 *   <li>ASCII letters are lower-cased.</li>
 * </ul>
 */
final class Folding {
    /** Returned by {@link #fold(char)} for a character that is not part of the folded word. */
    static final char DROPPED = '\uFFFF';
    private static final int TABLE_SIZE = 0x0700;
    private static final char[] TABLE = table();

    private Folding() {
    }

    static char fold(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        return c == '\u200C' || c == '\u200D' ? DROPPED : c;
    }

    /** The folded form of {@code s}, dropped characters removed. */
    static String fold(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char f = fold(s.charAt(i));
            if (f != DROPPED) {
                out.append(f);
            }
        }
        return out.toString();
    }

    private static char[] table() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = foldArabic(c);
        }
        return table;
    }

    private static char foldArabic(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        if ((c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
            return (char) ('0' + (c & 0xF));
        }
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || (c >= '\u06D6' && c <= '\u06ED')) {
            return DROPPED;
        }
        return letter(c);
    }

    private static char letter(char c) {
        return switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
            case '\u0649', '\u06CC' -> '\u064A';
            case '\u0629' -> '\u0647';
            case '\u06A9' -> '\u0643';
            default -> c;
        };
    }
}
