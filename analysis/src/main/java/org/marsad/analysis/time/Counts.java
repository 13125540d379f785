package org.marsad.analysis.time;

/**
 * Counted units, the heart of durations: "ثلاثة أيام", "5 سنوات", "خمسة عشر يوما", "عشرين عاما",
 * "يومين", "يوم واحد", "بضعة أشهر".
 *
 * <p>Rules:
 * <ul>
 *   <li>an indefinite cardinal (digits or words) followed by an indefinite unit word of any number;</li>
 *   <li>an indefinite dual alone is two ("شهرين");</li>
 *   <li>a singular unit followed by واحد/واحدة is one;</li>
 *   <li>a count of a cued unit (عقد, also "a contract") stands on its own only after a preposition
 *       ("على مدى ثلاثة عقود"); after منذ، قبل، آخر، كل it is always a count;</li>
 *   <li>after منذ، قبل، آخر، كل a bare singular is one ("منذ عام" = a year ago), unless a number, a definite
 *       word or another expression follows it, which makes it a construct: "منذ عام 2015", "منذ عقد
 *       التسعينات", "منذ يوم الجمعة";</li>
 *   <li>ordinals and definite numbers are no counts here (see {@link DurationRule} for "الأيام الثلاثة").</li>
 * </ul>
 */
final class Counts {
    private static final String ARTICLE = "ال";

    /** {@code value} units (-1 for a vague count), from {@code start} to the token before {@code next}. */
    record Count(int value, Unit unit, int start, int next) {
    }

    private final TimeLexicon lexicon;

    Counts(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** A count standing on its own at token {@code i}, whose first word may carry proclitics. */
    Count free(Tokens tokens, int i) {
        return match(tokens, i, true);
    }

    /** A count right after منذ، قبل، آخر or كل, at token {@code i}. */
    Count afterCue(Tokens tokens, int i) {
        return match(tokens, i, false);
    }

    private Count match(Tokens tokens, int i, boolean free) {
        UnitWords.Found unit = lexicon.units().match(tokens, i, free);
        if (unit != null) {
            return unit.definite() ? null : unitFirst(tokens, unit, free);
        }
        NumberWords.Number n = lexicon.numbers().parse(tokens, i, free);
        if (n == null || n.ordinal() || n.definite() || n.value() == 0) {
            return null;
        }
        UnitWords.Found counted = lexicon.units().match(tokens, n.next(), false);
        if (counted == null || counted.definite() || (free && counted.cued() && !lexicon.cuedBefore(tokens, i))) {
            return null;
        }
        return new Count(n.value(), counted.unit(), n.start(), counted.next());
    }

    private Count unitFirst(Tokens tokens, UnitWords.Found unit, boolean free) {
        if (free && unit.cued() && !lexicon.cuedBefore(tokens, unit.next() - 1)) {
            return null;
        }
        if (unit.number() == GrammaticalNumber.DUAL) {
            return new Count(2, unit.unit(), unit.start(), unit.next());
        }
        if (unit.number() != GrammaticalNumber.SINGULAR) {
            return null;
        }
        int j = unit.next();
        NumberWords.Number one = tokens.isWord(j) ? lexicon.numbers().parse(tokens, j, false) : null;
        if (one != null && one.value() == 1 && !one.ordinal() && !one.definite()) {
            return new Count(1, unit.unit(), unit.start(), one.next());
        }
        return !free && standsAlone(tokens, unit.next()) ? new Count(1, unit.unit(), unit.start(), unit.next()) : null;
    }

    /** Whether nothing at token {@code j} makes the singular before it a construct ("منذ عام 2015"). */
    private boolean standsAlone(Tokens tokens, int j) {
        if (tokens.isNumber(j)) {
            return false;
        }
        return !tokens.isWord(j) || !(tokens.form(j).startsWith(ARTICLE) || lexicon.mayStart(tokens, j));
    }
}
