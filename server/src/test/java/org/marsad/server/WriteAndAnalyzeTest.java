package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.server.ApiTest.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Analysing without storing, storing with the token, and the bounds on bodies. */
class WriteAndAnalyzeTest {
    private static final String ARTICLE = "{\"title\":\"كازاخستان وتركيا\",\"author\":\"أنقرة - سامر الحلبي\","
            + "\"published\":\"2025-03-01\",\"text\":"
            + "\"أنقرة (رويترز) - وقّعت كازاخستان اتفاقية تعاون عسكري مع تركيا أمس، وقال وزير الخارجية التركي إن البلدين شريكان.\"}";
    private static TestServer writable;
    private static TestServer readOnly;

    @BeforeAll
    static void start() {
        writable = TestServer.writable();
        readOnly = TestServer.readOnly();
    }

    @AfterAll
    static void stop() {
        writable.close();
        readOnly.close();
    }

    private static void assertError(HttpResponse<String> r, int status, String fragment) {
        assertEquals(status, r.statusCode(), r.body());
        String message = json(r).get("message").asText();
        assertTrue(message.contains(fragment), "message '" + message + "' should contain '" + fragment + "'");
    }

    @Test
    void analyzeReturnsTheContractJsonWithoutStoring() {
        long before = readOnly.store.stats().articles();
        HttpResponse<String> r = readOnly.postJson("/api/analyze", ARTICLE);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode a = json(r);
        assertEquals("marsad/article@1", a.get("schema").asText());
        assertEquals("كازاخستان وتركيا", a.get("title").asText());
        assertEquals("أنقرة - سامر الحلبي", a.get("author").asText());
        assertTrue(a.get("entities").size() >= 2, a.toString());
        assertEquals("1", r.headers().firstValue("Marsad-Articles").orElseThrow());
        assertEquals(before, readOnly.store.stats().articles());
    }

    @Test
    void analyzeReadsAnUploadedFileOfAnyFormatAndCountsItsArticles() {
        String jsonl = "{\"id\":\"a\",\"title\":\"أول\",\"text\":\"زار وزير الخارجية التركي كازاخستان.\"}\n"
                + "{\"id\":\"b\",\"title\":\"ثان\",\"text\":\"انتقدت روسيا حلف الناتو.\"}\n";
        HttpResponse<String> r = readOnly.post("/api/analyze?name=wires.jsonl", "application/octet-stream", jsonl.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("a", json(r).get("id").asText());
        assertEquals("2", r.headers().firstValue("Marsad-Articles").orElseThrow());
    }

    @Test
    void analyzeRefusesAnEmptyBodyAMissingTextAndUnknownFields() {
        assertError(readOnly.postJson("/api/analyze", ""), 400, "empty");
        assertError(readOnly.postJson("/api/analyze", "{\"title\":\"x\"}"), 400, "'text'");
        assertError(readOnly.postJson("/api/analyze", "{\"text\":\"نص\",\"txet\":\"x\"}"), 400, "unknown field 'txet'");
        assertError(readOnly.postJson("/api/analyze", "{\"text\":\"نص\",\"published\":\"yesterday\"}"), 400, "'yesterday'");
        assertError(readOnly.postJson("/api/analyze", "[1]"), 400, "JSON object");
        assertError(readOnly.postJson("/api/analyze", "{\"text\": "), 400, "not valid JSON");
    }

    @Test
    void aBodyPastTheLimitIsA413NamingTheLimit() {
        try (TestServer small = new TestServer(new InMemoryTestStore(), ServerConfig.local(0).withToken(TestServer.TOKEN)
                .withLimits(Limits.defaults().withMaxBodyBytes(1000)))) {
            byte[] big = ("{\"text\":\"" + "ن".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8);
            assertError(small.post("/api/analyze", "application/json", big), 413, "at most 1000 bytes");
            assertError(small.post("/api/articles", "application/json", big, "Authorization", "Bearer " + TestServer.TOKEN),
                    413, "at most 1000 bytes");
        }
    }

    @Test
    void storingOnAReadOnlyServerIsA401SayingHowToAllowWrites() {
        assertError(readOnly.postJson("/api/articles", ARTICLE, "Authorization", "Bearer whatever-token"), 401, "--token");
    }

    @Test
    void storingWithoutOrWithAWrongTokenIsA401() {
        HttpResponse<String> none = writable.postJson("/api/articles", ARTICLE);
        assertError(none, 401, "Authorization: Bearer");
        assertEquals("Bearer realm=\"marsad\"", none.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertError(writable.postJson("/api/articles", ARTICLE, "Authorization", "Bearer wrong-token-123"), 401, "does not match");
        assertError(writable.postJson("/api/articles", ARTICLE, "Authorization", "Basic " + TestServer.TOKEN), 401, "Bearer");
    }

    @Test
    void storingWithTheTokenAnalysesAndStoresOnceOnly() {
        HttpResponse<String> first = writable.postJson("/api/articles", ARTICLE, "Authorization", "Bearer " + TestServer.TOKEN);
        assertEquals(201, first.statusCode(), first.body());
        JsonNode body = json(first);
        assertEquals(1, body.get("added").asInt());
        String id = body.get("ids").get(0).asText();
        assertEquals(200, writable.get("/api/articles/" + id).statusCode());
        JsonNode again = json(writable.postJson("/api/articles", ARTICLE, "Authorization", "Bearer " + TestServer.TOKEN));
        assertEquals(0, again.get("added").asInt());
        assertEquals(1, again.get("duplicates").asInt());
    }

    @Test
    void deletingWithTheTokenRemovesTheArticleAndASecondDeleteIsA404() {
        String id = json(writable.postJson("/api/articles", ARTICLE.replace("أمس", "اليوم"), "Authorization", "Bearer " + TestServer.TOKEN))
                .get("ids").get(0).asText();
        HttpResponse<String> deleted = writable.delete("/api/articles/" + id, "Authorization", "Bearer " + TestServer.TOKEN);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(id, json(deleted).get("deleted").asText());
        assertEquals(404, writable.get("/api/articles/" + id).statusCode());
        assertError(writable.delete("/api/articles/" + id, "Authorization", "Bearer " + TestServer.TOKEN), 404, id);
    }

    @Test
    void deletingWithoutTheTokenOrOnAReadOnlyServerIsA401AndKeepsTheArticle() {
        String id = json(writable.postJson("/api/articles", ARTICLE.replace("أمس", "الأحد"), "Authorization", "Bearer " + TestServer.TOKEN))
                .get("ids").get(0).asText();
        assertError(writable.delete("/api/articles/" + id), 401, "Authorization: Bearer");
        assertError(writable.delete("/api/articles/" + id, "Authorization", "Bearer wrong-token-123"), 401, "does not match");
        assertEquals(200, writable.get("/api/articles/" + id).statusCode());
        assertError(readOnly.delete("/api/articles/" + id, "Authorization", "Bearer " + TestServer.TOKEN), 401, "--token");
    }

    @Test
    void infoSaysAServerWithATokenIsWritable() {
        assertTrue(json(writable.get("/api/info")).get("writable").asBoolean());
    }
}
