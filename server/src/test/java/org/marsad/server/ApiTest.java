package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.store.SearchRequest;

/** The read API over the in-memory test store: parameters, results, limits and errors. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.readOnly();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertError(HttpResponse<String> r, int status, String... fragments) {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), "errors are JSON");
        JsonNode body = json(r);
        assertEquals(status, body.get("status").asInt());
        for (String f : fragments) {
            assertTrue(body.get("message").asText().contains(f), "message '" + body.get("message").asText() + "' should contain '" + f + "'");
        }
    }

    @Test
    void startsTheJdkServerWithNaglesAlgorithmOff() {
        // else every kept-alive response waits for the client's delayed acknowledgement of its headers
        assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
    }

    @Test
    void searchPassesEveryParameterToTheStore() {
        HttpResponse<String> r = server.get("/api/search?q=" + enc("تركيا") + "&entity=KAZ&country=kaz&type=AGREE&source="
                + enc("وكالة الاختبار") + "&from=2024-12-01&to=2024-12-31&limit=5&offset=0");
        assertEquals(200, r.statusCode(), r.body());
        SearchRequest seen = server.store.searches.getLast();
        assertEquals(new SearchRequest("تركيا", "KAZ", "KAZ", "AGREE", "وكالة الاختبار", LocalDate.of(2024, 12, 1),
                LocalDate.of(2024, 12, 31), 5, 0), seen);
        JsonNode body = json(r);
        assertEquals(1, body.get("total").asInt());
        assertEquals("kaz-tur-1", body.get("hits").get(0).get("id").asText());
        assertTrue(body.get("hits").get(0).get("snippetHtml").asText().contains("<mark>تركيا</mark>"));
        assertEquals("KAZ", body.get("facets").get("country").get(0).get("value").asText());
    }

    @Test
    void searchWithoutParametersListsEveryArticleTwentyAtATime() {
        assertEquals(200, server.get("/api/search").statusCode());
        SearchRequest seen = server.store.searches.getLast();
        assertEquals("", seen.query());
        assertEquals(SearchParams.DEFAULT_LIMIT, seen.limit());
        assertEquals(0, seen.offset());
    }

    @Test
    void searchRefusesAPageSizeOutsideTheBoundQuotingIt() {
        assertError(server.get("/api/search?limit=500"), 400, "limit", "1..200", "500");
        assertError(server.get("/api/search?limit=0"), 400, "limit", "got 0");
        assertError(server.get("/api/search?limit=ten"), 400, "limit", "'ten'");
    }

    @Test
    void searchRefusesAnOffsetTooDeep() {
        assertError(server.get("/api/search?offset=10001"), 400, "offset", "10001");
        assertError(server.get("/api/search?offset=-1"), 400, "offset", "-1");
    }

    @Test
    void searchRefusesAQueryLongerThanTheBoundSayingHowLong() {
        assertError(server.get("/api/search?q=" + "ا".repeat(1001)), 400, "q must be at most 1000 characters", "1001");
    }

    @Test
    void searchRefusesBadDatesAndAReversedRange() {
        assertError(server.get("/api/search?from=2024-13-01"), 400, "from", "YYYY-MM-DD", "2024-13-01");
        assertError(server.get("/api/search?from=2024-12-31&to=2024-12-01"), 400, "from must not be after to");
    }

    @Test
    void searchRefusesACountryThatIsNotThreeLetters() {
        assertError(server.get("/api/search?country=Turkey"), 400, "ISO 3166-1 alpha-3", "'Turkey'");
    }

    @Test
    void aUriPastTheBoundIsA414() {
        assertError(server.get("/api/search?source=" + "x".repeat(9000)), 414, "8192");
    }

    @Test
    void articleIsTheContractJson() {
        HttpResponse<String> r = server.get("/api/articles/kaz-tur-1");
        assertEquals(200, r.statusCode());
        JsonNode a = json(r);
        assertEquals("marsad/article@1", a.get("schema").asText());
        assertEquals("KAZ", a.get("entities").get(0).get("kb").asText());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void hostileArticleTextTravelsAsJsonStringsThatTheBrowserWillNotSniff() {
        HttpResponse<String> r = server.get("/api/articles/hostile-1");
        assertEquals(Fixtures.HOSTILE_TITLE, json(r).get("title").asText());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void missingArticleIsA404QuotingTheId() {
        assertError(server.get("/api/articles/nope"), 404, "'nope'");
    }

    @Test
    void entityIsFoundByItsKnowledgeBaseId() {
        JsonNode p = json(server.get("/api/entities/KAZ"));
        assertEquals("كازاخستان", p.get("name").asText());
        assertEquals("TUR", p.get("partners").get(0).get("key").asText());
    }

    @Test
    void entityIsFoundByTypeAndNameAsTheArticleWritesIt() {
        HttpResponse<String> r = server.get("/api/entities/" + enc("PERSON:قاسم جومارت توكاييف").replace("+", "%20"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("نحن شركاء", json(r).get("quotes").get(0).get("text").asText());
    }

    @Test
    void unknownEntityIsA404() {
        assertError(server.get("/api/entities/XYZ"), 404, "'XYZ'");
    }

    @Test
    void pairListsEventsBothWaysWithMonthlyGoldstein() {
        JsonNode p = json(server.get("/api/pairs/tur/KAZ"));
        assertEquals("TUR", p.get("countryA").asText());
        assertEquals("AGREE", p.get("events").get(0).get("plover").asText());
        assertEquals(8.0, p.get("byMonth").get(0).get("goldstein").asDouble());
    }

    @Test
    void pairRefusesBadCodesAndTheSameCountryTwice() {
        assertError(server.get("/api/pairs/KAZ/Turkey"), 400, "'Turkey'");
        assertError(server.get("/api/pairs/KAZ/kaz"), 400, "KAZ twice");
    }

    @Test
    void statsAndInfoTellWhatIsStoredAndThatTheServerIsReadOnly() {
        assertEquals(2, json(server.get("/api/stats")).get("articles").asInt());
        JsonNode info = json(server.get("/api/info"));
        assertFalse(info.get("writable").asBoolean());
        assertEquals(Limits.DEFAULT_MAX_BODY_BYTES, info.get("limits").get("maxBodyBytes").asInt());
    }

    @Test
    void unknownApiPathIsAJson404() {
        assertError(server.get("/api/nothing/here"), 404, "/api/nothing/here");
    }

    @Test
    void writeMethodOnAReadPathIsA405() {
        HttpResponse<String> r = server.postJson("/api/search", "{}");
        assertError(r, 405, "POST");
        assertEquals("GET", r.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void jsonIsGzippedWhenTheClientAcceptsIt() {
        HttpResponse<byte[]> r = server.getBytes("/api/articles/kaz-tur-1", "Accept-Encoding", "gzip");
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(null));
        assertNull(server.getBytes("/api/stats", "Accept-Encoding", "gzip").headers().firstValue("Content-Encoding").orElse(null),
                "small bodies stay plain");
    }
}
