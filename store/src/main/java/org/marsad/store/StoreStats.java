package org.marsad.store;

/** How much is stored: articles, entities, events, quotes, stories (groups of near-duplicate articles). */
public record StoreStats(long articles, long entities, long events, long quotes, long stories) {
}
