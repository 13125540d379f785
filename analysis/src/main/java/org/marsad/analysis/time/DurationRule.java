package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * Durations, and the dates "so long ago": "ثلاثة أيام" (P3D), "الشهرين الماضيين" (P2M), "الأيام الثلاثة
 * الماضية" (P3D), "السنوات الخمس الأخيرة" (P5Y), "الـ24 ساعة الماضية" (PT24H), "آخر ثلاث سنوات" (P3Y),
 * "منذ ثلاثة أيام" (a DATE three days before publication).
 *
 * <p>Rules:
 * <ul>
 *   <li>a {@link Counts count} is a DURATION;</li>
 *   <li>آخر before a count is the same DURATION, ending at publication;</li>
 *   <li>a definite dual ("الشهرين"), optionally with a direction adjective (required for a cued unit such as
 *       "العقدين"), is a DURATION of two;</li>
 *   <li>a definite plural and a number ("الأيام الثلاثة", "الساعات 24"), or a definite number and a unit
 *       ("الـ24 ساعة", "الثلاث سنوات"), is a DURATION only with an adjective after it (الماضية، الأخيرة،
 *       المقبلة), which says that it is a stretch of time rather than a set of days;</li>
 *   <li>منذ/قبل, an optional modifier (نحو), then a count is a DATE: publication minus the count, at the
 *       unit's precision ("منذ عامين" = "2020"); منذ/قبل before a bare plural ("منذ سنوات") is PAST_REF;
 *       the span includes منذ/قبل, which turns the duration into a date. Followed by من ("قبل ثلاثة أيام من
 *       الانتخابات") it counts from another event and is refused.</li>
 * </ul>
 */
final class DurationRule implements TimexRule {
    private final TimeLexicon lexicon;
    private final Counts counts;

    DurationRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.counts = new Counts(lexicon);
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        Candidate best = ago(tokens, i, anchor);
        best = Candidate.longer(best, last(tokens, i));
        best = Candidate.longer(best, counted(tokens, i));
        return Candidate.longer(best, definite(tokens, i));
    }

    private Candidate counted(Tokens tokens, int i) {
        Counts.Count count = counts.free(tokens, i);
        return count == null ? null : duration(tokens, count.start(), count.next(), count.unit(), count.value());
    }

    private Candidate last(Tokens tokens, int i) {
        int cue = lexicon.cues().start(tokens, i, CueRole.LAST, true);
        Counts.Count count = cue < 0 ? null : counts.afterCue(tokens, i + 1);
        return count == null ? null : duration(tokens, cue, count.next(), count.unit(), count.value());
    }

    private Candidate ago(Tokens tokens, int i, RelativeResolver anchor) {
        int cue = lexicon.cues().start(tokens, i, CueRole.AGO, true);
        if (cue < 0) {
            return null;
        }
        Hit<Modifier> modifier = lexicon.modifiers().match(tokens, i + 1, false);
        int j = modifier == null ? i + 1 : modifier.next();
        Counts.Count count = counts.afterCue(tokens, j);
        UnitWords.Found plural = count == null ? lexicon.units().match(tokens, j, false) : null;
        boolean vague = plural != null && !plural.definite() && plural.number() == GrammaticalNumber.PLURAL;
        int next = count != null ? count.next() : vague ? plural.next() : -1;
        if (next < 0 || lexicon.cues().is(tokens, next, CueRole.OF)) {
            return null;
        }
        Resolved value = count != null ? anchor.ago(count.unit(), count.value()) : new Resolved("PAST_REF", false);
        return Candidate.of(tokens, cue, next, TimexType.DATE, value, modifier == null ? null : modifier.value().mod());
    }

    private Candidate definite(Tokens tokens, int i) {
        UnitWords.Found unit = lexicon.units().match(tokens, i, true);
        if (unit != null) {
            return unit.definite() ? unitThenCount(tokens, unit) : null;
        }
        NumberWords.Number n = lexicon.numbers().parse(tokens, i, true);
        if (n == null || !n.definite() || n.ordinal()) {
            return null;
        }
        UnitWords.Found counted = lexicon.units().match(tokens, n.next(), false);
        boolean indefinite = counted != null && !counted.definite();
        return indefinite ? withAdjective(tokens, n.start(), counted.next(), counted.unit(), n.value(), true) : null;
    }

    private Candidate unitThenCount(Tokens tokens, UnitWords.Found unit) {
        if (unit.number() == GrammaticalNumber.DUAL) {
            return withAdjective(tokens, unit.start(), unit.next(), unit.unit(), 2, unit.cued());
        }
        boolean plural = unit.number() == GrammaticalNumber.PLURAL;
        NumberWords.Number n = plural ? lexicon.numbers().parse(tokens, unit.next(), false) : null;
        if (n == null || n.ordinal() || !(n.definite() || tokens.isNumber(unit.next()))) {
            return null;
        }
        return withAdjective(tokens, unit.start(), n.next(), unit.unit(), n.value(), true);
    }

    /** The duration up to {@code next}, extended over a following adjective, which may be {@code required}. */
    private Candidate withAdjective(Tokens tokens, int start, int next, Unit unit, int count, boolean required) {
        Hit<Direction> adjective = lexicon.direction(tokens, next);
        boolean stretch = adjective != null && adjective.value() != Direction.CURRENT;
        if (!stretch && required) {
            return null;
        }
        return duration(tokens, start, stretch ? adjective.next() : next, unit, count);
    }

    private static Candidate duration(Tokens tokens, int start, int next, Unit unit, int count) {
        return Candidate.of(tokens, start, next, TimexType.DURATION, new Resolved(unit.duration(count), false), null);
    }
}
