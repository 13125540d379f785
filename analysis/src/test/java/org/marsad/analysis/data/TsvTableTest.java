package org.marsad.analysis.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TsvTableTest {

    @Test
    void skipsCommentsAndBlankLines() {
        List<TsvTable.Row> rows = TsvTable.parse("# header\n\nA\tb\n  # indented comment\nC\td\n", "t.tsv", 2);
        assertEquals(2, rows.size());
        assertEquals("C", rows.get(1).column(0));
        assertEquals(5, rows.get(1).line());
    }

    @Test
    void splitsListsOnBarsAndTrimsThem() {
        TsvTable.Row row = TsvTable.parse("X\t أ | ب ||ج \n", "t.tsv", 2).get(0);
        assertEquals(List.of("أ", "ب", "ج"), row.list(1));
    }

    @Test
    void readsALexiconsFirstColumnNormalized() {
        assertEquals(Set.of("احمد", "مدرسه"), TsvTable.normalizedWords(TsvTableTest.class, "words.tsv"));
    }

    @Test
    void namesFileAndLineOfAShortRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TsvTable.parse("A\tb\nonly-one\n", "user.tsv", 2));
        assertEquals("user.tsv:2: expected 2 tab-separated columns, got 1 in 'only-one'", e.getMessage());
    }
}
