package org.marsad.article;

/** A span of the analysed text together with the text it covers: the evidence of a cue or trigger. */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        Preconditions.checkSpan(start, end, text, "text");
    }

    public static TextSpan of(String source, int start, int end) {
        return new TextSpan(start, end, source.substring(start, end));
    }
}
