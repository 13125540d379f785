package org.marsad.analysis.time;

/** What a function word does around temporal expressions; documented in {@code cues.tsv}. */
enum CueRole {
    YEAR_NOUN, MONTH_NOUN, DAY_NOUN, DAY_ONE, PREPOSITION, OF, AGO, LAST, EVERY, THIS, CLOCK, HALF, QUARTER, HIJRI_ERA,
    GREGORIAN_ERA, RANGE_END
}
