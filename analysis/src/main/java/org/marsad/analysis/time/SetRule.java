package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * Recurring times after كل: "كل عام" (P1Y), "كل يوم" (P1D), "كل ثلاثة أشهر" (P3M), "كل يوم جمعة"
 * ("XXXX-WXX-5"); the adverbs "سنويا", "يوميا" are fixed phrases.
 *
 * <p>Rules: كل, then a weekday (with or without يوم) or a {@link Counts count}, a bare singular counting
 * one; the type is SET and nothing is anchored.
 */
final class SetRule implements TimexRule {
    private static final RelativeResolver NO_ANCHOR = new RelativeResolver(null);

    private final TimeLexicon lexicon;
    private final Counts counts;
    private final WeekdayRule weekdays;

    SetRule(TimeLexicon lexicon, WeekdayRule weekdays) {
        this.lexicon = lexicon;
        this.counts = new Counts(lexicon);
        this.weekdays = weekdays;
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        int cue = lexicon.cues().start(tokens, i, CueRole.EVERY, true);
        if (cue < 0) {
            return null;
        }
        Candidate weekday = weekdays.match(tokens, i + 1, NO_ANCHOR, true);
        Candidate set = weekday == null ? null
                : new Candidate(cue, weekday.end(), weekday.next(), TimexType.SET, weekday.value(), null, false);
        Counts.Count count = counts.afterCue(tokens, i + 1);
        Candidate every = count == null ? null : Candidate.of(tokens, cue, count.next(), TimexType.SET,
                new Resolved(count.unit().duration(count.value()), false), null);
        return Candidate.longer(set, every);
    }
}
