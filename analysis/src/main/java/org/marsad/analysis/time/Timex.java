package org.marsad.analysis.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 value strings: zero-padded numbers, dates, weeks, and the test for a day-precise value. */
final class Timex {
    static final String UNKNOWN_DAY = "XXXX-XX-XX";

    private Timex() {
    }

    static String pad(int value, int width) {
        String digits = Integer.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static String date(LocalDate date) {
        return date.toString();
    }

    static String month(int year, int month) {
        return pad(year, 4) + "-" + pad(month, 2);
    }

    static String isoWeek(LocalDate date) {
        return pad(date.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W" + pad(date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
    }

    /** An unknown week's given weekday, as "XXXX-WXX-2" for a Tuesday. */
    static String weekday(int isoDay) {
        return "XXXX-WXX-" + isoDay;
    }

    /** Whether {@code value} names one day ("2021-12-22", "XXXX-12-22", "XXXX-WXX-2"), so a time can follow. */
    static boolean isDay(String value) {
        return value.length() == 10 && value.charAt(4) == '-' && (value.charAt(7) == '-' || value.charAt(5) == 'W');
    }
}
