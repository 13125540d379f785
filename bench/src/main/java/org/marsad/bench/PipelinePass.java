package org.marsad.bench;

import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;

/** The whole {@code marsad analyze} pipeline short of JSON writing: cleaning, sentences, tokens, entities and facts. */
final class PipelinePass implements Pass {
    private final ArticleAnalyzer analyzer = ArticleAnalyzer.withShippedKnowledge();

    @Override
    public String name() {
        return "marsad full analysis";
    }

    @Override
    public long run(String text) {
        AnalyzedArticle a = analyzer.analyze(Article.of(text));
        return a.sentences().size() + a.entities().size() + a.dates().size() + a.quotes().size() + a.events().size();
    }
}
