package org.marsad.analysis.time;

/**
 * A lexicon entry found in the tokens: its {@code value}, the text offset where it {@code start}s (after any
 * stripped proclitic) and the index of the token {@code next} after it.
 */
record Hit<V>(V value, int start, int next) {
}
