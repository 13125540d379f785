package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules that place dates without year relative to publication. */
class RelativeResolverTest {
    private static final RelativeResolver MID_MARCH = new RelativeResolver(LocalDate.of(2022, 3, 15));

    @Test
    void monthOfPublicationWithoutDirectionIsThatMonth() {
        assertEquals(new Resolved("2022-03", true), MID_MARCH.month(CalendarSystem.GREGORIAN, 3, Direction.NONE));
    }

    @Test
    void monthOfPublicationWithPastIsLastYears() {
        assertEquals("2021-03", MID_MARCH.month(CalendarSystem.GREGORIAN, 3, Direction.PAST).value());
    }

    @Test
    void monthOfPublicationWithNextIsNextYears() {
        assertEquals("2023-03", MID_MARCH.month(CalendarSystem.GREGORIAN, 3, Direction.NEXT).value());
    }

    @Test
    void laterMonthWithoutDirectionIsLastYears() {
        assertEquals("2021-11", MID_MARCH.month(CalendarSystem.GREGORIAN, 11, Direction.NONE).value());
    }

    @Test
    void monthEndingARangeIsTheFirstFromItsStartOn() {
        RelativeResolver fromJune = MID_MARCH.endingRangeFrom(LocalDate.of(2022, 6, 10));
        assertEquals("2023-02", fromJune.month(CalendarSystem.GREGORIAN, 2, Direction.NONE).value());
        assertEquals("2022-06", fromJune.month(CalendarSystem.GREGORIAN, 6, Direction.NONE).value());
        assertEquals("2021-05", fromJune.month(CalendarSystem.GREGORIAN, 5, Direction.PAST).value(), "directed");
    }

    @Test
    void dayEndingARangeIsTheFirstFromItsStartOn() {
        RelativeResolver fromJune = MID_MARCH.endingRangeFrom(LocalDate.of(2022, 6, 10));
        assertEquals("2023-03-20", fromJune.dayOfMonth(CalendarSystem.GREGORIAN, 3, 20, Direction.NONE).value());
        assertEquals("2022-06-10", fromJune.dayOfMonth(CalendarSystem.GREGORIAN, 6, 10, Direction.NONE).value());
    }

    @Test
    void leapDayWithPastFindsTheLastLeapYear() {
        assertEquals("2020-02-29", MID_MARCH.dayOfMonth(CalendarSystem.GREGORIAN, 2, 29, Direction.PAST).value());
    }

    @Test
    void dayOfPublicationWithPastIsAYearBefore() {
        assertEquals("2021-03-15", MID_MARCH.dayOfMonth(CalendarSystem.GREGORIAN, 3, 15, Direction.PAST).value());
    }

    @Test
    void nearestDayPrefersThePastOnATie() {
        RelativeResolver midLeapYear = new RelativeResolver(LocalDate.of(2020, 7, 2));
        assertEquals("2020-01-01", midLeapYear.dayOfMonth(CalendarSystem.GREGORIAN, 1, 1, Direction.NONE).value());
    }

    @Test
    void weekdayOfPublicationIsPublication() {
        assertEquals("2022-03-15", MID_MARCH.weekday(DayOfWeek.TUESDAY, Direction.NONE).value());
    }

    @Test
    void isoWeekCrossesTheYear() {
        RelativeResolver newYear = new RelativeResolver(LocalDate.of(2021, 1, 2));
        assertEquals("2020-W53", newYear.period(Unit.WEEK, 0).value());
    }

    @Test
    void centuryOfPublicationIsItsTwoLeadingDigits() {
        assertEquals("20", MID_MARCH.period(Unit.CENTURY, 0).value());
    }

    @Test
    void missingDayOfARelativeYearIsNothing() {
        assertNull(MID_MARCH.inYear(CalendarSystem.GREGORIAN, 2, 29, 0));
    }

    @Test
    void unknownPublicationGivesUnknownValues() {
        RelativeResolver unknown = new RelativeResolver(null);
        assertEquals(new Resolved("XXXX-XX-XX", false), unknown.days(-1));
        assertEquals(new Resolved("XXXX-03", false), unknown.month(CalendarSystem.GREGORIAN, 3, Direction.PAST));
    }
}
