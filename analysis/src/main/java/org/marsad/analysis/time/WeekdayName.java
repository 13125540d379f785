package org.marsad.analysis.time;

import java.time.DayOfWeek;

/** A day of the week, with when its name is a date {@code alone}. */
record WeekdayName(DayOfWeek day, Alone alone) {
}
