package org.marsad.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: status, content type, body bytes and extra headers.
 */
record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json; charset=utf-8";

    Response {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("status must be within 100..599, got " + status);
        }
        headers = Map.copyOf(headers);
    }

    static Response json(int status, String json) {
        return new Response(status, JSON, json.getBytes(StandardCharsets.UTF_8), Map.of("Cache-Control", "no-store"));
    }

    static Response json(String json) {
        return json(200, json);
    }

    static Response error(int status, String message, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Cache-Control", "no-store");
        return new Response(status, JSON, JsonOut.error(status, message).getBytes(StandardCharsets.UTF_8), all);
    }

    /** This response with one more header. */
    Response with(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Response(status, contentType, body, all);
    }
}
