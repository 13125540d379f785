package org.marsad.bench;

import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Marsad's lexical pass, the counterpart of Lucene's analyzer: tokenize, normalize every word, split sentences.
 * Returns the token count; what the other steps produce goes into a field so that the JIT must compute it.
 */
final class LexicalPass implements Pass {
    private long produced;

    @Override
    public String name() {
        return "marsad lexical pass";
    }

    @Override
    public long run(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        long normalizedChars = 0;
        for (Token t : tokens) {
            if (t.type().isWord()) {
                normalizedChars += ArabicNormalizer.normalize(text.subSequence(t.start(), t.end())).length();
            }
        }
        produced += normalizedChars + SentenceSplitter.split(text).size();
        return tokens.size();
    }
}
