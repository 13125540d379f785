package org.marsad.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marsad.analysis.clean.BoilerplateRemover;
import org.marsad.analysis.clean.CleanedText;
import org.marsad.analysis.entity.Countries;
import org.marsad.analysis.entity.IdSequence;
import org.marsad.analysis.entity.KnownNameTagger;
import org.marsad.analysis.entity.NameIndex;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Entity;
import org.marsad.article.Provenance;
import org.marsad.article.Removed;
import org.marsad.article.Source;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Span;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Turns an article into its analysed record. Thread-safe and immutable once created: create one and share it.
 *
 * <p>Steps, in order: boilerplate removal (the cleaned body becomes the text every span points into),
 * sentence splitting, tokenization, known-name tagging.
 */
public final class ArticleAnalyzer {
    private static final int ID_HEX_CHARS = 16;
    private final BoilerplateRemover boilerplate;
    private final KnownNameTagger knownNames;

    private ArticleAnalyzer(BoilerplateRemover boilerplate, KnownNameTagger knownNames) {
        this.boilerplate = boilerplate;
        this.knownNames = knownNames;
    }

    /** An analyzer with the knowledge shipped with Marsad. */
    public static ArticleAnalyzer withShippedKnowledge() {
        NameIndex.Builder names = NameIndex.builder();
        Countries.load().addTo(names);
        return new ArticleAnalyzer(BoilerplateRemover.withShippedCues(), new KnownNameTagger(names.build()));
    }

    public AnalyzedArticle analyze(Article article) {
        CleanedText cleaned = boilerplate.clean(article.text(), article.title());
        String text = cleaned.text();
        List<Removed> removed = new ArrayList<>(article.removed());
        removed.addAll(cleaned.removed());
        List<Span> sentences = SentenceSplitter.split(text);
        Words words = Words.of(text);
        List<Entity> entities = knownNames.tag(text, words.spans(), words.normalized(), new IdSequence("e"));
        String publisher = article.sourceName() != null ? article.sourceName() : cleaned.brandLine();
        return new AnalyzedArticle(idOf(article), article.origin(), new Source(publisher, article.url(), null),
                article.published(), article.title(), Language.of(text), text, removed, sentences, entities,
                List.of(), List.of(), List.of(), Provenance.NONE);
    }

    /** The input's own id, else the first hex digits of the SHA-256 of its text: stable across runs and moves. */
    static String idOf(Article article) {
        if (article.id() != null) {
            return article.id();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The word tokens of a text with their normalized forms, which every tagger reads. */
    record Words(List<Span> spans, List<String> normalized) {
        static Words of(String text) {
            List<Span> spans = new ArrayList<>();
            List<String> normalized = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(text)) {
                if (t.type().isWord()) {
                    spans.add(new Span(t.start(), t.end()));
                    normalized.add(ArabicNormalizer.normalize(text.substring(t.start(), t.end())));
                }
            }
            return new Words(spans, normalized);
        }
    }
}
