package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench-search}: search latency under concurrent load, in process, against the store API.
 *
 * <p>Rules: queries are drawn (seeded, so runs compare) from the store itself: title words (four letters or more, not
 * function words), entity names, two-word phrases, AND, OR, NOT and prefix queries (four letters after the article
 * ال), and filtered browsing (entity, country, event type); each of
 * {@code --clients} threads sends one request after another for {@code --seconds} after a warm-up; every request asks
 * for {@code --limit} hits with snippets and the facets, as the web page does. Latency is the wall time of
 * {@code Store.search}; the report gives p50, p95, p99 and max, overall and per kind of query, and the mean CPU time a
 * request took on its thread, which does not depend on what else the machine runs.
 *
 * <p>With {@code --url} the same mix goes over HTTP to a running {@code marsad serve} of the same data directory
 * (started without a token, so that both open the store read-only): each client sends
 * {@code GET /api/search} with the query and filters as parameters on a keep-alive connection, and latency is the
 * wall time until the whole JSON answer is read. The CPU figure is then the client's and is left out.
 */
@Command(name = "bench-search", mixinStandardHelpOptions = true,
        description = "Measure search latency (p50/p95/p99) with concurrent clients over a store.")
final class SearchBenchCommand implements Callable<Integer> {
    static final String NAME = "marsad bench-search";

    @Mixin
    DataOption data;

    @Option(names = "--clients", defaultValue = "8", paramLabel = "N", description = "Concurrent client threads (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "20", paramLabel = "S", description = "Measured seconds (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", defaultValue = "5", paramLabel = "S", description = "Warm-up seconds, not measured (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "Hits per request (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the query mix (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--url", paramLabel = "URL",
            description = "Send the queries over HTTP to a marsad serve of the same store at URL (http://127.0.0.1:8080/).")
    URI url;

    @Spec
    CommandSpec spec;

    /** A query of the mix and its kind. */
    record Query(String kind, SearchRequest request) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (clients < 1 || seconds <= 0 || warmup < 0) {
            err.println(NAME + ": --clients must be at least 1 and --seconds positive, got " + clients + " and " + seconds);
            return 2;
        }
        MarsadStore store = StoreCommands.openForReading(data, err, NAME);
        if (store == null) {
            return 2;
        }
        try (store) {
            List<Query> mix = QueryMix.of(store, limit, new Random(seed));
            if (mix.isEmpty()) {
                err.println(NAME + ": the store in " + store.directory() + " holds no articles to query");
                return 2;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "%s: %,d articles in %s, %d clients, %.0f s after %.0f s warm-up, %d cores, %,d distinct queries%n",
                    NAME, store.stats().articles(), store.directory(), clients, seconds, warmup,
                    Runtime.getRuntime().availableProcessors(), mix.size());
            out.flush();
            Searcher searcher = url == null ? q -> store.search(q.request()).total() : new HttpSearcher(url);
            run(searcher, mix, warmup, null);
            Map<String, List<Long>> byKind = new LinkedHashMap<>();
            long[] hitsAndCpu = new long[2];
            run(searcher, mix, seconds, (q, measured) -> {
                synchronized (byKind) {
                    byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(measured[0]);
                    hitsAndCpu[0] += measured[1];
                    hitsAndCpu[1] += measured[2];
                }
            });
            report(out, byKind, hitsAndCpu[0], url == null ? hitsAndCpu[1] : -1);
            return 0;
        } catch (StoreException | IllegalArgumentException | UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Receives, per request: wall nanoseconds, total hits, CPU nanoseconds of the client thread. */
    private interface Recorder {
        void record(Query q, long[] measured);
    }

    /** Runs one query and gives its total hits. */
    private interface Searcher {
        long search(Query q);
    }

    /** Sends queries to {@code GET /api/search} of a running server and reads the total from its answer. */
    private static final class HttpSearcher implements Searcher {
        private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).build();
        private final URI search;

        HttpSearcher(URI base) {
            this.search = base.resolve("/api/search");
        }

        @Override
        public long search(Query q) {
            SearchRequest r = q.request();
            StringBuilder query = new StringBuilder("limit=").append(r.limit());
            param(query, "q", r.query());
            param(query, "entity", r.entity());
            param(query, "country", r.country());
            param(query, "type", r.type());
            URI uri = URI.create(search + "?" + query);
            try {
                var response = client.send(HttpRequest.newBuilder(uri).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                Matcher m = TOTAL.matcher(response.body());
                if (response.statusCode() != 200 || !m.find()) {
                    throw new IllegalArgumentException("GET " + uri + " answered " + response.statusCode() + ": "
                            + response.body().substring(0, Math.min(200, response.body().length())));
                }
                return Long.parseLong(m.group(1));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reach " + uri + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static void param(StringBuilder out, String name, String value) {
            if (value != null) {
                out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    private void run(Searcher searcher, List<Query> mix, double duration, Recorder recorder) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (duration * 1e9);
        CountDownLatch finished = new CountDownLatch(clients);
        RuntimeException[] failure = new RuntimeException[1];
        for (int c = 0; c < clients; c++) {
            Random random = new Random(seed * 31 + c);
            Thread.ofPlatform().name("bench-client-" + c).daemon().start(() -> {
                try {
                    while (System.nanoTime() < deadline) {
                        Query q = mix.get(random.nextInt(mix.size()));
                        long c0 = THREADS.getCurrentThreadCpuTime();
                        long t0 = System.nanoTime();
                        long total = searcher.search(q);
                        long t1 = System.nanoTime();
                        long c1 = THREADS.getCurrentThreadCpuTime();
                        if (recorder != null) {
                            recorder.record(q, new long[] {t1 - t0, total, c1 - c0});
                        }
                    }
                } catch (RuntimeException e) {
                    failure[0] = e;
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    private void report(PrintWriter out, Map<String, List<Long>> byKind, long hits, long cpuNanos) {
        List<Long> all = new ArrayList<>();
        byKind.values().forEach(all::addAll);
        int n = Math.max(1, all.size());
        out.printf(Locale.ROOT, "%,d requests, %,.0f/s, %,.0f hits per request on average%s%n", all.size(),
                all.size() / seconds, hits / (double) n,
                cpuNanos < 0 ? " (over HTTP)" : String.format(Locale.ROOT, ", %.2f ms of CPU per request", cpuNanos / 1e6 / n));
        out.printf("%-14s %9s %8s %8s %8s %8s%n", "latency (ms)", "requests", "p50", "p95", "p99", "max");
        line(out, "all", all);
        byKind.forEach((kind, values) -> line(out, kind, values));
        out.flush();
    }

    private static void line(PrintWriter out, String name, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        Function<Double, Double> p = q -> sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
        out.printf(Locale.ROOT, "%-14s %,9d %8.2f %8.2f %8.2f %8.2f%n", name, sorted.length, p.apply(0.50), p.apply(0.95), p.apply(0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** Draws the query mix from what the store holds. */
    static final class QueryMix {
        /** Words a user does not search alone: the title words drawn are at least four letters and none of these. */
        private static final java.util.Set<String> STOP = java.util.Set.of("التي", "الذي", "الذين", "إلى", "على", "عن", "بعد",
                "قبل", "خلال", "حول", "بين", "أمام", "ضد", "منذ", "حتى", "هذا", "هذه", "ذلك", "تلك", "عند", "لدى", "غير", "وفي", "كما");

        private QueryMix() {
        }

        static List<Query> of(MarsadStore store, int limit, Random random) {
            List<String> words = column(store, "SELECT title FROM articles WHERE title IS NOT NULL ORDER BY hash LIMIT 2000").stream()
                    .flatMap(t -> Arrays.stream(t.split("[^\\p{L}\\p{N}]+"))).filter(w -> w.length() >= 4 && !STOP.contains(w)).toList();
            List<String> titles = column(store, "SELECT title FROM articles WHERE title IS NOT NULL ORDER BY hash LIMIT 500");
            List<String> names = column(store, "SELECT name FROM entities WHERE mentions > 0 GROUP BY name ORDER BY count(*) DESC LIMIT 300");
            List<String> keys = column(store, "SELECT key FROM entities WHERE mentions > 0 GROUP BY key ORDER BY count(*) DESC LIMIT 200");
            List<String> countries = column(store, "SELECT country FROM entities WHERE country IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 40");
            List<String> types = column(store, "SELECT plover FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 20");
            List<Query> mix = new ArrayList<>();
            if (words.isEmpty()) {
                return mix;
            }
            for (int i = 0; i < 400; i++) {
                String w1 = pick(words, random);
                String w2 = pick(words, random);
                mix.add(q("word", w1, limit));
                mix.add(q("two words", w1 + " " + w2, limit));
                mix.add(q("or", w1 + " OR " + w2, limit));
                mix.add(q("not", w1 + " NOT " + w2, limit));
                String bare = w1.startsWith("ال") && w1.length() > 5 ? w1.substring(2) : w1;
                mix.add(q("prefix", bare.substring(0, Math.min(4, bare.length())) + "*", limit));
                phrase(titles, random).ifPresent(p -> mix.add(q("phrase", "\"" + p + "\"", limit)));
                if (!names.isEmpty()) {
                    mix.add(q("entity name", pick(names, random), limit));
                }
                if (!keys.isEmpty()) {
                    mix.add(new Query("entity filter", new SearchRequest(null, pick(keys, random), null, null, null, null, null, limit, 0)));
                }
                if (!countries.isEmpty()) {
                    mix.add(new Query("word+country", new SearchRequest(w1, null, pick(countries, random), null, null, null, null, limit, 0)));
                }
                if (!types.isEmpty()) {
                    mix.add(new Query("type filter", new SearchRequest(null, null, null, pick(types, random), null, null, null, limit, 0)));
                }
            }
            mix.add(q("browse all", null, limit));
            return mix;
        }

        private static Query q(String kind, String query, int limit) {
            return new Query(kind, new SearchRequest(query, null, null, null, null, null, null, limit, 0));
        }

        private static java.util.Optional<String> phrase(List<String> titles, Random random) {
            if (titles.isEmpty()) {
                return java.util.Optional.empty();
            }
            String[] w = pick(titles, random).split("\\s+");
            if (w.length < 2) {
                return java.util.Optional.empty();
            }
            int i = random.nextInt(w.length - 1);
            return java.util.Optional.of((w[i] + " " + w[i + 1]).replace("\"", ""));
        }

        private static String pick(List<String> values, Random random) {
            return values.get(random.nextInt(values.size()));
        }

        private static List<String> column(MarsadStore store, String sql) {
            List<String> out = new ArrayList<>();
            store.sql(sql, 10_000).rows().forEach(r -> {
                if (r.get(0) != null) {
                    out.add(r.get(0).toString());
                }
            });
            return out;
        }
    }
}
