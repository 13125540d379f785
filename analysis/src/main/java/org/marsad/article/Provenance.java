package org.marsad.article;

import java.util.List;

/**
 * Who reported the article from whom: the publisher and the chain of cited sources, nearest first.
 */
public record Provenance(String publisher, List<Link> chain) {
    public static final Provenance NONE = new Provenance(null, List.of());

    public Provenance {
        chain = List.copyOf(chain);
    }

    /** One cited source and the words that cite it ("وفق ما نقل موقع"). */
    public record Link(String entity, TextSpan cue) {
        public Link {
            Preconditions.notNull(entity, "cited entity");
        }
    }
}
