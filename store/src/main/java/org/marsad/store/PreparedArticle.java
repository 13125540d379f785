package org.marsad.store;

import java.util.Objects;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;

/**
 * An analysed article made ready for {@link MarsadStore#addPrepared}: its content hash, near-duplicate signature and
 * JSON record computed ahead, off the writer's thread. Create with {@link MarsadStore#prepare}; immutable.
 */
public final class PreparedArticle {
    private final AnalyzedArticle article;
    private final String hash;
    private final String inputKey;
    private final int[] signature;
    private final String record;

    PreparedArticle(AnalyzedArticle article, String inputKey) {
        this.article = Objects.requireNonNull(article, "article");
        this.hash = contentHash(article);
        this.inputKey = inputKey;
        this.signature = MinHash.signature(article.text());
        this.record = RecordCodec.encode(article);
    }

    /**
     * The content hash that makes an article the same article: SHA-256 of its source name, URL, title, publication
     * date and text.
     */
    static String contentHash(AnalyzedArticle a) {
        return Hashes.sha256(a.source().name(), a.source().url(), a.title(), a.published(), a.text());
    }

    /**
     * The key of an input as read, before analysis: SHA-256 of its id, source name, URL, title, publication date,
     * author, text and the boilerplate its reader took out. Equal keys give equal analyses (with the same knowledge
     * base), so an input whose key is stored need not be analysed again.
     */
    static String inputKey(Article a) {
        StringBuilder removed = new StringBuilder();
        a.removed().forEach(r -> removed.append(r.reason()).append('\u0000').append(r.text()).append('\u0000'));
        return Hashes.sha256(a.id(), a.sourceName(), a.url(), a.title(), a.published(), a.author(), a.text(),
                removed.toString());
    }

    public AnalyzedArticle article() {
        return article;
    }

    String hash() {
        return hash;
    }

    String inputKey() {
        return inputKey;
    }

    int[] signature() {
        return signature;
    }

    String record() {
        return record;
    }
}
