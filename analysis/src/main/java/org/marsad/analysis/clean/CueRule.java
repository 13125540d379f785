package org.marsad.analysis.clean;

/** One line of {@code boilerplate-cues.tsv}: a normalized cue, where it may stand, and the removal reason. */
record CueRule(String reason, boolean tailOnly, String normalizedCue) {
}
