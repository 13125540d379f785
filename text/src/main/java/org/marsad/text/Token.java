package org.marsad.text;

import java.util.Objects;

/**
 * A token: the half-open range {@code [start, end)} of UTF-16 offsets into the original text, and its type.
 *
 * <p>It holds offsets, not text: tokenizing allocates one small object per token and no String, and callers
 * that only need types, counts or offsets (sentence statistics, offset mapping) never pay for the copy.
 * {@link #text} copies out the characters when they are wanted.
 */
public record Token(int start, int end, TokenType type) {

    public Token {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("token must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(type, "type");
    }

    public int length() {
        return end - start;
    }

    /** The token's characters in {@code source}, the text it was read from. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    public Span span() {
        return new Span(start, end);
    }
}
