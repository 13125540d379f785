package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.ingest.ReadOptions;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ingest}: reads articles from files, directories, standard input or URLs, analyses them and stores them
 * in the data directory (docs/store.md). Re-running it over the same inputs stores nothing twice; a run killed at
 * any moment can be started again. A bad input is reported on standard error with its origin and the rest goes on;
 * the exit code is then 1. A store that cannot be opened (another process has it) gives exit code 2.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyse articles (files, directories, - or http(s) URLs) and store them in the data directory.")
final class IngestCommand implements Callable<Integer> {
    static final String NAME = "marsad ingest";

    enum ProgressMode { AUTO, BAR, PLAIN, NONE }

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories (walked recursively), - for standard input, or http(s) URLs.")
    List<String> sources;

    @Mixin
    DataOption data;

    @Option(names = "--threads", paramLabel = "N", description = "Analyzer threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for articles whose input gives none.")
    LocalDate published;

    @Option(names = "--progress", defaultValue = "auto",
            description = "auto (a bar on a terminal, else a line every 10 s), bar, plain or none. Default: ${DEFAULT-VALUE}.")
    ProgressMode progress;

    @Option(names = "--max-article-chars", defaultValue = "2000000", paramLabel = "N", description = "Refuse articles longer than this (default ${DEFAULT-VALUE}).")
    int maxArticleChars;

    @Option(names = "--max-page-chars", defaultValue = "20000000", paramLabel = "N",
            description = "Refuse an HTML page, feed item or <DOC> whose markup is longer than this (default ${DEFAULT-VALUE}).")
    int maxPageChars;

    @Option(names = "--kb", paramLabel = "FILE", description = "An actor file of your own (docs/knowledge-base.md); repeatable.")
    List<Path> kbFiles = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleAnalyzer analyzer = Analyzers.load(kbFiles, err, NAME);
        if (analyzer == null) {
            return 2;
        }
        Path dir = data.directory();
        MarsadStore store;
        try {
            store = MarsadStore.open(dir);
        } catch (StoreException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        try (store) {
            reportRepair(store, out);
            ReadOptions options = new ReadOptions(maxArticleChars, maxPageChars);
            IngestPipeline pipeline = new IngestPipeline(store, analyzer, workers(), published, err, NAME,
                    progress(err), Sources.totalBytes(sources));
            var http = sources.stream().anyMatch(Sources::isUrl) ? Sources.client() : null;
            IngestPipeline.Summary s = pipeline.run(sink -> Sources.read(sources, options, http, sink));
            report(out, s, dir);
            return s.failed() == 0 ? 0 : 1;
        } catch (StoreException | IllegalStateException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private int workers() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }

    private Progress progress(PrintWriter err) {
        return switch (progress) {
            case AUTO -> Progress.auto(err, NAME);
            case BAR -> Progress.bar(err);
            case PLAIN -> Progress.lines(err, NAME, Progress.LINE_SECONDS);
            case NONE -> Progress.none();
        };
    }

    static void reportRepair(MarsadStore store, PrintWriter out) {
        MarsadStore.Reconciliation r = store.reconciliation();
        if (r.reindexed() > 0 || r.dropped() > 0) {
            out.printf(Locale.ROOT, "repaired the text index of %s: %,d articles indexed again, %,d documents dropped%n",
                    store.directory(), r.reindexed(), r.dropped());
        }
    }

    static void report(PrintWriter out, IngestPipeline.Summary s, Path dir) {
        out.printf(Locale.ROOT, "stored %,d new articles in %s (%,d duplicates of stored articles, %,d inputs read before, %,d failed) "
                        + "in %.1f s, %,.0f articles/s%n",
                s.stored(), dir, s.duplicates(), s.known(), s.failed(), s.seconds(), s.articles() / Math.max(1e-9, s.seconds()));
        out.flush();
    }
}
