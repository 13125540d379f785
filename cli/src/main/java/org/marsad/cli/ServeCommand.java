package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.server.Limits;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerConfig;
import org.marsad.store.MarsadStore;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad serve}: the JSON API and the web app over a data directory, until interrupted (docs/server.md).
 *
 * <p>Rules: binds 127.0.0.1 unless {@code --host} says otherwise; read-only unless a token is given with
 * {@code --token} or the MARSAD_TOKEN environment variable; prints the address it serves on its first line of
 * standard output ({@code marsad serve: http://127.0.0.1:8080/}), so that scripts can read the port chosen by
 * {@code --port 0}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API (/api/, described at /api/openapi.json) and the Arabic web app over a data directory.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 opens it to the network.")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${MARSAD_TOKEN}",
            description = "Bearer token that write requests (storing articles) must carry; default $MARSAD_TOKEN. Without one the server is read-only.")
    String token;

    @Option(names = "--max-body-bytes", defaultValue = "" + Limits.DEFAULT_MAX_BODY_BYTES, paramLabel = "N",
            description = "Largest request body (a pasted or uploaded article). Default: ${DEFAULT-VALUE}.")
    int maxBodyBytes;

    @Option(names = "--threads", paramLabel = "N", description = "Requests handled at once. Default: one per core, at least 2.")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token, Limits.defaults().withMaxBodyBytes(maxBodyBytes),
                    threads == null ? ServerConfig.defaultThreads() : threads);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("marsad serve: " + e.getMessage());
            return 2;
        }
        Store store;
        try {
            store = openStore(data.directory(), config.writable());
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("marsad serve: " + e.getMessage());
            return 1;
        }
        return serve(store, ArticleAnalyzer::withShippedKnowledge, config, spec.commandLine().getOut(), spec.commandLine().getErr(), "marsad serve");
    }

    /**
     * Serves {@code store} until the process is stopped, then closes the server and the store (which commits its
     * index); 1 when the address cannot be bound.
     */
    static int serve(Store store, Supplier<ArticleAnalyzer> analyzer, ServerConfig config, PrintWriter out, PrintWriter err, String name) {
        MarsadServer server;
        try {
            server = MarsadServer.start(store, analyzer, config);
        } catch (IOException | RuntimeException e) {
            store.close();
            err.println(name + ": cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage());
            return 1;
        }
        out.println(name + ": " + server.uri());
        out.println(name + ": " + (server.writable() ? "writes need the bearer token" : "read-only (give --token to allow storing articles)"));
        if (!server.fontsPresent()) {
            err.println(name + ": warning: the Arabic web fonts are not in this build (npm was not available); the app uses system fonts");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, name + "-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
            store.close();
        }
        return 0;
    }

    /** Opens the store of {@code dir}: for writing when writes are allowed, else read-only (others may read it too). */
    static Store openStore(Path dir, boolean writable) {
        return writable ? MarsadStore.open(dir) : MarsadStore.openReadOnly(dir);
    }
}
