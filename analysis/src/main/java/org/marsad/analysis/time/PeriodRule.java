package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * Calendar periods named relative to publication: "الأسبوع الماضي", "الشهر المقبل", "العام الجاري",
 * "السنة الماضية", "هذا العام", "القرن الماضي", and the vague plurals "السنوات الأخيرة", "الأيام المقبلة".
 *
 * <p>Rules:
 * <ul>
 *   <li>a definite singular unit of week, month, year, decade or century with الماضي, المقبل or الجاري is
 *       that period before, after or containing publication ("2021-W52", "2021-12", "2021", "201", "19");</li>
 *   <li>هذا/هذه before such a unit is the current one;</li>
 *   <li>a definite plural unit with الماضية/الأخيرة is PAST_REF, with المقبلة/القادمة FUTURE_REF: a stretch
 *       of unstated length ("الأعوام الأخيرة"); with a count it is a duration ({@link DurationRule});</li>
 *   <li>days, hours and minutes make no period here: "اليوم" and "أمس" are fixed phrases.</li>
 * </ul>
 */
final class PeriodRule implements TimexRule {
    private final TimeLexicon lexicon;

    PeriodRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        int self = lexicon.cues().start(tokens, i, CueRole.THIS, true);
        int j = self >= 0 ? i + 1 : i;
        UnitWords.Found unit = lexicon.units().match(tokens, j, j == i);
        if (unit == null || !unit.definite()) {
            return null;
        }
        boolean single = unit.number() == GrammaticalNumber.SINGULAR && unit.unit().periodic();
        if (self >= 0) {
            Resolved current = single ? anchor.period(unit.unit(), 0) : null;
            return current == null ? null : Candidate.of(tokens, self, unit.next(), TimexType.DATE, current, null);
        }
        return directed(tokens, unit, single, anchor);
    }

    /** The unit at its start followed by a direction adjective, or null. */
    private Candidate directed(Tokens tokens, UnitWords.Found unit, boolean single, RelativeResolver anchor) {
        Hit<Direction> adjective = lexicon.direction(tokens, unit.next());
        if (adjective == null) {
            return null;
        }
        Direction direction = adjective.value();
        Resolved value = !single ? vague(unit.number(), direction)
                : direction.placesPeriod() ? anchor.period(unit.unit(), direction.offset()) : null;
        return value == null ? null : Candidate.of(tokens, unit.start(), adjective.next(), TimexType.DATE, value, null);
    }

    private static Resolved vague(GrammaticalNumber number, Direction direction) {
        if (number != GrammaticalNumber.PLURAL) {
            return null;
        }
        return switch (direction) {
            case PAST, RECENT -> new Resolved("PAST_REF", false);
            case NEXT -> new Resolved("FUTURE_REF", false);
            default -> null;
        };
    }
}
