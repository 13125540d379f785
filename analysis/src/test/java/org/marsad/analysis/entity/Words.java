package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/** The word tokens of a test text with their normalized forms, as the pipeline makes them. */
public record Words(String text, List<Span> spans, List<String> normalized) {

    public static Words of(String text) {
        List<Span> spans = new ArrayList<>();
        List<String> normalized = new ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.type().isWord()) {
                spans.add(new Span(t.start(), t.end()));
                normalized.add(ArabicNormalizer.normalize(text.substring(t.start(), t.end())));
            }
        }
        return new Words(text, spans, normalized);
    }
}
