package org.marsad.store;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Parses the query syntax of {@code marsad search} into a Lucene query over the title and body.
 *
 * <p>Rules:
 * <ul>
 *   <li>words are all required ({@code AND} is the default operator) and match by stem, in the title (boosted
 *       {@value #TITLE_BOOST}) or the body: كازاخستان finds وكازاخستان and الكازاخستانية's stem alike;</li>
 *   <li>{@code "a quoted phrase"} matches the exact words in that order (after normalization: أ/ا, ة/ه and
 *       diacritics do not matter, clitics do); {@code "phrase"~2} allows two words between;</li>
 *   <li>{@code AND}, {@code OR}, {@code NOT} (or {@code &&}, {@code ||}, {@code !}, {@code +}, {@code -}) and
 *       parentheses combine; a query of negations only is read as everything except them;</li>
 *   <li>{@code word*} is a prefix: it matches words that begin with it, and words whose stem begins with its stem;</li>
 *   <li>{@code title:word} and {@code body:word} restrict a word to one field; {@code author:word} looks in the
 *       byline, which plain words do not search;</li>
 *   <li>a word of stop words only (في، من) matches its exact form;</li>
 *   <li>other Lucene syntax (wildcards inside words, fuzzy {@code ~}, ranges, regular expressions, other fields) and
 *       unbalanced quotes or parentheses are not errors: the query is then read again with every special
 *       character taken literally.</li>
 * </ul>
 */
final class ArabicQueryParser {
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String AUTHOR = "author";
    static final float TITLE_BOOST = 2f;
    private static final Set<String> FIELDS = Set.of(TITLE, BODY, AUTHOR);

    private ArabicQueryParser() {
    }

    /** The query for {@code text}; never fails on syntax, only on misuse. */
    static Query parse(String text) {
        try {
            return positive(parser().parse(text));
        } catch (ParseException | IllegalArgumentException e) {
            try {
                String literal = QueryParser.escape(text).replaceAll("\\b(AND|OR|NOT)\\b", " ");
                return positive(parser().parse(literal));
            } catch (ParseException again) {
                throw new IllegalArgumentException("query cannot be read, even literally: '" + text + "'", again);
            }
        }
    }

    private static Parser parser() {
        Parser p = new Parser();
        p.setDefaultOperator(QueryParser.Operator.AND);
        p.setSplitOnWhitespace(true);
        p.setAllowLeadingWildcard(false);
        return p;
    }

    /** A query of prohibitions only matches nothing in Lucene; here it means "all but these". */
    private static Query positive(Query query) {
        if (query instanceof BooleanQuery b && !b.clauses().isEmpty()
                && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            b.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    private static final class Parser extends MultiFieldQueryParser {
        private final Analyzer stem = new SearchAnalyzer(SearchAnalyzer.Mode.STEM);
        private final Analyzer exact = new SearchAnalyzer(SearchAnalyzer.Mode.EXACT);

        Parser() {
            super(new String[] {TITLE, BODY}, new SearchAnalyzer(SearchAnalyzer.Mode.STEM), Map.of(TITLE, TITLE_BOOST));
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            checkField(field);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query newFieldQuery(Analyzer analyzer, String field, String queryText, boolean quoted) throws ParseException {
            BooleanClause.Occur occur = BooleanClause.Occur.MUST;
            if (quoted) {
                return createFieldQuery(exact, occur, field, queryText, true, getPhraseSlop());
            }
            Query q = createFieldQuery(stem, occur, field, queryText, false, 0);
            return q != null ? q : createFieldQuery(exact, occur, field, queryText, false, 0);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            if (field == null) {
                return super.getPrefixQuery(null, termStr);
            }
            checkField(field);
            String folded = SearchAnalyzer.fold(termStr);
            if (folded.isEmpty()) {
                throw new ParseException("empty prefix");
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(new PrefixQuery(new Term(field, SearchAnalyzer.EXACT + folded)), BooleanClause.Occur.SHOULD);
            List<String> stems = analyze(stem, field, termStr);
            if (stems.size() == 1 && stems.get(0).length() >= 2) {
                b.add(new PrefixQuery(new Term(field, stems.get(0))), BooleanClause.Occur.SHOULD);
            }
            return b.build();
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            throw new ParseException("wildcards other than a final * are not supported: " + termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            throw new ParseException("fuzzy queries are not supported: " + termStr);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            throw new ParseException("regular expressions are not supported: " + termStr);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            throw new ParseException("ranges are not supported: use --from and --to");
        }

        private static void checkField(String field) throws ParseException {
            if (field != null && !FIELDS.contains(field)) {
                throw new ParseException("unknown field '" + field + "'");
            }
        }

        private static List<String> analyze(Analyzer analyzer, String field, String text) {
            List<String> terms = new java.util.ArrayList<>();
            try (var ts = analyzer.tokenStream(field, text)) {
                var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    terms.add(term.toString());
                }
                ts.end();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return terms;
        }
    }
}
