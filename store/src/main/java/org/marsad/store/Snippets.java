package org.marsad.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets of the body with the matches marked.
 *
 * <p>Rules: the best passage of about {@value #PASSAGE_CHARS} characters around the match, cut at word boundaries,
 * the words that matched wrapped in {@code <mark>…</mark>}, and every other character HTML-escaped
 * ({@code & < > " ' /}), so a snippet can be put into a page as it is; the first passage when nothing matched in the
 * body (a match in the title only, or no query). Only the first {@value #MAX_CHARS} characters of a body are searched
 * for passages. Offsets come from the postings ({@link IndexDocs}), so the text is not analysed again; except for a
 * query with a prefix, whose matching words are found by analysing the text for exact forms only (a prefix then marks
 * the words that begin with it, not those whose stem does).
 */
final class Snippets {
    static final int PASSAGE_CHARS = 200;
    static final int MAX_CHARS = 10_000;
    private static final Analyzer INDEX_ANALYZER = new SearchAnalyzer(SearchAnalyzer.Mode.INDEX);
    private static final Analyzer EXACT_ANALYZER = new SearchAnalyzer(SearchAnalyzer.Mode.EXACT);

    private final IndexSearcher searcher;
    private final UnifiedHighlighter highlighter;
    private final UnifiedHighlighter prefixHighlighter;

    private Snippets(IndexSearcher searcher) {
        this.searcher = searcher;
        this.highlighter = new UnifiedHighlighter(builder(searcher, INDEX_ANALYZER));
        // without weight matches and relevancy over speed, a prefix's automata are matched on the token stream
        // itself, not through a MemoryIndex built per document, which cost a quarter of all a search allocated
        this.prefixHighlighter = new UnifiedHighlighter(builder(searcher, EXACT_ANALYZER)
                .withWeightMatches(false).withPassageRelevancyOverSpeed(false)) {
            @Override
            protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
                return OffsetSource.ANALYSIS;
            }
        };
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher, Analyzer analyzer) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                // spaces are the word boundaries of news text; the JDK's word iterator finds the same ones at
                // several times the cost, and snippets are a fair share of a search's time
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_CHARS, 0.5f))
                .withMaxLength(MAX_CHARS)
                .withMaxNoHighlightPassages(1);
    }

    /** The snippets of {@code searcher}: {@code current} when it serves that searcher, else new ones (thread-safe). */
    static Snippets of(IndexSearcher searcher, Snippets current) {
        return current != null && current.searcher == searcher ? current : new Snippets(searcher);
    }

    /** One snippet per document of {@code page}, in order; an empty string for an empty body. */
    String[] highlight(Query query, ScoreDoc[] page) throws IOException {
        TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        UnifiedHighlighter h = hasPrefix(query) ? prefixHighlighter : highlighter;
        String[] snippets = h.highlight(IndexDocs.BODY, query, docs, 1);
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = "";
            }
        }
        return snippets;
    }

    private static boolean hasPrefix(Query query) {
        boolean[] found = {false};
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                found[0] |= leaf instanceof MultiTermQuery;
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return found[0];
    }
}
