package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI description parses, and documents exactly the routes the server has. */
class OpenApiTest {
    private static TestServer server;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.readOnly();
        var r = server.get("/api/openapi.json");
        assertEquals(200, r.statusCode());
        doc = new ObjectMapper().readTree(r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void isAnOpenApi31Document() {
        assertTrue(doc.get("openapi").asText().startsWith("3.1."), doc.get("openapi").asText());
        assertNotNull(doc.at("/info/title").textValue());
        assertEquals(ApiRoutes.VERSION, doc.at("/info/version").asText());
    }

    @Test
    void documentsEveryRouteAndNothingElse() {
        Set<String> routes = new TreeSet<>();
        Router router = new ApiRoutes(server.store, new Analysis(TestServer.ANALYZER), ServerConfig.local(0), new StaticFiles()).router();
        for (Router.Route route : router.routes()) {
            routes.add(route.method() + " " + route.pattern());
        }
        Set<String> documented = new TreeSet<>();
        for (Iterator<String> paths = doc.get("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = doc.get("paths").get(path).fieldNames(); methods.hasNext(); ) {
                documented.add(methods.next().toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        assertEquals(routes, documented);
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertTrue(refs.size() > 10);
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertTrue(!doc.at(ref.substring(1)).isMissingNode(), "unresolved " + ref);
        }
    }

    @Test
    void everyPathParameterIsDeclared() {
        doc.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            List<String> declared = new ArrayList<>();
            op.getValue().path("parameters").forEach(p -> {
                JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
                if (param.get("in").asText().equals("path")) {
                    declared.add(param.get("name").asText());
                }
            });
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (m.find()) {
                assertTrue(declared.contains(m.group(1)), path.getKey() + " " + op.getKey() + " lacks " + m.group(1));
            }
        }));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }
}
