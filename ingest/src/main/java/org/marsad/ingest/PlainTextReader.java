package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;

import org.marsad.article.Article;

/**
 * Plain text: one article, the whole file as its text, exactly as written. Brand lines, share prompts and the like
 * stay in: taking boilerplate out is the analysis core's work, which records what it removed.
 *
 * <p>Rules: a blank text is refused as empty; a text longer than the article limit is refused, not buffered; NUL or
 * control characters anywhere refuse it as binary.
 */
final class PlainTextReader implements ArticleReader {

    @Override
    public void read(Reader text, Emitter out, Settings settings) throws IOException {
        ReadOptions options = settings.options();
        String whole = BoundedText.read(text, options.maxArticleChars(), () -> Refusal.articleTooLong(options));
        if (whole.isBlank()) {
            throw new Refusal("empty");
        }
        // the character set was judged on a prefix; what follows it must be text too
        if (CharsetSniffer.looksBinary(whole)) {
            throw new Refusal(CharsetSniffer.BINARY);
        }
        out.article(out.origin(), Article.builder(whole));
    }
}
