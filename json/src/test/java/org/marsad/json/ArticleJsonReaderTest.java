package org.marsad.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.EventMode;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.Removed;
import org.marsad.article.Source;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.text.Span;

class ArticleJsonReaderTest {
    private static final String TEXT = "قالت الوكالة إن مصر وقعت اتفاقا مع الأردن أمس.";

    private static AnalyzedArticle sample() {
        Entity egypt = new Entity("e1", EntityType.GPE, "مصر", "Egypt", "EGY", "EGY", "country", List.of(), 0.9,
                List.of(Mention.of(TEXT, 16, 19, MentionKind.NAME)));
        Entity jordan = new Entity("e2", EntityType.GPE, "الأردن", "Jordan", "JOR", "JOR", "country", List.of("جار"), 0.9,
                List.of(Mention.of(TEXT, 35, 41, MentionKind.NAME)));
        Entity agency = new Entity("e3", EntityType.ORG, "الوكالة", null, null, null, "media", List.of(), 0.5,
                List.of(Mention.of(TEXT, 5, 12, MentionKind.NOMINAL)));
        DateExpression yesterday = new DateExpression("d1", 42, 45, "أمس", TimexType.DATE, "2024-05-01", "APPROX", true);
        Quote quote = new Quote("q1", 16, 45, TEXT.substring(16, 45), false, TextSpan.of(TEXT, 0, 4), "e3", "الوكالة", 0.7);
        Event event = new Event("v1", "AGREE", "057", 8.0, new Actor("e1", "EGY", "GOV", "مصر"), new Actor("e2", "JOR", null, "الأردن"),
                TextSpan.of(TEXT, 20, 24), 0, "d1", "e3", EventMode.PLANNED, 0.75);
        return new AnalyzedArticle("a1", "x.txt#2", new Source("الجريدة", "https://example.org/a", "e3"), "2024-05-02", "عنوان",
                "الرياض - سامر الحلبي", "ar", TEXT, List.of(new Removed("الجريدة", Removed.BRAND_LINE)), List.of(new Span(0, TEXT.length())),
                List.of(egypt, jordan, agency), List.of(yesterday), List.of(quote), List.of(event),
                new Provenance("e3", List.of(new Provenance.Link("e3", TextSpan.of(TEXT, 0, 4)))));
    }

    private static List<ArticleJsonReader.Item> read(String content) throws IOException {
        List<ArticleJsonReader.Item> items = new ArrayList<>();
        ArticleJsonReader.read(new StringReader(content), items::add);
        return items;
    }

    @Test
    void readsBackEveryFieldTheWriterWrites() {
        AnalyzedArticle a = sample();
        assertEquals(a, ArticleJsonReader.parse(ArticleJson.toJson(a, false)));
    }

    @Test
    void readsBackPrettyPrintedJson() {
        AnalyzedArticle a = sample();
        assertEquals(a, ArticleJsonReader.parse(ArticleJson.toJson(a, true)));
    }

    @Test
    void readsBackWhatTheShippedAnalyzerFinds() {
        AnalyzedArticle a = ArticleAnalyzer.withShippedKnowledge().analyze(Article.builder(
                "وكالة الأنباء\nوقعت مصر في 3 آذار الماضي اتفاقية مع الأردن، وفق ما نقلت الصحيفة.\n").published("2024-05-02").build());
        assertEquals(a, ArticleJsonReader.parse(ArticleJson.toJson(a, false)));
    }

    @Test
    void readsMissingListsAsEmptyAndMissingValuesAsNull() {
        AnalyzedArticle a = ArticleJsonReader.parse("{\"id\":\"a\",\"text\":\"نص\"}");
        assertTrue(a.entities().isEmpty() && a.events().isEmpty() && a.sentences().isEmpty());
        assertNull(a.published());
        assertEquals(Provenance.NONE, a.provenance());
        assertEquals(Source.UNKNOWN, a.source());
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        assertEquals("a", ArticleJsonReader.parse("{\"id\":\"a\",\"text\":\"نص\",\"later\":{\"x\":[1,2]}}").id());
    }

    @Test
    void readsEnumsInAnyCase() {
        String json = ArticleJson.toJson(sample(), false).replace("\"GPE\"", "\"gpe\"");
        assertEquals(EntityType.GPE, ArticleJsonReader.parse(json).entities().get(0).type());
    }

    @Test
    void refusesAnotherSchemaQuotingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleJsonReader.parse("{\"schema\":\"marsad/article@9\",\"id\":\"a\",\"text\":\"نص\"}"));
        assertTrue(e.getMessage().contains("'marsad/article@9'"), e.getMessage());
    }

    @Test
    void namesWhereARequiredFieldIsMissing() {
        String json = "{\"id\":\"a\",\"text\":\"نص\",\"entities\":[{\"id\":\"e1\",\"type\":\"GPE\",\"name\":\"x\",\"mentions\":[{\"end\":1,\"text\":\"ن\",\"kind\":\"name\"}]}]}";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleJsonReader.parse(json));
        assertEquals("entities[0].mentions[0]: missing field 'start'", e.getMessage());
    }

    @Test
    void namesAFieldOfTheWrongType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ArticleJsonReader.parse("{\"id\":\"a\",\"text\":\"نص\",\"sentences\":[{\"start\":\"0\",\"end\":2}]}"));
        assertEquals("sentences[0]: field 'start' must be an integer, got 0", e.getMessage());
    }

    @Test
    void refusesMalformedJson() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleJsonReader.parse("{\"id\":"));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
    }

    @Test
    void readsJsonLinesWithTheirLineNumbers() throws IOException {
        String line = ArticleJson.toJson(sample(), false);
        List<ArticleJsonReader.Item> items = read(line + "\n\n" + line + "\n");
        assertEquals(List.of(1, 3), items.stream().map(ArticleJsonReader.Item::line).toList());
        assertInstanceOf(ArticleJsonReader.Read.class, items.get(1));
    }

    @Test
    void reportsABadLineAndReadsOn() throws IOException {
        String line = ArticleJson.toJson(sample(), false);
        List<ArticleJsonReader.Item> items = read(line + "\n{\"id\":\n" + line + "\n");
        assertInstanceOf(ArticleJsonReader.Failed.class, items.get(1));
        assertEquals(2, items.get(1).line());
        assertInstanceOf(ArticleJsonReader.Read.class, items.get(2));
    }

    @Test
    void readsPrettyPrintedObjectsOneAfterAnother() throws IOException {
        String pretty = ArticleJson.toJson(sample(), true);
        List<ArticleJsonReader.Item> items = read(pretty + "\n" + pretty + "\n");
        assertEquals(2, items.size());
        assertEquals(sample(), ((ArticleJsonReader.Read) items.get(1)).article());
        assertEquals(pretty.lines().count() + 1, items.get(1).line());
    }
}
