package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;

/**
 * Where {@code marsad ingest} and {@code marsad watch} read from: files, directories and standard input through
 * {@link Inputs}, and {@code http(s)://} URLs fetched with {@code java.net.http} and read like a file (a feed, a
 * page, JSON Lines...). A URL that cannot be fetched becomes one failed item naming it.
 */
final class Sources {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    static final String USER_AGENT = "marsad/0.1 (+https://github.com/marsad)";
    private static final Pattern RECORD_SUFFIX = Pattern.compile("(#\\d+|:\\d+)$");
    private static final List<String> ARTICLE_EXTENSIONS = List.of(".txt", ".text", ".json", ".jsonl", ".ndjson", ".html",
            ".htm", ".xhtml", ".xml", ".rss", ".atom");

    private Sources() {
    }

    static boolean isUrl(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Reads every source in order, pushing one item per article or failure. */
    static void read(List<String> sources, ReadOptions options, HttpClient http, Consumer<InputItem> sink) {
        for (String source : sources) {
            if (isUrl(source)) {
                fetch(http, source, options, sink);
            } else {
                Inputs.read(List.of(source), options, sink);
            }
        }
    }

    /** Fetches {@code url} and reads its body; an HTTP or network failure becomes one failed item. */
    static void fetch(HttpClient http, String url, ReadOptions options, Consumer<InputItem> sink) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT).header("User-Agent", USER_AGENT).GET().build();
        } catch (IllegalArgumentException e) {
            sink.accept(new InputItem.Failed(url, "not a valid URL (" + e.getMessage() + ")"));
            return;
        }
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    sink.accept(new InputItem.Failed(url, "HTTP " + response.statusCode()));
                    return;
                }
                Inputs.read(url, body, options, sink);
            }
        } catch (IOException e) {
            sink.accept(new InputItem.Failed(url, "cannot fetch: " + (e.getMessage() == null ? e.toString() : e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sink.accept(new InputItem.Failed(url, "interrupted"));
        }
    }

    /** The file an item's origin names ({@code path#3} → {@code path}), or null for standard input and URLs. */
    static Path fileOf(String origin) {
        if (origin == null || origin.equals(Inputs.STANDARD_INPUT) || isUrl(origin)) {
            return null;
        }
        try {
            return Path.of(RECORD_SUFFIX.matcher(origin).replaceFirst(""));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Bytes of the article files under the sources, for progress; -1 when unknown (standard input, URLs). */
    static long totalBytes(List<String> sources) {
        long total = 0;
        for (String source : sources) {
            if (source.equals(Inputs.STANDARD_INPUT) || isUrl(source)) {
                return -1;
            }
            Path path = Path.of(source);
            try {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> files = Files.walk(path)) {
                        total += files.filter(Files::isRegularFile).filter(Sources::looksLikeArticles).mapToLong(Sources::size).sum();
                    }
                } else if (Files.isRegularFile(path)) {
                    total += size(path);
                }
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    private static boolean looksLikeArticles(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String unzipped = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return !name.startsWith(".") && !name.startsWith("readme") && !name.startsWith("licen") && !name.startsWith("notice")
                && ARTICLE_EXTENSIONS.stream().anyMatch(unzipped::endsWith);
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
