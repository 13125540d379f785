package org.marsad.analysis.time;

import java.time.LocalDate;

/**
 * Units of time, with their TIMEX3 duration letters and the value of the period they name.
 *
 * <p>Durations are "P3D", "P2W", "P6M", "P5Y", "P2DE" (decades), "P1CE" (centuries), "PT24H", "PT30M"; a vague
 * count ({@code -1}, "بضعة أيام") gives "PXD". A period containing a date is given at the unit's precision:
 * a day, an ISO week ("2021-W52"), a month, a year, a decade ("202"), a century ("20" for 2000–2099). Hours
 * and minutes have no period of their own here: publication carries no time of day, so they give the day.
 */
enum Unit {
    DAY("D", false, 0),
    WEEK("W", false, 0),
    MONTH("M", false, 0),
    YEAR("Y", false, 1),
    DECADE("DE", false, 10),
    CENTURY("CE", false, 100),
    HOUR("H", true, 0),
    MINUTE("M", true, 0);

    private final String letter;
    private final boolean timeOfDay;
    private final int years;

    Unit(String letter, boolean timeOfDay, int years) {
        this.letter = letter;
        this.timeOfDay = timeOfDay;
        this.years = years;
    }

    /** Whether "الـUNIT الماضي" names a calendar period: weeks, months, years, decades and centuries. */
    boolean periodic() {
        return this != DAY && !timeOfDay;
    }

    /** The TIMEX3 duration of {@code count} units; a negative count is unknown ("PXD"). */
    String duration(int count) {
        return "P" + (timeOfDay ? "T" : "") + (count < 0 ? "X" : Integer.toString(count)) + letter;
    }

    /** {@code date} moved by {@code count} units. */
    LocalDate shift(LocalDate date, long count) {
        return switch (this) {
            case DAY -> date.plusDays(count);
            case HOUR, MINUTE -> date;
            case WEEK -> date.plusWeeks(count);
            case MONTH -> date.plusMonths(count);
            default -> date.plusYears(count * years);
        };
    }

    /** The TIMEX3 value of the period of this unit containing {@code date}. */
    String value(LocalDate date) {
        return switch (this) {
            case WEEK -> Timex.isoWeek(date);
            case MONTH -> Timex.month(date.getYear(), date.getMonthValue());
            case YEAR -> Timex.pad(date.getYear(), 4);
            case DECADE -> Timex.pad(date.getYear() / 10, 3);
            case CENTURY -> Timex.pad(date.getYear() / 100, 2);
            default -> Timex.date(date);
        };
    }

    /** The TIMEX3 value of such a period when the anchor is unknown: "XXXX-XX-XX", "XXXX-WXX", "XXXX"... */
    String unknownValue() {
        return switch (this) {
            case WEEK -> "XXXX-WXX";
            case MONTH -> "XXXX-XX";
            case YEAR -> "XXXX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
            default -> Timex.UNKNOWN_DAY;
        };
    }
}
