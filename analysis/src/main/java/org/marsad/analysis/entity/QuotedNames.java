package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * Short names that name a known actor only between quote marks ({@value #FILE}): "الفرنسية" alone in marks is
 * Agence France-Presse, bare الفرنسية the French state or language.
 *
 * <p>Rules:
 * <ul>
 *   <li>a name is looked up by its normalized words, the marks around it and nothing else between them;</li>
 *   <li>a line whose id the given entries lack is left out, so a knowledge base without it (a test's) reads the file
 *       all the same.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class QuotedNames {
    static final String FILE = "quoted-names.tsv";

    private final Map<String, NameEntry> byName;

    private QuotedNames(Map<String, NameEntry> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The names of {@value #FILE} whose actors are among {@code entries}. */
    static QuotedNames shipped(Collection<NameEntry> entries) {
        Map<String, NameEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.kb(), e));
        Map<String, NameEntry> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(QuotedNames.class, FILE, 2)) {
            NameEntry e = byId.get(row.column(1).strip());
            if (e != null) {
                out.put(ArabicNormalizer.normalize(row.column(0).strip()), e);
            }
        }
        return new QuotedNames(out);
    }

    /** The ids of {@value #FILE} that no entry of {@code entries} has, as "file:line: id". */
    static List<String> unknownIds(Collection<NameEntry> entries) {
        Set<String> ids = entries.stream().map(NameEntry::kb).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(QuotedNames.class, FILE, 2)) {
            if (!ids.contains(row.column(1).strip())) {
                unknown.add(row.file() + ":" + row.line() + ": " + row.column(1).strip());
            }
        }
        return unknown;
    }

    /** The actor that the normalized {@code name} between quote marks names, or null. */
    NameEntry named(String name) {
        return byName.get(name);
    }
}
