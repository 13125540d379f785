package org.marsad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits raw (unnormalized) text into tokens with exact UTF-16 offsets into it.
 *
 * <p>Rules, tried at each token start:
 * <ul>
 *   <li>separators (whitespace, no-break spaces, control and format characters such as bidi marks) are
 *       skipped and never belong to a token;</li>
 *   <li>an Arabic word is an Arabic letter followed by Arabic letters, diacritics, tatweel and digits; a ZWNJ
 *       or ZWJ stays in the word when a word character follows it;</li>
 *   <li>letters followed directly by digits form one word: {@code عربي21}, {@code G20} and {@code MP3} are
 *       names, and splitting them would hand the entity recognizer two halves of one. Not so when the Arabic
 *       letters are only one or two proclitics of و ف ب ك ل: {@code و3} and {@code بـ20} are "and 3" and
 *       "by 20", and the number must stay a number. Digits followed directly by letters split too:
 *       {@code 2021م}, {@code 1443هـ} and {@code 10km} are a quantity and its era or unit;</li>
 *   <li>a Latin word is the same for Latin letters (accents and combining marks included, no tatweel); a
 *       change of script ends a word, so {@code الـCNN} is {@code الـ} then {@code CNN};</li>
 *   <li>a number is a run of digits of any script in which {@code . , ٫ ٬} stay when a digit follows them:
 *       {@code 3,650}, {@code 21.5}, {@code ٢٫٥}, {@code ٢٠٢١}; {@code 2021.} ends before its period;</li>
 *   <li>{@code http://}, {@code https://} and {@code www.} (any case) start a URL that runs to the next
 *       separator, quote, {@code < >} or {@code ، ؛}, less trailing {@code . , : ; ! ? ) ] ؟};</li>
 *   <li>{@code local@domain.tld} (ASCII) is an e-mail address; {@code #} and {@code @} followed by letters,
 *       digits or {@code _} of any script start a hashtag ({@code #وسم_عربي}) and a mention;</li>
 *   <li>quotes of every kind ({@code " ' « » “ ” „ ‘ ’ ‹ ›}) are single QUOTE tokens and {@code /} a single
 *       SLASH token, so that {@code كانون الأول/ ديسمبر} gives word, word, slash, word;</li>
 *   <li>every other punctuation mark ({@code ، ؛ ؟ . , ; : ! ? - – — ( )}) is a token of its own, except a run
 *       of {@code *}, which is one token ({@code **} marks a heading);</li>
 *   <li>anything else is a SYMBOL of one code point with its combining marks (an emoji, {@code %}, {@code $});
 *       marks or tatweel with no word before them form one SYMBOL.</li>
 * </ul>
 * Tokens are ordered, do not overlap, and together with the skipped separators reproduce the text.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    /** All tokens of {@code text}, in order. */
    public static List<Token> tokenize(CharSequence text) {
        TokenCursor cursor = cursor(text);
        // about one token per five chars in Arabic news; the guess saves most regrowth
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        while (cursor.next()) {
            tokens.add(cursor.token());
        }
        return Collections.unmodifiableList(tokens);
    }

    /** A cursor over the tokens of {@code text}, allocating nothing per token. */
    public static TokenCursor cursor(CharSequence text) {
        return new TokenCursor(text);
    }
}
