package org.marsad.analysis.entity;

/**
 * A known name found in the text.
 *
 * @param firstWord index of the first word of the match in the word list
 * @param endWord   index after the last word of the match
 * @param start     offset of the name in the text, after any clitic in front of it
 * @param end       offset after the name
 */
public record NameMatch(NameEntry entry, int firstWord, int endWord, int start, int end) {
}
