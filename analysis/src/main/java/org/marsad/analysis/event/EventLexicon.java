package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EventMode;
import org.marsad.text.ArabicNormalizer;

/**
 * The event words Marsad knows, from {@code event-lexicon.tsv} (whose header documents the columns) and any user
 * file in the same layout.
 *
 * <p>Rules of reading:
 * <ul>
 *   <li>Ten tab-separated columns: LEMMA, POS, PLOVER, CAMEO, TARGET, OBJECT, FORMS, MODE, FROM, GLOSS; {@code -}
 *       stands for an empty list or no mode.</li>
 *   <li>POS is {@code verb} or {@code noun}; PLOVER one of {@link Plover}; CAMEO a code under one of the PLOVER
 *       type's roots, with a Goldstein score; TARGET slots are {@value EventEntry#OBJECT}, {@value
 *       EventEntry#GENITIVE}, {@value EventEntry#PLACE} or a preposition; MODE is {@code planned}, {@code denied}
 *       or {@code -}.</li>
 *   <li>A bad line is refused with its file, line and the offending value.</li>
 * </ul>
 */
public final class EventLexicon {
    static final String FILE = "event-lexicon.tsv";
    static final int COLUMNS = 10;
    private static final String NONE = "-";
    /** Prepositions a target may follow: free words, then the clitics ب and ل. */
    static final Set<String> PREPOSITIONS = Stream.of("مع", "على", "إلى", "من", "عن", "ضد", "بين", "لدى", "في", "نحو",
            "قرب", "أمام", "ب", "ل").map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    private final List<EventEntry> entries;

    private EventLexicon(List<EventEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The lexicon shipped with Marsad. */
    public static EventLexicon shipped() {
        return of(TsvTable.readResource(EventLexicon.class, FILE, COLUMNS), GoldsteinScale.shipped());
    }

    /** A lexicon read from {@code content} in the shipped layout; {@code file} names it in error messages. */
    public static EventLexicon parse(String content, String file) {
        return of(TsvTable.parse(content, file, COLUMNS), GoldsteinScale.shipped());
    }

    static EventLexicon of(List<TsvTable.Row> rows, GoldsteinScale scale) {
        List<EventEntry> entries = new ArrayList<>(rows.size());
        for (TsvTable.Row row : rows) {
            entries.add(entry(row, scale));
        }
        return new EventLexicon(entries);
    }

    /** This lexicon followed by {@code more}: for one lemma, this lexicon's senses are tried first. */
    public EventLexicon plus(EventLexicon more) {
        List<EventEntry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new EventLexicon(all);
    }

    public List<EventEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    private static EventEntry entry(TsvTable.Row row, GoldsteinScale scale) {
        EventEntry.Pos pos = choice(row, 1, EventEntry.Pos.class, "part of speech");
        Plover plover = choice(row, 2, Plover.class, "PLOVER type");
        String cameo = row.column(3);
        if (!GoldsteinScale.isWellFormed(cameo)) {
            throw row.error("CAMEO code must be 2 to 4 digits, got '" + cameo + "'");
        }
        List<String> targets = targets(row, pos);
        try {
            return new EventEntry(row.column(0), pos, plover, cameo, scale.of(cameo), targets, list(row, 5),
                    list(row, 6), mode(row), row.column(8), row.column(9));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static <E extends Enum<E>> E choice(TsvTable.Row row, int column, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, row.column(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error(what + " must be one of " + List.of(type.getEnumConstants()) + ", got '" + row.column(column) + "'");
        }
    }

    private static List<String> targets(TsvTable.Row row, EventEntry.Pos pos) {
        List<String> targets = list(row, 4);
        for (String t : targets) {
            boolean slot = t.equals(EventEntry.OBJECT) ? pos == EventEntry.Pos.VERB
                    : t.equals(EventEntry.GENITIVE) || t.equals(EventEntry.PLACE) ? pos == EventEntry.Pos.NOUN
                    : PREPOSITIONS.contains(ArabicNormalizer.normalize(t));
            if (!slot) {
                throw row.error("target must be obj (verbs), gen or place (nouns) or a preposition, got '" + t + "'");
            }
        }
        return targets;
    }

    private static EventMode mode(TsvTable.Row row) {
        return switch (row.column(7)) {
            case NONE -> EventMode.ASSERTED;
            case "planned" -> EventMode.PLANNED;
            case "denied" -> EventMode.DENIED;
            default -> throw row.error("mode must be planned, denied or -, got '" + row.column(7) + "'");
        };
    }

    private static List<String> list(TsvTable.Row row, int column) {
        return row.column(column).equals(NONE) ? List.of() : row.list(column);
    }
}
