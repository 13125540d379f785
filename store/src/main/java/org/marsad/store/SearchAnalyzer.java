package org.marsad.store;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * The analysis of the searchable text (title and body): one field holds, at each word's position, its exact form
 * and its light stem, so that phrases match exactly and single words match across clitics and suffixes, and the
 * highlighter marks both from one stored copy of the text.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Unicode word tokenization (UAX #29), then lower case;</li>
 *   <li>Marsad's {@link ArabicNormalizer}: diacritics and tatweel removed, أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ ئ → ء,
 *       Arabic-Indic digits → ASCII, Persian letters and presentation forms folded;</li>
 *   <li>the exact form: the normalized word behind the marker {@value #EXACT}: {@code =وكازاخستان};</li>
 *   <li>the stem, at the same position: Lucene's Arabic light stemmer (prefixes ال وال بال كال فال لل و, suffixes
 *       ها ان ات ون ين يه ية ه ة ي), so وكازاخستان and كازاخستان both give كازاخست; stop words (Lucene's Arabic
 *       list, normalized) have no stem token, only their exact form.</li>
 * </ol>
 * {@link Mode#INDEX} writes both forms; a query uses {@link Mode#STEM} for words and {@link Mode#EXACT} for
 * quoted phrases.
 */
final class SearchAnalyzer extends Analyzer {
    static final String EXACT = "=";
    static final CharArraySet STOP_WORDS = normalizedStopWords();

    enum Mode { INDEX, STEM, EXACT }

    private final Mode mode;

    SearchAnalyzer(Mode mode) {
        this.mode = mode;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new NormalizeFilter(new LowerCaseFilter(source));
        stream = switch (mode) {
            case INDEX -> new ExactMarkFilter(new ArabicStemFilter(new StemStopFilter(new KeywordRepeatFilter(stream))));
            case STEM -> new ArabicStemFilter(new StopFilter(stream, STOP_WORDS));
            case EXACT -> new ExactMarkFilter(new KeywordRepeatOnlyFilter(stream));
        };
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new NormalizeFilter(new LowerCaseFilter(in));
    }

    /** {@code word} as the index spells exact forms, without marker: lower case and normalized. */
    static String fold(String word) {
        return ArabicNormalizer.normalize(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static CharArraySet normalizedStopWords() {
        CharArraySet set = new CharArraySet(256, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            set.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(set);
    }

    /** Applies {@link ArabicNormalizer} to each term. */
    static final class NormalizeFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NormalizeFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (needsFolding(term)) {
                String folded = ArabicNormalizer.normalize(term);
                term.setEmpty().append(folded);
            }
            return true;
        }

        private static boolean needsFolding(CharTermAttribute term) {
            char[] buffer = term.buffer();
            for (int i = 0, n = term.length(); i < n; i++) {
                char c = buffer[i];
                if (c >= '\u0600' || (c >= '\u0080' && Character.isDigit(c))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Drops the stem copy (the non-keyword token) of a stop word; its exact copy stays. */
    private static final class StemStopFilter extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        StemStopFilter(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            return keyword.isKeyword() || !STOP_WORDS.contains(term.buffer(), 0, term.length());
        }
    }

    /** Marks every token as exact (keyword), without a stem copy: the query side of quoted phrases. */
    private static final class KeywordRepeatOnlyFilter extends TokenFilter {
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        KeywordRepeatOnlyFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            keyword.setKeyword(true);
            return true;
        }
    }

    /** Prefixes the exact (keyword) tokens with the marker. */
    private static final class ExactMarkFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        ExactMarkFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (keyword.isKeyword()) {
                int length = term.length();
                char[] buffer = term.resizeBuffer(length + 1);
                System.arraycopy(buffer, 0, buffer, 1, length);
                buffer[0] = EXACT.charAt(0);
                term.setLength(length + 1);
                keyword.setKeyword(false);
            }
            return true;
        }
    }
}
