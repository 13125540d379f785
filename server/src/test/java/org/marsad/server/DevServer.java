package org.marsad.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.article.AnalyzedArticle;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;

/**
 * A development harness, never shipped: serves the web app over the in-memory test store filled with the
 * analysed examples and the hostile fixture. {@code DevServer PORT EXAMPLES_DIR [TOKEN]}.
 */
final class DevServer {
    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        List<AnalyzedArticle> articles = new ArrayList<>();
        Inputs.read(List.of(Path.of(args[1]).toString()), ReadOptions.defaults(), item -> {
            if (item instanceof InputItem.Read read) {
                articles.add(TestServer.ANALYZER.get().analyze(read.article()));
            }
        });
        articles.add(Fixtures.hostile());
        InMemoryTestStore store = new InMemoryTestStore(articles.toArray(AnalyzedArticle[]::new));
        ServerConfig config = ServerConfig.local(Integer.parseInt(args[0])).withToken(args.length > 2 ? args[2] : null);
        MarsadServer server = MarsadServer.start(store, TestServer.ANALYZER, config);
        System.out.println("dev server: " + server.uri());
        Thread.currentThread().join();
    }
}
