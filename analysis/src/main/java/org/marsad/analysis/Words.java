package org.marsad.analysis;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;
import org.marsad.text.TokenCursor;
import org.marsad.text.Tokenizer;

/**
 * The word tokens of a text with their normalized forms: what every tagger of the pipeline reads. Numbers,
 * punctuation and quotes are left out; their places are still visible as gaps between word spans.
 */
public record Words(List<Span> spans, List<String> normalized) {

    public Words {
        if (spans.size() != normalized.size()) {
            throw new IllegalArgumentException("need one normalized form per word, got " + spans.size() + " words and " + normalized.size() + " forms");
        }
        spans = List.copyOf(spans);
        normalized = List.copyOf(normalized);
    }

    public static Words of(String text) {
        // about one word per six chars in Arabic news; the guess saves most regrowth
        List<Span> spans = new ArrayList<>(text.length() / 6 + 1);
        List<String> normalized = new ArrayList<>(text.length() / 6 + 1);
        TokenCursor cursor = Tokenizer.cursor(text);
        while (cursor.next()) {
            if (cursor.type().isWord()) {
                spans.add(new Span(cursor.start(), cursor.end()));
                normalized.add(ArabicNormalizer.normalize(text.substring(cursor.start(), cursor.end())));
            }
        }
        return new Words(spans, normalized);
    }

    public int size() {
        return spans.size();
    }

    public Span span(int i) {
        return spans.get(i);
    }

    public String normalized(int i) {
        return normalized.get(i);
    }

    /** The index of the first word that starts at or after {@code offset}; {@link #size()} when none does. */
    public int firstAtOrAfter(int offset) {
        int low = 0;
        int high = spans.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (spans.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
