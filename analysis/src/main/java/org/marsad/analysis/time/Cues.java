package org.marsad.analysis.time;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;

/** The single-word function words of {@code cues.tsv}, each with one or more {@link CueRole roles}. */
final class Cues {
    static final String FILE = "cues.tsv";

    private final Map<String, Set<CueRole>> roles;

    private Cues(Map<String, Set<CueRole>> roles) {
        this.roles = roles;
    }

    static Cues fromRows(List<TsvTable.Row> rows) {
        Map<String, Set<CueRole>> roles = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String word = Folding.fold(row.column(0));
            if (word.isEmpty() || word.contains(" ")) {
                throw row.error("a cue must be one word, got '" + row.column(0) + "'");
            }
            CueRole role = Columns.enumValue(row, 1, CueRole.class);
            roles.computeIfAbsent(word, w -> EnumSet.noneOf(CueRole.class)).add(role);
        }
        roles.replaceAll((word, set) -> Set.copyOf(set));
        return new Cues(Map.copyOf(roles));
    }

    /** The words having any of {@code wanted}. */
    Set<String> words(Set<CueRole> wanted) {
        Set<String> words = new HashSet<>();
        roles.forEach((word, set) -> {
            if (set.stream().anyMatch(wanted::contains)) {
                words.add(word);
            }
        });
        return words;
    }

    /** Where the cue of {@code role} at token {@code i} starts, proclitics stripped if {@code clitics}; else -1. */
    int start(Tokens tokens, int i, CueRole role, boolean clitics) {
        if (!tokens.isWord(i)) {
            return -1;
        }
        Reading[] readings = tokens.readings(i, clitics);
        for (int r = 0; r < readings.length; r++) {
            Set<CueRole> set = roles.get(readings[r].stem());
            if (set != null && set.contains(role)) {
                return readings[r].start();
            }
        }
        return -1;
    }

    /** Whether token {@code i}, as written, is a cue of {@code role}. */
    boolean is(Tokens tokens, int i, CueRole role) {
        return start(tokens, i, role, false) >= 0;
    }
}
