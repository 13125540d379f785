package org.marsad.analysis.time;

/** A date as year, month and day of some {@link CalendarSystem}. */
record Ymd(int year, int month, int day) {
}
