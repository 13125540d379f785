package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.marsad.article.DateExpression;

/** The API contract: order, ids, exact offsets, no overlap, the shared instance, and argument checks. */
class TaggerContractTest {

    @Test
    void expressionsComeInTextOrderWithSequentialIds() {
        List<DateExpression> found = Tagged.tag("وصل الوزير أمس، وسيغادر غدا، ويعود في مارس المقبل.");
        assertEquals(List.of("d1", "d2", "d3"), found.stream().map(DateExpression::id).toList());
        assertEquals(List.of("أمس", "غدا", "مارس المقبل"), found.stream().map(DateExpression::text).toList());
    }

    @Test
    void longestExpressionWinsOverItsParts() {
        List<DateExpression> found = Tagged.tag("وقعت الحادثة صباح الأربعاء 22 ديسمبر 2021 قرب الميناء.");
        assertEquals(List.of("صباح الأربعاء 22 ديسمبر 2021"), found.stream().map(DateExpression::text).toList());
    }

    @Test
    void shippedTaggerIsLoadedOnce() {
        assertSame(DateTagger.withShippedLexicon(), DateTagger.withShippedLexicon());
    }

    @Test
    void emptyTextHasNoExpressions() {
        assertTrue(Tagged.tag("").isEmpty());
    }

    @Test
    void nullTextIsRefusedWithItsName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Tagged.TAGGER.tag(null, null));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }

    @Property(tries = 300)
    void spansAreExactOrderedAndDisjoint(@ForAll("newsLikeText") String text) {
        List<DateExpression> found = DateTagger.withShippedLexicon().tag(text, Tagged.PUBLISHED);
        int previousEnd = 0;
        for (int k = 0; k < found.size(); k++) {
            DateExpression d = found.get(k);
            assertEquals("d" + (k + 1), d.id());
            assertEquals(text.substring(d.start(), d.end()), d.text());
            assertTrue(d.start() >= previousEnd, () -> "overlap in " + found);
            assertTrue(!d.text().isBlank() && !Character.isWhitespace(d.text().charAt(0)), () -> "blank edge in " + d);
            previousEnd = d.end();
        }
    }

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("في", "ديسمبر", "كانون", "الأول", "/", "(", ")", "22", "٢٠٢١",
                "2021", "الماضي", "المقبل", "أمس", "اليوم", "منذ", "ثلاثة", "أيام", "الشهرين", "الماضيين", "نهاية",
                "مطلع", "سنة", "عام", "القرن", "الحادي", "والعشرين", "صباح", "الساعة", "10", ":", "30", "كل", "يوم",
                "الجمعة", "وفي", "للعام", "هـ", "م", "رمضان", "1443", "-", "،", "قال", "الوزير", "الذكرى", "الثلاثين",
                "وقّعت", "ـ", "الـ", "نحو", "أكثر من", "آخر", "غرة", "من");
        Arbitrary<String> separators = Arbitraries.of(" ", " ", " ", "", "\n", "  ");
        return pieces.list().ofMaxSize(30)
                .flatMap(words -> separators.list().ofSize(words.size()).map(seps -> join(words, seps)));
    }

    private static String join(List<String> words, List<String> separators) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            out.append(words.get(k)).append(separators.get(k));
        }
        return out.toString();
    }
}
