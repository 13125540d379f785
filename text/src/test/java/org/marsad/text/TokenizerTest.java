package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.text.TokenType.ARABIC_WORD;
import static org.marsad.text.TokenType.EMAIL;
import static org.marsad.text.TokenType.HASHTAG;
import static org.marsad.text.TokenType.LATIN_WORD;
import static org.marsad.text.TokenType.MENTION;
import static org.marsad.text.TokenType.NUMBER;
import static org.marsad.text.TokenType.PUNCTUATION;
import static org.marsad.text.TokenType.QUOTE;
import static org.marsad.text.TokenType.SLASH;
import static org.marsad.text.TokenType.SYMBOL;
import static org.marsad.text.TokenType.URL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(t -> t.text(text)).toList();
    }

    private static List<TokenType> types(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::type).toList();
    }

    private static Token only(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertEquals(1, tokens.size(), () -> "tokens of " + text + ": " + tokens);
        return tokens.get(0);
    }

    @Test
    void splitsArabicWordsAtSpaces() {
        assertEquals(List.of("وقعت", "كازاخستان", "اتفاقية", "أمنية"), texts("وقعت كازاخستان اتفاقية أمنية"));
    }

    @Test
    void keepsDiacriticsInsideArabicWord() {
        assertEquals(List.of("وَقَّعَ", "الطرفانِ"), texts("وَقَّعَ الطرفانِ"));
    }

    @Test
    void keepsTatweelInsideArabicWord() {
        assertEquals(List.of("عاجــل", "الآن"), texts("عاجــل الآن"));
    }

    @Test
    void keepsZeroWidthNonJoinerInsideWord() {
        assertEquals(ARABIC_WORD, only("می\u200Cخواهد").type());
    }

    @Test
    void leavesTrailingZeroWidthNonJoinerOutOfWord() {
        assertEquals(List.of("الخبر", "عاجل"), texts("الخبر\u200C عاجل"));
    }

    @Test
    void readsLatinWordAmongArabic() {
        assertEquals(List.of(ARABIC_WORD, LATIN_WORD, ARABIC_WORD), types("نقلت Reuters الخبر"));
    }

    @Test
    void keepsAccentedLatinWordWhole() {
        assertEquals("Médecins", only("Médecins").text("Médecins"));
    }

    @Test
    void keepsLettersAndFollowingDigitsAsOneWord() {
        Token token = Tokenizer.tokenize("نقل موقع عربي21 التقرير").get(2);
        assertEquals(ARABIC_WORD, token.type());
        assertEquals("عربي21", token.text("نقل موقع عربي21 التقرير"));
    }

    @Test
    void keepsLatinNameWithDigitsAsOneWord() {
        assertEquals(List.of("قمة", "G20", "في", "روما"), texts("قمة G20 في روما"));
    }

    @Test
    void splitsConjunctionFromFollowingNumber() {
        assertEquals(List.of("جنود", "و", "3", "مدنيين"), texts("جنود و3 مدنيين"));
    }

    @Test
    void splitsPrepositionWithTatweelFromFollowingNumber() {
        assertEquals(List.of(ARABIC_WORD, ARABIC_WORD, NUMBER, ARABIC_WORD), types("ارتفع بـ20 نقطة"));
    }

    @Test
    void splitsDigitsFromFollowingLetters() {
        assertEquals(List.of(ARABIC_WORD, NUMBER, ARABIC_WORD), types("عام 2021م"));
    }

    @Test
    void splitsWordAtChangeOfScript() {
        assertEquals(List.of("الـ", "CNN"), texts("الـCNN"));
    }

    @Test
    void keepsNumberWithThousandsSeparatorWhole() {
        assertEquals(List.of("بلغ", "العدد", "3,650", "شخصا"), texts("بلغ العدد 3,650 شخصا"));
    }

    @Test
    void keepsDecimalNumberWhole() {
        assertEquals(NUMBER, only("21.5").type());
    }

    @Test
    void keepsArabicIndicNumberWhole() {
        assertEquals(List.of(ARABIC_WORD, ARABIC_WORD, NUMBER), types("في عام ٢٠٢١"));
    }

    @Test
    void keepsArabicDecimalSeparatorInsideNumber() {
        assertEquals(NUMBER, only("٢٫٥").type());
    }

    @Test
    void keepsArabicThousandsSeparatorInsideNumber() {
        assertEquals(NUMBER, only("٣٬٦٥٠").type());
    }

    @Test
    void leavesSentenceFinalPeriodOutOfNumber() {
        assertEquals(List.of("في", "سنة", "2021", "."), texts("في سنة 2021."));
    }

    @Test
    void leavesCommaBeforeSpaceOutOfNumber() {
        assertEquals(List.of("2021", ",", "2022"), texts("2021, 2022"));
    }

    @Test
    void separatesArabicPunctuation() {
        assertEquals(List.of(ARABIC_WORD, PUNCTUATION, ARABIC_WORD, PUNCTUATION, ARABIC_WORD, PUNCTUATION),
                types("نعم، كلا؛ لماذا؟"));
    }

    @Test
    void separatesLatinPunctuation() {
        assertEquals(List.of("قال", ":", "كفى", "!", "ماذا", "?", "نعم", ";", "ثم", "."),
                texts("قال: كفى! ماذا? نعم; ثم."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‹", "›"})
    void readsEveryQuoteKindAsQuote(String quote) {
        assertEquals(QUOTE, only(quote).type());
    }

    @Test
    void separatesQuotesFromQuotedWord() {
        assertEquals(List.of(QUOTE, ARABIC_WORD, QUOTE), types("«لوموند»"));
    }

    @Test
    void readsSlashBetweenMonthNames() {
        assertEquals(List.of(ARABIC_WORD, ARABIC_WORD, SLASH, ARABIC_WORD), types("كانون الأول/ ديسمبر"));
    }

    @Test
    void readsHttpUrlWhole() {
        String text = "انظر https://example.org/news/2022?id=5 للمزيد";
        assertEquals(List.of("انظر", "https://example.org/news/2022?id=5", "للمزيد"), texts(text));
    }

    @Test
    void typesUrlAsUrl() {
        assertEquals(URL, only("http://example.org").type());
    }

    @Test
    void readsWwwUrlWithoutItsFinalPeriod() {
        assertEquals(List.of("زوروا", "www.example.org", "."), texts("زوروا www.example.org."));
    }

    @Test
    void keepsArabicPathInsideUrl() {
        assertEquals(URL, only("https://example.org/أخبار/سياسة").type());
    }

    @Test
    void readsHashtagWhole() {
        Token token = only("#وسم_عربي");
        assertEquals(HASHTAG, token.type());
        assertEquals(9, token.length());
    }

    @Test
    void readsMentionWhole() {
        assertEquals(MENTION, only("@marsad_news").type());
    }

    @Test
    void readsEmailWhole() {
        assertEquals(EMAIL, only("press.office@example.org").type());
    }

    @Test
    void readsLoneHashAsSymbol() {
        assertEquals(List.of(SYMBOL, NUMBER), types("# 5"));
    }

    @Test
    void readsAsteriskRunAsOneToken() {
        assertEquals(List.of("**", "التقارب"), texts("**التقارب"));
    }

    @Test
    void readsEachDashAsPunctuation() {
        assertEquals(List.of(PUNCTUATION, PUNCTUATION, PUNCTUATION), types("- – —"));
    }

    @Test
    void readsPercentAsSymbol() {
        assertEquals(List.of(NUMBER, SYMBOL), types("50%"));
    }

    @Test
    void readsEmojiAsOneSymbol() {
        Token token = only("👍");
        assertEquals(SYMBOL, token.type());
        assertEquals(2, token.length());
    }

    @Test
    void readsDecorativeTatweelAsOneSymbol() {
        assertEquals(SYMBOL, only("ـــــ").type());
    }

    @Test
    void skipsBidiMarksBetweenWords() {
        assertEquals(List.of("خبر", "عاجل"), texts("خبر\u200F \u202Bعاجل"));
    }

    @Test
    void skipsNoBreakSpace() {
        assertEquals(List.of("22", "ديسمبر"), texts("22\u00A0ديسمبر"));
    }

    @Test
    void givesOffsetsIntoOriginalText() {
        Token token = Tokenizer.tokenize("  قال الوزير").get(1);
        assertEquals(new Span(6, 12), token.span());
    }

    @Test
    void findsNoTokenInBlankText() {
        assertTrue(Tokenizer.tokenize(" \n\t\u200F").isEmpty());
    }

    @Test
    void rejectsNullText() {
        assertThrows(NullPointerException.class, () -> Tokenizer.tokenize(null));
    }

    @Test
    void tokenRejectsEmptyRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Token(4, 4, NUMBER));
        assertEquals("token must satisfy 0 <= start < end, got [4, 4)", e.getMessage());
    }
}
