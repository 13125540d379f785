package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.Article;

class TrecReaderTest {
    @TempDir
    Path dir;

    private static String doc(String docno, String time, String title, String text) {
        return """
                <DOC>
                <DOCNO>%s</DOCNO>
                <URL>http://example.tn/ar/article/%s</URL>\s
                <SRC>إذاعة المدينة</SRC>
                <CAT>culture</CAT>
                <TITLE>%s</TITLE>
                <TIME>%s</TIME>
                <AUTHOR></AUTHOR>
                <ABSTRACT>

                </ABSTRACT>
                <TEXT>
                %s
                </TEXT>
                </DOC>
                """.formatted(docno, docno, title, time, text);
    }

    @Test
    void readsAnAntStyleDocumentInATxtFile() throws Exception {
        Path file = Collected.write(dir.resolve("culture/EX-culture-1.txt"),
                doc("EX-culture-1", "2017-01-21T16:19:00+01:00", "افتتاح مكتبة", Fixtures.LIBRARY + "\n" + Fixtures.RAIN));

        Article article = Collected.read(file).onlyArticle();

        assertEquals("EX-culture-1", article.id());
        assertEquals("http://example.tn/ar/article/EX-culture-1", article.url());
        assertEquals("إذاعة المدينة", article.sourceName());
        assertEquals("افتتاح مكتبة", article.title());
        assertEquals("2017-01-21T16:19:00+01:00", article.published());
        assertNull(article.author());
        assertEquals(Fixtures.LIBRARY + "\n" + Fixtures.RAIN, article.text());
        assertEquals(file + "#1", article.origin());
    }

    @Test
    void readsSeveralDocumentsOfOneFileInOrder() {
        String file = doc("a", "2017-01-21", "أ", Fixtures.LIBRARY) + doc("b", "2017-01-22", "ب", Fixtures.RAIN).strip()
                + doc("c", "2017-01-23", "ج", Fixtures.FINAL);

        Collected collected = Collected.readText("many.txt", file);

        assertEquals(List.of("many.txt#1", "many.txt#2", "many.txt#3"), collected.origins());
        assertEquals(List.of("a", "b", "c"), collected.articles().stream().map(Article::id).toList());
    }

    @Test
    void readsTheDayFirstAndBasicTimeDatesOfTheAntCorpus() {
        String file = doc("a", "25/05/2017", "أ", "نص") + doc("b", "2017-01-22T171800", "ب", "نص");

        List<Article> articles = Collected.readText("dates.txt", file).articles();

        assertEquals("2017-05-25", articles.get(0).published());
        assertEquals("2017-01-22T17:18:00", articles.get(1).published());
    }

    @Test
    void decodesCompleteReferencesButKeepsBareAmpersandsAndAngleBrackets() {
        String file = "<DOC><DOCNO>x</DOCNO><URL>http://example.tn/a?utm=1&amp;b=2&c=3</URL>"
                + "<TITLE>الفائز &quot;الأول&quot;</TITLE><TEXT>< الترتيب النهائي & النتائج &#1575;</TEXT></DOC>";

        Article article = Collected.readText("refs.txt", file).onlyArticle();

        assertEquals("http://example.tn/a?utm=1&b=2&c=3", article.url());
        assertEquals("الفائز \"الأول\"", article.title());
        assertEquals("< الترتيب النهائي & النتائج ا", article.text());
    }

    @Test
    void readsNewswireDocumentsWithIdAttributeHeadlineAndParagraphs() {
        String file = "<DOC id=\"WIRE_ARB_20240105.0001\" type=\"story\">\n<HEADLINE>\nأمطار غزيرة\n</HEADLINE>\n"
                + "<DATELINE>عمان 5-1</DATELINE>\n<TEXT>\n<P>\n" + Fixtures.RAIN + "\n</P>\n<P>\n" + Fixtures.FINAL
                + "\n</P>\n</TEXT>\n</DOC>\n";

        Article article = Collected.readText("wire.xml", file).onlyArticle();

        assertEquals("WIRE_ARB_20240105.0001", article.id());
        assertEquals("أمطار غزيرة", article.title());
        assertEquals(Fixtures.RAIN + "\n" + Fixtures.FINAL, article.text());
    }

    @Test
    void fallsBackToTheAbstractWhenTheTextIsEmpty() {
        String file = "<DOC><DOCNO>x</DOCNO><ABSTRACT>" + Fixtures.FARMERS + "</ABSTRACT><TEXT>\n</TEXT></DOC>";

        assertEquals(Fixtures.FARMERS, Collected.readText("a.txt", file).onlyArticle().text());
    }

    @Test
    void keepsADocumentWithNeitherTextNorAbstractAsATitleOnlyArticle() {
        String file = "<DOC><DOCNO>x</DOCNO><TITLE>عنوان فقط</TITLE><ABSTRACT></ABSTRACT><TEXT>\n</TEXT></DOC>";

        Article article = Collected.readText("t.txt", file).onlyArticle();

        assertEquals("", article.text());
        assertEquals("عنوان فقط", article.title());
    }

    @Test
    void failsADocumentWithoutTextWithItsLineAndReadsTheNext() {
        String file = "<DOC>\n<DOCNO>x</DOCNO>\n<TITLE>أ</TITLE>\n</DOC>\n" + doc("y", "2017-01-21", "ب", Fixtures.FINAL);

        Collected collected = Collected.readText("gap.txt", file);

        assertEquals(new InputItem.Failed("gap.txt#1", "line 1: no <TEXT> element in <DOC>"), collected.items.get(0));
        assertEquals("y", collected.articles().get(0).id());
    }

    @Test
    void endsAnUnclosedDocumentWhereTheNextBegins() {
        String file = "<DOC><DOCNO>a</DOCNO><TEXT>" + Fixtures.LIBRARY + "</TEXT>\n<DOC><DOCNO>b</DOCNO><TEXT>"
                + Fixtures.RAIN + "</TEXT>";

        List<Article> articles = Collected.readText("open.txt", file).articles();

        assertEquals(List.of("a", "b"), articles.stream().map(Article::id).toList());
        assertEquals(Fixtures.RAIN, articles.get(1).text());
    }

    @Test
    void failsADocumentLongerThanTheMarkupLimitAndReadsTheNext() {
        String file = doc("a", "2017-01-21", "أ", Fixtures.LIBRARY.repeat(20)) + doc("b", "2017-01-22", "ب", "نص");
        Collected collected = new Collected();

        Inputs.read("big.txt", new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ReadOptions.defaults().withMaxPageChars(1000), collected.items::add);

        assertEquals(new InputItem.Failed("big.txt#1",
                "line 1: document exceeds 1000 characters; raise --max-page-chars"), collected.items.get(0));
        assertEquals("b", collected.articles().get(0).id());
    }
}
