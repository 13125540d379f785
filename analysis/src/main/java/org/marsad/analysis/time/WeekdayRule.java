package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * Weekdays: "الثلاثاء", "يوم الثلاثاء", "الثلاثاء الماضي", "يوم الأحد المقبل".
 *
 * <p>Rules:
 * <ul>
 *   <li>an optional يوم (part of the span), a weekday name, an optional direction adjective;</li>
 *   <li>a name that is also an ordinary word (الأحد، الاثنين، الجمعة) needs يوم, an adjective, or a
 *       caller that knows the context (a part of the day before it, كل);</li>
 *   <li>the date is the most recent such weekday on or before publication, strictly before with الماضي,
 *       strictly after with المقبل/القادم (see {@link RelativeResolver}); a weekday followed by a date is
 *       read by {@link MonthDateRule}.</li>
 * </ul>
 */
final class WeekdayRule implements TimexRule {
    private final TimeLexicon lexicon;

    WeekdayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        return match(tokens, i, anchor, false);
    }

    /** As {@link #match(Tokens, int, RelativeResolver)}; {@code cued} accepts every weekday name. */
    Candidate match(Tokens tokens, int i, RelativeResolver anchor, boolean cued) {
        int noun = lexicon.cues().start(tokens, i, CueRole.DAY_NOUN, true);
        int j = noun >= 0 ? i + 1 : i;
        Hit<WeekdayName> weekday = lexicon.weekdays().match(tokens, j, j == i);
        if (weekday == null) {
            return null;
        }
        Hit<Direction> adjective = lexicon.direction(tokens, weekday.next());
        boolean directed = adjective != null && adjective.value().placesPeriod();
        if (!weekday.value().alone().accepts(cued || noun >= 0 || directed, false)) {
            return null;
        }
        Resolved value = anchor.weekday(weekday.value().day(), directed ? adjective.value() : Direction.NONE);
        int start = noun >= 0 ? noun : weekday.start();
        return Candidate.of(tokens, start, directed ? adjective.next() : weekday.next(), TimexType.DATE, value, null);
    }
}
