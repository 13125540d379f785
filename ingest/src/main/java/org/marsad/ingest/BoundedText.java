package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Supplier;

/** Reads a whole text, but never more than a limit: a longer text is refused, not buffered. */
final class BoundedText {

    private BoundedText() {
    }

    static String read(Reader in, int maxChars, Supplier<Refusal> tooLong) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[8192];
        int n;
        while ((n = in.read(chunk)) >= 0) {
            if (text.length() + n > maxChars) {
                throw tooLong.get();
            }
            text.append(chunk, 0, n);
        }
        return text.toString();
    }
}
