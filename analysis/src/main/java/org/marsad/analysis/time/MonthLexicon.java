package org.marsad.analysis.time;

import java.util.List;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;

/**
 * Month names of every calendar system ({@code months.tsv}), found singly or as the pairs news writes.
 *
 * <p>Rules:
 * <ul>
 *   <li>a name, possibly of several words ("كانون الأول"), is looked up after folding;</li>
 *   <li>two names of the same month joined by "/" or "-" ("كانون الأول/ ديسمبر", "يوليو/ تموز"), the
 *       second in brackets ("ديسمبر (كانون الأول)") or simply following ("سبتمبر أيلول") are one month: the
 *       pair is a single expression, so an event dated by it is dated once;</li>
 *   <li>two names of different months are no pair: "يناير/ فبراير" keeps only the first here.</li>
 * </ul>
 */
final class MonthLexicon {
    static final String FILE = "months.tsv";

    /** A month found at some tokens: the month, whether it was a pair, where it starts, the token after it. */
    record Found(MonthName month, boolean paired, int start, int next) {
    }

    private final PhraseTable<MonthName> names;

    private MonthLexicon(PhraseTable<MonthName> names) {
        this.names = names;
    }

    static MonthLexicon fromRows(List<TsvTable.Row> rows) {
        PhraseTable.Builder<MonthName> names = PhraseTable.builder();
        for (TsvTable.Row row : rows) {
            CalendarSystem calendar = Columns.enumValue(row, 1, CalendarSystem.class);
            int number = Columns.integer(row, 2, 1, 12);
            MonthName month = new MonthName(calendar, number, Columns.enumValue(row, 3, Alone.class));
            Columns.addPhrase(names, row, month);
        }
        return new MonthLexicon(names.build());
    }

    Set<String> firstWords() {
        return names.firstWords();
    }

    /** The month, single or paired, at token {@code i}; proclitics stripped if {@code clitics}. */
    Found find(Tokens tokens, int i, boolean clitics) {
        Hit<MonthName> first = names.match(tokens, i, clitics);
        if (first == null) {
            return null;
        }
        int next = partnerEnd(tokens, first);
        return new Found(first.value(), next > 0, first.start(), next > 0 ? next : first.next());
    }

    /** The token after the paired name that follows {@code first}, or -1 when there is none. */
    private int partnerEnd(Tokens tokens, Hit<MonthName> first) {
        int j = first.next();
        boolean bracket = tokens.isPunct(j, '(');
        boolean joined = bracket || tokens.isPunct(j, '/') || tokens.isPunct(j, '-');
        Hit<MonthName> second = names.match(tokens, joined ? j + 1 : j, false);
        if (second == null || !second.value().sameMonth(first.value())) {
            return -1;
        }
        if (!bracket) {
            return second.next();
        }
        return tokens.isPunct(second.next(), ')') ? second.next() + 1 : -1;
    }
}
