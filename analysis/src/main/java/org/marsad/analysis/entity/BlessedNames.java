package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The letters the blessings open with as written (ص، ﷺ): most names are followed by none of them. */
    private final String firstLetters;
    /** The blessings written as one sign (ﷺ), and the last words of the others, normalized (وسلم). */
    private final Set<String> signs;
    private final Set<String> lastWords;

    private BlessedNames(Map<String, NameEntry> persons, String firstLetters, Set<String> signs, Set<String> lastWords) {
        this.persons = Map.copyOf(persons);
        this.firstLetters = firstLetters;
        this.signs = Set.copyOf(signs);
        this.lastWords = Set.copyOf(lastWords);
    }

    /** The blessings of {@value #FILE} whose persons are among {@code entries}. */
    static BlessedNames shipped(Collection<NameEntry> entries) {
        Map<String, NameEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.kb(), e));
        Map<String, NameEntry> persons = new HashMap<>();
        StringBuilder firstLetters = new StringBuilder();
        Set<String> signs = new HashSet<>();
        Set<String> lastWords = new HashSet<>();
        for (TsvTable.Row row : TsvTable.readResource(BlessedNames.class, FILE, 2)) {
            NameEntry person = byId.get(row.column(1));
            if (person != null) {
                String blessing = row.column(0).strip();
                persons.putIfAbsent(spaced(blessing), person); // ﷺ is صلى الله عليه وسلم once normalized
                firstLetters.append(blessing.charAt(0));
                if (blessing.length() == 1) {
                    signs.add(blessing);
                } else {
                    String[] words = spaced(blessing).split(" ");
                    lastWords.add(words[words.length - 1]);
                }
            }
        }
        return new BlessedNames(persons, firstLetters.toString(), signs, lastWords);
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
        int at = blessingStart(text, nameEnd);
        if (at < 0) {
            return null;
        }
        String after = spaced(text.substring(at, Math.min(text.length(), at + WINDOW)));
        for (Map.Entry<String, NameEntry> blessing : persons.entrySet()) {
            String words = blessing.getKey();
            if (after.startsWith(words)
                    && (after.length() == words.length() || !Character.isLetter(after.charAt(words.length())))) {
                return blessing.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a blessing may stand in {@code text}, whose normalized words are {@code norm}: one written as a sign, or
     * the last word of another. Most articles hold none.
     */
    boolean mayOccurIn(String text, List<String> norm) {
        for (String sign : signs) {
            if (text.contains(sign)) {
                return true;
            }
        }
        if (!lastWords.isEmpty()) {
            for (String word : norm) {
                if (lastWords.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where a blessing may start after a name ending at {@code nameEnd}: past spaces, brackets and dashes, at a letter
     * a blessing opens with; -1 when none may (most names), or when the name goes on there.
     */
    int blessingStart(String text, int nameEnd) {
        int at = nameEnd;
        while (at < text.length() && BETWEEN.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        boolean may = at < text.length() && firstLetters.indexOf(text.charAt(at)) >= 0
                && !(at == nameEnd && Character.isLetter(text.charAt(at)));
        return may ? at : -1;
    }

    /** {@code text} normalized, each run of spaces one space. */
    private static String spaced(String text) {
        return ArabicNormalizer.normalize(text).strip().replaceAll("\\s+", " ");
    }
}
