package org.marsad.analysis.entity;

import java.util.HashMap;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;

/**
 * Reads an acronym spelt out in the Arabic names of Latin letters ({@value #FILE}): "بي إم دبليو" is BMW, "يو إس
 * بي" USB, "بي.إم.آي" BMI.
 *
 * <p>Rules: the name's words, parted at spaces and full stops, must all be letters' names, and two at least (a
 * lone بي or في is a word); an acronym the file lists whole takes its listed spelling (بي is B, but جي بي إس is
 * GPS); any other runs its letters together in capitals.
 */
final class SpeltLetters {
    static final String FILE = "spelt-letters.tsv";
    /** The letters' names and, under their names parted by single spaces, the acronyms of listed spelling (GPS). */
    private static final Map<String, String> SPELLINGS = load();

    private SpeltLetters() {
    }

    /**
     * The Latin capitals of {@code name} (diacritics and tatweel left out) when it is an acronym spelt out, or null.
     */
    static String acronym(String name) {
        String[] parts = name.strip().split("[\\s.]+");
        if (parts.length < 2) {
            return null;
        }
        String listed = SPELLINGS.get(String.join(" ", parts));
        if (listed != null) {
            return listed;
        }
        StringBuilder capitals = new StringBuilder(parts.length);
        for (String part : parts) {
            String letter = SPELLINGS.get(part);
            if (letter == null) {
                return null;
            }
            capitals.append(letter);
        }
        return capitals.toString();
    }

    private static Map<String, String> load() {
        Map<String, String> letters = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(SpeltLetters.class, FILE, 2)) {
            if (letters.put(row.column(0), row.column(1)) != null) {
                throw row.error("'" + row.column(0) + "' is listed twice");
            }
        }
        return Map.copyOf(letters);
    }
}
