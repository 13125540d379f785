package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;
import org.marsad.server.Limits;
import org.marsad.server.ServerConfig;
import org.marsad.store.AddResult;
import org.marsad.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad demo}: analyses and stores the example articles, then serves the web app over them.
 *
 * <p>Rules: the data directory defaults to {@code .marsad/demo} beside the launcher; articles already stored are
 * skipped, so running the demo again adds nothing; it binds 127.0.0.1; unless {@code --token} (or MARSAD_TOKEN)
 * is given it makes up a random write token and prints it, so that whoever runs the demo, and no one else, can
 * store articles from the analyze page.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingest the example articles (examples/) and serve the web app over them: the quickest look at Marsad.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory. Default: .marsad/demo beside the launcher.")
    Path data;

    @Option(names = "--examples", paramLabel = "DIR", description = "Articles to ingest. Default: examples/ beside the launcher.")
    Path examples;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST, description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${MARSAD_TOKEN}",
            description = "Write token; default $MARSAD_TOKEN, else a random one printed at start-up.")
    String token;

    @Option(names = "--no-serve", description = "Only ingest the examples, then exit.")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = Path.of(System.getProperty("marsad.home", "."));
        Path dataDir = data != null ? data : home.resolve(".marsad/demo");
        Path exampleDir = examples != null ? examples : home.resolve("examples");
        if (!Files.isDirectory(exampleDir)) {
            err.println("marsad demo: no example articles at " + exampleDir + " (give --examples DIR)");
            return 2;
        }
        String writeToken = token != null && !token.isBlank() ? token : HexFormat.of().formatHex(random());
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, writeToken, Limits.defaults(), ServerConfig.defaultThreads());
        } catch (IllegalArgumentException e) {
            err.println("marsad demo: " + e.getMessage());
            return 2;
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.withShippedKnowledge();
        Store store = null;
        int failures;
        try {
            store = ServeCommand.openStore(dataDir, true);
            failures = ingest(store, analyzer, exampleDir, out, err);
        } catch (RuntimeException e) {
            if (store != null) {
                store.close();
            }
            err.println("marsad demo: " + e.getMessage());
            return 1;
        }
        if (noServe) {
            store.close();
            return failures == 0 ? 0 : 1;
        }
        if (token == null || token.isBlank()) {
            out.println("marsad demo: write token for the analyze page: " + writeToken);
        }
        return ServeCommand.serve(store, () -> analyzer, config, out, err, "marsad demo");
    }

    private static byte[] random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** Analyses every article under {@code dir} and stores them in one batch; returns how many inputs failed. */
    static int ingest(Store store, ArticleAnalyzer analyzer, Path dir, PrintWriter out, PrintWriter err) {
        List<AnalyzedArticle> batch = new ArrayList<>();
        int[] failures = {0};
        Inputs.read(List.of(dir.toString()), ReadOptions.defaults(), item -> {
            switch (item) {
                case InputItem.Read read -> batch.add(analyzer.analyze(read.article()));
                case InputItem.Failed failed -> {
                    failures[0]++;
                    err.println("marsad demo: " + failed);
                }
            }
        });
        AddResult added = store.add(batch);
        out.println("marsad demo: " + batch.size() + " example articles read from " + dir + ": " + added.added()
                + " stored, " + added.duplicates() + " already there");
        out.flush();
        return failures[0];
    }
}
