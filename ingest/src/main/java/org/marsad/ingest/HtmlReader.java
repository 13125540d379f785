package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.article.Article;
import org.marsad.article.Removed;

/**
 * HTML pages: one article per page, its metadata from {@link HtmlMetadata}, its text from the block that holds it.
 *
 * <p>Rules:
 * <ul>
 *   <li>the page is buffered up to the markup limit, and refused beyond it;</li>
 *   <li>page chrome and related-link blocks are taken out first and kept as {@link Removed} pieces
 *       ({@link PageChrome});</li>
 *   <li>the text comes from the {@code itemprop=articleBody} element, else from the {@code <article>} with the
 *       most paragraph text, else from the block whose paragraphs (counting those of its children at half weight)
 *       hold the most text, else from the whole body;</li>
 *   <li>the text is one line per paragraph or other block, joined with {@code "\n"}; the {@code <h1>} is left
 *       out, being the title;</li>
 *   <li>a page without text fails; a text longer than the article limit fails.</li>
 * </ul>
 */
final class HtmlReader implements ArticleReader {

    @Override
    public void read(Reader text, Emitter out, Settings settings) throws IOException {
        ReadOptions options = settings.options();
        String html = BoundedText.read(text, options.maxPageChars(), () -> Refusal.pageTooLong("page", options));
        Document page = Jsoup.parse(html);
        HtmlMetadata metadata = HtmlMetadata.of(page, settings.json());
        page.select(HtmlText.NOT_TEXT).remove();
        List<Removed> removed = PageChrome.takeOut(page.body());
        String body = HtmlText.of(mainBlock(page.body()), Set.of("h1"));
        if (body.isEmpty()) {
            throw new Refusal("no article text found in the HTML page");
        }
        if (body.length() > options.maxArticleChars()) {
            throw Refusal.articleTooLong(options);
        }
        Article.Builder article = Article.builder(body)
                .title(metadata.title())
                .published(metadata.published())
                .sourceName(metadata.siteName())
                .author(metadata.author())
                .url(metadata.url());
        removed.forEach(article::removed);
        out.article(out.origin(), article);
    }

    static Element mainBlock(Element body) {
        Element marked = body.selectFirst("[itemprop=articleBody]");
        if (marked != null && !marked.text().isBlank()) {
            return marked;
        }
        Element best = null;
        int bestScore = 0;
        for (Element article : body.select("article")) {
            int score = paragraphChars(article);
            if (best == null || score > bestScore) {
                best = article;
                bestScore = score;
            }
        }
        return best != null ? best : densestBlock(body);
    }

    private static int paragraphChars(Element element) {
        int chars = 0;
        for (Element paragraph : element.select("p")) {
            chars += paragraph.text().length();
        }
        return chars;
    }

    /**
     * The element whose paragraphs hold the most text; paragraphs wrapped one level deeper count half, so that a
     * body of one paragraph per wrapper is still found. Ties go to the first in page order.
     */
    private static Element densestBlock(Element body) {
        Map<Element, Integer> scores = new LinkedHashMap<>();
        for (Element paragraph : body.select("p")) {
            int length = paragraph.text().length();
            Element parent = paragraph.parent();
            scores.merge(parent, length, Integer::sum);
            if (parent != body && parent.parent() != null) {
                scores.merge(parent.parent(), length / 2, Integer::sum);
            }
        }
        Element best = body;
        int bestScore = 0;
        for (Map.Entry<Element, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestScore) {
                best = score.getKey();
                bestScore = score.getValue();
            }
        }
        return best;
    }
}
