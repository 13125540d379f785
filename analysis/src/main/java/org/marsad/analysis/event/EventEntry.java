package org.marsad.analysis.event;

import java.util.List;
import org.marsad.article.EventMode;

/**
 * One sense of an event word: a line of the event lexicon.
 *
 * @param lemma     the perfect third person masculine singular of a verb, or the singular of a noun, as written
 * @param cameo     the nearest CAMEO event code
 * @param goldstein the Goldstein score of {@code cameo}
 * @param targets   where the target is, in order of preference: {@value #OBJECT}, {@value #GENITIVE},
 *                  {@value #PLACE}, a preposition (مع، على، إلى...) or a clitic preposition (ب، ل)
 * @param objects   nouns one of which must follow in the clause for this sense to apply; empty for none
 * @param forms     irregular forms: a verb's imperfect, a noun's broken plurals
 * @param mode      {@link EventMode#PLANNED} or {@link EventMode#DENIED} when the word itself says so, else
 *                  {@link EventMode#ASSERTED}
 * @param from      provenance: {@code petrarch-ar:LINE} or {@code marsad}
 */
public record EventEntry(String lemma, Pos pos, Plover plover, String cameo, double goldstein, List<String> targets,
                         List<String> objects, List<String> forms, EventMode mode, String from, String gloss) {
    /** The target slot of a verb's direct object. */
    public static final String OBJECT = "obj";
    /** The target slot of a noun whose genitive is its patient (اعتقال المعارض). */
    public static final String GENITIVE = "gen";
    /** The target slot of a noun whose genitive is its target when it names a place (زيارة سوريا), else its source. */
    public static final String PLACE = "place";

    /** Part of speech of an event word. */
    public enum Pos { VERB, NOUN }

    public EventEntry {
        if (lemma == null || lemma.isBlank()) {
            throw new IllegalArgumentException("lemma must not be blank, got '" + lemma + "'");
        }
        if (pos == null || plover == null || mode == null) {
            throw new IllegalArgumentException("entry '" + lemma + "' needs a part of speech, a PLOVER type and a mode");
        }
        if (!plover.covers(cameo)) {
            throw new IllegalArgumentException("CAMEO code '" + cameo + "' of '" + lemma + "' lies outside the roots "
                    + plover.cameoRoots() + " of " + plover);
        }
        targets = List.copyOf(targets);
        objects = List.copyOf(objects);
        forms = List.copyOf(forms);
    }
}
