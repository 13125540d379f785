package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * A fixed phrase of {@code phrases.tsv}: its TIMEX3 type, how its value is made ({@code kind}) from
 * {@code argument}, and whether it is refused before a definite word ({@code notBeforeDefinite}).
 */
record FixedPhrase(TimexType type, Kind kind, String argument, boolean notBeforeDefinite) {
    /** How the value is made; see {@code phrases.tsv}. */
    enum Kind { RELATIVE_DAY, RELATIVE_PART, LITERAL }
}
