package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import org.marsad.article.DateExpression;
import org.marsad.article.TimexType;

/** Test helpers: tagging with the shipped lexicon against a Tuesday publication date, and precise assertions. */
final class Tagged {
    /** A Tuesday, in ISO week 2022-W01: the seed article's likely publication date. */
    static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 4);
    static final DateTagger TAGGER = DateTagger.withShippedLexicon();

    private Tagged() {
    }

    static List<DateExpression> tag(String text) {
        return TAGGER.tag(text, PUBLISHED);
    }

    /** The single expression of {@code text} published on {@link #PUBLISHED}. */
    static DateExpression only(String text) {
        return only(text, PUBLISHED);
    }

    static DateExpression only(String text, LocalDate published) {
        List<DateExpression> found = TAGGER.tag(text, published);
        if (found.size() != 1) {
            fail("expected one expression in '" + text + "', got " + found);
        }
        return found.get(0);
    }

    /** The expression whose text is {@code span}. */
    static DateExpression span(List<DateExpression> found, String span) {
        return found.stream().filter(d -> d.text().equals(span)).findFirst()
                .orElseThrow(() -> new AssertionError("no expression '" + span + "' in " + found));
    }

    /** Asserts text, type, value, mod and anchoring, and that the offsets point at the text in {@code source}. */
    static void assertExpression(String source, DateExpression d, String text, TimexType type, String value, String mod,
                                 boolean anchored) {
        assertEquals(text, d.text(), "text of " + d);
        assertEquals(text, source.substring(d.start(), d.end()), "span of " + d);
        assertEquals(type, d.type(), "type of " + d);
        assertEquals(value, d.value(), "value of " + d);
        assertEquals(mod, d.mod(), "mod of " + d);
        assertEquals(anchored, d.anchored(), "anchored of " + d);
    }

    /** Asserts that {@code sentence} has exactly one DATE, {@code text}, of {@code value}, without mod. */
    static void assertOnlyDate(String sentence, String text, String value, boolean anchored) {
        assertExpression(sentence, only(sentence), text, TimexType.DATE, value, null, anchored);
    }
}
