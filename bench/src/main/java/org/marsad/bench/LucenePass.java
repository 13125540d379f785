package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/** The reference: Lucene's {@code ArabicAnalyzer} (tokenize, stop words, normalize, light stem): tokens counted, every term built. */
final class LucenePass implements Pass {
    private final ArabicAnalyzer analyzer = new ArabicAnalyzer();

    @Override
    public String name() {
        return "lucene ArabicAnalyzer";
    }

    @Override
    public long run(String text) {
        long tokens = 0;
        try (TokenStream ts = analyzer.tokenStream("body", text)) {
            ts.reset();
            while (ts.incrementToken()) {
                tokens++;
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Lucene cannot read a String", e);
        }
        return tokens;
    }
}
