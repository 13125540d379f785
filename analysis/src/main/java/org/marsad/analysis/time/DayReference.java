package org.marsad.analysis.time;

/**
 * A day that a time of day can fall on: a relative-day phrase ("أمس", "اليوم"), a weekday (any name: the
 * part of the day before it is context enough) or a day-precise date ("22 ديسمبر").
 */
final class DayReference {
    private final PhraseRule phrases;
    private final WeekdayRule weekdays;
    private final MonthDateRule dates;

    DayReference(PhraseRule phrases, WeekdayRule weekdays, MonthDateRule dates) {
        this.phrases = phrases;
        this.weekdays = weekdays;
        this.dates = dates;
    }

    /** The longest day at token {@code i}, or null. */
    Candidate at(Tokens tokens, int i, RelativeResolver anchor) {
        Candidate best = phrases.match(tokens, i, anchor, true);
        best = Candidate.longer(best, weekdays.match(tokens, i, anchor, true));
        Candidate date = dates.match(tokens, i, anchor);
        return Candidate.longer(best, date != null && Timex.isDay(date.value()) ? date : null);
    }
}
