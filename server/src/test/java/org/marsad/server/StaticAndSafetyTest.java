package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web app's files, their headers, and the server's own defences. */
class StaticAndSafetyTest {
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.readOnly();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theAppIsServedForItsOwnPathsInArabicRightToLeftWithAStrictPolicy() {
        for (String path : List.of("/", "/search?q=x", "/article/kaz-tur-1", "/entity/KAZ", "/pair/KAZ/TUR", "/analyze")) {
            HttpResponse<String> r = server.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("text/html; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(r.body().contains("<html lang=\"ar\" dir=\"rtl\">"), path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElseThrow());
        }
    }

    @Test
    void assetsHaveTheirContentTypesAndCachingHeaders() {
        HttpResponse<String> js = server.get("/assets/app.js");
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("no-cache", js.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals("text/css; charset=utf-8", server.get("/assets/app.css").headers().firstValue("Content-Type").orElseThrow());
        assertEquals("image/svg+xml; charset=utf-8", server.get("/assets/icon.svg").headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void anUnchangedAssetIsA304() {
        String etag = server.get("/assets/app.js").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.get("/assets/app.js", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void chartJsComesFromItsWebJarAndMayBeCachedADay() {
        HttpResponse<String> r = server.get("/assets/vendor/chart.umd.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Chart.js"), "the Chart.js bundle");
        assertEquals("public, max-age=86400", r.headers().firstValue("Cache-Control").orElseThrow());
    }

    @Test
    void theArabicFontIsServedLocallyWhenTheBuildBundledIt() {
        Assumptions.assumeTrue(server.server.fontsPresent(), "built without npm: the fonts are not bundled");
        HttpResponse<byte[]> r = server.getBytes("/assets/" + StaticFiles.FONT_PROBE);
        assertEquals(200, r.statusCode());
        assertEquals("font/woff2", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("wOF2", new String(r.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void nothingOutsideTheWebFolderCanBeNamed() {
        for (String path : List.of("/assets/../openapi.json", "/assets/%2E%2E/openapi.json", "/assets/..%2Fopenapi.json",
                "/assets/.hidden", "/org/marsad/server/openapi.json", "/assets/nothing.js")) {
            assertEquals(404, server.get(path).statusCode(), path);
        }
    }

    @Test
    void writesToStaticPathsAreA405() {
        assertEquals(405, server.postJson("/assets/app.js", "{}").statusCode());
    }

    @Test
    void aForeignHostHeaderIsRefusedOnALoopbackServer() throws IOException {
        assertTrue(rawStatusLine("evil.example").contains(" 403 "));
        assertTrue(rawStatusLine("localhost:" + server.server.uri().getPort()).contains(" 200 "));
        assertTrue(rawStatusLine("127.0.0.1").contains(" 200 "));
    }

    private static String rawStatusLine(String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.server.uri().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/info HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII)).readLine();
        }
    }

    @Test
    void theServerBindsLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerConfig.local(0).host());
        assertEquals("127.0.0.1", new ServerConfig(null, 0, null, null, 4).host());
        assertEquals("127.0.0.1", server.server.uri().getHost());
    }

    @Test
    void aShortTokenIsRefusedAtStartUp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.local(0).withToken("abc"));
        assertTrue(e.getMessage().contains("got 3"), e.getMessage());
    }

    /** The escaping rule of the app: article text only reaches the page as text, so no HTML sink may appear. */
    @Test
    void theWebAppNeverWritesHtmlFromStrings() throws IOException {
        Pattern sinks = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|createContextualFragment|DOMParser|eval\\(|new Function");
        Path web = Path.of("src/main/resources/org/marsad/server/web");
        try (Stream<Path> files = Files.list(web)) {
            List<Path> scripts = files.filter(p -> p.toString().endsWith(".js")).toList();
            assertFalse(scripts.isEmpty());
            for (Path p : scripts) {
                String source = Files.readString(p);
                assertFalse(sinks.matcher(source).find(), p + " uses an HTML sink");
            }
        }
    }
}
