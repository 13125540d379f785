package org.marsad.analysis.event;

import org.marsad.article.EventMode;

/**
 * Whether an event is said to have happened, or only planned, negated, supposed or denied.
 *
 * <p>Rules, first match wins:
 * <ol>
 *   <li>NEGATED: a negation right before the event word (لم وقعت، لن تنسحب، عدم انسحاب); ما only before a
 *       perfect verb;</li>
 *   <li>DENIED: the word itself denies (نفى، أنكر), or it stands in the complement of a denial, or a denial
 *       cue comes up to {@value #DENIAL_REACH} words before it in the clause;</li>
 *   <li>HYPOTHETICAL: a condition (إذا، لو، في حال) up to {@value #CONDITION_REACH} words before it in the
 *       clause;</li>
 *   <li>PLANNED: the word itself plans (تخطط), or it stands in the complement of a plan, or it carries the future
 *       س, or سوف stands right before it, or a plan or intent cue (تعتزم، تنوي، خطة) comes up to
 *       {@value #PLAN_REACH} words before it in the clause;</li>
 *   <li>ASSERTED otherwise.</li>
 * </ol>
 */
final class Modes {
    static final int DENIAL_REACH = 8;
    static final int CONDITION_REACH = 12;
    static final int PLAN_REACH = 6;
    private static final String MA = "ما";

    private Modes() {
    }

    /** The mode of the event word at {@code w}, standing in the complement of a {@code governing} mode or null. */
    static EventMode of(Passage p, int w, Hit hit, EventEntry entry, EventMode governing) {
        if (negated(p, w, hit)) {
            return EventMode.NEGATED;
        }
        if (entry.mode() == EventMode.DENIED || governing == EventMode.DENIED || p.cueBefore(w, CueRole.DENIAL, DENIAL_REACH) >= 0) {
            return EventMode.DENIED;
        }
        if (p.cueBefore(w, CueRole.HYPOTHETICAL, CONDITION_REACH) >= 0) {
            return EventMode.HYPOTHETICAL;
        }
        if (entry.mode() == EventMode.PLANNED || governing == EventMode.PLANNED || future(p, w, hit)
                || p.cueBefore(w, CueRole.PLAN, PLAN_REACH) >= 0) {
            return EventMode.PLANNED;
        }
        return EventMode.ASSERTED;
    }

    private static boolean negated(Passage p, int w, Hit hit) {
        int before = w - 1;
        if (before < p.clauses().start(w) || !p.hasCue(before, CueRole.NEGATION)) {
            return false;
        }
        return !p.isWord(before, MA) || hit.aspect() == Aspect.PERFECT;
    }

    private static boolean future(Passage p, int w, Hit hit) {
        return hit.has(Clitics.FUTURE) || w > p.clauses().start(w) && p.hasCue(w - 1, CueRole.FUTURE);
    }
}
