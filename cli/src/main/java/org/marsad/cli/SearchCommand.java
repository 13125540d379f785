package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad search}: full-text search of the stored articles with filters. The query syntax (docs/store.md):
 * words match by stem across clitics, {@code "phrases"} match exactly, {@code AND OR NOT ( )} combine, {@code word*}
 * is a prefix. Text output lists the total, then one hit per block with its snippet (matches in «»), then the facets
 * with {@code --facets}; {@code --format json} prints one JSON object: total, hits (snippets as HTML), facets.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the stored articles: words, \"phrases\", AND/OR/NOT, prefix*, with filters.")
final class SearchCommand implements Callable<Integer> {
    static final String NAME = "marsad search";
    private static final JsonFactory JSON = JsonFactory.builder().build();

    enum Format { TEXT, JSON }

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query; none lists the articles newest first.")
    String query;

    @Mixin
    SearchFilters filters;

    @Mixin
    DataOption data;

    @Option(names = "--limit", defaultValue = "10", paramLabel = "N", description = "Hits to show, 1..200 (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Hits to skip first (default ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--facets", description = "Also show the most frequent entities, countries, types, sources and months.")
    boolean facets;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        try {
            request = filters.request(query, limit, offset);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return 2;
        }
        MarsadStore store = StoreCommands.openForReading(data, err, NAME);
        if (store == null) {
            return 2;
        }
        try (store) {
            SearchResult result = store.search(request);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                json(result, out);
            } else {
                text(result, out);
            }
            out.flush();
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private void text(SearchResult r, PrintWriter out) {
        out.printf(Locale.ROOT, "%,d articles%s%n", r.total(), r.total() > offset + r.hits().size() || offset > 0
                ? String.format(Locale.ROOT, " (showing %,d–%,d)", offset + 1, offset + r.hits().size()) : "");
        int n = offset;
        for (SearchResult.Hit h : r.hits()) {
            out.printf(Locale.ROOT, "%n%d. %s  [%s]%n", ++n, h.title() == null ? "(untitled)" : h.title().replace('\n', ' '), h.id());
            out.printf("   %s · %s%n", h.source() == null ? "unknown source" : h.source(), h.published() == null ? "undated" : h.published());
            if (!h.snippetHtml().isEmpty()) {
                out.println("   " + StoreCommands.plainSnippet(h.snippetHtml()));
            }
        }
        if (facets) {
            r.facets().forEach((name, values) -> {
                if (!values.isEmpty()) {
                    out.printf("%n%s:%n", name);
                    values.forEach(v -> out.printf(Locale.ROOT, "  %,7d  %s%s%n", v.count(), v.label(),
                            v.label().equals(v.value()) ? "" : "  (" + v.value() + ")"));
                }
            });
        }
    }

    private static void json(SearchResult r, PrintWriter out) {
        try (JsonGenerator g = JSON.createGenerator((Writer) out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("total", r.total());
            g.writeArrayFieldStart("hits");
            for (SearchResult.Hit h : r.hits()) {
                g.writeStartObject();
                g.writeStringField("id", h.id());
                g.writeStringField("title", h.title());
                g.writeStringField("source", h.source());
                g.writeStringField("published", h.published());
                g.writeStringField("snippetHtml", h.snippetHtml());
                g.writeNumberField("score", h.score());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, List<SearchResult.FacetValue>> f : r.facets().entrySet()) {
                g.writeArrayFieldStart(f.getKey());
                for (SearchResult.FacetValue v : f.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("value", v.value());
                    g.writeStringField("label", v.label());
                    g.writeNumberField("count", v.count());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
