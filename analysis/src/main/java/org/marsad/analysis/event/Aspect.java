package org.marsad.analysis.event;

/**
 * What kind of form a word of the vocabulary is, which decides the clitics it can carry ({@link Clitics}).
 *
 * <ul>
 *   <li>a perfect verb takes a conjunction only (ووقعت is و + وقعت);</li>
 *   <li>an imperfect verb a conjunction and the future س (وستوقع);</li>
 *   <li>a noun a conjunction, a preposition ب ك ل and the article (وبالانسحاب), never the future;</li>
 *   <li>a particle (لم، حيث، في حال) a conjunction only.</li>
 * </ul>
 * Every form but a particle may end in a pronoun (زودها، انسحابها).
 */
enum Aspect {
    PERFECT(Clitics.CONJUNCTION | Clitics.PRONOUN),
    IMPERFECT(Clitics.CONJUNCTION | Clitics.FUTURE | Clitics.PRONOUN),
    NOUN(Clitics.CONJUNCTION | Clitics.PREPOSITION | Clitics.ARTICLE | Clitics.PRONOUN),
    PARTICLE(Clitics.CONJUNCTION);

    private final int allowed;

    Aspect(int allowed) {
        this.allowed = allowed;
    }

    /** Whether a form of this aspect can carry every clitic in {@code clitics}. */
    boolean allows(int clitics) {
        return (clitics & ~allowed) == 0;
    }

    boolean isVerb() {
        return this == PERFECT || this == IMPERFECT;
    }
}
