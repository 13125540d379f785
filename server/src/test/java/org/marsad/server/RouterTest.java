package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final Router router = new Router()
            .add("GET", "/api/articles/{id}", r -> Response.json("\"" + r.pathParam("id") + "\""))
            .add("POST", "/api/articles", r -> Response.json(201, "{}"))
            .add("GET", "/api/pairs/{a}/{b}", r -> Response.json("\"" + r.pathParam("a") + "-" + r.pathParam("b") + "\""));

    private static Request request(String method, String rawPath, String rawQuery) {
        return new Request(method, rawPath, rawQuery, new Headers(), new ByteArrayInputStream(new byte[0]), 100);
    }

    private String body(Response r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void capturesPathParametersPercentDecoded() {
        Response r = router.route(request("GET", "/api/articles/%D9%85%D9%82%D8%A7%D9%84", null));
        assertEquals("\"مقال\"", body(r));
    }

    @Test
    void keepsAnEncodedSlashAndPlusInsideTheirSegment() {
        assertEquals("\"a/b+c\"", body(router.route(request("GET", "/api/articles/a%2Fb+c", null))));
    }

    @Test
    void capturesSeveralParameters() {
        assertEquals("\"KAZ-TUR\"", body(router.route(request("GET", "/api/pairs/KAZ/TUR", null))));
    }

    @Test
    void answersHeadLikeGet() {
        assertEquals(200, router.route(request("HEAD", "/api/articles/x", null)).status());
    }

    @Test
    void unknownPathIsA404NamingIt() {
        ApiException e = assertThrows(ApiException.class, () -> router.route(request("GET", "/api/nothing", null)));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains("/api/nothing"), e.getMessage());
    }

    @Test
    void knownPathWithAnotherMethodIsA405WithAllow() {
        ApiException e = assertThrows(ApiException.class, () -> router.route(request("DELETE", "/api/articles", null)));
        assertEquals(405, e.status());
        assertEquals("POST", e.headers().get("Allow"));
    }

    @Test
    void malformedEscapeIsA400() {
        ApiException e = assertThrows(ApiException.class, () -> request("GET", "/api/articles/%zz", null));
        assertEquals(400, e.status());
        assertTrue(e.getMessage().contains("%zz"), e.getMessage());
    }

    @Test
    void queryKeepsTheFirstOfRepeatedParametersAndFormDecodes() {
        Request r = request("GET", "/api/search", "q=%D8%A3+%D8%A8&q=second&limit=5");
        assertEquals("أ ب", r.param("q"));
        assertEquals("5", r.param("limit"));
    }

    @Test
    void refusesPatternsWithEmptySegments() {
        assertThrows(IllegalArgumentException.class, () -> new Router().add("GET", "/api//x", r -> null));
    }
}
