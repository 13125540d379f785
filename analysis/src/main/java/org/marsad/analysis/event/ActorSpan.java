package org.marsad.analysis.event;

import java.util.Objects;
import org.marsad.article.Actor;

/**
 * Words of the text that name an actor.
 *
 * @param first       index of the first word
 * @param end         index after the last word
 * @param quality     how surely the words name that actor, 0..1
 * @param adjective   a lone nationality adjective (الروسي): an actor only right after an event noun
 * @param preposition the clitic preposition (ب، ل، ك) on the first word, or 0
 * @param place       a country or place named as such, without a sector: what one visits
 * @param feminine    grammatically feminine, so that a masculine verb cannot have it as subject: a head noun in
 *                    ة or -ات (الحكومة، القوات), or a country whose name has no article and does not end in -ان
 *                    (مصر، روسيا، كندا — but لبنان، العراق)
 */
record ActorSpan(int first, int end, Actor actor, double quality, boolean adjective, char preposition, boolean place,
                 boolean feminine) {

    /**
     * Whether the two spans stand for the same actor: the same entity and sector, or, when either has no entity,
     * the same country and sector.
     */
    boolean sameActorAs(ActorSpan other) {
        if (other == null) {
            return false;
        }
        Actor a = actor;
        Actor b = other.actor;
        if (a.entity() != null && b.entity() != null) {
            return a.entity().equals(b.entity()) && Objects.equals(a.sector(), b.sector());
        }
        return a.country() != null && a.country().equals(b.country()) && Objects.equals(a.sector(), b.sector());
    }
}
