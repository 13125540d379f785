package org.marsad.server;

import java.util.Map;

/**
 * A request that cannot be answered as asked: becomes a JSON error {@code {"status", "error", "message"}} with
 * its HTTP status. Messages name the parameter or limit at fault and quote the bad value.
 */
final class ApiException extends RuntimeException {
    private final int status;
    private final transient Map<String, String> headers;

    ApiException(int status, String message) {
        this(status, message, Map.of());
    }

    ApiException(int status, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException unauthorized(String message) {
        return new ApiException(401, message, Map.of("WWW-Authenticate", "Bearer realm=\"marsad\""));
    }

    static ApiException tooLarge(String message) {
        return new ApiException(413, message);
    }
}
