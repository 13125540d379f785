package org.marsad.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.marsad.analysis.ArticleAnalyzer;

/** A server on a free loopback port over a store, with a client to call it. */
final class TestServer implements AutoCloseable {
    static final String TOKEN = "test-token-0123456789";
    /** One analyzer for every test server of the JVM: loading the knowledge base takes a while. */
    static final Supplier<ArticleAnalyzer> ANALYZER = new Supplier<>() {
        private ArticleAnalyzer analyzer;

        @Override
        public synchronized ArticleAnalyzer get() {
            if (analyzer == null) {
                analyzer = ArticleAnalyzer.withShippedKnowledge();
            }
            return analyzer;
        }
    };

    final InMemoryTestStore store;
    final MarsadServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    TestServer(InMemoryTestStore store, ServerConfig config) {
        this.store = store;
        try {
            this.server = MarsadServer.start(store, ANALYZER, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestServer readOnly() {
        return new TestServer(new InMemoryTestStore(Fixtures.kazakhstanTurkey(), Fixtures.hostile()), ServerConfig.local(0));
    }

    static TestServer writable() {
        return new TestServer(new InMemoryTestStore(Fixtures.kazakhstanTurkey()), ServerConfig.local(0).withToken(TOKEN));
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> delete(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).DELETE();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
