package org.marsad.text;

import java.util.Objects;

/**
 * The scanner behind {@link Tokenizer}, for callers that want tokens without allocating them: {@link #next}
 * advances to the next token, and {@link #start}, {@link #end} and {@link #type} describe it. The rules are
 * listed on {@link Tokenizer}. One pass, no backtracking beyond a URL or e-mail check at a word's start.
 *
 * <pre>{@code
 * TokenCursor cursor = Tokenizer.cursor(text);
 * while (cursor.next()) {
 *     if (cursor.type() == TokenType.ARABIC_WORD) { ... text, cursor.start(), cursor.end() ... }
 * }
 * }</pre>
 */
public final class TokenCursor {
    private static final String[] URL_PREFIXES = {"https://", "http://", "www."};
    private static final String URL_TRAILING_PUNCTUATION = ".,:;!?)]؟";
    private static final String NUMBER_SEPARATORS = ".,\u066B\u066C";
    /** Letters that, alone or in pairs before digits, are proclitics (و3, بـ20) rather than part of a name. */
    private static final String PROCLITIC_LETTERS = "وفبكل";
    private static final int MAX_PROCLITICS_BEFORE_DIGITS = 2;

    private final String text;
    private final int length;
    private int position;
    private int start;
    private int end;
    private TokenType type;

    TokenCursor(CharSequence text) {
        this.text = Objects.requireNonNull(text, "text").toString();
        this.length = this.text.length();
    }

    /** Moves to the next token; {@code false} when the text is exhausted. */
    public boolean next() {
        int i = position;
        while (i < length && CharClass.isSeparator(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            position = length;
            type = null;
            return false;
        }
        start = i;
        end = scan(i);
        position = end;
        return true;
    }

    /** Offset of the current token's first char. */
    public int start() {
        requireToken();
        return start;
    }

    /** Offset just past the current token's last char. */
    public int end() {
        requireToken();
        return end;
    }

    public TokenType type() {
        requireToken();
        return type;
    }

    /** The current token as a record. */
    public Token token() {
        requireToken();
        return new Token(start, end, type);
    }

    private void requireToken() {
        if (type == null) {
            throw new IllegalStateException("no current token: next() has not returned true");
        }
    }

    /** Reads the token starting at {@code i}: sets {@link #type} and returns its end. */
    private int scan(int i) {
        char c = text.charAt(i);
        return switch (CharClass.of(c)) {
            case CharClass.ARABIC_LETTER -> as(TokenType.ARABIC_WORD, word(i, CharClass.ARABIC_LETTER));
            case CharClass.LATIN_LETTER -> latin(i);
            case CharClass.OTHER_LETTER -> as(TokenType.OTHER_WORD, word(i, CharClass.OTHER_LETTER));
            case CharClass.DIGIT -> digits(i);
            case CharClass.QUOTE -> as(TokenType.QUOTE, i + 1);
            case CharClass.SLASH -> as(TokenType.SLASH, i + 1);
            case CharClass.PUNCTUATION -> as(TokenType.PUNCTUATION, c == '*' ? asterisks(i) : i + 1);
            case CharClass.MARK, CharClass.TATWEEL -> as(TokenType.SYMBOL, strayMarks(i));
            default -> symbol(i, c);
        };
    }

    private int as(TokenType tokenType, int tokenEnd) {
        type = tokenType;
        return tokenEnd;
    }

    private int latin(int i) {
        int url = url(i);
        if (url > 0) {
            return as(TokenType.URL, url);
        }
        int email = email(i);
        return email > 0 ? as(TokenType.EMAIL, email) : as(TokenType.LATIN_WORD, word(i, CharClass.LATIN_LETTER));
    }

    private int digits(int i) {
        int email = email(i);
        return email > 0 ? as(TokenType.EMAIL, email) : as(TokenType.NUMBER, number(i));
    }

    private int symbol(int i, char c) {
        if ((c == '#' || c == '@') && i + 1 < length && startsName(text.charAt(i + 1))) {
            return as(c == '#' ? TokenType.HASHTAG : TokenType.MENTION, name(i + 1));
        }
        int e = i + 1;
        if (Character.isHighSurrogate(c) && e < length && Character.isLowSurrogate(text.charAt(e))) {
            e++;
        }
        return as(TokenType.SYMBOL, skipMarks(e));
    }

    /** Letters of one script, then any mix of those letters, digits, marks and (Arabic) tatweel. */
    private int word(int i, int script) {
        int e = i + 1;
        while (e < length && continuesWord(e, script)) {
            if (CharClass.isDigit(text.charAt(e)) && script == CharClass.ARABIC_LETTER && onlyProclitics(i, e)) {
                break;
            }
            e++;
        }
        return e;
    }

    private boolean onlyProclitics(int from, int to) {
        int letters = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (!isMarkOrTatweel(c) && (PROCLITIC_LETTERS.indexOf(c) < 0 || ++letters > MAX_PROCLITICS_BEFORE_DIGITS)) {
                return false;
            }
        }
        return true;
    }

    private boolean continuesWord(int i, int script) {
        int k = CharClass.of(text.charAt(i));
        if (k == script || k == CharClass.DIGIT || k == CharClass.MARK) {
            return true;
        }
        if (k == CharClass.TATWEEL) {
            return script == CharClass.ARABIC_LETTER;
        }
        // a joiner belongs to the word only between two of its characters
        return k == CharClass.JOINER && i + 1 < length
                && CharClass.of(text.charAt(i + 1)) != CharClass.JOINER && continuesWord(i + 1, script);
    }

    /** Digits, with a separator kept only between two digits, so that a sentence's final period is not. */
    private int number(int i) {
        int e = i + 1;
        while (e < length) {
            if (CharClass.isDigit(text.charAt(e))) {
                e++;
            } else if (NUMBER_SEPARATORS.indexOf(text.charAt(e)) >= 0 && e + 1 < length
                    && CharClass.isDigit(text.charAt(e + 1))) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    /** End of a URL starting at {@code i}, or -1 when none does. */
    private int url(int i) {
        for (String prefix : URL_PREFIXES) {
            if (text.regionMatches(true, i, prefix, 0, prefix.length())) {
                return urlEnd(i + prefix.length());
            }
        }
        return -1;
    }

    private int urlEnd(int from) {
        int e = from;
        while (e < length && isUrlChar(text.charAt(e))) {
            e++;
        }
        while (e > from && URL_TRAILING_PUNCTUATION.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > from ? e : -1;
    }

    private static boolean isUrlChar(char c) {
        int k = CharClass.of(c);
        return k != CharClass.SEPARATOR && k != CharClass.JOINER && k != CharClass.QUOTE
                && c != '<' && c != '>' && c != '،' && c != '؛';
    }

    /** End of an e-mail address starting at {@code i}, or -1 when none does. */
    private int email(int i) {
        int at = i;
        while (at < length && isEmailLocalChar(text.charAt(at))) {
            at++;
        }
        return at > i && at < length && text.charAt(at) == '@' ? domain(at + 1) : -1;
    }

    /** End of at least two dot-separated labels from {@code from}, or -1. */
    private int domain(int from) {
        int e = label(from);
        int labels = e > from ? 1 : 0;
        while (labels > 0 && e + 1 < length && text.charAt(e) == '.' && label(e + 1) > e + 1) {
            e = label(e + 1);
            labels++;
        }
        return labels >= 2 ? e : -1;
    }

    private int label(int from) {
        int e = from;
        while (e < length && (isAsciiAlphanumeric(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        return e;
    }

    private static boolean isEmailLocalChar(char c) {
        return isAsciiAlphanumeric(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean startsName(char c) {
        int k = CharClass.of(c);
        return c == '_' || k == CharClass.ARABIC_LETTER || k == CharClass.LATIN_LETTER
                || k == CharClass.OTHER_LETTER || k == CharClass.DIGIT;
    }

    /** Letters of any script, digits, marks, tatweel and {@code _}, as hashtags and handles are written. */
    private int name(int from) {
        int e = from;
        while (e < length && (startsName(text.charAt(e)) || isMarkOrTatweel(text.charAt(e)))) {
            e++;
        }
        return e;
    }

    private int asterisks(int i) {
        int e = i + 1;
        while (e < length && text.charAt(e) == '*') {
            e++;
        }
        return e;
    }

    /** A run of marks or tatweel with no word before it, such as a decorative line of tatweel. */
    private int strayMarks(int i) {
        int e = i + 1;
        while (e < length && isMarkOrTatweel(text.charAt(e))) {
            e++;
        }
        return e;
    }

    private int skipMarks(int from) {
        int e = from;
        while (e < length && CharClass.of(text.charAt(e)) == CharClass.MARK) {
            e++;
        }
        return e;
    }

    private static boolean isMarkOrTatweel(char c) {
        int k = CharClass.of(c);
        return k == CharClass.MARK || k == CharClass.TATWEEL;
    }
}
