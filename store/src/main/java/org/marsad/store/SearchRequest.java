package org.marsad.store;

import java.time.LocalDate;

/**
 * A search: an Arabic query (words, "phrases", AND/OR/NOT, prefix*; empty for all articles) and filters, each
 * null when unused.
 *
 * @param entity  an entity key the article must mention
 * @param country an ISO-3 code the article must mention
 * @param type    a PLOVER event type the article must carry
 * @param source  the publisher's name
 */
public record SearchRequest(String query, String entity, String country, String type, String source,
                            LocalDate from, LocalDate to, int limit, int offset) {
    public static final int MAX_LIMIT = 200;
    public static final int MAX_QUERY_CHARS = 1000;

    public SearchRequest {
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("query must be at most " + MAX_QUERY_CHARS + " characters, got " + query.length());
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1.." + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, null, null, null, null, null, null, 20, 0);
    }
}
