package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * A part of a known day: "صباح اليوم" ("2022-01-04TMO"), "مساء أمس" ("2022-01-03TEV"), "ليلة الثلاثاء",
 * "ظهر يوم الأحد", "فجر 22 ديسمبر".
 *
 * <p>Rules: a part-of-day noun ({@code dayparts.tsv}), then a {@link DayReference day}; the TIMEX3 value is the
 * day's value, "T" and the part (MO, MI, AF, EV, NI); the type is TIME. A part of day with no day after it
 * ("صباح الخير") is no expression. "ليلة الجمعة" is given Friday's date, not the eve before it that
 * tradition may mean.
 */
final class DayPartRule implements TimexRule {
    private final TimeLexicon lexicon;
    private final DayReference days;

    DayPartRule(TimeLexicon lexicon, DayReference days) {
        this.lexicon = lexicon;
        this.days = days;
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        Hit<DayPart> part = lexicon.dayParts().match(tokens, i, true);
        Candidate day = part == null || !part.value().noun() ? null : days.at(tokens, part.next(), anchor);
        if (day == null) {
            return null;
        }
        String value = day.value() + "T" + part.value().part();
        return new Candidate(part.start(), day.end(), day.next(), TimexType.TIME, value, null, day.anchored());
    }
}
