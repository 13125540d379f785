package org.marsad.cli;

import java.time.LocalDate;
import org.marsad.store.SearchRequest;
import picocli.CommandLine.Option;

/** The filters shared by {@code marsad search} and {@code marsad export}: each narrows the articles matched. */
final class SearchFilters {
    @Option(names = "--entity", paramLabel = "KEY", description = "Articles mentioning this entity (KB id such as KAZ, or TYPE:name).")
    String entity;

    @Option(names = "--country", paramLabel = "ISO3", description = "Articles mentioning something of this country (EGY, KAZ...).")
    String country;

    @Option(names = "--type", paramLabel = "PLOVER", description = "Articles carrying an event of this PLOVER type (AGREE, PROTEST...).")
    String type;

    @Option(names = "--source", paramLabel = "NAME", description = "Articles of this publisher, by name as stored.")
    String source;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Articles published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Articles published on or before this day.")
    LocalDate to;

    SearchRequest request(String query, int limit, int offset) {
        return new SearchRequest(query, entity, country, type, source, from, to, limit, offset);
    }

    boolean any() {
        return entity != null || country != null || type != null || source != null || from != null || to != null;
    }
}
