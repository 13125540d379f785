package org.marsad.analysis.time;

/**
 * Where an adjective places a date relative to publication: {@code NONE} when there is no adjective; see
 * {@code directions.tsv} for the others.
 */
enum Direction {
    NONE(0), PAST(-1), NEXT(1), CURRENT(0), RECENT(-1);

    private final int offset;

    Direction(int offset) {
        this.offset = offset;
    }

    /** Whether it places one period relative to publication's: الماضي، المقبل، الجاري, not الأخيرة. */
    boolean placesPeriod() {
        return this == PAST || this == NEXT || this == CURRENT;
    }

    /** How many periods from publication's it points: -1, 0 or 1. */
    int offset() {
        return offset;
    }
}
