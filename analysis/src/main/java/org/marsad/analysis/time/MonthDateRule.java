package org.marsad.analysis.time;

import java.time.DateTimeException;
import org.marsad.article.TimexType;

/**
 * Dates built on a month name: "22 كانون الأول/ ديسمبر الماضي", "الأربعاء 22 ديسمبر 2021", "ديسمبر 2021",
 * "آذار/ مارس الماضي", "شهر رمضان", "15 رمضان 1443 هـ".
 *
 * <p>Rules, in reading order:
 * <ul>
 *   <li>an optional يوم and an optional weekday with an optional comma ("الأربعاء، 22 ديسمبر"), which only
 *       lead a day, and the weekday's value is then the date's own;</li>
 *   <li>an optional day of one or two digits ("22", "الـ22") or غرة (the first), then an optional من;</li>
 *   <li>an optional شهر, then a month name, single or paired ({@link MonthLexicon});</li>
 *   <li>an optional year ("2021", "عام 2021", "من عام 1443 هـ"), or a relative year ("من العام الماضي",
 *       "من هذا العام"), else an optional direction adjective (الماضي، المقبل، الجاري);</li>
 *   <li>a month name that is also an ordinary word needs support (see {@link Alone});</li>
 *   <li>with a year the value is exact and not anchored; without one it is resolved against publication by
 *       {@link RelativeResolver}; an impossible day ("30 فبراير 2021") is no date.</li>
 * </ul>
 */
final class MonthDateRule implements TimexRule {
    private static final int MAX_DAY_DIGITS = 2;

    private record Lead(int start, int next) {
    }

    /** What precedes the tail: where the expression starts, its day (0 if none), شهر, and the month. */
    private record Head(int start, int day, boolean noun, MonthLexicon.Found month) {
        MonthName name() {
            return month.month();
        }
    }

    /** "من العام الماضي": the year {@code offset} years from publication's, and the token after it. */
    private record RelativeYear(int offset, int next) {
    }

    private final TimeLexicon lexicon;
    private final Years years;

    MonthDateRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.years = new Years(lexicon.cues());
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        Head head = head(tokens, i);
        if (head == null || head.day() > head.name().calendar().maxDay(head.name().number())) {
            return null;
        }
        MonthName name = head.name();
        Years.Year year = years.afterMonth(tokens, head.month().next());
        if (year != null) {
            return candidate(tokens, head, year.next(), exact(name, head.day(), year));
        }
        RelativeYear relative = relativeYear(tokens, head.month().next());
        if (relative != null) {
            Resolved value = anchor.inYear(name.calendar(), name.number(), head.day(), relative.offset());
            return candidate(tokens, head, relative.next(), value);
        }
        return withoutYear(tokens, i, head, anchor);
    }

    /** The day, شهر and month at token {@code i}, after an optional يوم and weekday; null if no month. */
    private Head head(Tokens tokens, int i) {
        Lead lead = lead(tokens, i);
        int day = day(tokens, lead.next());
        if (day == 0 && lead.next() > i) {
            return null;
        }
        int j = day == 0 ? i : lead.next() + (lexicon.cues().is(tokens, lead.next() + 1, CueRole.OF) ? 2 : 1);
        int noun = lexicon.cues().start(tokens, j, CueRole.MONTH_NOUN, j == i);
        MonthLexicon.Found month = lexicon.months().find(tokens, noun >= 0 ? j + 1 : j, j == i && noun < 0);
        if (month == null) {
            return null;
        }
        int start = lead.next() > i ? lead.start() : day > 0 ? tokens.start(i) : noun >= 0 ? noun : month.start();
        return new Head(start, day, noun >= 0, month);
    }

    /** A month without year, maybe directed; a name that is also a word needs support (see {@link Alone}). */
    private Candidate withoutYear(Tokens tokens, int i, Head head, RelativeResolver anchor) {
        Hit<Direction> adjective = lexicon.direction(tokens, head.month().next());
        boolean directed = adjective != null && adjective.value().placesPeriod();
        Direction direction = directed ? adjective.value() : Direction.NONE;
        MonthName name = head.name();
        boolean support = head.day() > 0 || head.month().paired() || head.noun() || directed;
        if (!name.alone().accepts(support, lexicon.cuedBefore(tokens, i))) {
            return null;
        }
        Resolved value = head.day() > 0 ? anchor.dayOfMonth(name.calendar(), name.number(), head.day(), direction)
                : anchor.month(name.calendar(), name.number(), direction);
        return candidate(tokens, head, directed ? adjective.next() : head.month().next(), value);
    }

    private static Candidate candidate(Tokens tokens, Head head, int next, Resolved value) {
        return value == null ? null : Candidate.of(tokens, head.start(), next, TimexType.DATE, value, null);
    }

    /** The value of a month or day with its year, not anchored; null if that day does not exist. */
    private static Resolved exact(MonthName month, int day, Years.Year year) {
        CalendarSystem calendar = month.calendar();
        try {
            String value = day > 0 ? Timex.date(calendar.toIso(year.value(), month.number(), day))
                    : calendar.monthValue(year.value(), month.number());
            return new Resolved(value, false);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** "من العام الماضي", "من السنة المقبلة", "من العام الجاري", "من هذا العام" at token {@code j}, or null. */
    private RelativeYear relativeYear(Tokens tokens, int j) {
        if (!lexicon.cues().is(tokens, j, CueRole.OF)) {
            return null;
        }
        boolean self = lexicon.cues().is(tokens, j + 1, CueRole.THIS);
        UnitWords.Found unit = lexicon.units().match(tokens, self ? j + 2 : j + 1, false);
        if (unit == null || !unit.isThe(Unit.YEAR)) {
            return null;
        }
        if (self) {
            return new RelativeYear(0, unit.next());
        }
        Hit<Direction> adjective = lexicon.direction(tokens, unit.next());
        boolean placed = adjective != null && adjective.value().placesPeriod();
        return placed ? new RelativeYear(adjective.value().offset(), adjective.next()) : null;
    }

    /** An optional يوم and weekday before a day: where they start and the token after them. */
    private Lead lead(Tokens tokens, int i) {
        int start = lexicon.cues().start(tokens, i, CueRole.DAY_NOUN, true);
        int j = start >= 0 ? i + 1 : i;
        Hit<WeekdayName> weekday = lexicon.weekdays().match(tokens, j, j == i);
        if (weekday == null) {
            return new Lead(start, j);
        }
        int next = weekday.next();
        boolean comma = tokens.isPunct(next, '،') || tokens.isPunct(next, ',');
        return new Lead(start >= 0 ? start : weekday.start(), comma ? next + 1 : next);
    }

    /** The day of month written at token {@code j} ("22", "الـ22", غرة for the first), or 0. */
    private int day(Tokens tokens, int j) {
        if (lexicon.cues().is(tokens, j, CueRole.DAY_ONE)) {
            return 1;
        }
        if (!tokens.isNumber(j) || tokens.digits(j) > MAX_DAY_DIGITS) {
            return 0;
        }
        int day = tokens.value(j);
        return day >= 1 && day <= 31 ? day : 0;
    }
}
