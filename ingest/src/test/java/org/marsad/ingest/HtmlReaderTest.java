package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;
import org.marsad.article.Removed;

class HtmlReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="ar" dir="rtl">
            <head>
              <meta charset="utf-8">
              <title>مكتبة عامة جديدة - صحيفة المدينة</title>
              <meta property="og:title" content="افتتاح مكتبة عامة جديدة في وسط المدينة">
              <meta property="og:site_name" content="صحيفة المدينة">
              <meta property="og:url" content="https://example.org/culture/library">
              <meta property="article:published_time" content="2024-03-05T09:30:00+03:00">
              <meta name="author" content="سلمى الراشد">
              <script>var tracking = "لا يظهر";</script>
            </head>
            <body>
              <header><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></header>
              <nav><ul><li><a href="/politics">سياسة</a></li><li><a href="/economy">اقتصاد</a></li></ul></nav>
              <main>
                <article>
                  <header><h1>افتتاح مكتبة عامة جديدة</h1><span class="byline">بقلم سلمى الراشد</span></header>
                  <p>%s</p>
                  <p>%s</p>
                  <p><strong>اقرأ أيضاً:</strong> <a href="/a">مهرجان الكتاب ينطلق الأسبوع المقبل</a></p>
                  <p>%s</p>
                  <div class="share">شارك المقال</div>
                </article>
                <aside><h3>الأكثر قراءة</h3><a href="/b">خبر آخر</a></aside>
              </main>
              <footer>جميع الحقوق محفوظة © صحيفة المدينة</footer>
            </body>
            </html>
            """.formatted(Fixtures.LIBRARY, Fixtures.FARMERS, Fixtures.MINISTER);

    @Test
    void takesTheArticleTextOneParagraphPerLine() {
        Article article = Collected.readText("page.html", PAGE).onlyArticle();

        assertEquals("بقلم سلمى الراشد\n" + Fixtures.LIBRARY + "\n" + Fixtures.FARMERS + "\n" + Fixtures.MINISTER
                + "\nشارك المقال", article.text());
        assertEquals("page.html", article.origin());
    }

    @Test
    void readsTheMetadataOfThePage() {
        Article article = Collected.readText("page.html", PAGE).onlyArticle();

        assertEquals("افتتاح مكتبة عامة جديدة في وسط المدينة", article.title());
        assertEquals("2024-03-05T09:30:00+03:00", article.published());
        assertEquals("صحيفة المدينة", article.sourceName());
        assertEquals("سلمى الراشد", article.author());
        assertEquals("https://example.org/culture/library", article.url());
    }

    @Test
    void keepsPageChromeAndRelatedLinksAsRemovedPieces() {
        List<Removed> removed = Collected.readText("page.html", PAGE).onlyArticle().removed();

        assertEquals(List.of(
                new Removed("الرئيسية رياضة", Removed.PAGE_CHROME),
                new Removed("سياسة اقتصاد", Removed.PAGE_CHROME),
                new Removed("الأكثر قراءة خبر آخر", Removed.PAGE_CHROME),
                new Removed("جميع الحقوق محفوظة © صحيفة المدينة", Removed.PAGE_CHROME),
                new Removed("اقرأ أيضاً: مهرجان الكتاب ينطلق الأسبوع المقبل", Removed.RELATED_LINKS)), removed);
    }

    @Test
    void takesAReadAlsoHeadingTogetherWithItsListOfLinks() {
        String page = "<html><body><div class=\"story\"><p>" + Fixtures.RAIN + "</p><h4>إقرأ ايضا</h4>"
                + "<ul><li><a href=\"/1\">رياح قوية على الساحل</a></li><li><a href=\"/2\">إغلاق ميناء الصيد</a></li></ul>"
                + "<p>" + Fixtures.FINAL + "</p></div></body></html>";

        Article article = Collected.readText("story.html", page).onlyArticle();

        assertEquals(Fixtures.RAIN + "\n" + Fixtures.FINAL, article.text());
        assertEquals(List.of(new Removed("إقرأ ايضا رياح قوية على الساحل إغلاق ميناء الصيد", Removed.RELATED_LINKS)),
                article.removed());
    }

    @Test
    void capsEachRemovedPieceAtThreeHundredCharacters() {
        String longMenu = "<a href=\"#\">قسم الأخبار المحلية</a> ".repeat(40);
        String page = "<html><body><nav>" + longMenu + "</nav><article><p>" + Fixtures.RAIN + "</p></article></body></html>";

        Removed piece = Collected.readText("menu.html", page).onlyArticle().removed().get(0);

        assertEquals(300, piece.text().length());
        assertTrue(piece.text().endsWith("…"));
    }

    @Test
    void takesTheBlockWithTheMostParagraphTextWhenThereIsNoArticleElement() {
        String page = "<html><body><div id=\"side\"><p>إعلان قصير</p></div>"
                + "<div id=\"content\"><p>" + Fixtures.LIBRARY + "</p><p>" + Fixtures.RAIN + "</p></div>"
                + "<div id=\"more\"><p>روابط</p></div></body></html>";

        assertEquals(Fixtures.LIBRARY + "\n" + Fixtures.RAIN, Collected.readText("plain.htm", page).onlyArticle().text());
    }

    @Test
    void prefersTheArticleBodyMarkedBySchemaOrg() {
        String page = "<html><body><article><div class=\"teaser\"><p>" + Fixtures.MINISTER + "</p></div>"
                + "<div itemprop=\"articleBody\"><p>" + Fixtures.FINAL + "</p></div></article></body></html>";

        assertEquals(Fixtures.FINAL, Collected.readText("schema.html", page).onlyArticle().text());
    }

    @Test
    void takesTheH1WhenThereIsNoOpenGraphTitle() {
        String page = "<html><head><title>عنوان الصفحة - الموقع</title></head><body><h1>العنوان الرئيسي</h1><p>"
                + Fixtures.RAIN + "</p></body></html>";

        Article article = Collected.readText("h1.html", page).onlyArticle();

        assertEquals("العنوان الرئيسي", article.title());
        assertEquals(Fixtures.RAIN, article.text());
    }

    @Test
    void takesThePageTitleWithoutTheSiteNameAsLastResort() {
        String page = "<html><head><title>أمطار غزيرة على الساحل | صحيفة المدينة</title>"
                + "<meta name=\"application-name\" content=\"صحيفة المدينة\"></head><body><p>" + Fixtures.RAIN + "</p></body></html>";

        Article article = Collected.readText("t.html", page).onlyArticle();

        assertEquals("أمطار غزيرة على الساحل", article.title());
        assertEquals("صحيفة المدينة", article.sourceName());
    }

    @Test
    void readsDateAndAuthorFromJsonLd() {
        String page = """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "الموقع"},
                 {"@type": "NewsArticle", "headline": "خبر", "datePublished": "2024-02-01T08:00:00Z",
                  "author": [{"@type": "Person", "name": "مراد الحكيم"}, {"@type": "Person", "name": "آخر"}]}]}
                </script></head><body><p>%s</p></body></html>
                """.formatted(Fixtures.FINAL);

        Article article = Collected.readText("ld.html", page).onlyArticle();

        assertEquals("2024-02-01T08:00:00Z", article.published());
        assertEquals("مراد الحكيم", article.author());
    }

    @Test
    void readsItempropAndTimeElementDatesAndRelAuthorAndCanonicalLink() {
        String withItemprop = "<html><head><link rel=\"canonical\" href=\"https://example.org/c\"></head><body>"
                + "<a rel=\"author\" href=\"/u\">ليلى</a><span itemprop=\"datePublished\" content=\"2024-04-02\"></span>"
                + "<p>" + Fixtures.RAIN + "</p></body></html>";
        String withTime = "<html><body><article><time datetime=\"2024-04-03T10:00\">قبل ساعة</time><p>" + Fixtures.RAIN
                + "</p></article></body></html>";

        Article first = Collected.readText("a.html", withItemprop).onlyArticle();
        Article second = Collected.readText("b.html", withTime).onlyArticle();

        assertEquals("2024-04-02", first.published());
        assertEquals("ليلى", first.author());
        assertEquals("https://example.org/c", first.url());
        assertEquals("2024-04-03T10:00:00", second.published());
    }

    @Test
    void leavesTheDateEmptyWhenThePageDateCannotBeRead() {
        String page = "<html><head><meta property=\"article:published_time\" content=\"منذ يومين\"></head><body><p>"
                + Fixtures.RAIN + "</p></body></html>";

        assertNull(Collected.readText("d.html", page).onlyArticle().published());
    }

    @Test
    void failsAPageWithoutText() {
        String page = "<html><head><title>فارغة</title></head><body><nav><a href=\"/\">الرئيسية</a></nav></body></html>";

        assertEquals(new InputItem.Failed("empty.html", "no article text found in the HTML page"),
                Collected.readText("empty.html", page).onlyFailure());
    }

    @Test
    void failsAPageLongerThanTheMarkupLimit() {
        Collected collected = new Collected();

        Inputs.read("big.html", new java.io.ByteArrayInputStream(PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ReadOptions.defaults().withMaxPageChars(500), collected.items::add);

        assertEquals("page exceeds 500 characters; raise --max-page-chars", collected.onlyFailure().message());
    }

    @Test
    void neverPutsScriptsOrStylesIntoTheText() {
        Article article = Collected.readText("page.html", PAGE).onlyArticle();

        assertFalse(article.text().contains("tracking"));
        assertFalse(article.text().contains("لا يظهر"));
    }
}
