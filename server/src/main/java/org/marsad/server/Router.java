package org.marsad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a request to the handler of its method and path pattern.
 *
 * <p>Rules: a pattern is literal segments and {@code {name}} captures of exactly one segment
 * ({@code /api/articles/{id}}); routes are tried in the order added; a path that matches no pattern is a 404, a
 * path that matches only under other methods a 405 with an {@code Allow} header; HEAD is answered like GET.
 */
final class Router {

    /** Answers a matched request. */
    @FunctionalInterface
    interface Handler {
        Response handle(Request request);
    }

    /** One route: its method, its pattern, the pattern's segments and the handler. */
    record Route(String method, String pattern, List<String> segments, Handler handler) {
        boolean matchesPath(List<String> path) {
            if (path.size() != segments.size()) {
                return false;
            }
            for (int i = 0; i < path.size(); i++) {
                if (!isCapture(segments.get(i)) && !segments.get(i).equals(path.get(i))) {
                    return false;
                }
            }
            return true;
        }

        Map<String, String> captures(List<String> path) {
            Map<String, String> result = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                if (isCapture(segments.get(i))) {
                    result.put(segments.get(i).substring(1, segments.get(i).length() - 1), path.get(i));
                }
            }
            return result;
        }

        private static boolean isCapture(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    private final List<Route> routes = new ArrayList<>();

    /** Adds a route; {@code pattern} starts with "/" and has no empty segment. */
    Router add(String method, String pattern, Handler handler) {
        if (!pattern.startsWith("/") || pattern.contains("//")) {
            throw new IllegalArgumentException("pattern must start with / and have no empty segment, got '" + pattern + "'");
        }
        List<String> segments = List.of(pattern.substring(1).split("/"));
        routes.add(new Route(method, pattern, segments, handler));
        return this;
    }

    /** Every route, in the order added. */
    List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The matching handler's response; a 404 or 405 {@link ApiException} when none matches. */
    Response route(Request request) {
        String method = request.method().equals("HEAD") ? "GET" : request.method();
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.matchesPath(request.segments())) {
                if (route.method().equals(method)) {
                    request.pathParams(route.captures(request.segments()));
                    return route.handler().handle(request);
                }
                allowed.add(route.method());
            }
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound("no endpoint at /" + String.join("/", request.segments()) + "; see /api/openapi.json");
        }
        throw new ApiException(405, request.method() + " is not allowed here; allowed: " + String.join(", ", allowed),
                Map.of("Allow", String.join(", ", allowed)));
    }
}
