package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;

/** {@code marsad watch} against feeds served on 127.0.0.1 by the JDK's HTTP server; nothing leaves the machine. */
class WatchCommandTest {
    private static final String ETAG = "\"v3\"";

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger feedRequests = new AtomicInteger();
    private final List<String> conditional = Collections.synchronizedList(new ArrayList<>());

    private static String item(int n, String title, String text) {
        return "<item><title>" + title + "</title><link>https://example.org/news/" + n + "</link><guid>news-" + n + "</guid>"
                + "<pubDate>Mon, 0" + n + " Mar 2025 10:00:00 +0000</pubDate><description><![CDATA[<p>" + text + "</p>]]></description></item>";
    }

    private static String feed(int items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>نشرة الساحل</title>");
        String[][] news = {
                {"افتتاح ميناء للصيد في صفاقس", "افتتحت السلطات التونسية ميناء جديدا للصيد البحري في صفاقس لخدمة مئات البحارة."},
                {"موسم قياسي للتمور في الجريد", "قال مزارعون في الجريد إن موسم التمور هذا العام جاء وفيرا بعد أمطار الخريف."},
                {"قطار جديد بين تونس وسوسة", "أعلنت الشركة الوطنية للسكك الحديدية تشغيل قطار سريع بين تونس وسوسة ابتداء من الشهر المقبل."}};
        for (int i = items - 1; i >= 0; i--) {
            b.append(item(i + 1, news[i][0], news[i][1]));
        }
        return b.append("</channel></rss>").toString();
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.rss", this::answerFeed);
        server.createContext("/broken", exchange -> send(exchange, 500, "no"));
        server.start();
    }

    /** Request 1 gets two items, request 2 three, later requests 304 when they send the ETag of the third. */
    private void answerFeed(HttpExchange exchange) throws IOException {
        int n = feedRequests.incrementAndGet();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        conditional.add(ifNoneMatch == null ? "-" : ifNoneMatch);
        if (ETAG.equals(ifNoneMatch)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
        if (n >= 2) {
            exchange.getResponseHeaders().add("ETag", ETAG);
        }
        send(exchange, 200, feed(n == 1 ? 2 : 3));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void storesNewItemsRoundAfterRoundAndSkipsAnUnchangedFeed() {
        Path data = dir.resolve("data");
        long start = System.nanoTime();
        Run run = Run.of("watch", "--data", data.toString(), "--every", "1s", "--rounds", "3", url("/feed.rss"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).endsWith("round 1: " + url("/feed.rss") + ": 2 new, 0 already stored, 0 failed"), lines.get(0));
        assertTrue(lines.get(1).endsWith("round 2: " + url("/feed.rss") + ": 1 new, 2 already stored, 0 failed"), lines.get(1));
        assertTrue(lines.get(2).endsWith("round 3: " + url("/feed.rss") + ": not modified"), lines.get(2));
        assertEquals(List.of("-", "-", ETAG), conditional);
        assertTrue(took.compareTo(Duration.ofSeconds(2)) >= 0, "waits between rounds: " + took);
        try (MarsadStore store = MarsadStore.openReadOnly(data)) {
            assertEquals(3, store.stats().articles());
            assertEquals(1, store.search(SearchRequest.of("قطار")).total());
        }
    }

    @Test
    void reportsAFeedThatFailsAndGoesOnWithTheOthers() {
        Run run = Run.of("watch", "--data", dir.resolve("data").toString(), "--every", "1s", "--rounds", "1", url("/broken"), url("/feed.rss"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("marsad watch: " + url("/broken") + ": HTTP 500"), run.err());
        assertTrue(run.out().contains(url("/feed.rss") + ": 2 new"), run.out());
    }

    @Test
    void refusesSomethingThatIsNotAnHttpUrl() {
        Run run = Run.of("watch", "--data", dir.resolve("data").toString(), "feeds.txt");
        assertEquals(2, run.exitCode());
        assertEquals("marsad watch: feeds.txt: a feed must be an http:// or https:// URL" + System.lineSeparator(), run.err());
    }

    @Test
    void readsIntervalsInShortAndIsoForm() {
        WatchCommand.IntervalConverter c = new WatchCommand.IntervalConverter();
        assertEquals(Duration.ofMinutes(15), c.convert("15m"));
        assertEquals(Duration.ofSeconds(90), c.convert("90s"));
        assertEquals(Duration.ofHours(2), c.convert("2h"));
        assertEquals(Duration.ofMinutes(15), c.convert("PT15M"));
        assertEquals(Duration.ofSeconds(30), c.convert("30"));
    }

    @Test
    void ingestFetchesAUrlLikeAFile() {
        Path data = dir.resolve("data");
        Run run = Run.of("ingest", "--data", data.toString(), url("/feed.rss"));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("stored 2 new articles"), run.out());
    }
}
