package org.marsad.server;

import org.marsad.store.SearchRequest;

/**
 * Bounds on what one request may ask for; a request past one gets a 400, 413 or 414 JSON error naming it.
 *
 * @param maxBodyBytes  the largest request body (an uploaded or pasted article)
 * @param maxQueryChars the longest search query
 * @param maxPageSize   the largest {@code limit} of a search page
 * @param maxOffset     the deepest {@code offset} into search results
 * @param maxUriChars   the longest request URI, query string included
 */
public record Limits(int maxBodyBytes, int maxQueryChars, int maxPageSize, int maxOffset, int maxUriChars) {
    /** Two MiB: ten times a long news article, in any of the accepted encodings. */
    public static final int DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

    public Limits {
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxQueryChars", maxQueryChars);
        positive("maxPageSize", maxPageSize);
        positive("maxOffset", maxOffset);
        positive("maxUriChars", maxUriChars);
        if (maxPageSize > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("maxPageSize must be at most " + SearchRequest.MAX_LIMIT + ", got " + maxPageSize);
        }
        if (maxQueryChars > SearchRequest.MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("maxQueryChars must be at most " + SearchRequest.MAX_QUERY_CHARS + ", got " + maxQueryChars);
        }
    }

    /** 2 MiB bodies, the store's own query and page bounds, offsets to 10,000 and URIs to 8,192 characters. */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_BODY_BYTES, SearchRequest.MAX_QUERY_CHARS, SearchRequest.MAX_LIMIT, 10_000, 8192);
    }

    /** These limits with another body bound. */
    public Limits withMaxBodyBytes(int value) {
        return new Limits(value, maxQueryChars, maxPageSize, maxOffset, maxUriChars);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
