package org.marsad.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
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
import org.marsad.article.Quote;
import org.marsad.article.Removed;
import org.marsad.article.Source;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.text.Span;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TEXT = "قالت الوزارة إن مصر وقعت اتفاقا أمس.";

    private static AnalyzedArticle sample() {
        Entity egypt = new Entity("e1", EntityType.GPE, "مصر", "Egypt", "EGY", "EGY", "country", List.of(), 0.9,
                List.of(Mention.of(TEXT, 16, 19, MentionKind.NAME)));
        DateExpression yesterday = new DateExpression("d1", 32, 35, "أمس", TimexType.DATE, "2024-05-01", null, true);
        Quote quote = new Quote("q1", 16, 35, TEXT.substring(16, 35), false, TextSpan.of(TEXT, 0, 4), null, "الوزارة", 0.7);
        Event event = new Event("v1", "AGREE", "057", 3.0, new Actor("e1", "EGY", null, "مصر"), null,
                TextSpan.of(TEXT, 20, 24), 0, "d1", null, EventMode.ASSERTED, 0.6);
        return new AnalyzedArticle("a1", "x.txt", new Source("الجريدة", null, null), "2024-05-02", null, null, "ar", TEXT,
                List.of(new Removed("الجريدة", Removed.BRAND_LINE)), List.of(new Span(0, TEXT.length())), List.of(egypt),
                List.of(yesterday), List.of(quote), List.of(event), new Provenance(null, List.of()));
    }

    @Test
    void writesEveryFieldOfTheContract() throws Exception {
        JsonNode n = MAPPER.readTree(ArticleJson.toJson(sample(), false));
        for (String field : List.of("schema", "id", "origin", "source", "published", "title", "author", "language",
                "text", "removed", "sentences", "entities", "dates", "quotes", "events", "provenance")) {
            assertTrue(n.has(field), field);
        }
        assertEquals("marsad/article@1", n.get("schema").asText());
    }

    @Test
    void writesAbsentValuesAsNull() throws Exception {
        JsonNode n = MAPPER.readTree(ArticleJson.toJson(sample(), false));
        assertTrue(n.get("title").isNull());
        assertTrue(n.get("author").isNull());
        assertTrue(n.get("source").get("url").isNull());
        assertTrue(n.get("events").get(0).get("target").isNull());
        assertTrue(n.get("provenance").get("publisher").isNull());
    }

    @Test
    void writesEnumsAsTheContractSpellsThem() throws Exception {
        JsonNode n = MAPPER.readTree(ArticleJson.toJson(sample(), false));
        assertEquals("GPE", n.get("entities").get(0).get("type").asText());
        assertEquals("name", n.get("entities").get(0).get("mentions").get(0).get("kind").asText());
        assertEquals("asserted", n.get("events").get(0).get("mode").asText());
        assertEquals("DATE", n.get("dates").get(0).get("type").asText());
    }

    @Test
    void keepsOffsetsPointingAtTheirText() throws Exception {
        JsonNode n = MAPPER.readTree(ArticleJson.toJson(sample(), false));
        String text = n.get("text").asText();
        JsonNode mention = n.get("entities").get(0).get("mentions").get(0);
        assertEquals(mention.get("text").asText(), text.substring(mention.get("start").asInt(), mention.get("end").asInt()));
        JsonNode cue = n.get("quotes").get(0).get("cue");
        assertEquals(cue.get("text").asText(), text.substring(cue.get("start").asInt(), cue.get("end").asInt()));
    }

    @Test
    void writesJsonLinesOnOneLine() {
        assertFalse(ArticleJson.toJson(sample(), false).contains("\n"));
        assertTrue(ArticleJson.toJson(sample(), true).contains("\n"));
    }

    @Test
    void escapesNothingArabicAndKeepsTextExact() throws Exception {
        String json = ArticleJson.toJson(sample(), false);
        assertTrue(json.contains("مصر"));
        assertEquals(TEXT, MAPPER.readTree(json).get("text").asText());
    }
}
