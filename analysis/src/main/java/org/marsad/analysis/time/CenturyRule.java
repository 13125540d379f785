package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * Numbered centuries: "القرن الحادي والعشرين" ("20"), "القرن العشرين" ("19"), "القرن الـ21", "القرن الثامن
 * عشر الميلادي".
 *
 * <p>Rules: the definite singular century word, then an ordinal or cardinal 1..30 in words or digits, then an
 * optional Gregorian era word. The TIMEX3 value is the century's two leading digits, one less than its
 * ordinal (the 21st century is 2000–2099, "20"). A Hijri century ("القرن الرابع عشر الهجري") has no
 * Gregorian value and is refused. "القرن الماضي" is a {@link PeriodRule period}.
 */
final class CenturyRule implements TimexRule {
    private static final int MAX_CENTURY = 30;

    private final TimeLexicon lexicon;

    CenturyRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        UnitWords.Found unit = lexicon.units().match(tokens, i, true);
        boolean century = unit != null && unit.isThe(Unit.CENTURY);
        NumberWords.Number n = century ? lexicon.numbers().parse(tokens, unit.next(), false) : null;
        if (n == null || n.value() < 1 || n.value() > MAX_CENTURY) {
            return null;
        }
        if (lexicon.cues().is(tokens, n.next(), CueRole.HIJRI_ERA)) {
            return null;
        }
        int next = lexicon.cues().is(tokens, n.next(), CueRole.GREGORIAN_ERA) ? n.next() + 1 : n.next();
        Resolved value = new Resolved(Timex.pad(n.value() - 1, 2), false);
        return Candidate.of(tokens, unit.start(), next, TimexType.DATE, value, null);
    }
}
