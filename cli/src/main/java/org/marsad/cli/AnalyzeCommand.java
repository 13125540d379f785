package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;
import org.marsad.json.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad analyze}: reads articles from files, directories or standard input and prints their analysed
 * records. A bad input is reported on standard error with its origin and the batch goes on; the exit code is 1
 * when anything failed.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse articles and print marsad/article@1 JSON (one pretty object, or JSON Lines for several).")
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { AUTO, JSON, JSONL }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "Files, directories (walked recursively) or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "auto",
            description = "json (pretty, one object per article), jsonl (one per line) or auto: json for one article, jsonl for more. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles whose input gives none.")
    LocalDate published;

    @Option(names = "--max-article-chars", defaultValue = "2000000", paramLabel = "N",
            description = "Refuse articles longer than this (default ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--max-page-chars", defaultValue = "20000000", paramLabel = "N",
            description = "Refuse an HTML page, feed item or <DOC> whose markup is longer than this (default ${DEFAULT-VALUE}).")
    int maxPageChars;

    @Option(names = "--kb", paramLabel = "FILE",
            description = "An actor file of your own (docs/knowledge-base.md) to use beside the shipped knowledge base; repeatable.")
    List<Path> kbFiles = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ArticleAnalyzer analyzer = Analyzers.load(kbFiles, spec.commandLine().getErr(), "marsad analyze");
        if (analyzer == null) {
            return 2;
        }
        Printer printer = new Printer(spec.commandLine().getOut(), format);
        int[] failures = {0};
        Inputs.read(inputs, new ReadOptions(maxArticleChars, maxPageChars), item -> {
            switch (item) {
                case InputItem.Read read -> analyzeOne(analyzer, read.article(), printer, failures);
                case InputItem.Failed failed -> fail(failed.origin(), failed.message(), failures);
            }
        });
        printer.finish();
        return failures[0] == 0 ? 0 : 1;
    }

    private void analyzeOne(ArticleAnalyzer analyzer, Article article, Printer printer, int[] failures) {
        try {
            Article dated = published != null && article.published() == null
                    ? article.toBuilder().published(published.toString()).build() : article;
            printer.print(analyzer.analyze(dated));
        } catch (RuntimeException e) {
            fail(article.origin(), "analysis failed: " + e, failures);
        }
    }

    private void fail(String origin, String message, int[] failures) {
        failures[0]++;
        spec.commandLine().getErr().println("marsad analyze: " + origin + ": " + message);
    }

    /** Prints pretty JSON for a lone article and JSON Lines once a second one arrives (in auto format). */
    private static final class Printer {
        private final PrintWriter out;
        private final Format format;
        private AnalyzedArticle held;
        private boolean many;

        Printer(PrintWriter out, Format format) {
            this.out = out;
            this.format = format;
        }

        void print(AnalyzedArticle article) {
            if (format != Format.AUTO) {
                write(article, format == Format.JSON);
            } else if (!many && held == null) {
                held = article;
            } else {
                many = true;
                if (held != null) {
                    write(held, false);
                    held = null;
                }
                write(article, false);
            }
        }

        void finish() {
            if (held != null) {
                write(held, true);
            }
            out.flush();
        }

        private void write(AnalyzedArticle article, boolean pretty) {
            ArticleJson.write(article, out, pretty);
            out.write('\n');
        }
    }
}
