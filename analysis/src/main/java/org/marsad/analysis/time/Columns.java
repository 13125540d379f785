package org.marsad.analysis.time;

import java.util.Arrays;
import java.util.Locale;
import org.marsad.analysis.data.TsvTable;

/** Typed columns of the data files, with errors that name file, line and the bad value. */
final class Columns {
    private Columns() {
    }

    static <E extends Enum<E>> E enumValue(TsvTable.Row row, int column, Class<E> type) {
        String raw = row.column(column);
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw row.error("column " + (column + 1) + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + raw + "'");
        }
    }

    static int integer(TsvTable.Row row, int column, int min, int max) {
        String raw = row.column(column);
        try {
            int value = Integer.parseInt(raw.startsWith("+") ? raw.substring(1) : raw);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw row.error("column " + (column + 1) + " must be an integer within " + min + ".." + max
                + ", got '" + raw + "'");
    }

    /** Adds {@code value} under the phrase in column 0, refusing a phrase that the file already gave another value. */
    static <V> void addPhrase(PhraseTable.Builder<V> table, TsvTable.Row row, V value) {
        if (!table.add(row.column(0), value)) {
            throw row.error("'" + row.column(0) + "' is listed earlier with another value");
        }
    }
}
