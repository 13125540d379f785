package org.marsad.analysis.time;

import java.time.DateTimeException;
import org.marsad.article.TimexType;

/**
 * Dates written in digits: "22/12/2021", "22-12-2021", "22.12.2021", "2021/12/22", "23 / 8 / 1436هـ".
 *
 * <p>Rules:
 * <ul>
 *   <li>three numbers joined twice by the same separator ("/", "-" or "."), spaces allowed as Saudi
 *       official dates write them;</li>
 *   <li>a four-digit first number is the year (year/month/day), else the last one is (day/month/year): the
 *       day-first order Arab countries write; month-first American dates are not read;</li>
 *   <li>an era word after it makes it Hijri or Gregorian; without one it is Gregorian;</li>
 *   <li>a longer chain of numbers ("1/2/2021/5", phone and reference numbers) and an impossible date
 *       ("31/02/2021") are no date.</li>
 * </ul>
 */
final class NumericDateRule implements TimexRule {
    private static final String SEPARATORS = "/-.";
    private static final int YEAR_DIGITS = 4;

    private final Years years;

    NumericDateRule(TimeLexicon lexicon) {
        this.years = new Years(lexicon.cues());
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        boolean chained = continues(tokens, i + 4) || (i >= 2 && continues(tokens, i - 2));
        if (separator(tokens, i) == 0 || chained) {
            return null;
        }
        boolean yearFirst = tokens.digits(i) == YEAR_DIGITS;
        if (!yearFirst && tokens.digits(i + 4) != YEAR_DIGITS) {
            return null;
        }
        CalendarSystem era = years.era(tokens, i + 5);
        int year = tokens.value(yearFirst ? i : i + 4);
        int day = tokens.value(yearFirst ? i + 4 : i);
        Resolved value = value(era == null ? CalendarSystem.GREGORIAN : era, year, tokens.value(i + 2), day);
        int next = era == null ? i + 5 : i + 6;
        return value == null ? null : Candidate.of(tokens, tokens.start(i), next, TimexType.DATE, value, null);
    }

    private static Resolved value(CalendarSystem calendar, int year, int month, int day) {
        try {
            return new Resolved(Timex.date(calendar.toIso(year, month, day)), false);
        } catch (DateTimeException impossible) {
            return null;
        }
    }

    /** The separator of "N s N s N" at token {@code i}, or 0. */
    private static char separator(Tokens tokens, int i) {
        if (!tokens.isNumber(i) || !tokens.isNumber(i + 2) || !tokens.isNumber(i + 4) || tokens.definite(i)) {
            return 0;
        }
        char s = tokens.form(i + 1).charAt(0);
        return SEPARATORS.indexOf(s) >= 0 && tokens.isPunct(i + 1, s) && tokens.isPunct(i + 3, s) ? s : 0;
    }

    /** Whether the number at token {@code last} runs on into a separator and another number. */
    private static boolean continues(Tokens tokens, int last) {
        return tokens.isNumber(last + 2) && SEPARATORS.indexOf(tokens.form(last + 1).charAt(0)) >= 0
                && !tokens.isWord(last + 1);
    }
}
