package org.marsad.analysis.time;

/** One family of temporal expressions, recognised at a token position. */
interface TimexRule {
    /**
     * The longest expression of this family starting at token {@code i} (its first word may carry proclitics),
     * valued against {@code anchor}; null if there is none.
     */
    Candidate match(Tokens tokens, int i, RelativeResolver anchor);
}
