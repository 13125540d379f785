package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.data.TsvTable;

class PersonNamesTest {
    private static List<TsvTable.Row> rows(String content) {
        return TsvTable.parse(content, "mine.tsv", 2);
    }

    @Test
    void readsEveryCommonWordBareAndTheMarkedOnesWithTheArticle() {
        List<TsvTable.Row> rows = rows("سليم\tsound\nإيمان\tfaith\tarticle\n");
        assertEquals(Set.of("سليم", "ايمان"), PersonNames.commonWords(rows, false));
        assertEquals(Set.of("الايمان"), PersonNames.commonWords(rows, true));
    }

    @Test
    void rejectsAnUnknownMarkWithItsFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PersonNames.commonWords(rows("سليم\tsound\nإيمان\tfaith\tdefinite\n"), true));
        assertTrue(e.getMessage().startsWith("mine.tsv:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("'definite'"), e.getMessage());
    }

    @Test
    void shipsTheDefiniteFormsOfTheMarkedWordsOnly() {
        assertTrue(PersonNames.isCommonWordWithTheArticle("الايمان"));
        assertFalse(PersonNames.isCommonWordWithTheArticle("الصالح"), "a family's name");
        assertTrue(PersonNames.isCommonWordAlone("صالح"));
    }

    @Test
    void findsTheFirstWordOfATwoWordGivenNamePastItsClitics() {
        assertEquals(0, PersonNames.compoundGivenNameHead("علم", "الدين"));
        assertEquals(1, PersonNames.compoundGivenNameHead("لعز", "الدين"));
        assertEquals(2, PersonNames.compoundGivenNameHead("وبعز", "الدين"));
        assertEquals(-1, PersonNames.compoundGivenNameHead("فعاليه", "الدين"), "religion's effect");
        assertEquals(-1, PersonNames.compoundGivenNameHead("علم", "الاجتماع"), "no such name ends so");
    }

    @Test
    void letsNoLastWordOfATwoWordGivenNameStandForThePerson() {
        assertFalse(PersonNames.lastWordStandsAlone(List.of("عز", "الدين")));
        assertTrue(PersonNames.lastWordStandsAlone(List.of("عز", "الحربي")));
    }
}
