package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizerPropertiesTest {

    /** What the tokenizer may skip: whitespace and invisible control or format characters. */
    private static boolean skippable(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.FORMAT || type == Character.CONTROL;
    }

    @Property
    void tokensAreOrderedDisjointAndWithinText(@ForAll("newsText") String text) {
        int previousEnd = 0;
        for (Token token : Tokenizer.tokenize(text)) {
            assertTrue(token.start() >= previousEnd && token.end() <= text.length(), token.toString());
            previousEnd = token.end();
        }
    }

    @Property
    void tokensHoldNoWhitespace(@ForAll("newsText") String text) {
        for (Token token : Tokenizer.tokenize(text)) {
            assertTrue(token.text(text).chars().noneMatch(Character::isWhitespace), token.toString());
        }
    }

    @Property
    void tokenTextIsTheSubstringAtItsOffsets(@ForAll("newsText") String text) {
        for (Token token : Tokenizer.tokenize(text)) {
            assertEquals(text.substring(token.start(), token.end()), token.text(text));
        }
    }

    @Property
    void tokensAndSkippedSeparatorsReproduceText(@ForAll("newsText") String text) {
        StringBuilder rebuilt = new StringBuilder();
        for (Token token : Tokenizer.tokenize(text)) {
            appendGap(text, rebuilt.length(), token.start(), rebuilt);
            rebuilt.append(token.text(text));
        }
        appendGap(text, rebuilt.length(), text.length(), rebuilt);
        assertEquals(text, rebuilt.toString());
    }

    @Property
    void anyUnicodeTokenizesWithinBounds(@ForAll String text) {
        int previousEnd = 0;
        for (Token token : Tokenizer.tokenize(text)) {
            assertTrue(token.start() >= previousEnd && token.end() <= text.length(), token.toString());
            previousEnd = token.end();
        }
    }

    @Property
    void cursorAgreesWithTokenize(@ForAll("newsText") String text) {
        TokenCursor cursor = Tokenizer.cursor(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        for (Token token : tokens) {
            assertTrue(cursor.next());
            assertEquals(token, cursor.token());
        }
        assertTrue(!cursor.next());
    }

    private static void appendGap(String text, int from, int to, StringBuilder rebuilt) {
        for (int i = from; i < to; i++) {
            assertTrue(skippable(text.charAt(i)), "skipped U+" + Integer.toHexString(text.charAt(i)) + " at " + i);
            rebuilt.append(text.charAt(i));
        }
    }

    @Provide
    Arbitrary<String> newsText() {
        Arbitrary<String> fragments = Arbitraries.oneOf(
                Arbitraries.of("وقال", "الرئيسُ", "عربي21", "الـ", "CNN", "G20", "3,650", "21.5", "٢٫٥", "٢٠٢١",
                        "https://example.org/a?b=1", "www.example.org", "#وسم_عربي", "@marsad", "a.b@example.org",
                        "**", "/", "-", "–", "—", "%", "👍", "ـــ", "\u064E", "\u200C", "\u200F", "\uFEFB"),
                Arbitraries.strings().withChars(" \n\t\u00A0.,،؛؟!?:;\"'«»“”()").ofMinLength(1).ofMaxLength(2),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').withCharRange('a', 'z').withCharRange('0', '9')
                        .ofMinLength(1).ofMaxLength(6));
        return fragments.list().ofMaxSize(25).map(parts -> String.join("", parts));
    }
}
