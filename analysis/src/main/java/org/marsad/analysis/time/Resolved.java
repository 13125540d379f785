package org.marsad.analysis.time;

/** A TIMEX3 value and whether the publication date was used to reach it. */
record Resolved(String value, boolean anchored) {
}
