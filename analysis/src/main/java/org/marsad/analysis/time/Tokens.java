package org.marsad.analysis.time;

import java.util.Arrays;

/**
 * A text cut into the tokens the temporal rules read: words, numbers and single punctuation characters, each
 * with its UTF-16 span in the text and its {@link Folding folded} form.
 *
 * <p>Rules:
 * <ul>
 *   <li>a word is a run of letters, combining marks, tatweel and zero-width joiners, of any script;</li>
 *   <li>a number is a run of decimal digits of any script; its value is read from the digits ("٢٠٢١" = 2021);
 *       the article written straight before it ("الـ24") is taken into the number, which is then
 *       {@linkplain #definite definite};</li>
 *   <li>whitespace, control and format characters (bidi marks) separate tokens and belong to none;</li>
 *   <li>every other character is a punctuation token of its own: "/" "(" "-" "،" ":" ...</li>
 * </ul>
 * Arrays and one buffer of folded characters rather than token objects: this runs on every article, and most
 * tokens are only tested against a {@link FoldedWordSet}; their String forms are made when first asked for.
 */
final class Tokens {
    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte PUNCT = 2;
    private static final byte SPACE = 3;
    private static final int TABLE_SIZE = 0x0700;
    private static final byte[] CLASSES = classes();
    private static final int MAX_DIGITS = 9;

    private final String text;
    private final char[] folded;
    private int used;
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] formFrom;
    private int[] values;
    private byte[] kinds;
    private boolean[] definite;
    private String[] forms;
    private Reading[][] readings;
    private final int[] sliceStarts = new int[Proclitics.MAX_READINGS];
    private final char[] sliceFirsts = new char[Proclitics.MAX_READINGS];

    private Tokens(String text) {
        this.text = text;
        this.folded = new char[text.length()];
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity + 1];
        ends = new int[capacity];
        formFrom = new int[capacity + 1];
        values = new int[capacity];
        kinds = new byte[capacity];
        definite = new boolean[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text);
        tokens.scan();
        tokens.formFrom[tokens.size] = tokens.used;
        tokens.forms = new String[tokens.size];
        tokens.readings = new Reading[tokens.size][];
        return tokens;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The folded form: the word's letters, the number's ASCII digits, the punctuation character. */
    String form(int i) {
        String form = forms[i];
        if (form == null) {
            form = new String(folded, formFrom[i], formFrom[i + 1] - formFrom[i]);
            forms[i] = form;
        }
        return form;
    }

    boolean isWord(int i) {
        return i < size && kinds[i] == WORD;
    }

    boolean isNumber(int i) {
        return i < size && kinds[i] == NUMBER;
    }

    boolean isPunct(int i, char c) {
        return i < size && kinds[i] == PUNCT && text.charAt(starts[i]) == c;
    }

    /** The value of number token {@code i}, or -1 when it has too many digits to be a count or a date. */
    int value(int i) {
        return values[i];
    }

    /** The number of digits of number token {@code i}. */
    int digits(int i) {
        return formFrom[i + 1] - formFrom[i];
    }

    /** Whether number token {@code i} was written with the article ("الـ24"). */
    boolean definite(int i) {
        return definite[i];
    }

    /** Whether tokens {@code i} and {@code i + 1} touch, with no space between. */
    boolean adjacent(int i) {
        return i + 1 < size && ends[i] == starts[i + 1];
    }

    /** Whether some proclitic reading of word token {@code i} is in {@code set}; allocates nothing. */
    boolean anyReadingIn(int i, FoldedWordSet set) {
        int to = formFrom[i + 1];
        int n = Proclitics.readings(folded, formFrom[i], to, sliceStarts, sliceFirsts);
        for (int r = 0; r < n; r++) {
            if (set.contains(sliceFirsts[r], folded, sliceStarts[r], to)) {
                return true;
            }
        }
        return false;
    }

    /** The readings of word token {@code i}: with proclitics stripped if {@code clitics}, else only as written. */
    Reading[] readings(int i, boolean clitics) {
        if (clitics) {
            return readings(i);
        }
        Reading[] r = readings[i];
        return r != null ? Arrays.copyOf(r, 1) : new Reading[] {new Reading(form(i), starts[i])};
    }

    /** The proclitic {@link Proclitics readings} of word token {@code i}, the word itself first. */
    Reading[] readings(int i) {
        if (readings[i] == null) {
            int to = formFrom[i + 1];
            int n = Proclitics.readings(folded, formFrom[i], to, sliceStarts, sliceFirsts);
            Reading[] r = new Reading[n];
            r[0] = new Reading(form(i), starts[i]);
            for (int k = 1; k < n; k++) {
                String stem = sliceFirsts[k] + new String(folded, sliceStarts[k] + 1, to - sliceStarts[k] - 1);
                r[k] = new Reading(stem, textOffset(i, sliceStarts[k] - formFrom[i]));
            }
            readings[i] = r;
        }
        return readings[i];
    }

    /** The text offset of the {@code index}-th character of the folded form of word token {@code i}. */
    private int textOffset(int i, int index) {
        int seen = 0;
        for (int c = starts[i]; c < ends[i]; c++) {
            if (Folding.fold(text.charAt(c)) != Folding.DROPPED && seen++ == index) {
                return c;
            }
        }
        return ends[i];
    }

    private void scan() {
        int i = 0;
        while (i < text.length()) {
            byte cls = classOf(text.charAt(i));
            if (cls == SPACE) {
                i++;
            } else if (cls == PUNCT) {
                folded[used] = text.charAt(i);
                add(i, i + 1, PUNCT, used++);
                i++;
            } else {
                i = cls == WORD ? scanWord(i) : scanNumber(i);
            }
        }
    }

    private int scanWord(int from) {
        int begin = used;
        int i = from;
        for (; i < text.length() && classOf(text.charAt(i)) == WORD; i++) {
            char f = Folding.fold(text.charAt(i));
            if (f != Folding.DROPPED) {
                folded[used++] = f;
            }
        }
        if (used > begin) {
            add(from, i, WORD, begin);
        }
        return i;
    }

    private int scanNumber(int from) {
        boolean article = isArticleBefore(from);
        int start = article ? starts[--size] : from;
        used = article ? formFrom[size] : used;
        int begin = used;
        long value = 0;
        int i = from;
        for (; i < text.length() && classOf(text.charAt(i)) == NUMBER; i++) {
            int digit = Character.digit(text.charAt(i), 10);
            folded[used++] = (char) ('0' + digit);
            value = value * 10 + digit;
        }
        add(start, i, NUMBER, begin);
        values[size - 1] = used - begin > MAX_DIGITS ? -1 : (int) value;
        definite[size - 1] = article;
        return i;
    }

    /** Whether the token before {@code from} is the article ال written against it ("الـ24"). */
    private boolean isArticleBefore(int from) {
        int last = size - 1;
        return last >= 0 && kinds[last] == WORD && ends[last] == from && used - formFrom[last] == 2
                && folded[formFrom[last]] == 'ا' && folded[formFrom[last] + 1] == 'ل';
    }

    private void add(int start, int end, byte kind, int form) {
        if (size + 1 >= starts.length) {
            grow();
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        formFrom[size] = form;
        values[size] = 0;
        definite[size] = false;
        size++;
    }

    private void grow() {
        int capacity = starts.length * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        formFrom = Arrays.copyOf(formFrom, capacity);
        values = Arrays.copyOf(values, capacity);
        kinds = Arrays.copyOf(kinds, capacity);
        definite = Arrays.copyOf(definite, capacity);
    }

    private static byte classOf(char c) {
        return c < TABLE_SIZE ? CLASSES[c] : classify(c);
    }

    private static byte[] classes() {
        byte[] table = new byte[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = classify(c);
        }
        return table;
    }

    private static byte classify(char c) {
        if (c == '\u200C' || c == '\u200D' || Character.isLetter(c)) {
            return WORD;
        }
        if (Character.isDigit(c)) {
            return NUMBER;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            return WORD;
        }
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT;
        return space ? SPACE : PUNCT;
    }
}
