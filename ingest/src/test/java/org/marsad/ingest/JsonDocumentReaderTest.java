package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;

class JsonDocumentReaderTest {

    @Test
    void readsSaudiNewsNetRecordsKeepingTheDayOfExtraction() {
        String array = """
                [
                    {
                        "source": "alyaum",
                        "url": "http://example.org/a/1",
                        "date_extracted": "2015-08-06 01:00:00",
                        "title": "مكتبة عامة جديدة",
                        "author": "",
                        "content": "%s"
                    },
                    {
                        "source": "okaz",
                        "url": "http://example.org/a/2",
                        "date_extracted": "2015-08-07 13:45:10",
                        "title": "",
                        "author": "الرياض: ماجد",
                        "content": "%s"
                    }
                ]
                """.formatted(Fixtures.LIBRARY, Fixtures.RAIN);

        List<Article> articles = Collected.readText("2015-08-06.json", array).articles();

        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("alyaum", first.sourceName());
        assertEquals("2015-08-06", first.published());
        assertEquals("مكتبة عامة جديدة", first.title());
        assertEquals(null, first.author());
        assertEquals(Fixtures.LIBRARY, first.text());
        assertEquals("2015-08-06.json#1", first.origin());
        assertEquals("2015-08-07", articles.get(1).published());
        assertEquals(null, articles.get(1).title());
        assertEquals("الرياض: ماجد", articles.get(1).author());
    }

    @Test
    void readsAnArrayOfJsonLinesShapedObjects() {
        String array = "[{\"id\": \"a\", \"title\": \"أ\", \"published\": \"2024-02-01\", \"text\": \"" + Fixtures.FINAL + "\"},"
                + "{\"id\": \"b\", \"text\": \"" + Fixtures.RAIN + "\"}]";

        List<Article> articles = Collected.readText("batch.json", array).articles();

        assertEquals(List.of("a", "b"), articles.stream().map(Article::id).toList());
        assertEquals("2024-02-01", articles.get(0).published());
    }

    @Test
    void readsObjectsSpreadOverSeveralLines() {
        String objects = "{\n  \"title\": \"أ\",\n  \"text\": \"" + Fixtures.FARMERS + "\"\n}\n{\n  \"text\": \"" + Fixtures.MINISTER + "\"\n}\n";

        Collected collected = Collected.readText("pretty.json", objects);

        assertEquals(List.of("pretty.json#1", "pretty.json#2"), collected.origins());
        assertEquals(Fixtures.MINISTER, collected.articles().get(1).text());
    }

    @Test
    void failsAnElementThatIsNotAnObjectAndReadsTheNext() {
        Collected collected = Collected.readText("mixed.json", "[{\"text\": \"أ\"},\n\"نص\", {\"text\": \"" + Fixtures.FINAL + "\"}]");

        assertEquals(List.of("mixed.json#1", "mixed.json#2", "mixed.json#3"), collected.origins());
        assertEquals("line 2, column 1: expected an object, found a string", collected.failures().get(0).message());
    }

    @Test
    void failsARecordWithoutTextAndReadsTheNext() {
        Collected collected = Collected.readText("gap.json", "[{\"title\": \"أ\"}, {\"text\": \"ب\"}]");

        assertTrue(collected.failures().get(0).message().endsWith("no text: expected a \"text\", \"content\" or \"body\" field"));
        assertEquals("ب", collected.articles().get(0).text());
    }

    @Test
    void failsBrokenSyntaxWithLineAndColumnAndStops() {
        String array = "[\n{\"text\": \"" + Fixtures.LIBRARY + "\"},\n{\"text\": \"نص\" \"title\": \"ب\"},\n{\"text\": \"ج\"}\n]";

        Collected collected = Collected.readText("broken.json", array);

        assertEquals(List.of("broken.json#1", "broken.json#2"), collected.origins());
        String message = collected.failures().get(0).message();
        assertTrue(message.startsWith("line 3, column "), message);
        assertTrue(message.endsWith("; the rest of the file was not read"), message);
    }

    @Test
    void failsATruncatedArrayAfterReadingWhatCameBefore() {
        Collected collected = Collected.readText("cut.json", "[{\"text\": \"أ\"}, {\"text\": \"ب");

        assertEquals(1, collected.articles().size());
        assertEquals("cut.json#2", collected.failures().get(0).origin());
    }

    @Test
    void failsAnOverlongStringEndingTheFile() {
        Collected collected = new Collected();
        String array = "[{\"text\": \"" + Fixtures.RAIN.repeat(3) + "\"}, {\"text\": \"ب\"}]";

        Inputs.read("big.json", new java.io.ByteArrayInputStream(array.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ReadOptions.defaults().withMaxArticleChars(40), collected.items::add);

        InputItem.Failed failure = collected.onlyFailure();
        assertEquals("big.json#1", failure.origin());
        assertEquals("article exceeds 40 characters; raise --max-article-chars; the rest of the file was not read",
                failure.message());
    }

    @Test
    void reportsAnEmptyArrayAsHavingNoArticles() {
        assertEquals("no articles found", Collected.readText("none.json", "[ ]").onlyFailure().message());
    }
}
