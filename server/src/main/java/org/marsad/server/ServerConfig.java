package org.marsad.server;

import java.util.Locale;

/**
 * How to serve.
 *
 * <p>Rules: the host is 127.0.0.1 unless given, so nothing outside the machine can reach the server by default;
 * port 0 picks a free port; a null or blank token makes the API read-only (every write answers 401), and a token
 * shorter than {@value #MIN_TOKEN_CHARS} characters is refused as too easy to guess.
 *
 * @param host    the address to bind: 127.0.0.1, ::1, 0.0.0.0 or a host name
 * @param port    the TCP port, 0 for any free one
 * @param token   the bearer token that write requests must carry, or null for a read-only server
 * @param limits  bounds on requests
 * @param threads how many requests are handled at once
 */
public record ServerConfig(String host, int port, String token, Limits limits, int threads) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int MIN_TOKEN_CHARS = 8;

    public ServerConfig {
        host = host == null || host.isBlank() ? DEFAULT_HOST : host.strip();
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be within 0..65535, got " + port);
        }
        token = token == null || token.isBlank() ? null : token.strip();
        if (token != null && token.length() < MIN_TOKEN_CHARS) {
            throw new IllegalArgumentException("token must be at least " + MIN_TOKEN_CHARS + " characters, got " + token.length());
        }
        if (limits == null) {
            limits = Limits.defaults();
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be within 1..256, got " + threads);
        }
    }

    /**
     * Requests handled at once by default: one per core, at least two. A search keeps a core busy while it runs;
     * more searches at once than cores only share the cores and each takes longer, and measured over HTTP with 8
     * clients on 2 cores, 2 threads served 830–960 searches/s where 16 served 620–780 (docs/benchmarks.md).
     */
    public static int defaultThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    /** Local, read-only, default limits and threads, on {@code port}. */
    public static ServerConfig local(int port) {
        return new ServerConfig(DEFAULT_HOST, port, null, Limits.defaults(), defaultThreads());
    }

    /** This configuration with a write token. */
    public ServerConfig withToken(String value) {
        return new ServerConfig(host, port, value, limits, threads);
    }

    /** This configuration with other limits. */
    public ServerConfig withLimits(Limits value) {
        return new ServerConfig(host, port, token, value, threads);
    }

    /** Whether writes are possible at all: a token was given. */
    public boolean writable() {
        return token != null;
    }

    /** Whether the server listens on every interface rather than one address. */
    boolean wildcard() {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]");
    }
}
