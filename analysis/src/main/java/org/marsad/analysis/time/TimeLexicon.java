package org.marsad.analysis.time;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.TimexType;

/**
 * Everything the temporal rules know, read from the documented data files beside this class: months,
 * weekdays, number words, units, direction adjectives, modifiers, cue words, parts of the day and fixed
 * phrases.
 *
 * <p>It also keeps the set of words an expression may start with, so that the tagger skips the great
 * majority of tokens with one allocation-free look-up per proclitic reading.
 */
record TimeLexicon(MonthLexicon months, PhraseTable<WeekdayName> weekdays, NumberWords numbers, UnitWords units,
                   PhraseTable<Direction> directions, PhraseTable<Modifier> modifiers, Cues cues,
                   PhraseTable<DayPart> dayParts, PhraseTable<FixedPhrase> phrases, FoldedWordSet starters) {
    /** Cue words that open an expression and so belong to its span. */
    private static final Set<CueRole> OPENING_CUES = EnumSet.of(CueRole.YEAR_NOUN, CueRole.MONTH_NOUN,
            CueRole.DAY_NOUN, CueRole.DAY_ONE, CueRole.AGO, CueRole.LAST, CueRole.EVERY, CueRole.THIS, CueRole.CLOCK);
    private static final int NO_PM = 12;
    /** The most words that lead to a range's end: إلى غاية. */
    private static final int MAX_RANGE_WORDS = 2;

    static TimeLexicon shipped() {
        MonthLexicon months = MonthLexicon.fromRows(rows(MonthLexicon.FILE, 4));
        NumberWords numbers = NumberWords.fromRows(rows(NumberWords.FILE, 3));
        UnitWords units = UnitWords.fromRows(rows(UnitWords.FILE, 4));
        Cues cues = Cues.fromRows(rows(Cues.FILE, 2));
        PhraseTable<WeekdayName> weekdays = table("weekdays.tsv", 3, TimeLexicon::weekday);
        PhraseTable<Direction> directions = table("directions.tsv", 2,
                row -> Columns.enumValue(row, 1, Direction.class));
        PhraseTable<Modifier> modifiers = table("modifiers.tsv", 3, TimeLexicon::modifier);
        PhraseTable<DayPart> dayParts = table("dayparts.tsv", 4, TimeLexicon::dayPart);
        PhraseTable<FixedPhrase> phrases = table("phrases.tsv", 5, TimeLexicon::fixedPhrase);
        Set<String> starters = new HashSet<>(months.firstWords());
        List.of(weekdays, modifiers, dayParts, phrases).forEach(t -> starters.addAll(t.firstWords()));
        List.of(numbers.firstWords(), units.firstWords(), cues.words(OPENING_CUES)).forEach(starters::addAll);
        return new TimeLexicon(months, weekdays, numbers, units, directions, modifiers, cues, dayParts, phrases,
                new FoldedWordSet(starters));
    }

    /** Whether an expression may start at token {@code i}: a number, or a word some reading of which opens one. */
    boolean mayStart(Tokens tokens, int i) {
        if (tokens.isNumber(i)) {
            return true;
        }
        return tokens.isWord(i) && tokens.anyReadingIn(i, starters);
    }

    /**
     * Whether token {@code i} follows a word that makes a number or a month name after it a date: a
     * preposition (في، منذ، خلال...) or a period modifier such as مطلع or نهاية.
     */
    boolean cuedBefore(Tokens tokens, int i) {
        if (i == 0 || !tokens.isWord(i - 1)) {
            return false;
        }
        if (cues.start(tokens, i - 1, CueRole.PREPOSITION, true) >= 0) {
            return true;
        }
        Hit<Modifier> modifier = modifiers.match(tokens, i - 1, true);
        return modifier != null && modifier.next() == i && modifier.value().period();
    }

    /**
     * The token after the words at token {@code i} that lead to a range's end ("إلى غاية", "حتى", "لغاية"), or -1
     * when none stands there.
     */
    int afterRangeEnd(Tokens tokens, int i) {
        int next = i;
        while (next - i < MAX_RANGE_WORDS && cues.start(tokens, next, CueRole.RANGE_END, true) >= 0) {
            next++;
        }
        return next > i ? next : -1;
    }

    /** The direction adjective at token {@code i}, or null. */
    Hit<Direction> direction(Tokens tokens, int i) {
        return directions.match(tokens, i, false);
    }

    /** What a modifier applies to; see {@code modifiers.tsv}. */
    private enum Scope { PERIOD, QUANTITY }

    /** TIMEX3 mods the modifier file may use. */
    private enum Mod { START, MID, END, APPROX, MORE_THAN, LESS_THAN, BEFORE, AFTER }

    private static WeekdayName weekday(TsvTable.Row row) {
        return new WeekdayName(DayOfWeek.of(Columns.integer(row, 1, 1, 7)), Columns.enumValue(row, 2, Alone.class));
    }

    private static Modifier modifier(TsvTable.Row row) {
        String mod = Columns.enumValue(row, 1, Mod.class).name();
        return new Modifier(mod, Columns.enumValue(row, 2, Scope.class) == Scope.PERIOD);
    }

    private static DayPart dayPart(TsvTable.Row row) {
        String part = row.column(1);
        if (!List.of("MO", "MI", "AF", "EV", "NI").contains(part)) {
            throw row.error("part of day must be one of MO, MI, AF, EV, NI, got '" + part + "'");
        }
        String form = row.column(2);
        if (!List.of("NOUN", "ADVERB", "BOTH").contains(form)) {
            throw row.error("form must be NOUN, ADVERB or BOTH, got '" + form + "'");
        }
        int pmFrom = row.column(3).equals("-") ? NO_PM : Columns.integer(row, 3, 0, 11);
        return new DayPart(part, !form.equals("ADVERB"), !form.equals("NOUN"), pmFrom);
    }

    private static FixedPhrase fixedPhrase(TsvTable.Row row) {
        TimexType type = Columns.enumValue(row, 1, TimexType.class);
        FixedPhrase.Kind kind = Columns.enumValue(row, 2, FixedPhrase.Kind.class);
        String argument = row.column(3);
        if (kind == FixedPhrase.Kind.RELATIVE_DAY) {
            Columns.integer(row, 3, -31, 31);
        } else if (kind == FixedPhrase.Kind.RELATIVE_PART && !argument.matches("[+-]?\\d{1,2} (MO|MI|AF|EV|NI)")) {
            throw row.error("RELATIVE_PART argument must be 'offset part', e.g. '-1 NI', got '" + argument + "'");
        }
        String guard = row.column(4);
        if (!guard.equals("-") && !guard.equals("not-before-definite")) {
            throw row.error("guard must be - or not-before-definite, got '" + guard + "'");
        }
        return new FixedPhrase(type, kind, argument, !guard.equals("-"));
    }

    private static <V> PhraseTable<V> table(String file, int columns, Function<TsvTable.Row, V> value) {
        PhraseTable.Builder<V> table = PhraseTable.builder();
        for (TsvTable.Row row : rows(file, columns)) {
            Columns.addPhrase(table, row, value.apply(row));
        }
        return table.build();
    }

    private static List<TsvTable.Row> rows(String file, int columns) {
        return TsvTable.readResource(TimeLexicon.class, file, columns);
    }
}
