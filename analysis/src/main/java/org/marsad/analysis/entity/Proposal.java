package org.marsad.analysis.entity;

import org.marsad.article.EntityType;

/**
 * A name that a statistical tagger proposes for an entity the knowledge base lacks: the half-open character
 * range {@code [start, end)} of the text, its type and the tagger's confidence within 0..1.
 */
public record Proposal(int start, int end, EntityType type, double confidence) {
    public Proposal {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("proposal span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (type == null) {
            throw new IllegalArgumentException("proposal type must not be null");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }

    /** A proposal of an ANERcorp-typed span: PERS is a person, ORG an organization, LOC a place, MISC the rest. */
    public static Proposal ofNer(int start, int end, String nerType, double confidence) {
        EntityType type = switch (nerType) {
            case "PERS" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> EntityType.LOC;
            case "MISC" -> EntityType.MISC;
            default -> throw new IllegalArgumentException("NER type must be PERS, ORG, LOC or MISC, got '" + nerType + "'");
        };
        return new Proposal(start, end, type, confidence);
    }
}
