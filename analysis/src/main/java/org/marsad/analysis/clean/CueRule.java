package org.marsad.analysis.clean;

import java.util.Locale;

/** One line of {@code boilerplate-cues.tsv}: a normalized cue, where it may stand, and the removal reason. */
record CueRule(String reason, Place place, String normalizedCue) {

    /**
     * Where a cue counts: anywhere, among the closing lines, as the first line of a closing footer, opening the
     * unpunctuated words after the text's last sentence, or opening the text's first line.
     */
    enum Place {
        ANY, TAIL, FOOTER, END, START;

        /** The place named {@code name} in the file ("any", "tail", "footer", "end", "start"), or null for another name. */
        static Place named(String name) {
            for (Place p : values()) {
                if (p.name().toLowerCase(Locale.ROOT).equals(name)) {
                    return p;
                }
            }
            return null;
        }
    }
}
