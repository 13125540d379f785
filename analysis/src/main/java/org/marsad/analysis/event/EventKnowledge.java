package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * Everything the event tagger knows, compiled once: the event lexicon, the cues of {@code event-cues.tsv} and
 * the sector nouns of {@code sector-cues.tsv}, in one {@link Vocabulary}, plus the sectors of entity subtypes.
 *
 * <p>Rules of compiling:
 * <ul>
 *   <li>Lexicon senses of one lemma and part of speech make one {@link Sense.Trigger}, in file order.</li>
 *   <li>Each OBJECT noun of a sense becomes an {@link Sense.ObjectNoun} with all its noun forms.</li>
 *   <li>A sector noun written with the article is entered without it: the lookup takes the article off.</li>
 * </ul>
 */
final class EventKnowledge {
    static final String CUES = "event-cues.tsv";
    static final String SECTORS = "sector-cues.tsv";
    private static final int MIN_ARTICLE_STEM = 3;
    private final Vocabulary vocabulary;
    private final Map<String, String> sectorBySubtype;

    private EventKnowledge(Vocabulary vocabulary, Map<String, String> sectorBySubtype) {
        this.vocabulary = vocabulary;
        this.sectorBySubtype = sectorBySubtype;
    }

    static EventKnowledge of(EventLexicon lexicon) {
        Vocabulary.Builder b = Vocabulary.builder();
        addLexicon(b, lexicon);
        addCues(b, TsvTable.readResource(EventKnowledge.class, CUES, 3));
        Map<String, String> subtypes = addSectors(b, TsvTable.readResource(EventKnowledge.class, SECTORS, 3));
        return new EventKnowledge(b.build(), Map.copyOf(subtypes));
    }

    Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The sector of organizations of entity subtype {@code subtype}, or null. */
    String sectorOfSubtype(String subtype) {
        return subtype == null ? null : sectorBySubtype.get(subtype.toLowerCase(Locale.ROOT));
    }

    private static void addLexicon(Vocabulary.Builder b, EventLexicon lexicon) {
        Map<String, List<EventEntry>> byLemma = new LinkedHashMap<>();
        for (EventEntry e : lexicon.entries()) {
            byLemma.computeIfAbsent(e.pos() + " " + ArabicNormalizer.normalize(e.lemma()), k -> new ArrayList<>()).add(e);
        }
        Set<String> objects = new HashSet<>();
        for (List<EventEntry> senses : byLemma.values()) {
            EventEntry first = senses.get(0);
            Sense.Trigger trigger = new Sense.Trigger(first.lemma(), first.pos(), senses.stream().map(EventKnowledge::coding).toList());
            if (first.pos() == EventEntry.Pos.VERB) {
                b.verb(first.lemma(), irregular(senses), trigger);
            } else {
                b.noun(first.lemma(), senses.stream().flatMap(s -> s.forms().stream()).toList(), trigger);
            }
            senses.forEach(s -> s.objects().forEach(o -> addObject(b, o, objects)));
        }
    }

    private static String irregular(List<EventEntry> senses) {
        return senses.stream().flatMap(s -> s.forms().stream()).findFirst().orElse(null);
    }

    private static void addObject(Vocabulary.Builder b, String object, Set<String> added) {
        String key = ArabicNormalizer.normalize(object);
        if (added.add(key)) {
            b.noun(key, List.of(), new Sense.ObjectNoun(key));
        }
    }

    private static Sense.Coding coding(EventEntry e) {
        List<Sense.Slot> slots = e.targets().stream().map(EventKnowledge::slot).toList();
        Set<String> objects = new HashSet<>();
        e.objects().forEach(o -> objects.add(ArabicNormalizer.normalize(o)));
        return new Sense.Coding(e, slots, Set.copyOf(objects));
    }

    private static Sense.Slot slot(String target) {
        if (target.equals(EventEntry.OBJECT)) {
            return new Sense.Slot(Sense.Slot.Kind.OBJECT, target);
        }
        if (target.equals(EventEntry.GENITIVE)) {
            return new Sense.Slot(Sense.Slot.Kind.GENITIVE, target);
        }
        if (target.equals(EventEntry.PLACE)) {
            return new Sense.Slot(Sense.Slot.Kind.PLACE, target);
        }
        String word = ArabicNormalizer.normalize(target);
        return new Sense.Slot(word.length() == 1 ? Sense.Slot.Kind.CLITIC : Sense.Slot.Kind.WORD, word);
    }

    private static void addCues(Vocabulary.Builder b, List<TsvTable.Row> rows) {
        for (TsvTable.Row row : rows) {
            CueRole role = enumOf(row, 0, CueRole.class, "cue role");
            Aspect aspect = switch (row.column(1)) {
                case "word" -> Aspect.PARTICLE;
                case "verb" -> Aspect.PERFECT;
                case "noun" -> Aspect.NOUN;
                default -> throw row.error("cue POS must be word, verb or noun, got '" + row.column(1) + "'");
            };
            row.list(2).forEach(cue -> b.phrase(cue, aspect, rest -> new Sense.Cue(role, rest)));
        }
    }

    private static Map<String, String> addSectors(Vocabulary.Builder b, List<TsvTable.Row> rows) {
        Map<String, String> subtypes = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String sector = row.column(0);
            switch (row.column(1)) {
                case "subtype" -> row.list(2).forEach(s -> subtypes.put(s.toLowerCase(Locale.ROOT), sector));
                case "noun", "alone" -> row.list(2).forEach(cue -> b.phrase(withoutArticle(cue), Aspect.NOUN,
                        rest -> new Sense.Sector(sector, row.column(1).equals("alone"), rest)));
                default -> throw row.error("sector kind must be noun, alone or subtype, got '" + row.column(1) + "'");
            }
        }
        return subtypes;
    }

    private static String withoutArticle(String phrase) {
        String p = ArabicNormalizer.normalize(phrase).strip();
        int space = p.indexOf(' ');
        String first = space < 0 ? p : p.substring(0, space);
        boolean strip = first.startsWith(Clitics.ARTICLE_LETTERS) && first.length() - 2 >= MIN_ARTICLE_STEM;
        return strip ? p.substring(2) : p;
    }

    private static <E extends Enum<E>> E enumOf(TsvTable.Row row, int column, Class<E> type, String what) {
        try {
            return Enum.valueOf(type, row.column(column).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error(what + " must be one of " + List.of(type.getEnumConstants()) + ", got '" + row.column(column) + "'");
        }
    }
}
