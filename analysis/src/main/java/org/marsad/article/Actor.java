package org.marsad.article;

/**
 * A participant of an event.
 *
 * @param entity  id of the entity, or null
 * @param country ISO-3 country the actor stands for, or null
 * @param sector  CAMEO-style role: GOV, MIL, LEG, JUD, MED, BUS, OPP, REB, IGO, CVL, or null
 * @param text    the words naming the actor
 */
public record Actor(String entity, String country, String sector, String text) {
    public Actor {
        Preconditions.notNull(text, "actor text");
    }
}
