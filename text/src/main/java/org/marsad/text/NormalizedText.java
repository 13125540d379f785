package org.marsad.text;

/**
 * A normalized view of a text together with the way back: every offset of the view maps to an offset of the
 * original, so that a match found in the view can be reported, highlighted or cut out in the original.
 *
 * <p>{@link #toOriginal(int)} is monotonic and maps {@code length()} to the original's length. A normalized
 * character maps to the original character it came from; characters the normalizer removed (diacritics,
 * tatweel, bidi marks) are skipped, so a match {@code [s, e)} maps to {@code [toOriginal(s), toOriginal(e))},
 * which starts at its first letter and keeps the diacritics after its last. Several normalized characters map
 * to one original offset only where a ligature was expanded; {@link #toOriginal(Span)} widens a span that
 * ends inside one to the whole ligature.
 */
public final class NormalizedText {
    private final String text;
    /** {@code offsets[i]} is the original offset of normalized char {@code i}; {@code null} when unchanged. */
    private final int[] offsets;

    NormalizedText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    static NormalizedText identity(String text) {
        return new NormalizedText(text, null);
    }

    /** The normalized text. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original offset of {@code normalizedOffset}, which must be within {@code 0..length()}. */
    public int toOriginal(int normalizedOffset) {
        if (normalizedOffset < 0 || normalizedOffset > text.length()) {
            throw new IllegalArgumentException(
                    "offset must be within 0.." + text.length() + ", got " + normalizedOffset);
        }
        return offsets == null ? normalizedOffset : offsets[normalizedOffset];
    }

    /** The original span of a span of the view, widened to whole ligatures where it ends inside one. */
    public Span toOriginal(Span normalized) {
        int start = toOriginal(normalized.start());
        int end = toOriginal(normalized.end());
        boolean widen = offsets != null && normalized.length() > 0;
        return new Span(start, widen ? pastSource(normalized.end() - 1) : end);
    }

    /** The original offset just past the char, or ligature, that normalized char {@code i} came from. */
    private int pastSource(int i) {
        int k = i + 1;
        while (k < text.length() && offsets[k] == offsets[i]) {
            k++;
        }
        return offsets[k];
    }

    @Override
    public String toString() {
        return text;
    }
}
