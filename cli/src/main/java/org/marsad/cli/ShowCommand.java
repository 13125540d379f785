package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Entity;
import org.marsad.article.Event;
import org.marsad.article.Quote;
import org.marsad.json.ArticleJson;
import org.marsad.store.MarsadStore;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad show}: one stored article, as its {@code marsad/article@1} JSON (pretty-printed) or as a short text
 * summary of its facts. An id that is not stored is reported and the exit code is 1.
 */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Print a stored article: its marsad/article@1 JSON, or a summary.")
final class ShowCommand implements Callable<Integer> {
    static final String NAME = "marsad show";

    enum Format { JSON, TEXT }

    @Parameters(paramLabel = "ID", description = "The article's id, as search lists it.")
    String id;

    @Mixin
    DataOption data;

    @Option(names = "--format", defaultValue = "json", description = "json or text. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        MarsadStore store = StoreCommands.openForReading(data, err, NAME);
        if (store == null) {
            return 2;
        }
        try (store) {
            Optional<AnalyzedArticle> found = store.article(id);
            if (found.isEmpty()) {
                err.println(NAME + ": no article '" + id + "' in " + store.directory());
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                ArticleJson.write(found.get(), out, true);
                out.println();
            } else {
                summary(found.get(), out);
            }
            out.flush();
            return 0;
        } catch (StoreException e) {
            err.println(NAME + ": " + e.getMessage());
            return 1;
        }
    }

    private static void summary(AnalyzedArticle a, PrintWriter out) {
        out.println(a.title() == null ? "(untitled)" : a.title());
        out.printf("%s · %s · %s%n", a.source().name() == null ? "unknown source" : a.source().name(),
                a.published() == null ? "undated" : a.published(), a.id());
        if (a.source().url() != null) {
            out.println(a.source().url());
        }
        out.println();
        out.println(a.text());
        out.println();
        out.printf(Locale.ROOT, "entities (%d):%n", a.entities().size());
        for (Entity e : a.entities()) {
            out.printf("  %-7s %s%s%s%n", e.type(), e.name(), e.nameEn() == null ? "" : " / " + e.nameEn(), e.kb() == null ? "" : " [" + e.kb() + "]");
        }
        out.printf(Locale.ROOT, "events (%d):%n", a.events().size());
        for (Event e : a.events()) {
            out.printf(Locale.ROOT, "  %-10s %s → %s  «%s» %s%n", e.plover(), e.source().text(),
                    e.target() == null ? "-" : e.target().text(), e.trigger().text(), e.mode().json());
        }
        out.printf(Locale.ROOT, "quotes (%d):%n", a.quotes().size());
        for (Quote q : a.quotes()) {
            out.printf("  %s: «%s»%n", q.speakerText() == null ? "?" : q.speakerText(), q.text());
        }
    }
}
