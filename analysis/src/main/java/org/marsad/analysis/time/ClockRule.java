package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * Clock times: "الساعة 10:30", "الساعة العاشرة صباحا", "الساعة الثامنة مساء اليوم", "الساعة الخامسة والنصف
 * من مساء أمس", "الساعة 19 و44 دقيقة".
 *
 * <p>Rules:
 * <ul>
 *   <li>الساعة, then an hour in digits (with ":MM") or in words 1..12, then optional minutes: والنصف،
 *       والربع, or و + a count of minutes ("و44 دقيقة"), which may also follow the part-of-day adverb;</li>
 *   <li>then an optional part-of-day adverb ("مساء"), or an optional من, a part-of-day noun and a
 *       {@link DayReference day}; an afternoon part turns 1..11 into 13..23 (see {@code dayparts.tsv});</li>
 *   <li>the value is the day's value (or "XXXX-XX-XX" without a day), "T" and HH:MM; the type is TIME.</li>
 * </ul>
 */
final class ClockRule implements TimexRule {
    private static final int MAX_WORD_HOUR = 12;

    private record Clock(int hour, int minute, int next) {
    }

    private final TimeLexicon lexicon;
    private final DayReference days;
    private final Counts counts;

    ClockRule(TimeLexicon lexicon, DayReference days) {
        this.lexicon = lexicon;
        this.days = days;
        this.counts = new Counts(lexicon);
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        int cue = lexicon.cues().start(tokens, i, CueRole.CLOCK, true);
        Clock clock = cue < 0 ? null : minutes(tokens, hour(tokens, i + 1));
        if (clock == null) {
            return null;
        }
        Hit<DayPart> adverb = lexicon.dayParts().match(tokens, clock.next(), false);
        if (adverb != null && adverb.value().adverb()) {
            Clock at = new Clock(adverb.value().hour24(clock.hour()), clock.minute(), adverb.next());
            Clock shifted = minutes(tokens, at);
            Candidate day = ofDay(tokens, cue, shifted, adverb.next(), anchor);
            return Candidate.longer(day, unknownDay(tokens, cue, shifted));
        }
        return Candidate.longer(ofDay(tokens, cue, clock, clock.next(), anchor), unknownDay(tokens, cue, clock));
    }

    /** The clock at {@code cue}, followed by [من] [part-of-day noun] and a day at token {@code j}; or null. */
    private Candidate ofDay(Tokens tokens, int cue, Clock clock, int j, RelativeResolver anchor) {
        int k = lexicon.cues().is(tokens, j, CueRole.OF) ? j + 1 : j;
        Hit<DayPart> part = lexicon.dayParts().match(tokens, k, false);
        boolean noun = part != null && part.value().noun();
        Candidate day = days.at(tokens, noun ? part.next() : k, anchor);
        if (day == null) {
            return null;
        }
        int hour = noun ? part.value().hour24(clock.hour()) : clock.hour();
        String value = day.value() + "T" + Timex.pad(hour, 2) + ":" + Timex.pad(clock.minute(), 2);
        return new Candidate(cue, day.end(), day.next(), TimexType.TIME, value, null, day.anchored());
    }

    private static Candidate unknownDay(Tokens tokens, int cue, Clock clock) {
        String value = Timex.UNKNOWN_DAY + "T" + Timex.pad(clock.hour(), 2) + ":" + Timex.pad(clock.minute(), 2);
        return Candidate.of(tokens, cue, clock.next(), TimexType.TIME, new Resolved(value, false), null);
    }

    /** The hour at token {@code j}: "10", "10:30", "العاشرة"; or null. */
    private Clock hour(Tokens tokens, int j) {
        if (tokens.isNumber(j)) {
            boolean minutes = tokens.adjacent(j) && tokens.isPunct(j + 1, ':') && tokens.adjacent(j + 1)
                    && tokens.isNumber(j + 2);
            Clock clock = new Clock(tokens.value(j), minutes ? tokens.value(j + 2) : 0, minutes ? j + 3 : j + 1);
            return clock.hour() <= 24 && clock.minute() < 60 ? clock : null;
        }
        NumberWords.Number n = tokens.isWord(j) ? lexicon.numbers().parse(tokens, j, false) : null;
        return n == null || n.value() < 1 || n.value() > MAX_WORD_HOUR ? null : new Clock(n.value(), 0, n.next());
    }

    /** {@code clock} with following minutes: والنصف (:30), والربع (:15), "و44 دقيقة"; else as it is. */
    private Clock minutes(Tokens tokens, Clock clock) {
        if (clock == null || clock.minute() != 0) {
            return clock;
        }
        int j = clock.next();
        if (lexicon.cues().start(tokens, j, CueRole.HALF, true) >= 0) {
            return new Clock(clock.hour(), 30, j + 1);
        }
        if (lexicon.cues().start(tokens, j, CueRole.QUARTER, true) >= 0) {
            return new Clock(clock.hour(), 15, j + 1);
        }
        boolean and = tokens.isWord(j) && tokens.form(j).equals("و");
        Counts.Count count = and ? counts.afterCue(tokens, j + 1) : null;
        boolean valid = count != null && count.unit() == Unit.MINUTE && count.value() > 0 && count.value() < 60;
        return valid ? new Clock(clock.hour(), count.value(), count.next()) : clock;
    }
}
