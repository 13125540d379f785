package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * A TIMEX3 {@code mod} word: a part of a {@code period} (مطلع، نهاية), which modifies dates and times and makes
 * a bare four-digit year after it a year, or else a quantity word (نحو، أكثر من), which modifies durations
 * and clock times.
 */
record Modifier(String mod, boolean period) {
    /** Whether this modifier may stand before an expression of {@code type}. */
    boolean modifies(TimexType type) {
        return type == TimexType.TIME || (period ? type == TimexType.DATE : type == TimexType.DURATION);
    }
}
