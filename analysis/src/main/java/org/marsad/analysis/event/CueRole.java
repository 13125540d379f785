package org.marsad.analysis.event;

/** What a cue of {@code event-cues.tsv} does; the file's header documents each role. */
enum CueRole {
    NEGATION, FUTURE, PLAN, DENIAL, HYPOTHETICAL, EXPOSURE, UNDERGO, CONDUCT, ATTENDANCE, AGENT, BOUNDARY, PREPOSITION
}
