package org.marsad.analysis.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Values of expressions that count from the publication date, which may be unknown ({@code null}).
 *
 * <p>Rules, with publication date P:
 * <ul>
 *   <li>a day offset ("أمس" = -1) is P plus the offset;</li>
 *   <li>a period ("الأسبوع الماضي") is the period of that unit containing P, moved by the offset: ISO week,
 *       month, year, decade or century;</li>
 *   <li>"N units ago" ("منذ ثلاثة أسابيع") is P minus N units, at the unit's precision;</li>
 *   <li>a weekday is the most recent such day on or before P; with الماضي strictly before P; with المقبل
 *       strictly after P;</li>
 *   <li>a month without year ("نهاية كانون الأول/ ديسمبر") is its nearest occurrence not after P's month:
 *       news mostly reports what happened; with الماضي the nearest strictly before P's month, with
 *       المقبل/القادم the nearest strictly after, with الجاري/الحالي the one of P's year;</li>
 *   <li>a day and month without year ("22 ديسمبر") is the occurrence nearest to P, ties to the past, since a
 *       day-precise date names a scheduled event as often as a past one; with الماضي the most recent before
 *       P, with المقبل the first after P;</li>
 *   <li>a month said to be of a relative year ("ديسمبر من العام الماضي") is in publication's year moved by
 *       that many years;</li>
 *   <li>a month or a day and month without year or direction that ends a range ("من 3 جانفي المقبل إلى منتصف
 *       فيفري") is not before the range's start, its floor: the first occurrence from the floor's own month or
 *       day on, when the rules above would place it earlier;</li>
 *   <li>months and days of the Hijri calendar are placed within Hijri years, then converted;</li>
 *   <li>without P nothing is resolved and the value keeps what the text says: "XXXX-12-22", "XXXX-12",
 *       "XXXX-WXX-2" for a Tuesday, "XXXX-XX-XX" for أمس, "XXXX-WXX", "XXXX-XX", "XXXX" for the periods;
 *       a Hijri month or day without year keeps neither ("XXXX-XX", "XXXX-XX-XX"), since its Gregorian
 *       month depends on the year. Such values are never anchored.</li>
 * </ul>
 */
record RelativeResolver(LocalDate published, LocalDate floor) {
    /** How many years a date without year may be searched for, so that 29 February finds a leap year. */
    private static final int YEAR_SEARCH = 8;

    /** A resolver counting from {@code published} (null when unknown), with no range to end. */
    RelativeResolver(LocalDate published) {
        this(published, null);
    }

    /** This resolver for the end of a range that starts on {@code start}. */
    RelativeResolver endingRangeFrom(LocalDate start) {
        return new RelativeResolver(published, start);
    }

    Resolved days(int offset) {
        return published == null ? unknown(Timex.UNKNOWN_DAY) : anchored(Timex.date(published.plusDays(offset)));
    }

    /** The period of {@code unit} containing publication, moved by {@code offset} periods. */
    Resolved period(Unit unit, int offset) {
        return published == null ? unknown(unit.unknownValue()) : anchored(unit.value(unit.shift(published, offset)));
    }

    /** {@code count} units before publication; a vague count gives PAST_REF. */
    Resolved ago(Unit unit, int count) {
        if (count < 0) {
            return unknown("PAST_REF");
        }
        return published == null ? unknown(unit.unknownValue()) : anchored(unit.value(unit.shift(published, -count)));
    }

    Resolved weekday(DayOfWeek day, Direction direction) {
        if (published == null) {
            return unknown(Timex.weekday(day.getValue()));
        }
        LocalDate date = switch (direction) {
            case PAST -> published.with(TemporalAdjusters.previous(day));
            case NEXT -> published.with(TemporalAdjusters.next(day));
            default -> published.with(TemporalAdjusters.previousOrSame(day));
        };
        return anchored(Timex.date(date));
    }

    Resolved month(CalendarSystem calendar, int month, Direction direction) {
        if (published == null) {
            return unknown(calendar == CalendarSystem.GREGORIAN ? "XXXX-" + Timex.pad(month, 2) : "XXXX-XX");
        }
        Ymd p = calendar.fromIso(published);
        int year = switch (direction) {
            case PAST -> month < p.month() ? p.year() : p.year() - 1;
            case NEXT -> month > p.month() ? p.year() : p.year() + 1;
            case CURRENT -> p.year();
            default -> notBeforeFloor(calendar, month, month <= p.month() ? p.year() : p.year() - 1);
        };
        return anchored(calendar.monthValue(year, month));
    }

    /**
     * A month, or a day of it, in the year {@code offset} years from publication's ("ديسمبر من العام
     * الماضي"); null if that day does not exist.
     */
    Resolved inYear(CalendarSystem calendar, int month, int day, int offset) {
        if (published == null) {
            return day > 0 ? dayOfMonth(calendar, month, day, Direction.NONE) : month(calendar, month, Direction.NONE);
        }
        int year = calendar.fromIso(published).year() + offset;
        if (day == 0) {
            return anchored(calendar.monthValue(year, month));
        }
        LocalDate date = valid(calendar, year, month, day);
        return date == null ? null : anchored(Timex.date(date));
    }

    /** A day and month without year; null if no year within reach has that day (30 February). */
    Resolved dayOfMonth(CalendarSystem calendar, int month, int day, Direction direction) {
        if (published == null) {
            String known = "XXXX-" + Timex.pad(month, 2) + "-" + Timex.pad(day, 2);
            return unknown(calendar == CalendarSystem.GREGORIAN ? known : Timex.UNKNOWN_DAY);
        }
        LocalDate date = switch (direction) {
            case PAST -> search(calendar, month, day, -1, true);
            case NEXT -> search(calendar, month, day, 1, true);
            default -> notBeforeFloor(calendar, month, day, nearest(calendar, month, day));
        };
        return date == null ? null : anchored(Timex.date(date));
    }

    /** {@code year}, or the first year from the floor's on whose {@code month} is not before the floor's month. */
    private int notBeforeFloor(CalendarSystem calendar, int month, int year) {
        if (floor == null) {
            return year;
        }
        Ymd start = calendar.fromIso(floor);
        boolean before = year < start.year() || year == start.year() && month < start.month();
        return !before ? year : month < start.month() ? start.year() + 1 : start.year();
    }

    /** {@code date}, or the first such day from the floor on when {@code date} is before it. */
    private LocalDate notBeforeFloor(CalendarSystem calendar, int month, int day, LocalDate date) {
        if (floor == null || date == null || !date.isBefore(floor)) {
            return date;
        }
        int year = calendar.fromIso(floor).year();
        for (int n = 0; n <= YEAR_SEARCH; n++, year++) {
            LocalDate later = valid(calendar, year, month, day);
            if (later != null && !later.isBefore(floor)) {
                return later;
            }
        }
        return date;
    }

    /** The first valid date going from publication's year in {@code step}; strictly before/after if asked. */
    private LocalDate search(CalendarSystem calendar, int month, int day, int step, boolean strict) {
        int year = calendar.fromIso(published).year();
        for (int n = 0; n <= YEAR_SEARCH; n++, year += step) {
            LocalDate date = valid(calendar, year, month, day);
            if (date != null && (step < 0 ? date.isBefore(published) : date.isAfter(published))) {
                return date;
            }
            if (!strict && published.equals(date)) {
                return date;
            }
        }
        return null;
    }

    private LocalDate nearest(CalendarSystem calendar, int month, int day) {
        LocalDate before = search(calendar, month, day, -1, false);
        LocalDate after = search(calendar, month, day, 1, true);
        if (before == null || after == null) {
            return before == null ? after : before;
        }
        long back = ChronoUnit.DAYS.between(before, published);
        return ChronoUnit.DAYS.between(published, after) < back ? after : before;
    }

    private static LocalDate valid(CalendarSystem calendar, int year, int month, int day) {
        try {
            return calendar.toIso(year, month, day);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    private static Resolved anchored(String value) {
        return new Resolved(value, true);
    }

    private static Resolved unknown(String value) {
        return new Resolved(value, false);
    }
}
