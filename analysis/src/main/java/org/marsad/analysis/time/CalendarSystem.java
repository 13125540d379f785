package org.marsad.analysis.time;

import java.time.LocalDate;
import java.time.Month;

/**
 * The calendars month names belong to, with the TIMEX3 values of their months and years.
 *
 * <p>TIMEX3 values are Gregorian. A Hijri day converts exactly; a Hijri month or year overlaps two Gregorian
 * ones, and is given the Gregorian month holding its 15th day and the Gregorian year holding its 1 Rajab,
 * i.e. whichever the greater part of it falls in.
 */
enum CalendarSystem {
    GREGORIAN {
        @Override
        LocalDate toIso(int year, int month, int day) {
            return LocalDate.of(year, month, day);
        }

        @Override
        Ymd fromIso(LocalDate date) {
            return new Ymd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        }

        @Override
        int maxDay(int month) {
            return Month.of(month).maxLength();
        }

        @Override
        String monthValue(int year, int month) {
            return Timex.month(year, month);
        }

        @Override
        String yearValue(int year) {
            return Timex.pad(year, 4);
        }
    },
    HIJRI {
        private static final int MID_MONTH_DAY = 15;
        private static final int RAJAB = 7;

        @Override
        LocalDate toIso(int year, int month, int day) {
            return HijriConverter.toIso(year, month, day);
        }

        @Override
        Ymd fromIso(LocalDate date) {
            return HijriConverter.fromIso(date);
        }

        @Override
        int maxDay(int month) {
            return 30;
        }

        @Override
        String monthValue(int year, int month) {
            LocalDate middle = toIso(year, month, MID_MONTH_DAY);
            return Timex.month(middle.getYear(), middle.getMonthValue());
        }

        @Override
        String yearValue(int year) {
            return Timex.pad(toIso(year, RAJAB, 1).getYear(), 4);
        }
    };

    /** The Gregorian date of a day of this calendar; throws {@link java.time.DateTimeException} if impossible. */
    abstract LocalDate toIso(int year, int month, int day);

    abstract Ymd fromIso(LocalDate date);

    /** The longest a month of this calendar can be. */
    abstract int maxDay(int month);

    /** The TIMEX3 value of a month of this calendar, "YYYY-MM". */
    abstract String monthValue(int year, int month);

    /** The TIMEX3 value of a year of this calendar, "YYYY". */
    abstract String yearValue(int year);
}
