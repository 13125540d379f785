package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.bench.LoadTime;
import org.marsad.bench.OtherBuild;
import org.marsad.bench.Pass;
import org.marsad.bench.Throughput;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench}: single-thread throughput of Lucene's ArabicAnalyzer, Marsad's lexical pass and the full
 * analysis over the same articles, in one process, with the machine it ran on and the time the shipped model and
 * knowledge took to load.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure articles/s of Lucene's ArabicAnalyzer beside Marsad's passes (one thread).")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Articles to run over (any input format). Default: ../shared/corpora/saudinewsnet beside the checkout.")
    Path corpus;

    @Option(names = "--articles", defaultValue = "5000", description = "How many articles to keep in memory and cycle over (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seconds", defaultValue = "5", description = "Length of one timed round per pass (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed rounds per pass; the best counts (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--pass", paramLabel = "NAME",
            description = "Run only the passes whose name contains NAME (the reference always runs): lexical, tagger, full.")
    String only;

    @Option(names = "--against", paramLabel = "DIR",
            description = "Also time the passes of the build in checkout DIR, in this process, round by round after this build's.")
    Path against;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path source = corpus != null ? corpus : Path.of(System.getProperty("marsad.home", "."), "..", "shared", "corpora", "saudinewsnet").normalize();
        if (!Files.exists(source)) {
            spec.commandLine().getErr().println("marsad bench: no articles at " + source + "; give --corpus PATH");
            return 2;
        }
        List<LoadTime> loads = LoadTime.measure();
        List<Pass> passes;
        try {
            passes = passes();
        } catch (IllegalArgumentException | IllegalStateException e) {
            spec.commandLine().getErr().println("marsad bench: " + e.getMessage());
            return 2;
        }
        List<String> texts = load(source);
        long chars = texts.stream().mapToLong(String::length).sum();
        out.printf("marsad bench: %,d articles from %s, %,d chars on average%n", texts.size(), source, chars / Math.max(1, texts.size()));
        out.printf("machine: %d cores, %s %s, Java %s (%s), %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        for (LoadTime load : loads) {
            out.printf("load: %-32s %.2f s wall, %.2f s CPU of the main thread%n", load.what(), load.wallSeconds(),
                    load.cpuSeconds());
        }
        out.flush();
        List<Throughput.Result> results = new Throughput(texts, seconds, rounds).measure(passes, System.err);
        report(out, results);
        return 0;
    }

    /** Lucene's pass, then each chosen pass of this build, each followed by the same pass of the other build. */
    private List<Pass> passes() {
        List<Pass> standard = Pass.standard();
        List<Pass> other = against == null ? List.of() : OtherBuild.passes(against.toAbsolutePath().normalize());
        List<Pass> passes = new ArrayList<>(List.of(standard.get(0)));
        for (int i = 1; i < standard.size(); i++) {
            if (only == null || standard.get(i).name().contains(only)) {
                passes.add(standard.get(i));
                if (i < other.size()) {
                    passes.add(other.get(i));
                }
            }
        }
        return passes;
    }

    private List<String> load(Path source) {
        List<String> texts = new ArrayList<>(articles);
        Inputs.read(List.of(source.toString()), ReadOptions.defaults(), item -> {
            if (item instanceof InputItem.Read read && texts.size() < articles) {
                texts.add(read.article().text());
            }
        });
        return texts;
    }

    private static void report(PrintWriter out, List<Throughput.Result> results) {
        double reference = results.get(0).articlesPerSecond();
        out.printf("%-32s %14s %16s %10s%n", "pass (1 thread)", "articles/s", "units/s", "vs Lucene");
        for (Throughput.Result r : results) {
            out.printf("%-32s %,14.0f %,16.0f %9.2fx%n", r.pass(), r.articlesPerSecond(), r.unitsPerSecond(),
                    r.articlesPerSecond() / reference);
        }
        out.println("units: tokens for Lucene and the lexical pass, words for the name tagger, records (sentences, entities, facts) for the full analysis");
    }
}
