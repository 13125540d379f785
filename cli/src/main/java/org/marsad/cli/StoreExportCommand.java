package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.json.ArticleJson;
import org.marsad.store.MarsadStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad export articles} and {@code marsad export facts}: what the store holds, whole or for the articles a
 * search matches (the query and filters of {@code marsad search}, every match rather than one page), as JSON Lines,
 * CSV or Parquet.
 *
 * <p>Rules: {@code articles --format jsonl} writes each article's {@code marsad/article@1} record; every other export
 * writes table rows with DuckDB's COPY, the columns of docs/store.md (CSV with a header). Parquet needs
 * {@code --out}; CSV and JSON Lines go to standard output without it.
 */
final class StoreExportCommand {
    enum Format { JSONL, CSV, PARQUET }

    private StoreExportCommand() {
    }

    /** Options shared by the two exports. */
    static final class Common {
        @Option(names = "--format", defaultValue = "jsonl", description = "jsonl, csv or parquet. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (required for parquet).")
        Path out;

        @Mixin
        SearchFilters filters;

        @Mixin
        DataOption data;
    }

    /** {@code marsad export articles}. */
    @Command(name = "articles", mixinStandardHelpOptions = true,
            description = "Stored articles matching QUERY and filters (all without): marsad/article@1 JSON Lines, or article rows as CSV/Parquet.")
    static final class Articles implements Callable<Integer> {
        static final String NAME = "marsad export articles";

        @Parameters(arity = "0..1", paramLabel = "QUERY", description = "A search query (docs/store.md); none for all articles.")
        String query;

        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return run(spec, common, NAME, (store, ids) -> {
                if (common.format == Format.JSONL) {
                    writeRecords(store, ids, spec, common);
                } else {
                    copy(store, "articles", ids, spec, common);
                }
            }, query);
        }
    }

    /** {@code marsad export facts}. */
    @Command(name = "facts", mixinStandardHelpOptions = true,
            description = "One facts table (articles, entities, mentions, events, quotes, dates, provenance, stories), whole or for the articles matching QUERY and filters.")
    static final class Facts implements Callable<Integer> {
        static final String NAME = "marsad export facts";

        @Parameters(index = "0", paramLabel = "TABLE", description = "articles, entities, mentions, events, quotes, dates, provenance or stories.")
        String table;

        @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY", description = "A search query; none for every article.")
        String query;

        @Mixin
        Common common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (!MarsadStore.EXPORT_TABLES.contains(table)) {
                spec.commandLine().getErr().println(NAME + ": TABLE must be one of " + String.join(", ", MarsadStore.EXPORT_TABLES)
                        + ", got '" + table + "'");
                return 2;
            }
            return run(spec, common, NAME, (store, ids) -> copy(store, table, ids, spec, common), query);
        }
    }

    private interface Export {
        void write(MarsadStore store, List<String> ids) throws IOException;
    }

    private static int run(CommandSpec spec, Common common, String name, Export export, String query) {
        PrintWriter err = spec.commandLine().getErr();
        if (common.format == Format.PARQUET && common.out == null) {
            err.println(name + ": parquet is written to a file: give --out FILE");
            return 2;
        }
        MarsadStore store = StoreCommands.openForReading(common.data, err, name);
        if (store == null) {
            return 2;
        }
        try (store) {
            boolean all = (query == null || query.isBlank()) && !common.filters.any();
            List<String> ids = all ? null : store.matchingIds(common.filters.request(query, 1, 0));
            export.write(store, ids);
            return 0;
        } catch (IOException e) {
            err.println(name + ": cannot write " + (common.out == null ? "the output" : common.out) + ": " + e.getMessage());
            return 1;
        } catch (StoreException | IllegalArgumentException e) {
            err.println(name + ": " + e.getMessage());
            return 1;
        }
    }

    private static void writeRecords(MarsadStore store, List<String> ids, CommandSpec spec, Common common) throws IOException {
        List<String> chosen = ids != null ? ids : store.matchingIds(SearchRequest.of(null));
        if (common.out == null) {
            writeRecords(store, chosen, spec.commandLine().getOut());
            return;
        }
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(common.out, StandardCharsets.UTF_8))) {
            writeRecords(store, chosen, file);
        }
    }

    private static void writeRecords(MarsadStore store, List<String> ids, PrintWriter out) {
        store.forEachArticle(ids, a -> {
            ArticleJson.write(a, out, false);
            out.write('\n');
        });
        out.flush();
    }

    /** COPY to the file, or through a temporary file to standard output. */
    private static void copy(MarsadStore store, String table, List<String> ids, CommandSpec spec, Common common) throws IOException {
        MarsadStore.ExportFormat format = MarsadStore.ExportFormat.valueOf(common.format.name().toUpperCase(Locale.ROOT));
        if (common.out != null) {
            store.export(table, ids, common.out, format);
            return;
        }
        Path temp = Files.createTempFile("marsad-export-", "." + common.format.name().toLowerCase(Locale.ROOT));
        try {
            store.export(table, ids, temp, format);
            PrintWriter out = spec.commandLine().getOut();
            try (Reader in = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
                in.transferTo(out);
            }
            out.flush();
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
