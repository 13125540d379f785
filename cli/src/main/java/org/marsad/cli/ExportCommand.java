package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.json.ArticleJson;
import org.marsad.json.ArticleJsonReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad export}: turns analysed articles ({@code marsad/article@1} JSON Lines, as {@code marsad analyze
 * --format jsonl} prints them) into tables of their facts. {@code marsad export events} writes one row per event,
 * in GDELT 2.0's column order (tab-separated, as GDELT's own export files), as CSV with a header, or as JSON Lines;
 * docs/events.md documents every column. A bad input line is reported on standard error with its file and line
 * and the rest goes on; the exit code is then 1.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        subcommands = {ExportCommand.Events.class, StoreExportCommand.Articles.class, StoreExportCommand.Facts.class},
        description = "Export the facts of analysed articles (marsad/article@1 JSON Lines) as tables.")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** {@code marsad export events}. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "One row per event: GDELT 2.0 event columns (tab-separated), CSV with a header, or JSON Lines.")
    static final class Events implements Callable<Integer> {

        enum Format { GDELT, CSV, JSONL }

        @Option(names = "--format", defaultValue = "gdelt", description = "gdelt, csv or jsonl. Default: ${DEFAULT-VALUE}.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path out;

        @Parameters(arity = "1..*", paramLabel = "INPUT.jsonl",
                description = "Analysed articles, one JSON object a line (.gz allowed), or - for standard input.")
        List<String> inputs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (out == null) {
                return export(spec.commandLine().getOut());
            }
            try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
                return export(file);
            }
        }

        private int export(PrintWriter writer) {
            RowWriter rows = switch (format) {
                case GDELT -> new Delimited(writer, '\t', false);
                case CSV -> new Delimited(writer, ',', true);
                case JSONL -> new JsonLines(writer);
            };
            int failures = 0;
            for (String input : inputs) {
                failures += exportOne(input, rows);
            }
            writer.flush();
            return failures == 0 ? 0 : 1;
        }

        /** Exports the events of one input; returns how many of its articles failed. */
        private int exportOne(String input, RowWriter rows) {
            int[] failed = {0};
            try (BufferedReader in = open(input)) {
                ArticleJsonReader.read(in, item -> {
                    switch (item) {
                        case ArticleJsonReader.Read r -> r.article().events().forEach(e -> rows.write(r.article(), e));
                        case ArticleJsonReader.Failed f -> {
                            failed[0]++;
                            fail(input + ":" + f.line() + ": " + f.message());
                        }
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                failed[0]++;
                fail(input + ": cannot read: " + e.getMessage());
            }
            return failed[0];
        }

        private BufferedReader open(String input) throws IOException {
            InputStream raw = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
            InputStream in = input.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        }

        private void fail(String message) {
            spec.commandLine().getErr().println("marsad export events: " + message);
        }
    }

    /** Writes events, one row or object each. */
    private interface RowWriter {
        void write(AnalyzedArticle article, Event event);
    }

    /** GDELT's tab-separated layout without header, or RFC 4180 CSV with a header. */
    private static final class Delimited implements RowWriter {
        private final PrintWriter out;
        private final char separator;
        private final boolean csv;

        Delimited(PrintWriter out, char separator, boolean csv) {
            this.out = out;
            this.separator = separator;
            this.csv = csv;
            if (csv) {
                line(GdeltRow.HEADER);
            }
        }

        @Override
        public void write(AnalyzedArticle article, Event event) {
            line(new GdeltRow(article, event).cells());
        }

        private void line(List<String> cells) {
            out.print(cells.stream().map(this::cell).collect(Collectors.joining(String.valueOf(separator))));
            out.print(csv ? "\r\n" : "\n");
        }

        private String cell(String value) {
            if (!csv) {
                return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
            }
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
            return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
        }
    }

    /** One JSON object per event: the contract's event fields with the article's id, date and URL. */
    private static final class JsonLines implements RowWriter {
        private static final JsonFactory FACTORY = JsonFactory.builder().build();
        private final PrintWriter out;

        JsonLines(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(AnalyzedArticle article, Event e) {
            Map<String, Entity> entities = GdeltRow.entities(article);
            try (JsonGenerator g = FACTORY.createGenerator((Writer) out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeStringField("article", article.id());
                g.writeStringField("published", article.published());
                g.writeStringField("url", article.source().url());
                ArticleJson.writeEventFields(g, e, a -> GdeltRow.name(a, entities.get(a.entity())));
                g.writeStringField("dateValue", GdeltRow.dateValue(article, e));
                g.writeEndObject();
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            out.write('\n');
        }
    }

    /**
     * The GDELT 2.0 event columns of one event, then Marsad's own; docs/events.md documents each. Columns Marsad
     * does not know (ethnic and religion codes, tone, geography) stay empty.
     */
    static final class GdeltRow {
        static final List<String> GDELT = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
                "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
                "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
                "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
                "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
                "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone",
                "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
                "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
                "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
                "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
                "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
                "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
        static final List<String> MARSAD = List.of("MarsadPlover", "MarsadMode", "MarsadTrigger", "MarsadTriggerStart",
                "MarsadTriggerEnd", "MarsadSentence", "MarsadConfidence", "MarsadArticleId", "MarsadEventId",
                "MarsadReportedBy", "MarsadDate");
        static final List<String> HEADER = concat(GDELT, MARSAD);
        private static final int GEO_COLUMNS = 24;
        private static final long JS_SAFE_MASK = (1L << 53) - 1;
        private final AnalyzedArticle article;
        private final Event event;
        private final Map<String, Entity> entities;

        GdeltRow(AnalyzedArticle article, Event event) {
            this.article = article;
            this.event = event;
            this.entities = entities(article);
        }

        List<String> cells() {
            List<String> c = new ArrayList<>(HEADER.size());
            c.add(Long.toString(globalId(article.id(), event.id())));
            c.addAll(dates());
            c.addAll(actor(event.source()));
            c.addAll(actor(event.target()));
            c.add(isRoot() ? "1" : "0");
            c.addAll(codes());
            c.addAll(List.of("1", "1", "1", ""));
            c.addAll(Collections.nCopies(GEO_COLUMNS, ""));
            c.add(dateAdded());
            c.add(nonNull(article.source().url() != null ? article.source().url() : article.origin()));
            c.addAll(marsad());
            return c;
        }

        /** A stable positive id below 2^53 (safe in JavaScript) from the article and event ids. */
        static long globalId(String articleId, String eventId) {
            try {
                byte[] h = MessageDigest.getInstance("SHA-256").digest((articleId + "/" + eventId).getBytes(StandardCharsets.UTF_8));
                long v = 0;
                for (int i = 0; i < Long.BYTES; i++) {
                    v = v << 8 | (h[i] & 0xFF);
                }
                return v & JS_SAFE_MASK;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        /** Day, MonthYear, Year, FractionDate: from the event's date as far as it goes, else the publication date. */
        private List<String> dates() {
            String value = dateValue(article, event);
            String ymd = value != null && value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*") ? value : article.published();
            if (ymd == null || !ymd.matches("\\d{4}.*")) {
                return List.of("", "", "", "");
            }
            String year = ymd.substring(0, 4);
            String month = ymd.matches("\\d{4}-\\d{2}.*") ? ymd.substring(5, 7) : null;
            LocalDate day = day(ymd);
            return List.of(day == null ? "" : year + month + ymd.substring(8, 10), month == null ? "" : year + month, year,
                    day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1.0) / day.lengthOfYear()));
        }

        private static LocalDate day(String ymd) {
            if (!ymd.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return null;
            }
            try {
                return LocalDate.parse(ymd.substring(0, 10));
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** The TIMEX3 value of the event's date expression, or null. */
        static String dateValue(AnalyzedArticle article, Event event) {
            if (event.date() == null) {
                return null;
            }
            return article.dates().stream().filter(d -> d.id().equals(event.date())).map(DateExpression::value).findFirst().orElse(null);
        }

        /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1..3Code. */
        private List<String> actor(Actor a) {
            if (a == null) {
                return Collections.nCopies(10, "");
            }
            Entity e = entities.get(a.entity());
            String group = e != null && e.type() != EntityType.GPE && e.kb() != null ? e.kb() : "";
            String code = nonNull(a.country()) + nonNull(a.sector());
            return List.of(code.isEmpty() ? group : code, name(a, e), nonNull(a.country()), group, "", "", "", nonNull(a.sector()), "", "");
        }

        /** The actor's name: its entity's English name in capitals, as GDELT writes names, else the Arabic words. */
        static String name(Actor a, Entity e) {
            return e != null && e.nameEn() != null ? e.nameEn().toUpperCase(Locale.ROOT) : a.text();
        }

        static Map<String, Entity> entities(AnalyzedArticle article) {
            return article.entities().stream().collect(Collectors.toMap(Entity::id, Function.identity(), (x, y) -> x));
        }

        /** Whether the event lies in the article's first paragraph, GDELT's lead. */
        private boolean isRoot() {
            int lead = article.text().indexOf('\n');
            return lead < 0 || event.trigger().start() < lead;
        }

        /** EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale. */
        private List<String> codes() {
            String cameo = event.cameo();
            String base = cameo.length() > 3 ? cameo.substring(0, 3) : cameo;
            String root = cameo.substring(0, 2);
            int r = Integer.parseInt(root);
            String quad = r <= 5 ? "1" : r <= 8 ? "2" : r <= 13 ? "3" : "4";
            return List.of(cameo, base, root, quad, String.format(Locale.ROOT, "%.1f", event.goldstein()));
        }

        /** YYYYMMDDHHMMSS of the publication date-time; 000000 when only the date is known. */
        private String dateAdded() {
            String p = article.published();
            if (p == null || day(p) == null) {
                return "";
            }
            String time = p.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?.*") ? p.substring(11, 13) + p.substring(14, 16)
                    + (p.length() >= 19 && p.charAt(16) == ':' ? p.substring(17, 19) : "00") : "000000";
            return p.substring(0, 4) + p.substring(5, 7) + p.substring(8, 10) + time;
        }

        private List<String> marsad() {
            return List.of(event.plover(), event.mode().json(), event.trigger().text(), Integer.toString(event.trigger().start()),
                    Integer.toString(event.trigger().end()), Integer.toString(event.sentence()),
                    String.format(Locale.ROOT, "%.2f", event.confidence()), article.id(), event.id(), nonNull(event.reportedBy()),
                    nonNull(dateValue(article, event)));
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return List.copyOf(all);
        }
    }
}
