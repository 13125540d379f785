package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * The persons a blessing said of one person alone names ({@value #FILE}): "محمد صلى الله عليه وسلم" is the Prophet,
 * whoever else is called Muhammad.
 *
 * <p>Rules:
 * <ul>
 *   <li>a blessing names its person right after a name, with spaces, brackets or dashes between ("محمد (صلى الله عليه
 *       وسلم)", "محمد - صلى الله عليه وسلم -");</li>
 *   <li>its words are compared after Arabic normalization (ﷺ is صلى الله عليه وسلم), and must follow each other
 *       with spaces between;</li>
 *   <li>a blessing whose person the knowledge base lacks (a test's) names no one.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class BlessedNames {
    static final String FILE = "blessed-names.tsv";
    /** What may stand between a name and its blessing. */
    private static final String BETWEEN = " \t\n()-–—ـ";

    /** How far after a name a blessing may end. */
    private static final int WINDOW = 40;

    /** Each blessing, normalized with single spaces between its words, and the person it names. */
    private final Map<String, NameEntry> persons;

    private BlessedNames(Map<String, NameEntry> persons) {
        this.persons = Map.copyOf(persons);
    }

    /** The blessings of {@value #FILE} whose persons are among {@code entries}. */
    static BlessedNames shipped(Collection<NameEntry> entries) {
        Map<String, NameEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.kb(), e));
        Map<String, NameEntry> persons = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(BlessedNames.class, FILE, 2)) {
            NameEntry person = byId.get(row.column(1));
            if (person != null) {
                persons.putIfAbsent(spaced(row.column(0)), person); // ﷺ is صلى الله عليه وسلم once normalized
            }
        }
        return new BlessedNames(persons);
    }

    /** The ids of {@value #FILE} that no entry of {@code entries} has, as "file:line: id". */
    static List<String> unknownIds(Collection<NameEntry> entries) {
        List<String> unknown = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(BlessedNames.class, FILE, 2)) {
            if (entries.stream().noneMatch(e -> e.kb().equals(row.column(1)))) {
                unknown.add(row.file() + ":" + row.line() + ": " + row.column(1));
            }
        }
        return unknown;
    }

    /** The person a blessing right after {@code nameEnd} in {@code text} names, or null. */
    NameEntry after(String text, int nameEnd) {
        int at = nameEnd;
        while (at < text.length() && BETWEEN.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (at == nameEnd && at < text.length() && Character.isLetter(text.charAt(at))) {
            return null; // the name goes on
        }
        String after = spaced(text.substring(at, Math.min(text.length(), at + WINDOW)));
        for (Map.Entry<String, NameEntry> blessing : persons.entrySet()) {
            String words = blessing.getKey();
            if (after.startsWith(words) && (after.length() == words.length() || !Character.isLetter(after.charAt(words.length())))) {
                return blessing.getValue();
            }
        }
        return null;
    }

    /** {@code text} normalized, each run of spaces one space. */
    private static String spaced(String text) {
        return ArabicNormalizer.normalize(text).strip().replaceAll("\\s+", " ");
    }
}
