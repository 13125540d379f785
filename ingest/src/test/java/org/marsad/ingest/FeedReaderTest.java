package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.article.Article;

class FeedReaderTest {

    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>أخبار المدينة</title>
              <link>https://example.org/</link>
              <description>آخر الأخبار</description>
              <item>
                <title>مكتبة عامة جديدة</title>
                <link>https://example.org/news/1</link>
                <guid isPermaLink="false">news-1</guid>
                <pubDate>Tue, 05 Mar 2024 09:30:00 +0300</pubDate>
                <dc:creator>سلمى الراشد</dc:creator>
                <description>ملخص قصير</description>
                <content:encoded><![CDATA[<p>%s</p><p>%s <a href="/x">رابط</a></p>]]></content:encoded>
              </item>
              <item>
                <title>أمطار غزيرة</title>
                <link>https://example.org/news/2</link>
                <pubDate>Wed, 6 Mar 2024 18:05:00 GMT</pubDate>
                <author>desk@example.org (قسم الطقس)</author>
                <description>&lt;p&gt;%s&lt;/p&gt;</description>
              </item>
            </channel>
            </rss>
            """.formatted(Fixtures.LIBRARY, Fixtures.MINISTER, Fixtures.RAIN);

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>نشرة الرياضة</title>
              <updated>2024-03-07T20:00:00Z</updated>
              <entry>
                <title type="html">فوز &lt;b&gt;فريق المدينة&lt;/b&gt;</title>
                <link rel="self" href="https://example.org/atom/1.xml"/>
                <link rel="alternate" href="https://example.org/sport/1"/>
                <id>tag:example.org,2024:sport-1</id>
                <published>2024-03-07T19:45:00+01:00</published>
                <updated>2024-03-07T21:00:00+01:00</updated>
                <author><name>مراد الحكيم</name></author>
                <summary>ملخص</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>%s</p><p>%s</p></div></content>
              </entry>
              <entry>
                <title>خبر بلا تاريخ نشر</title>
                <link href="https://example.org/sport/2"/>
                <updated>2024-03-08T08:00:00Z</updated>
                <summary>%s</summary>
              </entry>
            </feed>
            """.formatted(Fixtures.FINAL, Fixtures.RAIN, Fixtures.LIBRARY);

    @Test
    void readsEachRssItemAsAnArticle() {
        List<Article> articles = Collected.readText("city.rss", RSS).articles();

        assertEquals(2, articles.size());
        Article first = articles.get(0);
        assertEquals("مكتبة عامة جديدة", first.title());
        assertEquals("https://example.org/news/1", first.url());
        assertEquals("news-1", first.id());
        assertEquals("2024-03-05T09:30:00+03:00", first.published());
        assertEquals("سلمى الراشد", first.author());
        assertEquals("أخبار المدينة", first.sourceName());
        assertEquals(Fixtures.LIBRARY + "\n" + Fixtures.MINISTER + " رابط", first.text());
        assertEquals("city.rss#1", first.origin());
    }

    @Test
    void readsEscapedHtmlDescriptionsAndRfc822Authors() {
        Article second = Collected.readText("city.xml", RSS).articles().get(1);

        assertEquals(Fixtures.RAIN, second.text());
        assertEquals("2024-03-06T18:05:00Z", second.published());
        assertEquals("قسم الطقس", second.author());
    }

    @Test
    void readsEachAtomEntryAsAnArticle() {
        List<Article> articles = Collected.readText("sport.atom", ATOM).articles();

        Article first = articles.get(0);
        assertEquals("فوز فريق المدينة", first.title());
        assertEquals("https://example.org/sport/1", first.url());
        assertEquals("tag:example.org,2024:sport-1", first.id());
        assertEquals("2024-03-07T19:45:00+01:00", first.published());
        assertEquals("مراد الحكيم", first.author());
        assertEquals("نشرة الرياضة", first.sourceName());
        assertEquals(Fixtures.FINAL + "\n" + Fixtures.RAIN, first.text());
    }

    @Test
    void takesTheUpdatedDateAndTheSummaryWhenAnEntryHasNothingBetter() {
        Article second = Collected.readText("sport.atom", ATOM).articles().get(1);

        assertEquals("2024-03-08T08:00:00Z", second.published());
        assertEquals(Fixtures.LIBRARY, second.text());
        assertEquals("https://example.org/sport/2", second.url());
    }

    @Test
    void failsAnItemWhoseTextExceedsTheLimitAndReadsTheNext() {
        Collected collected = new Collected();

        Inputs.read("city.rss", new java.io.ByteArrayInputStream(RSS.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                ReadOptions.defaults().withMaxArticleChars(100), collected.items::add);

        assertEquals(new InputItem.Failed("city.rss#1", "article exceeds 100 characters; raise --max-article-chars"),
                collected.items.get(0));
        assertEquals("أمطار غزيرة", collected.articles().get(0).title());
    }

    @Test
    void reportsAFeedWithoutItems() {
        String empty = "<rss version=\"2.0\"><channel><title>لا شيء</title></channel></rss>";

        assertEquals(new InputItem.Failed("empty.rss", "no articles found"), Collected.readText("empty.rss", empty).onlyFailure());
    }
}
