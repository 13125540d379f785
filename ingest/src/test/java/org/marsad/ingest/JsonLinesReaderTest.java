package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.Article;

class JsonLinesReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryFieldOfARecord() {
        String line = """
                {"id": "n-17", "source": "وكالة الأنباء المحلية", "url": "https://example.org/17", \
                "published": "2024-03-05T09:30:00+03:00", "title": "خطة لدعم المزارعين", "author": "سلمى الراشد", \
                "text": "%s"}
                """.formatted(Fixtures.FARMERS);

        Article article = Collected.readText("news.jsonl", line).onlyArticle();

        assertEquals("n-17", article.id());
        assertEquals("وكالة الأنباء المحلية", article.sourceName());
        assertEquals("https://example.org/17", article.url());
        assertEquals("2024-03-05T09:30:00+03:00", article.published());
        assertEquals("خطة لدعم المزارعين", article.title());
        assertEquals("سلمى الراشد", article.author());
        assertEquals(Fixtures.FARMERS, article.text());
        assertEquals("news.jsonl#1", article.origin());
    }

    @Test
    void takesContentOrBodyForTextAndDateForPublished() {
        String lines = "{\"content\": \"" + Fixtures.RAIN + "\", \"date\": \"2024-01-09\"}\n"
                + "{\"body\": \"" + Fixtures.FINAL + "\", \"date\": \"2024-01-10 18:05:00\"}\n";

        List<Article> articles = Collected.readText("alt.jsonl", lines).articles();

        assertEquals(Fixtures.RAIN, articles.get(0).text());
        assertEquals("2024-01-09", articles.get(0).published());
        assertEquals(Fixtures.FINAL, articles.get(1).text());
        assertEquals("2024-01-10T18:05:00", articles.get(1).published());
    }

    @Test
    void numbersRecordsAndSkipsBlankLines() {
        String lines = "{\"text\": \"أ\"}\n\n   \n{\"text\": \"ب\"}\r\n{\"text\": \"ج\"}";

        Collected collected = Collected.readText("three.jsonl", lines);

        assertEquals(List.of("three.jsonl#1", "three.jsonl#2", "three.jsonl#3"), collected.origins());
    }

    @Test
    void failsABadLineWithFileAndLineAndReadsOn() throws Exception {
        Path file = Collected.write(dir.resolve("mixed.jsonl"), "{\"text\": \"" + Fixtures.LIBRARY + "\"}\n"
                + "{\"text\": \"نص مقطوع\n"
                + "{\"text\": \"" + Fixtures.RAIN + "\"}\n");

        Collected collected = Collected.read(file);

        assertEquals(List.of(file + "#1", file + ":2", file + "#3"), collected.origins());
        InputItem.Failed failure = collected.failures().get(0);
        assertTrue(failure.message().startsWith("column "), failure.message());
        assertEquals(Fixtures.RAIN, collected.articles().get(1).text());
    }

    @Test
    void failsALineThatIsNotAnObject() {
        Collected collected = Collected.readText("odd.jsonl", "{\"text\": \"أ\"}\n[1, 2]\n");

        assertEquals("expected a JSON object, found an array", collected.failures().get(0).message());
        assertEquals("odd.jsonl:2", collected.failures().get(0).origin());
    }

    @Test
    void failsARecordWithoutTextSayingWhichFieldsAreLookedFor() {
        InputItem.Failed failure = Collected.readText("notext.jsonl", "{\"title\": \"عنوان\", \"article_body\": \"نص\"}\n")
                .onlyFailure();

        assertEquals("notext.jsonl:1", failure.origin());
        assertEquals("no text: expected a \"text\", \"content\" or \"body\" field", failure.message());
    }

    @Test
    void failsAFieldHoldingAnObjectButReadsTheNextLine() {
        Collected collected = Collected.readText("typed.jsonl",
                "{\"title\": {\"ar\": \"عنوان\"}, \"text\": \"نص\"}\n{\"text\": \"" + Fixtures.FINAL + "\"}\n");

        assertEquals("field \"title\" holds an object, expected a string", collected.failures().get(0).message());
        assertEquals(Fixtures.FINAL, collected.articles().get(0).text());
    }

    @Test
    void failsContentAfterTheObjectOnTheSameLine() {
        InputItem.Failed failure = Collected.readText("two.jsonl", "{\"text\": \"أ\"} {\"text\": \"ب\"}\n").onlyFailure();

        assertEquals("expected one object per line, found an object after it", failure.message());
    }

    @Test
    void keepsAnArticleWhoseDateCannotBeReadWithoutADate() {
        Article article = Collected.readText("date.jsonl", "{\"text\": \"نص\", \"published\": \"الأسبوع الماضي\"}\n")
                .onlyArticle();

        assertNull(article.published());
    }

    @Test
    void takesNumbersAsTextAndNullAsAbsent() {
        Article article = Collected.readText("n.jsonl", "{\"id\": 42, \"title\": null, \"text\": \"نص\"}\n").onlyArticle();

        assertEquals("42", article.id());
        assertNull(article.title());
    }

    @Test
    void keepsAnEmptyTextAsAnEmptyArticle() {
        assertEquals("", Collected.readText("e.jsonl", "{\"title\": \"عنوان\", \"text\": \"\"}\n").onlyArticle().text());
    }

    @Test
    void failsAnOverlongTextOnItsLineOnly() {
        ReadOptions options = ReadOptions.defaults().withMaxArticleChars(50);
        Collected collected = new Collected();
        String lines = "{\"text\": \"" + Fixtures.RAIN.repeat(3) + "\"}\n{\"text\": \"قصير\"}\n";

        Inputs.read("long.jsonl", new java.io.ByteArrayInputStream(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                options, collected.items::add);

        assertEquals("long.jsonl:1", collected.items.get(0).origin());
        assertEquals("article exceeds 50 characters; raise --max-article-chars", collected.failures().get(0).message());
        assertEquals("قصير", collected.articles().get(0).text());
    }

    @Test
    void readsOnAfterABrokenFirstLine() {
        Collected collected = Collected.readText("first.jsonl", "{\"text\": \"مقطوع\n{\"text\": \"" + Fixtures.RAIN + "\"}\n");

        assertEquals(List.of("first.jsonl:1", "first.jsonl#2"), collected.origins());
    }

    @Test
    void takesTheNameOfASourceOrAuthorGivenAsAnObject() {
        String line = "{\"source\": {\"id\": null, \"name\": \"صحيفة المدينة\"}, \"author\": {\"name\": \"ليلى\"}, "
                + "\"content\": \"نص\"}\n";

        Article article = Collected.readText("newsapi.jsonl", line).onlyArticle();

        assertEquals("صحيفة المدينة", article.sourceName());
        assertEquals("ليلى", article.author());
    }

    @Test
    void decodesCharacterReferencesAndTrimsNoBreakSpacesInTitleAndAuthor() {
        String line = "{\"title\": \"&nbsp;المطر &amp; الحصاد \", \"author\": \"\u00a0سلمى الراشد &ndash; جدة\", "
                + "\"content\": \"نص فيه &amp; كما هو\"}\n";

        Article article = Collected.readText("crawl.jsonl", line).onlyArticle();

        assertEquals("المطر & الحصاد", article.title());
        assertEquals("سلمى الراشد – جدة", article.author());
        assertEquals("نص فيه &amp; كما هو", article.text(), "the text is left as written");
    }

    @Test
    void failsALineNestedBeyondTheParserLimitWithoutCallingItTooLong() {
        String line = "{\"extra\": " + "[".repeat(5000) + "]".repeat(5000) + ", \"text\": \"نص\"}\n{\"text\": \"ب\"}\n";

        Collected collected = Collected.readText("deep.jsonl", line);

        assertTrue(collected.failures().get(0).message().startsWith("beyond a JSON parser limit: "));
        assertEquals("ب", collected.articles().get(0).text());
    }
}
