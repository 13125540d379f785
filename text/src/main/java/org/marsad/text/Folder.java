package org.marsad.text;

import java.util.Arrays;

/**
 * One run of {@link ArabicNormalizer#fold} over a text: a growable output buffer and, for a view, the original
 * offset of every output character. Used once and dropped.
 */
final class Folder {
    /** Room for a few ligature expansions before the first growth. */
    private static final int SLACK = 16;

    private final CharSequence source;
    private final int steps;
    private char[] out;
    private int[] offsets;
    private int length;

    Folder(CharSequence source, int steps, boolean keepOffsets) {
        this.source = source;
        this.steps = steps;
        this.out = new char[source.length() + SLACK];
        this.offsets = keepOffsets ? new int[out.length + 1] : null;
    }

    /** Copies the unchanged prefix {@code [0, first)} and folds the rest. */
    Folder run(int first) {
        for (int i = 0; i < first; i++) {
            append(source.charAt(i), i);
        }
        for (int i = first; i < source.length(); i++) {
            foldChar(source.charAt(i), i);
        }
        return this;
    }

    String text() {
        return new String(out, 0, length);
    }

    NormalizedText view() {
        offsets[length] = source.length();
        return new NormalizedText(text(), Arrays.copyOf(offsets, length + 1));
    }

    private void foldChar(char c, int at) {
        int folded = ArabicNormalizer.fold(c, steps);
        if (folded >= 0) {
            append((char) folded, at);
        } else if (folded == ArabicNormalizer.EXPAND) {
            expand(PresentationForms.baseOf(c), at);
        }
    }

    private void expand(String base, int at) {
        for (int k = 0; k < base.length(); k++) {
            // base letters hold no presentation forms, so one more fold is final
            int folded = ArabicNormalizer.fold(base.charAt(k), steps);
            if (folded >= 0) {
                append((char) folded, at);
            }
        }
    }

    private void append(char c, int at) {
        if (length == out.length) {
            out = Arrays.copyOf(out, 2 * out.length);
            offsets = offsets == null ? null : Arrays.copyOf(offsets, out.length + 1);
        }
        out[length] = c;
        if (offsets != null) {
            offsets[length] = at;
        }
        length++;
    }
}
