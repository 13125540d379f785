package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.EventMode;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Provenance;
import org.marsad.article.Source;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.json.ArticleJson;
import org.marsad.text.Span;
import picocli.CommandLine;

class ExportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TEXT = "وقعت مصر في 3 آذار اتفاقية مع الناتو، \"بحسب\" الوكالة.\nوفقرة ثانية.";

    @TempDir
    Path dir;

    /** An export run, as {@code marsad export ARGS} would make it once Main registers the command. */
    private static Run export(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static AnalyzedArticle article() {
        Entity egypt = new Entity("e1", EntityType.GPE, "مصر", "Egypt", "EGY", "EGY", "country", List.of(), 0.9,
                List.of(Mention.of(TEXT, 5, 8, MentionKind.NAME)));
        Entity nato = new Entity("e2", EntityType.ORG, "الناتو", "NATO", "NATO", null, "igo", List.of(), 0.9,
                List.of(Mention.of(TEXT, 31, 37, MentionKind.NAME)));
        DateExpression date = new DateExpression("d1", 12, 18, "3 آذار", TimexType.DATE, "2024-03-03", null, true);
        Event event = new Event("v1", "AGREE", "057", 8.0, new Actor("e1", "EGY", "GOV", "مصر"), new Actor("e2", null, "IGO", "الناتو"),
                TextSpan.of(TEXT, 0, 4), 0, "d1", "e3", EventMode.ASSERTED, 0.8);
        return new AnalyzedArticle("a1", "x.txt", new Source("الجريدة", "https://example.org/a", null), "2024-03-04T10:15:30+03:00", null, null,
                "ar", TEXT, List.of(), List.of(new Span(0, 45)), List.of(egypt, nato), List.of(date), List.of(), List.of(event),
                Provenance.NONE);
    }

    private Path input(String content) throws Exception {
        return Files.writeString(dir.resolve("in.jsonl"), content, StandardCharsets.UTF_8);
    }

    @Test
    void writesGdeltColumnsInGdeltOrderThenMarsadsOwn() throws Exception {
        Run run = export("events", input(ArticleJson.toJson(article(), false) + "\n").toString());
        assertEquals(0, run.exitCode(), run.err());
        String[] cells = run.out().split("\n")[0].split("\t", -1);
        assertEquals(ExportCommand.GdeltRow.HEADER.size(), cells.length);
        assertEquals("20240303", cells[1]);
        assertEquals("202403", cells[2]);
        assertEquals("2024", cells[3]);
        assertEquals("EGYGOV", cells[5]);
        assertEquals("EGYPT", cells[6]);
        assertEquals("EGY", cells[7]);
        assertEquals("GOV", cells[12]);
        assertEquals("IGO", cells[15]);
        assertEquals("NATO", cells[18]);
        assertEquals("057", cells[26]);
        assertEquals("05", cells[28]);
        assertEquals("1", cells[29]);
        assertEquals("8.0", cells[30]);
        assertEquals("20240304101530", cells[59]);
        assertEquals("https://example.org/a", cells[60]);
        assertEquals("AGREE", cells[61]);
        assertEquals("v1", cells[69]);
    }

    @Test
    void marksAnEventOfTheFirstParagraphAsRoot() throws Exception {
        String[] cells = export("events", input(ArticleJson.toJson(article(), false)).toString()).out().split("\t", -1);
        assertEquals("1", cells[25]);
    }

    @Test
    void writesCsvWithAHeaderAndQuotesAsRfc4180() throws Exception {
        Path out = dir.resolve("events.csv");
        Run run = export("events", "--format", "csv", "--out", out.toString(), input(ArticleJson.toJson(article(), false)).toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = List.of(Files.readString(out, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(String.join(",", ExportCommand.GdeltRow.HEADER), lines.get(0));
        assertEquals(2, lines.size());
    }

    @Test
    void quotesACsvCellHoldingACommaOrQuote() {
        Run run = exportCsvOfTrigger("وقعت، \"تماما\"");
        assertTrue(run.out().contains(",\"وقعت، \"\"تماما\"\"\","), run.out());
    }

    private Run exportCsvOfTrigger(String trigger) {
        try {
            AnalyzedArticle a = article();
            String text = trigger + " " + a.text();
            Event e = new Event("v1", "AGREE", "057", 8.0, new Actor(null, "EGY", null, "مصر"), null,
                    TextSpan.of(text, 0, trigger.length()), 0, null, null, EventMode.ASSERTED, 0.8);
            AnalyzedArticle b = new AnalyzedArticle("a2", null, Source.UNKNOWN, null, null, null, "ar", text, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(e), Provenance.NONE);
            return export("events", "--format", "csv", input(ArticleJson.toJson(b, false)).toString());
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }

    @Test
    void writesOneJsonObjectPerEventWithTheArticleId() throws Exception {
        Run run = export("events", "--format", "jsonl", input(ArticleJson.toJson(article(), false)).toString());
        JsonNode n = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals("a1", n.get("article").asText());
        assertEquals("AGREE", n.get("plover").asText());
        assertEquals("2024-03-03", n.get("dateValue").asText());
        assertEquals("NATO", n.get("target").get("name").asText());
        assertEquals("asserted", n.get("mode").asText());
    }

    @Test
    void reportsABadLineWithFileAndLineAndGoesOn() throws Exception {
        String good = ArticleJson.toJson(article(), false);
        Path in = input(good + "\n{not json\n" + good + "\n");
        Run run = export("events", "--format", "jsonl", in.toString());
        assertEquals(1, run.exitCode());
        assertEquals(2, run.out().lines().count());
        assertTrue(run.err().contains(in + ":2: "), run.err());
    }

    @Test
    void reportsAMissingInputAndGoesOn() throws Exception {
        Run run = export("events", dir.resolve("absent.jsonl").toString(), input(ArticleJson.toJson(article(), false)).toString());
        assertEquals(1, run.exitCode());
        assertEquals(1, run.out().lines().count());
        assertTrue(run.err().contains("absent.jsonl"), run.err());
    }

    @Test
    void derivesAStableGlobalEventIdSafeForJavaScript() {
        long id = ExportCommand.GdeltRow.globalId("a1", "v1");
        assertEquals(id, ExportCommand.GdeltRow.globalId("a1", "v1"));
        assertTrue(id > 0 && id < (1L << 53));
    }
}
