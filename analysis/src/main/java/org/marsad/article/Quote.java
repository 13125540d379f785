package org.marsad.article;

/**
 * Words attributed to a speaker: verbatim ({@code direct}) or reported.
 *
 * @param speaker     id of the speaking entity, or null when unresolved
 * @param speakerText the text naming the speaker, or null
 */
public record Quote(String id, int start, int end, String text, boolean direct, TextSpan cue, String speaker,
                    String speakerText, double confidence) {
    public Quote {
        Preconditions.notNull(id, "quote id");
        Preconditions.checkSpan(start, end, text, "quote");
        Preconditions.confidence(confidence);
    }
}
