package org.marsad.analysis.time;

/**
 * Years written in digits, with the era word that may follow them ("1443 هـ", "2021م", "2021 ميلادي").
 */
final class Years {
    private static final int MIN_DIGITS = 3;
    private static final int MAX_DIGITS = 4;

    /** A year: its number, the calendar its era word names (null without one), the token after it. */
    record Year(int value, CalendarSystem era, int next) {
        CalendarSystem calendar() {
            return era == null ? CalendarSystem.GREGORIAN : era;
        }
    }

    private final Cues cues;

    Years(Cues cues) {
        this.cues = cues;
    }

    /** The year written at token {@code i}: a number of three or four digits, then maybe an era word. */
    Year at(Tokens tokens, int i) {
        boolean digits = tokens.isNumber(i) && tokens.digits(i) >= MIN_DIGITS && tokens.digits(i) <= MAX_DIGITS;
        if (!digits || tokens.definite(i)) {
            return null;
        }
        CalendarSystem era = era(tokens, i + 1);
        return new Year(tokens.value(i), era, era == null ? i + 1 : i + 2);
    }

    /** The year after a month, as "2021", "عام 2021", "من عام 2021" or "سنة 1443 هـ"; null if none. */
    Year afterMonth(Tokens tokens, int j) {
        int k = cues.is(tokens, j, CueRole.OF) ? j + 1 : j;
        if (cues.is(tokens, k, CueRole.YEAR_NOUN)) {
            k++;
        }
        return k > j && !tokens.isNumber(k) ? null : at(tokens, k);
    }

    /** The calendar named by the era word at token {@code i}, or null. */
    CalendarSystem era(Tokens tokens, int i) {
        if (cues.is(tokens, i, CueRole.HIJRI_ERA)) {
            return CalendarSystem.HIJRI;
        }
        return cues.is(tokens, i, CueRole.GREGORIAN_ERA) ? CalendarSystem.GREGORIAN : null;
    }
}
