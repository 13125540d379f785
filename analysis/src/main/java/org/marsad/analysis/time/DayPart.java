package org.marsad.analysis.time;

/**
 * A part of the day: its TIMEX3 {@code part} (MO, MI, AF, EV, NI), whether it stands before a day
 * ({@code noun}) or after a clock hour ({@code adverb}), and the first hour that it turns into an afternoon
 * hour ({@code pmFrom}, 12 or more for never).
 */
record DayPart(String part, boolean noun, boolean adverb, int pmFrom) {
    /** The 24-hour value of clock hour {@code hour} said with this part of the day. */
    int hour24(int hour) {
        return hour >= pmFrom && hour < 12 ? hour + 12 : hour;
    }
}
