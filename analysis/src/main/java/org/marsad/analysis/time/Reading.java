package org.marsad.analysis.time;

/**
 * One way to read a word token: its folded {@code stem} after zero or more proclitics, which starts at
 * character {@code start} of the text.
 */
record Reading(String stem, int start) {
}
