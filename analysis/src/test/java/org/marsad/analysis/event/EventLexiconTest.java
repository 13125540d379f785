package org.marsad.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.Event;
import org.marsad.article.EventMode;

class EventLexiconTest {
    private static final String HEADER = "# test lexicon\n";

    private static EventLexicon parse(String line) {
        return EventLexicon.parse(HEADER + line + "\n", "user.tsv");
    }

    @Test
    void shipsOverAHundredSensesUnderEveryPloverType() {
        EventLexicon shipped = EventLexicon.shipped();
        assertTrue(shipped.size() > 100, "size " + shipped.size());
        for (Plover p : Plover.values()) {
            assertTrue(shipped.entries().stream().anyMatch(e -> e.plover() == p), p.name());
        }
    }

    @Test
    void recordsWhereEverySenseComesFrom() {
        assertTrue(EventLexicon.shipped().entries().stream().allMatch(e -> e.from().equals("marsad") || e.from().matches("petrarch-ar:\\d+")));
    }

    @Test
    void readsAUserLine() {
        EventEntry e = parse("أرغم\tverb\tCOERCE\t170\tobj|على\t-\t-\t-\tuser\tforce").entries().get(0);
        assertEquals(Plover.COERCE, e.plover());
        assertEquals(-7.0, e.goldstein());
        assertEquals(List.of("obj", "على"), e.targets());
        assertEquals(EventMode.ASSERTED, e.mode());
    }

    @Test
    void refusesAnUnknownPloverTypeNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("أرغم\tverb\tFORCE\t170\tobj\t-\t-\t-\tuser\tforce"));
        assertTrue(e.getMessage().startsWith("user.tsv:2: "), e.getMessage());
        assertTrue(e.getMessage().contains("'FORCE'"), e.getMessage());
    }

    @Test
    void refusesACameoCodeOutsideThePloverType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("أرغم\tverb\tAID\t170\tobj\t-\t-\t-\tuser\tforce"));
        assertTrue(e.getMessage().contains("'170'"), e.getMessage());
    }

    @Test
    void refusesAnUnknownTargetSlot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("أرغم\tverb\tCOERCE\t170\tفوق\t-\t-\t-\tuser\tforce"));
        assertTrue(e.getMessage().contains("'فوق'"), e.getMessage());
    }

    @Test
    void refusesAGenitiveSlotOnAVerb() {
        assertThrows(IllegalArgumentException.class, () -> parse("أرغم\tverb\tCOERCE\t170\tgen\t-\t-\t-\tuser\tforce"));
    }

    @Test
    void extendsTheShippedLexiconWithAUserFile() {
        EventLexicon lexicon = EventLexicon.shipped().plus(parse("أرغم\tverb\tCOERCE\t170\tobj\t-\t-\t-\tuser\tforce"));
        String text = "أرغمت تركيا اليونان على التراجع.";
        List<Event> events = EventTagger.withLexicon(lexicon, null).tag(text, List.of(new org.marsad.text.Span(0, text.length())),
                org.marsad.analysis.Words.of(text), new Scene(text).country("TUR", "تركيا").country("GRC", "اليونان").entitiesForTest(), List.of(), List.of());
        assertEquals("COERCE", events.get(0).plover());
        assertEquals("GRC", events.get(0).target().country());
    }
}
