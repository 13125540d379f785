package org.marsad.text;

/** What a {@link Token} is; see {@link Tokenizer} for the rules that assign each type. */
public enum TokenType {
    /** Arabic letters with their diacritics, tatweel and inner ZWNJ; may end in digits ({@code عربي21}). */
    ARABIC_WORD,
    /** Latin letters, accents included; may end in digits ({@code G20}). */
    LATIN_WORD,
    /** Letters of any other script (Cyrillic, Hebrew, CJK...). */
    OTHER_WORD,
    /** Digits of any script, with inner decimal or thousands separators ({@code 3,650}, {@code ٢٫٥}). */
    NUMBER,
    /** Punctuation that is no quote or slash: {@code . ، ؛ ؟ ( ) - – —}, a run of {@code *}. */
    PUNCTUATION,
    /** A quotation mark of any kind: {@code " ' « » “ ” „ ‘ ’ ‹ ›}. */
    QUOTE,
    /** {@code /}, which in Arabic news joins alternatives such as month names ({@code كانون الأول/ ديسمبر}). */
    SLASH,
    /** {@code http://}, {@code https://} or {@code www.} up to the next space, trailing punctuation excluded. */
    URL,
    /** {@code name@example.org}. */
    EMAIL,
    /** {@code #} followed by letters, digits and {@code _} ({@code #وسم_عربي}). */
    HASHTAG,
    /** {@code @} followed by letters, digits and {@code _}. */
    MENTION,
    /** Anything else: currency, math, emoji, {@code %}, a stray mark or tatweel. */
    SYMBOL;

    /** Whether this is a word of some script. */
    public boolean isWord() {
        return this == ARABIC_WORD || this == LATIN_WORD || this == OTHER_WORD;
    }
}
