package org.marsad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.marsad.store.SearchRequest;

/**
 * Reads {@code GET /api/search} parameters into a {@link SearchRequest}.
 *
 * <p>Rules: {@code q} is at most {@link Limits#maxQueryChars()} characters and may be empty (all articles);
 * {@code limit} is 1..{@link Limits#maxPageSize()} (default 20); {@code offset} is 0..{@link Limits#maxOffset()};
 * {@code from} and {@code to} are ISO dates with {@code from <= to}; {@code country} is an ISO 3166-1 alpha-3 code
 * in any case; {@code entity}, {@code type} and {@code source} are passed on as given. Every violation is a 400
 * naming the parameter and quoting the value.
 */
final class SearchParams {
    static final int DEFAULT_LIMIT = 20;
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

    private SearchParams() {
    }

    static SearchRequest parse(Request r, Limits limits) {
        String q = r.param("q");
        if (q != null && q.length() > limits.maxQueryChars()) {
            throw ApiException.badRequest("q must be at most " + limits.maxQueryChars() + " characters, got " + q.length());
        }
        int limit = integer(r, "limit", DEFAULT_LIMIT, 1, limits.maxPageSize());
        int offset = integer(r, "offset", 0, 0, limits.maxOffset());
        LocalDate from = date(r, "from");
        LocalDate to = date(r, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("from must not be after to, got from=" + from + " to=" + to);
        }
        String country = r.param("country");
        return new SearchRequest(q == null ? "" : q, r.param("entity"), country == null ? null : country(country),
                r.param("type"), r.param("source"), from, to, limit, offset);
    }

    static int integer(Request r, String name, int fallback, int min, int max) {
        String value = r.param(name);
        if (value == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number within " + min + ".." + max + ", got '" + shorten(value) + "'");
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be within " + min + ".." + max + ", got " + n);
        }
        return n;
    }

    static LocalDate date(Request r, String name) {
        String value = r.param(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date YYYY-MM-DD, got '" + shorten(value) + "'");
        }
    }

    /** The ISO-3 code in upper case; a 400 naming {@code what} when it is not three letters. */
    static String country(String value) {
        if (!ISO3.matcher(value).matches()) {
            throw ApiException.badRequest("country must be an ISO 3166-1 alpha-3 code such as KAZ, got '" + shorten(value) + "'");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
