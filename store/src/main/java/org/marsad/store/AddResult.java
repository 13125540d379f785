package org.marsad.store;

/** What {@link Store#add} did: articles newly stored, and those skipped as already stored. */
public record AddResult(int added, int duplicates) {
}
