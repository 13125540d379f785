package org.marsad.analysis.time;

/**
 * When a month or weekday name is a date by itself, as documented in {@code months.tsv}: {@code YES} always,
 * {@code CUED} with a preposition or modifier before it or any other support, {@code STRICT} only with a day,
 * a year, a paired name, شهر/يوم or a direction adjective.
 */
enum Alone {
    YES, CUED, STRICT;

    /**
     * Whether a name of this kind is a date, given whether it has {@code support} (day, year, pair, شهر/يوم,
     * direction) and whether a preposition or modifier {@code cue}s it.
     */
    boolean accepts(boolean support, boolean cue) {
        return this == YES || support || (this == CUED && cue);
    }
}
