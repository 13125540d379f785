package org.marsad.article;

import java.util.Objects;

/** Guava-style argument checks whose messages quote the offending value. */
final class Preconditions {
    private Preconditions() {
    }

    static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    static double confidence(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + value);
        }
        return value;
    }

    static void checkSpan(int start, int end, String text, String what) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException(what + " span must satisfy 0 <= start <= end, got [" + start + ", " + end + ")");
        }
        if (text != null && text.length() != end - start) {
            throw new IllegalArgumentException(what + " text '" + text + "' does not fit span [" + start + ", " + end + ")");
        }
    }
}
