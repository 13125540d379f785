package org.marsad.server;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;

/**
 * The analyzer the write and analyze endpoints share: created on first use (or by {@link #warmUp()} in the
 * background), and run by at most as many requests at once as the machine has cores, the rest waiting their turn.
 */
final class Analysis {
    private final Supplier<ArticleAnalyzer> factory;
    private final Semaphore permits = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private volatile ArticleAnalyzer analyzer;

    Analysis(Supplier<ArticleAnalyzer> factory) {
        this.factory = factory;
    }

    /** Creates the analyzer on a background thread, so that the first request does not wait for it. */
    void warmUp() {
        Thread.ofPlatform().daemon().name("marsad-analyzer-warm-up").start(this::analyzer);
    }

    AnalyzedArticle analyze(Article article) {
        ArticleAnalyzer a = analyzer();
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "interrupted while waiting to analyse");
        }
        try {
            return a.analyze(article);
        } finally {
            permits.release();
        }
    }

    private ArticleAnalyzer analyzer() {
        ArticleAnalyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                a = analyzer;
                if (a == null) {
                    a = factory.get();
                    analyzer = a;
                }
            }
        }
        return a;
    }
}
