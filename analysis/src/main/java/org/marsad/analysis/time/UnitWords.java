package org.marsad.analysis.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;

/**
 * Words for units of time ({@code units.tsv}), indefinite or with the article ("أيام", "الأيام").
 */
final class UnitWords {
    static final String FILE = "units.tsv";
    private static final String ARTICLE = "ال";

    private record Form(Unit unit, GrammaticalNumber number, boolean cued) {
    }

    /**
     * A unit word found at a token; {@code cued} if a count of it is a duration only where time is already
     * in question (see {@code units.tsv}).
     */
    record Found(Unit unit, GrammaticalNumber number, boolean definite, boolean cued, int start, int next) {
        /** Whether this is the definite singular of {@code wanted}: "القرن", "العام". */
        boolean isThe(Unit wanted) {
            return unit == wanted && definite && number == GrammaticalNumber.SINGULAR;
        }
    }

    private final Map<String, Form> forms;

    private UnitWords(Map<String, Form> forms) {
        this.forms = forms;
    }

    static UnitWords fromRows(List<TsvTable.Row> rows) {
        Map<String, Form> forms = new HashMap<>();
        for (TsvTable.Row row : rows) {
            Unit unit = Columns.enumValue(row, 1, Unit.class);
            GrammaticalNumber number = Columns.enumValue(row, 2, GrammaticalNumber.class);
            Form form = new Form(unit, number, Columns.enumValue(row, 3, Alone.class) != Alone.YES);
            Form old = forms.put(Folding.fold(row.column(0)), form);
            if (old != null && !old.equals(form)) {
                throw row.error("'" + row.column(0) + "' is listed earlier as " + old);
            }
        }
        return new UnitWords(Map.copyOf(forms));
    }

    /** Every form, indefinite and definite. */
    Set<String> firstWords() {
        Set<String> words = new HashSet<>(forms.keySet());
        forms.keySet().forEach(w -> words.add(ARTICLE + w));
        return words;
    }

    /** The unit word at token {@code i}, proclitics stripped if {@code clitics}; null if none. */
    Found match(Tokens tokens, int i, boolean clitics) {
        if (!tokens.isWord(i)) {
            return null;
        }
        Reading[] readings = tokens.readings(i, clitics);
        for (int r = 0; r < readings.length; r++) {
            Found found = found(readings[r], i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The unit word that {@code reading} of token {@code i} is, as written or after the article; or null. */
    private Found found(Reading reading, int i) {
        String stem = reading.stem();
        Form form = forms.get(stem);
        boolean definite = form == null && stem.startsWith(ARTICLE);
        if (definite) {
            form = forms.get(stem.substring(ARTICLE.length()));
        }
        if (form == null) {
            return null;
        }
        return new Found(form.unit(), form.number(), definite, form.cued(), reading.start(), i + 1);
    }
}
