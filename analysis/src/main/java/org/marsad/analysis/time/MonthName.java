package org.marsad.analysis.time;

/** A month of {@code calendar}, numbered 1..12, with when its name is a date {@code alone}. */
record MonthName(CalendarSystem calendar, int number, Alone alone) {
    MonthName {
        if (number < 1 || number > 12) {
            throw new IllegalArgumentException("month number must be within 1..12, got " + number);
        }
    }

    boolean sameMonth(MonthName other) {
        return calendar == other.calendar && number == other.number;
    }
}
