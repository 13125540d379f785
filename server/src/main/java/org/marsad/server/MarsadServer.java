package org.marsad.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.store.Store;
import org.marsad.store.StoreException;

/**
 * {@code marsad serve}: the JSON API under {@code /api/} and the web app everywhere else, on the JDK's HTTP
 * server.
 *
 * <p>Rules:
 * <ul>
 *   <li>It binds the configured host only (127.0.0.1 by default) and, when bound to a loopback address, answers
 *       only requests whose {@code Host} is a loopback name, so a web page elsewhere cannot reach it through DNS
 *       rebinding.</li>
 *   <li>A URI longer than {@link Limits#maxUriChars()} is a 414; every failure is a JSON error; a failing store
 *       is a 503 with its message; any other unexpected exception is logged and answered with a 500 that names
 *       only its class.</li>
 *   <li>Every response says {@code nosniff}, {@code no-referrer} and {@code DENY} framing; pages carry a
 *       Content-Security-Policy that allows nothing but this server, so the app works offline and an injected
 *       script could neither run nor call out.</li>
 *   <li>Text bodies over 1 KiB are gzipped when the client accepts it.</li>
 * </ul>
 * The store is the caller's: {@link #close()} stops the server, not the store.
 */
public final class MarsadServer implements AutoCloseable {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final System.Logger LOG = System.getLogger(MarsadServer.class.getName());
    private static final int GZIP_MIN_BYTES = 1024;
    /**
     * The JDK server writes a response's headers and its body apart; with Nagle's algorithm on, the body then waits
     * for the client's delayed acknowledgement of the headers, 40 ms on Linux, on every request of a kept-alive
     * connection. Read once, when the JDK's server first loads, so it is set here, before any server is made.
     */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    static {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
    }

    private final HttpServer http;
    private final ExecutorService executor;
    private final ServerConfig config;
    private final Router router;
    private final StaticFiles files;

    private MarsadServer(HttpServer http, ExecutorService executor, ServerConfig config, Router router, StaticFiles files) {
        this.http = http;
        this.executor = executor;
        this.config = config;
        this.router = router;
        this.files = files;
    }

    /**
     * Starts serving {@code store}.
     *
     * @param analyzer makes the analyzer on first need (the analyze and write endpoints); it is warmed up in the
     *                 background at once
     * @throws IOException when the address cannot be bound (in use, or not this machine's)
     */
    public static MarsadServer start(Store store, Supplier<ArticleAnalyzer> analyzer, ServerConfig config) throws IOException {
        StaticFiles files = new StaticFiles();
        Analysis analysis = new Analysis(analyzer);
        Router router = new ApiRoutes(store, analysis, config, files).router();
        HttpServer http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 64);
        ExecutorService executor = Executors.newFixedThreadPool(config.threads(), Thread.ofPlatform().name("marsad-http-", 1).daemon().factory());
        MarsadServer server = new MarsadServer(http, executor, config, router, files);
        http.createContext("/", server::handle);
        http.setExecutor(executor);
        http.start();
        analysis.warmUp();
        return server;
    }

    /** The address served, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress address = http.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/");
    }

    /** Whether the jar carries the Arabic web fonts (built with npm); without them the app uses system fonts. */
    public boolean fontsPresent() {
        return files.fontsPresent();
    }

    /** Whether writes are enabled (a token was given). */
    public boolean writable() {
        return config.writable();
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Response response;
            try {
                response = respond(exchange);
            } catch (ApiException e) {
                response = Response.error(e.status(), e.getMessage(), e.headers());
            } catch (StoreException e) {
                LOG.log(System.Logger.Level.ERROR, "marsad serve: " + exchange.getRequestURI() + ": store failed", e);
                response = Response.error(503, "the store failed: " + e.getMessage(), Map.of());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "marsad serve: " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed", e);
                response = Response.error(500, "internal error (" + e.getClass().getSimpleName() + "); see the server log", Map.of());
            }
            send(exchange, response);
        }
    }

    private Response respond(HttpExchange exchange) {
        String uri = exchange.getRequestURI().toString();
        if (uri.length() > config.limits().maxUriChars()) {
            throw new ApiException(414, "request URI must be at most " + config.limits().maxUriChars() + " characters, got " + uri.length());
        }
        checkHost(exchange.getRequestHeaders().getFirst("Host"));
        Request request = Request.of(exchange, config.limits().maxBodyBytes());
        boolean api = !request.segments().isEmpty() && request.segments().getFirst().equals("api");
        if (api) {
            return router.route(request);
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            throw new ApiException(405, request.method() + " is not allowed here; allowed: GET", Map.of("Allow", "GET, HEAD"));
        }
        return files.serve(request);
    }

    private void checkHost(String host) {
        if (host == null || config.wildcard() || !Hosts.isLoopback(config.host())) {
            return;
        }
        if (!Hosts.isLoopback(Hosts.name(host))) {
            throw new ApiException(403, "Host '" + SearchParams.shorten(host) + "' is not this server's: it answers on loopback names only");
        }
    }

    private void send(HttpExchange exchange, Response response) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", response.contentType());
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        if (response.contentType().startsWith("text/html")) {
            h.set("Content-Security-Policy", CSP);
        }
        response.headers().forEach(h::set);
        byte[] body = response.body();
        if (compressible(exchange, response)) {
            body = gzip(body);
            h.set("Content-Encoding", "gzip");
            h.set("Vary", "Accept-Encoding");
        }
        boolean noBody = exchange.getRequestMethod().equalsIgnoreCase("HEAD") || response.status() == 304 || body.length == 0;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static boolean compressible(HttpExchange exchange, Response response) {
        String accept = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        String type = response.contentType();
        boolean text = type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("image/svg");
        return text && response.body().length >= GZIP_MIN_BYTES && accept != null
                && accept.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(body);
        }
        return out.toByteArray();
    }
}
