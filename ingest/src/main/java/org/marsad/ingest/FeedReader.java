package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Iterator;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.marsad.article.Article;

/**
 * RSS (2.0 and 1.0) and Atom feeds: one article per {@code <item>} or {@code <entry>}, streamed with jsoup's XML
 * parser and dropped from the tree once read, so a feed of any length is read in bounded memory.
 *
 * <p>Fields, each the first present: title {@code title}; url {@code link} (its text, or the {@code href} of the
 * Atom link that is {@code alternate} or has no {@code rel}); id {@code guid}, {@code id}; published
 * {@code pubDate} (RFC-1123), {@code published}, {@code dc:date}, {@code updated}; author {@code dc:creator},
 * {@code author} (an Atom author's {@code name}; the name in parentheses of an RSS {@code email (Name)});
 * text {@code content:encoded}, {@code content}, {@code description}, {@code summary}, its HTML turned into lines
 * of text; source name the title of the channel or feed.
 *
 * <p>Rules: each item is a record, {@code path#N}; an item whose text exceeds the article limit fails and the next
 * is read; an item longer than the markup limit ends the feed.
 */
final class FeedReader implements ArticleReader {

    @Override
    public void read(Reader text, Emitter out, Settings settings) throws IOException {
        ReadOptions options = settings.options();
        BudgetReader budget =
                new BudgetReader(text, options.maxPageChars(), () -> Refusal.pageTooLong("feed item", options));
        try (StreamParser stream = new StreamParser(Parser.xmlParser()).parse(budget, "")) {
            String feedTitle = null;
            Iterator<Element> elements = stream.iterator();
            while (elements.hasNext()) {
                Element element = elements.next();
                String name = localName(element);
                if (name.equals("item") || name.equals("entry")) {
                    readItem(element, feedTitle, out, options);
                    element.remove();
                    budget.renew();
                } else if (name.equals("title") && feedTitle == null && isFeedLevel(element.parent())) {
                    feedTitle = element.text();
                }
            }
        }
    }

    private static void readItem(Element item, String feedTitle, Emitter out, ReadOptions options) {
        String recordOrigin = out.nextRecord();
        String body = itemText(item);
        if (body.length() > options.maxArticleChars()) {
            out.failed(recordOrigin, Refusal.articleTooLong(options).getMessage());
            return;
        }
        out.article(recordOrigin, Article.builder(body)
                .title(plain(child(item, "title")))
                .url(link(item))
                .id(firstText(item, "guid", "id"))
                .published(Dates.normalize(firstText(item, "pubdate", "published", "dc:date", "updated")))
                .author(author(item))
                .sourceName(feedTitle));
    }

    private static boolean isFeedLevel(Element parent) {
        return parent != null && (localName(parent).equals("channel") || localName(parent).equals("feed"));
    }

    /** The element's name without an {@code atom:} or {@code rss:} prefix, lower-cased. */
    private static String localName(Element element) {
        String name = element.normalName();
        if (name.startsWith("atom:") || name.startsWith("rss:")) {
            return name.substring(name.indexOf(':') + 1);
        }
        return name;
    }

    private static Element child(Element item, String name) {
        for (Element child : item.children()) {
            if (localName(child).equals(name)) {
                return child;
            }
        }
        return null;
    }

    private static String firstText(Element item, String... names) {
        for (String name : names) {
            Element child = child(item, name);
            if (child != null && !child.text().isBlank()) {
                return child.text().strip();
            }
        }
        return null;
    }

    private static String link(Element item) {
        for (Element child : item.children()) {
            if (!localName(child).equals("link")) {
                continue;
            }
            if (!child.hasAttr("href")) {
                return child.text();
            }
            String rel = child.attr("rel");
            if (rel.isEmpty() || rel.equals("alternate")) {
                return child.attr("href");
            }
        }
        return null;
    }

    private static String author(Element item) {
        String creator = firstText(item, "dc:creator");
        if (creator != null) {
            return creator;
        }
        Element author = child(item, "author");
        if (author == null) {
            return null;
        }
        Element name = child(author, "name");
        if (name != null) {
            return name.text();
        }
        String value = author.text().strip();
        int open = value.indexOf('(');
        return open > 0 && value.endsWith(")") ? value.substring(open + 1, value.length() - 1) : value;
    }

    private static String itemText(Element item) {
        for (String name : new String[] {"content:encoded", "content", "description", "summary"}) {
            Element child = child(item, name);
            if (child != null) {
                String text = htmlText(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }

    /** The text of a field that holds HTML: escaped, in CDATA, or as XHTML elements (Atom). */
    private static String htmlText(Element field) {
        String html = field.children().isEmpty() ? field.wholeText() : field.html();
        if (html.indexOf('<') < 0) {
            return html.strip();
        }
        return HtmlText.of(Jsoup.parseBodyFragment(html).body());
    }

    /** A title's text, with markup an Atom {@code type="html"} title may carry taken out. */
    private static String plain(Element title) {
        if (title == null) {
            return null;
        }
        String text = title.text();
        return text.indexOf('<') < 0 ? text : Jsoup.parse(text).text();
    }
}
