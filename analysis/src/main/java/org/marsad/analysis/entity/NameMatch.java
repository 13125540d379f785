package org.marsad.analysis.entity;

import org.marsad.article.MentionKind;

/**
 * A known name found in the text.
 *
 * @param entry     the entity the name mentions, or null for a blocked phrase
 * @param firstWord index of the first word of the match in the word list
 * @param endWord   index after the last word of the match
 * @param start     offset of the name in the text, after any clitic in front of it
 * @param end       offset after the name
 * @param kind      how the name mentions {@code entry}: by name, as an adjective or as a metonym; null when blocked
 * @param named     the entry whose name this is: {@code entry} itself, or the capital or seat standing for it
 */
public record NameMatch(NameEntry entry, int firstWord, int endWord, int start, int end, MentionKind kind, NameEntry named) {

    /** Whether this is a blocked phrase, which mentions nothing. */
    public boolean blocked() {
        return entry == null;
    }
}
