package org.marsad.ingest;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article, read before any of the page is taken away.
 *
 * <p>Rules, each field the first found:
 * <ul>
 *   <li>title: {@code og:title}; the first {@code <h1>} inside an {@code <article>}, else in the page; the
 *       {@code <title>} without the site name that pages append ({@code " - Site"}, {@code " | Site"});</li>
 *   <li>published: {@code article:published_time}; {@code itemprop=datePublished}; JSON-LD {@code datePublished};
 *       {@code <time datetime>} inside an {@code <article>}, else in the page; a date that cannot be read is
 *       passed over;</li>
 *   <li>site name: {@code og:site_name}, {@code application-name};</li>
 *   <li>author: {@code <meta name=author>}, a link with {@code rel=author}, JSON-LD {@code author};</li>
 *   <li>url: {@code og:url}, {@code <link rel=canonical>}.</li>
 * </ul>
 */
record HtmlMetadata(String title, String published, String siteName, String author, String url) {
    private static final List<String> TITLE_SEPARATORS = List.of(" - ", " | ", " – ", " — ", " :: ", " « ", " » ");
    private static final int LONGEST_SITE_NAME = 40;
    private static final Pattern REL_AUTHOR = Pattern.compile("(?i)(^|\\s)author(\\s|$)");

    static HtmlMetadata of(Document page, JsonFactory json) {
        JsonLd jsonLd = JsonLd.of(page, json);
        String siteName = firstPresent(() -> meta(page, "og:site_name"), () -> meta(page, "application-name"));
        return new HtmlMetadata(
                title(page, siteName),
                published(page, jsonLd),
                siteName,
                firstPresent(() -> meta(page, "author"), () -> relAuthor(page), jsonLd::author),
                firstPresent(() -> meta(page, "og:url"), () -> canonicalLink(page)));
    }

    private static String title(Document page, String siteName) {
        return firstPresent(
                () -> meta(page, "og:title"),
                () -> text(page.selectFirst("article h1")),
                () -> text(page.selectFirst("h1")),
                () -> withoutSiteName(page.title(), siteName));
    }

    private static String published(Document page, JsonLd jsonLd) {
        return firstPresent(
                () -> Dates.normalize(meta(page, "article:published_time")),
                () -> Dates.normalize(itemprop(page.selectFirst("[itemprop=datePublished]"))),
                () -> Dates.normalize(jsonLd.datePublished()),
                () -> Dates.normalize(attribute(page.selectFirst("article time[datetime]"), "datetime")),
                () -> Dates.normalize(attribute(page.selectFirst("time[datetime]"), "datetime")));
    }

    /**
     * The title without the site name appended after a separator: the known site name, or else a last part short
     * enough to be one and shorter than the rest.
     */
    static String withoutSiteName(String title, String siteName) {
        String stripped = title.strip();
        for (String separator : TITLE_SEPARATORS) {
            int at = stripped.lastIndexOf(separator);
            if (at <= 0) {
                continue;
            }
            String head = stripped.substring(0, at).strip();
            String tail = stripped.substring(at + separator.length()).strip();
            boolean known = tail.equalsIgnoreCase(siteName);
            boolean likely = siteName == null && tail.length() <= LONGEST_SITE_NAME && tail.length() < head.length();
            if (known || likely) {
                return head;
            }
        }
        return stripped;
    }

    private static String meta(Document page, String key) {
        Element meta = page.selectFirst("meta[property=\"" + key + "\"], meta[name=\"" + key + "\"]");
        return attribute(meta, "content");
    }

    private static String relAuthor(Document page) {
        for (Element link : page.select("a[rel]")) {
            if (REL_AUTHOR.matcher(link.attr("rel")).find()) {
                return text(link);
            }
        }
        return null;
    }

    private static String canonicalLink(Document page) {
        return attribute(page.selectFirst("link[rel=canonical]"), "href");
    }

    private static String itemprop(Element element) {
        if (element == null) {
            return null;
        }
        return firstPresent(
                () -> attribute(element, "content"), () -> attribute(element, "datetime"), () -> text(element));
    }

    private static String attribute(Element element, String name) {
        return element == null || !element.hasAttr(name) ? null : element.attr(name).strip();
    }

    private static String text(Element element) {
        return element == null ? null : element.text().strip();
    }

    @SafeVarargs
    private static String firstPresent(Supplier<String>... candidates) {
        for (Supplier<String> candidate : candidates) {
            String value = candidate.get();
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
