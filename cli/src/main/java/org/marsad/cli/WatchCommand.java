package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad watch}: polls RSS and Atom feeds over HTTP(S) and stores their new items, round after round.
 *
 * <p>Rules:
 * <ul>
 *   <li>each round fetches every feed once, in the order given, with {@code If-None-Match} and
 *       {@code If-Modified-Since} from the previous round, so an unchanged feed costs one request and no work;</li>
 *   <li>items already stored are recognised before analysis and skipped: only new items are analysed and stored;</li>
 *   <li>the store is opened for a round and closed after it, so other commands can read the data directory between
 *       rounds;</li>
 *   <li>a feed that cannot be fetched or read is reported and the others go on; so does the next round;</li>
 *   <li>one line per feed and round on standard output; {@code --rounds N} stops after N rounds (exit code 1 if
 *       anything failed), otherwise it runs until stopped.</li>
 * </ul>
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds every interval and store their new items in the data directory.")
final class WatchCommand implements Callable<Integer> {
    static final String NAME = "marsad watch";

    @Parameters(arity = "1..*", paramLabel = "FEED_URL", description = "http(s) URLs of RSS or Atom feeds.")
    List<String> feeds;

    @Mixin
    DataOption data;

    @Option(names = "--every", defaultValue = "15m", paramLabel = "INTERVAL", converter = IntervalConverter.class,
            description = "Time between the starts of two rounds: 90s, 15m, 2h or ISO-8601 (PT15M). Default: ${DEFAULT-VALUE}.")
    Duration every;

    @Option(names = "--rounds", defaultValue = "0", paramLabel = "N", description = "Stop after N rounds (default: never).")
    int rounds;

    @Option(names = "--threads", paramLabel = "N", description = "Analyzer threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--kb", paramLabel = "FILE", description = "An actor file of your own (docs/knowledge-base.md); repeatable.")
    List<Path> kbFiles = List.of();

    @Spec
    CommandSpec spec;

    private final Map<String, Validators> validators = new HashMap<>();
    /** Made in {@link #call}: picocli builds every command of {@code marsad}, and a client takes a tenth of a second. */
    private HttpClient http;

    /** The ETag and Last-Modified a feed last answered with. */
    private record Validators(String etag, String lastModified) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String feed : feeds) {
            if (!Sources.isUrl(feed)) {
                err.println(NAME + ": " + feed + ": a feed must be an http:// or https:// URL");
                return 2;
            }
        }
        ArticleAnalyzer analyzer = Analyzers.load(kbFiles, err, NAME);
        if (analyzer == null) {
            return 2;
        }
        http = Sources.client();
        boolean anyFailed = false;
        for (int round = 1; rounds == 0 || round <= rounds; round++) {
            long start = System.nanoTime();
            anyFailed |= !round(round, analyzer, out, err);
            if (rounds != 0 && round == rounds) {
                break;
            }
            long waitNanos = every.toNanos() - (System.nanoTime() - start);
            if (waitNanos > 0) {
                Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
            }
        }
        return anyFailed ? 1 : 0;
    }

    /** One round over every feed; false when something failed. */
    private boolean round(int round, ArticleAnalyzer analyzer, PrintWriter out, PrintWriter err) {
        MarsadStore store;
        try {
            store = MarsadStore.open(data.directory());
        } catch (StoreException e) {
            err.println(NAME + ": round " + round + ": " + e.getMessage());
            err.flush();
            return false;
        }
        boolean ok = true;
        try (store) {
            IngestCommand.reportRepair(store, out);
            for (String feed : feeds) {
                int workers = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
                IngestPipeline pipeline = new IngestPipeline(store, analyzer, workers, null, err, NAME, Progress.none(), -1);
                boolean[] modified = {true};
                IngestPipeline.Summary s = pipeline.run(sink -> modified[0] = poll(feed, sink));
                ok &= s.failed() == 0;
                out.printf(Locale.ROOT, "%s round %d: %s: %s%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), round, feed,
                        modified[0] ? String.format(Locale.ROOT, "%,d new, %,d already stored, %,d failed", s.stored(),
                                s.duplicates() + s.known(), s.failed()) : "not modified");
                out.flush();
            }
        } catch (StoreException | IllegalStateException e) {
            err.println(NAME + ": round " + round + ": " + e.getMessage());
            ok = false;
        }
        return ok;
    }

    /** Fetches {@code feed} unless unchanged, pushing its items; false when the server said not modified. */
    private boolean poll(String feed, Consumer<InputItem> sink) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(feed)).timeout(Sources.REQUEST_TIMEOUT)
                    .header("User-Agent", Sources.USER_AGENT)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
        } catch (IllegalArgumentException e) {
            sink.accept(new InputItem.Failed(feed, "not a valid URL (" + e.getMessage() + ")"));
            return true;
        }
        Validators known = validators.get(feed);
        if (known != null && known.etag() != null) {
            request.header("If-None-Match", known.etag());
        }
        if (known != null && known.lastModified() != null) {
            request.header("If-Modified-Since", known.lastModified());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() == 304) {
                    return false;
                }
                if (response.statusCode() / 100 != 2) {
                    sink.accept(new InputItem.Failed(feed, "HTTP " + response.statusCode()));
                    return true;
                }
                validators.put(feed, new Validators(response.headers().firstValue("ETag").orElse(null),
                        response.headers().firstValue("Last-Modified").orElse(null)));
                Inputs.read(feed, body, ReadOptions.defaults(), sink);
            }
        } catch (IOException e) {
            sink.accept(new InputItem.Failed(feed, "cannot fetch: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.accept(new InputItem.Failed(feed, "interrupted"));
        }
        return true;
    }

    /** Reads 90s, 15m, 2h, 1d, a bare number of seconds, or an ISO-8601 duration; at least one second. */
    static final class IntervalConverter implements ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([smhd]?)");

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = SHORT.matcher(v);
            Duration d;
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    case "d" -> Duration.ofDays(n);
                    default -> Duration.ofSeconds(n);
                };
            } else {
                try {
                    d = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("an interval is like 90s, 15m, 2h or PT15M, got '" + value + "'");
                }
            }
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("an interval must be at least 1s, got '" + value + "'");
            }
            return d;
        }
    }
}
