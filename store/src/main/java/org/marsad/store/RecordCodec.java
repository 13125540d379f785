package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.AnalyzedArticle;
import org.marsad.json.ArticleJson;
import org.marsad.json.ArticleJsonReader;
import org.marsad.text.Span;

/**
 * The {@code record} and {@code sentences} columns: an article's {@code marsad/article@1} JSON with an empty text
 * and no sentences, since the text is kept once, in the {@code text} column, and the sentences in theirs; its id is
 * the analysis id (the store's id is the {@code id} column). Decoding puts the stored id, text and sentences back.
 * DuckDB compresses the column with ZSTD.
 */
final class RecordCodec {
    private RecordCodec() {
    }

    static String encode(AnalyzedArticle article) {
        return ArticleJson.toJson(with(article, article.id(), "", List.of()), false);
    }

    /** Sentence spans flattened: start1, end1, start2, end2... */
    static int[] sentences(AnalyzedArticle article) {
        int[] out = new int[article.sentences().size() * 2];
        int i = 0;
        for (Span s : article.sentences()) {
            out[i++] = s.start();
            out[i++] = s.end();
        }
        return out;
    }

    static AnalyzedArticle decode(String record, String id, String text, List<?> flatSentences) {
        AnalyzedArticle bare;
        try {
            bare = ArticleJsonReader.parse(record);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the stored record of article " + id + " is corrupt: " + e.getMessage(), e);
        }
        List<Span> sentences = new ArrayList<>(flatSentences.size() / 2);
        for (int i = 0; i + 1 < flatSentences.size(); i += 2) {
            sentences.add(new Span(((Number) flatSentences.get(i)).intValue(), ((Number) flatSentences.get(i + 1)).intValue()));
        }
        return with(bare, id, text, sentences);
    }

    static AnalyzedArticle with(AnalyzedArticle a, String id, String text, List<Span> sentences) {
        return new AnalyzedArticle(id, a.origin(), a.source(), a.published(), a.title(), a.author(), a.language(), text,
                a.removed(), sentences, a.entities(), a.dates(), a.quotes(), a.events(), a.provenance());
    }
}
