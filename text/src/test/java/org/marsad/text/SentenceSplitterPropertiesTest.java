package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SentenceSplitterPropertiesTest {

    private static boolean blank(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.FORMAT || type == Character.CONTROL;
    }

    @Property
    void spansAreOrderedDisjointAndWithinText(@ForAll("newsText") String text) {
        int previousEnd = 0;
        for (Span span : SentenceSplitter.split(text)) {
            assertTrue(span.start() >= previousEnd && span.end() <= text.length(), span.toString());
            previousEnd = span.end();
        }
    }

    @Property
    void spansAreNonEmptyAndTrimmed(@ForAll("newsText") String text) {
        for (Span span : SentenceSplitter.split(text)) {
            assertTrue(span.length() > 0 && !blank(text.charAt(span.start())) && !blank(text.charAt(span.end() - 1)),
                    span.toString());
        }
    }

    @Property
    void spansNeverCrossLineBreak(@ForAll("newsText") String text) {
        for (Span span : SentenceSplitter.split(text)) {
            assertTrue(span.of(text).indexOf('\n') < 0 && span.of(text).indexOf('\r') < 0, span.toString());
        }
    }

    @Property
    void everyVisibleCharBelongsToASentence(@ForAll("newsText") String text) {
        List<Span> spans = SentenceSplitter.split(text);
        for (int i = 0; i < text.length(); i++) {
            int at = i;
            assertTrue(blank(text.charAt(i)) || spans.stream().anyMatch(s -> s.start() <= at && at < s.end()),
                    "char " + i + " is in no sentence");
        }
    }

    @Property
    void anyUnicodeSplitsWithinBounds(@ForAll String text) {
        for (Span span : SentenceSplitter.split(text)) {
            assertTrue(span.end() <= text.length() && span.length() > 0, span.toString());
        }
    }

    @Provide
    Arbitrary<String> newsText() {
        Arbitrary<String> fragments = Arbitraries.oneOf(
                Arbitraries.of("قال", "الوزير", "د", "أ", "م", "هـ", "U", "S", "Mr", "21.5", "1990", "١", "**", "- ",
                        "1. ", "…", "؟!"),
                Arbitraries.strings().withChars(" \n\r\t\u00A0\u200F.!?؟\"«»“”()").ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(6));
        return fragments.list().ofMaxSize(30).map(parts -> String.join("", parts));
    }
}
