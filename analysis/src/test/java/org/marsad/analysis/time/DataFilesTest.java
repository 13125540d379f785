package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.analysis.data.TsvTable;

/** The shipped data files load, and a bad line is reported with its file, line and value. */
class DataFilesTest {

    @Test
    void shippedFilesLoad() {
        TimeLexicon lexicon = TimeLexicon.shipped();
        assertTrue(lexicon.months().firstWords().contains("ديسمبر"));
        assertTrue(lexicon.phrases().firstWords().contains("امس"));
    }

    @Test
    void monthNumberOutOfRangeIsReportedWithFileAndLine() {
        var rows = TsvTable.parse("# months\nبرومير\tGREGORIAN\t13\tyes\tFrance\n", "months.tsv", 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonthLexicon.fromRows(rows));
        assertTrue(e.getMessage().startsWith("months.tsv:2:") && e.getMessage().contains("'13'"), e.getMessage());
    }

    @Test
    void unknownCalendarIsReportedWithItsValue() {
        var rows = TsvTable.parse("نيسان\tJULIAN\t4\tyes\tnowhere\n", "months.tsv", 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonthLexicon.fromRows(rows));
        assertTrue(e.getMessage().contains("'JULIAN'"), e.getMessage());
    }

    @Test
    void sameNameForTwoMonthsIsRefused() {
        var rows = TsvTable.parse("أيار\tGREGORIAN\t5\tyes\tLevant\nايار\tGREGORIAN\t6\tyes\ttypo\n", "months.tsv", 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonthLexicon.fromRows(rows));
        assertTrue(e.getMessage().startsWith("months.tsv:2:"), e.getMessage());
    }

    @Test
    void numberWithTwoValuesIsRefused() {
        var rows = TsvTable.parse("ثلاثة\t3\tCARDINAL\nثلاثة\t4\tCARDINAL\n", "numbers.tsv", 3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NumberWords.fromRows(rows));
        assertTrue(e.getMessage().contains("ثلاثة"), e.getMessage());
    }

    @Test
    void multiWordCueIsRefused() {
        var rows = TsvTable.parse("على مدى\tPREPOSITION\n", "cues.tsv", 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cues.fromRows(rows));
        assertTrue(e.getMessage().contains("'على مدى'"), e.getMessage());
    }
}
