package org.marsad.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request as the handlers see it: method, decoded path segments, query parameters, headers and a body
 * read only on demand and never past the body limit.
 *
 * <p>Rules: path segments are percent-decoded one by one (an encoded {@code /} stays inside its segment and
 * {@code +} stays a plus); query values are form-decoded; a malformed escape is a 400 naming it; a repeated query
 * parameter keeps its first value.
 */
final class Request {
    private final String method;
    private final List<String> segments;
    private final Map<String, String> query;
    private final Headers headers;
    private final InputStream body;
    private final int maxBodyBytes;
    private Map<String, String> pathParams = Map.of();

    Request(String method, String rawPath, String rawQuery, Headers headers, InputStream body, int maxBodyBytes) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.segments = segments(rawPath);
        this.query = query(rawQuery);
        this.headers = headers;
        this.body = body;
        this.maxBodyBytes = maxBodyBytes;
    }

    static Request of(HttpExchange exchange, int maxBodyBytes) {
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), exchange.getRequestBody(), maxBodyBytes);
    }

    String method() {
        return method;
    }

    /** The decoded path segments: {@code /api/articles/a%2Fb} gives {@code [api, articles, a/b]}. */
    List<String> segments() {
        return segments;
    }

    /** The value of query parameter {@code name}, or null when absent or blank. */
    String param(String name) {
        String value = query.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The value of the path parameter {@code name} that the matching route captured. */
    String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("route has no path parameter '" + name + "'");
        }
        return value;
    }

    void pathParams(Map<String, String> values) {
        pathParams = Map.copyOf(values);
    }

    /** The first value of header {@code name}, or null. */
    String header(String name) {
        return headers.getFirst(name);
    }

    /** The media type of the body without parameters, lower case, or "" when none is given. */
    String contentType() {
        String value = header("Content-Type");
        if (value == null) {
            return "";
        }
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** The body, refused with a 413 once it passes the body limit (announced or actually sent). */
    byte[] body() {
        String length = header("Content-Length");
        if (length != null && parseLength(length) > maxBodyBytes) {
            throw tooLarge(length);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16_384];
            for (int n; (n = body.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBodyBytes) {
                    throw tooLarge("more than " + maxBodyBytes);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private ApiException tooLarge(String got) {
        return ApiException.tooLarge("request body must be at most " + maxBodyBytes + " bytes, got " + got);
    }

    private static long parseLength(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Content-Length must be a number, got '" + value + "'");
        }
    }

    private static List<String> segments(String rawPath) {
        List<String> result = new ArrayList<>();
        for (String raw : (rawPath == null ? "" : rawPath).split("/")) {
            if (!raw.isEmpty()) {
                result.add(decode(raw.replace("+", "%2B"), "path segment"));
            }
        }
        return List.copyOf(result);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), "query parameter name");
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), "query parameter '" + name + "'");
            result.putIfAbsent(name, value);
        }
        return result;
    }

    private static String decode(String raw, String what) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(what + " has a malformed %-escape: '" + raw + "'");
        }
    }
}
