package org.marsad.article;

import java.util.Locale;

/** How a mention refers to its entity. */
public enum MentionKind {
    /** by name: كازاخستان */
    NAME,
    /** by a common noun: الصحيفة */
    NOMINAL,
    /** by a nationality adjective: الكازاخستاني */
    ADJECTIVE,
    /** by a place standing for its government: موسكو, الكرملين */
    METONYM,
    /** by a pronoun or verb agreement */
    PRONOUN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
