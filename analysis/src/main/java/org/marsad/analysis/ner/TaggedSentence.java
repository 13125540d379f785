package org.marsad.analysis.ner;

import java.util.List;
import java.util.Objects;

/** One sentence of a {@code token TAG} file: its tokens and their BIO tags, position by position. */
public record TaggedSentence(List<String> tokens, List<String> tags) {

    public TaggedSentence {
        tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens must not be null"));
        tags = List.copyOf(Objects.requireNonNull(tags, "tags must not be null"));
        if (tokens.size() != tags.size()) {
            throw new IllegalArgumentException(
                    "a sentence needs one tag per token, got " + tokens.size() + " tokens and " + tags.size() + " tags");
        }
    }

    public int size() {
        return tokens.size();
    }
}
