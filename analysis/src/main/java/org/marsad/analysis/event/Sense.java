package org.marsad.analysis.event;

import java.util.List;
import java.util.Set;

/** What a vocabulary form means to the event tagger: an event word, a cue, a sector noun or an object noun. */
sealed interface Sense {

    /** The words after the first of a multi-word cue (في حال → حال), normalized; empty for one word. */
    default List<String> rest() {
        return List.of();
    }

    /** An event word, with its senses in lexicon order. */
    record Trigger(String lemma, EventEntry.Pos pos, List<Coding> codings) implements Sense {
    }

    /** A mode or structure cue of {@code event-cues.tsv}. */
    record Cue(CueRole role, List<String> rest) implements Sense {
    }

    /** A sector noun of {@code sector-cues.tsv}; {@code alone} when it names an actor without a country. */
    record Sector(String sector, boolean alone, List<String> rest) implements Sense {
    }

    /** A noun some sense needs as its object ({@code key}: the normalized noun as the lexicon lists it). */
    record ObjectNoun(String key) implements Sense {
    }

    /** One lexicon sense compiled for tagging: its target slots and object keys. */
    record Coding(EventEntry entry, List<Slot> slots, Set<String> objects) {
    }

    /**
     * Where a target is: the direct object, the genitive, the genitive when it is a place, after a free
     * preposition, or after a clitic one.
     */
    record Slot(Kind kind, String word) {
        enum Kind { OBJECT, GENITIVE, PLACE, WORD, CLITIC }
    }
}
