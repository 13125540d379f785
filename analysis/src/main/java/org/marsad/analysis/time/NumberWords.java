package org.marsad.analysis.time;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;

/**
 * Numbers written in digits or in words ({@code numbers.tsv}).
 *
 * <p>Rules:
 * <ul>
 *   <li>a digit token is its value ("24", "٢٤"); written with the article ("الـ24") it is definite;</li>
 *   <li>a word is looked up as ORDINAL, ORDINAL_HEAD, CARDINAL, CARDINAL_HEAD, then as "ال" + CARDINAL
 *       ("الثلاثة", definite);</li>
 *   <li>a unit 1..9 followed by a TEEN word is 11..19 ("الحادي عشر", "خمسة عشر");</li>
 *   <li>a unit 1..9 followed by و and a tens word 20..90 is 21..99 ("الحادي والعشرين", "خمسة وعشرين");</li>
 *   <li>a compound is ordinal when its first word is; a HEAD word never stands alone;</li>
 *   <li>a vague quantity ("بضعة") has value -1.</li>
 * </ul>
 */
final class NumberWords {
    static final String FILE = "numbers.tsv";
    private static final String ARTICLE = "ال";

    enum Kind { CARDINAL, ORDINAL, TEEN, CARDINAL_HEAD, ORDINAL_HEAD }

    /** A number found at some tokens. */
    record Number(int value, boolean ordinal, boolean definite, int start, int next) {
    }

    private record Atom(int value, boolean ordinal, boolean head, boolean definite) {
    }

    private final Map<Kind, Map<String, Integer>> byKind;

    private NumberWords(Map<Kind, Map<String, Integer>> byKind) {
        this.byKind = byKind;
    }

    static NumberWords fromRows(List<TsvTable.Row> rows) {
        Map<Kind, Map<String, Integer>> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            byKind.put(kind, new HashMap<>());
        }
        for (TsvTable.Row row : rows) {
            int value = row.column(1).equals("X") ? -1 : Columns.integer(row, 1, 0, 1_000_000);
            Integer old = byKind.get(Columns.enumValue(row, 2, Kind.class)).put(Folding.fold(row.column(0)), value);
            if (old != null && old != value) {
                throw row.error("'" + row.column(0) + "' is listed earlier with value " + old);
            }
        }
        byKind.replaceAll((kind, map) -> Map.copyOf(map));
        return new NumberWords(byKind);
    }

    /** Words that may open a number: every kind but TEEN, and the definite cardinals. */
    Set<String> firstWords() {
        Set<String> words = new HashSet<>();
        byKind.forEach((kind, map) -> {
            if (kind != Kind.TEEN) {
                words.addAll(map.keySet());
            }
        });
        byKind.get(Kind.CARDINAL).keySet().forEach(w -> words.add(ARTICLE + w));
        return words;
    }

    /** The number at token {@code i}, proclitics of a word stripped if {@code clitics}; null if none. */
    Number parse(Tokens tokens, int i, boolean clitics) {
        if (tokens.isNumber(i)) {
            int value = tokens.value(i);
            return value < 0 ? null : new Number(value, false, tokens.definite(i), tokens.start(i), i + 1);
        }
        if (!tokens.isWord(i)) {
            return null;
        }
        Reading[] readings = tokens.readings(i, clitics);
        for (int r = 0; r < readings.length; r++) {
            Number n = word(tokens, i, readings[r]);
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private Number word(Tokens tokens, int i, Reading reading) {
        Atom atom = atom(reading.stem());
        if (atom == null) {
            return null;
        }
        Number compound = compound(tokens, i + 1, atom, reading.start());
        if (compound != null) {
            return compound;
        }
        return atom.head() ? null : new Number(atom.value(), atom.ordinal(), atom.definite(), reading.start(), i + 1);
    }

    private Atom atom(String stem) {
        Integer v;
        if ((v = get(Kind.ORDINAL, stem)) != null || (v = get(Kind.ORDINAL_HEAD, stem)) != null) {
            return new Atom(v, true, get(Kind.ORDINAL, stem) == null, true);
        }
        if ((v = get(Kind.CARDINAL, stem)) != null || (v = get(Kind.CARDINAL_HEAD, stem)) != null) {
            return new Atom(v, false, get(Kind.CARDINAL, stem) == null, false);
        }
        boolean article = stem.startsWith(ARTICLE);
        v = article ? get(Kind.CARDINAL, stem.substring(ARTICLE.length())) : null;
        return v == null ? null : new Atom(v, false, false, true);
    }

    /** The compound that unit {@code unit} opens with the word at {@code j}, or null. */
    private Number compound(Tokens tokens, int j, Atom unit, int start) {
        if (unit.value() < 1 || unit.value() > 9 || !tokens.isWord(j)) {
            return null;
        }
        String word = tokens.form(j);
        Integer add = get(Kind.TEEN, word);
        if (add == null && word.startsWith("و")) {
            add = tens(word.substring(1));
        }
        return add == null ? null : new Number(unit.value() + add, unit.ordinal(), unit.definite(), start, j + 1);
    }

    private Integer tens(String word) {
        Integer v = get(Kind.CARDINAL, word);
        if (v == null) {
            v = get(Kind.ORDINAL, word);
        }
        if (v == null && word.startsWith(ARTICLE)) {
            v = get(Kind.CARDINAL, word.substring(ARTICLE.length()));
        }
        return v != null && v >= 20 && v <= 90 && v % 10 == 0 ? v : null;
    }

    private Integer get(Kind kind, String word) {
        return byKind.get(kind).get(word);
    }
}
