package org.marsad.analysis.ner;

/**
 * A named entity found in a text: the half-open character range {@code [start, end)}, its ANERcorp type
 * (PERS, LOC, ORG or MISC) and a confidence within 0..1.
 */
public record NamedSpan(int start, int end, String type, double confidence) {

    public NamedSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span must satisfy 0 <= start < end, got [" + start + ", " + end + ")");
        }
        if (!Labels.TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + Labels.TYPES + ", got '" + type + "'");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }
}
