package org.marsad.analysis.time;

import java.time.DateTimeException;
import org.marsad.article.TimexType;

/**
 * Years on their own: "سنة 2021", "عام 1948", "العام 2021", "في 2021", "مطلع 2022", "1443 هـ", "2021م".
 *
 * <p>Rules:
 * <ul>
 *   <li>عام، سنة، العام، السنة followed by a three- or four-digit number is a year, the noun in the span;</li>
 *   <li>a four-digit number followed by an era word (هـ، هجري، م، ميلادي) is a year of that calendar; a
 *       shorter one is not ("387 م د" is 387 million dinars);</li>
 *   <li>a bare four-digit number 1900..2100 is a year only right after a preposition (في، منذ، خلال، حتى،
 *       بحلول، طوال) or a START/MID/END modifier, and not before a unit word ("خلال 2000 عام"); the
 *       preposition stays out of the span. Anywhere else a four-digit number is a quantity;</li>
 *   <li>a Hijri year is valued as the Gregorian year holding its middle (see {@link CalendarSystem}).</li>
 * </ul>
 */
final class YearRule implements TimexRule {
    private static final int BARE_DIGITS = 4;
    private static final int BARE_MIN = 1900;
    private static final int BARE_MAX = 2100;

    private final TimeLexicon lexicon;
    private final Years years;

    YearRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        this.years = new Years(lexicon.cues());
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        int noun = lexicon.cues().start(tokens, i, CueRole.YEAR_NOUN, true);
        if (noun >= 0) {
            Years.Year year = years.at(tokens, i + 1);
            return year == null ? null : candidate(tokens, noun, year);
        }
        Years.Year year = years.at(tokens, i);
        if (year == null) {
            return null;
        }
        boolean withEra = year.era() != null && tokens.digits(i) == BARE_DIGITS;
        return withEra || isBareYear(tokens, i, year.value()) ? candidate(tokens, tokens.start(i), year) : null;
    }

    private boolean isBareYear(Tokens tokens, int i, int value) {
        boolean plausible = tokens.digits(i) == BARE_DIGITS && value >= BARE_MIN && value <= BARE_MAX;
        return plausible && lexicon.cuedBefore(tokens, i) && lexicon.units().match(tokens, i + 1, false) == null;
    }

    private static Candidate candidate(Tokens tokens, int start, Years.Year year) {
        try {
            Resolved value = new Resolved(year.calendar().yearValue(year.value()), false);
            return Candidate.of(tokens, start, year.next(), TimexType.DATE, value, null);
        } catch (DateTimeException impossible) {
            return null;
        }
    }
}
