package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Hijri conversion: Umm al-Qura within the JDK's table, tabular civil outside it. */
class HijriConverterTest {

    @Test
    void firstOfRamadan1443IsTheSecondOfApril2022() {
        assertEquals(LocalDate.of(2022, 4, 2), HijriConverter.toIso(1443, 9, 1));
    }

    @Test
    void gregorianDateConvertsBackToItsHijriDay() {
        assertEquals(new Ymd(1443, 6, 1), HijriConverter.fromIso(LocalDate.of(2022, 1, 4)));
    }

    @Test
    void yearsBeforeTheUmmAlQuraTableUseTheCivilCalendar() {
        LocalDate date = HijriConverter.toIso(1200, 1, 1);
        assertEquals(new Ymd(1200, 1, 1), HijriConverter.fromIso(date));
        assertEquals(1785, date.getYear());
    }

    @Test
    void impossibleHijriDayThrows() {
        assertThrows(DateTimeException.class, () -> HijriConverter.toIso(1443, 9, 31));
    }

    @Test
    void hijriMonthValueIsTheGregorianMonthOfItsFifteenthDay() {
        assertEquals("2022-04", CalendarSystem.HIJRI.monthValue(1443, 9));
    }

    @Test
    void hijriYearValueIsTheGregorianYearOfItsMiddle() {
        assertEquals("2022", CalendarSystem.HIJRI.yearValue(1443));
    }
}
