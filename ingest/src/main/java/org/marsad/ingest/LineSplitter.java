package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a text into lines and offers the current line as a {@link Reader}, so that a line of any length is
 * parsed as it streams by instead of being buffered first. Whatever a parser leaves of a line is skipped when the
 * next line is asked for.
 */
final class LineSplitter {
    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private final Reader line = new CurrentLine();
    private int position;
    private int limit;
    private boolean inLine;
    private long lineNumber;

    LineSplitter(Reader in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the text. */
    boolean nextLine() throws IOException {
        while (inLine) {
            skipInLine();
        }
        if (!fill()) {
            return false;
        }
        lineNumber++;
        inLine = true;
        return true;
    }

    /** The 1-based number of the current line. */
    long lineNumber() {
        return lineNumber;
    }

    /** The rest of the current line; it ends before the line break. */
    Reader line() {
        return line;
    }

    /** Skips the white space that starts the current line: how many characters, or -1 when that was all of it. */
    int skipIndent() throws IOException {
        int skipped = 0;
        while (inLine && fill()) {
            char c = buffer[position];
            if (c == '\n') {
                position++;
                inLine = false;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                position++;
                skipped++;
            } else {
                return skipped;
            }
        }
        inLine = false;
        return -1;
    }

    private void skipInLine() throws IOException {
        if (!fill()) {
            inLine = false;
            return;
        }
        while (position < limit) {
            if (buffer[position++] == '\n') {
                inLine = false;
                return;
            }
        }
    }

    private boolean fill() throws IOException {
        while (position == limit) {
            int n = in.read(buffer);
            if (n < 0) {
                return false;
            }
            position = 0;
            limit = n;
        }
        return true;
    }

    private final class CurrentLine extends Reader {
        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (!inLine || length == 0) {
                return inLine ? 0 : -1;
            }
            if (!fill()) {
                inLine = false;
                return -1;
            }
            int n = 0;
            while (n < length && position < limit) {
                char c = buffer[position++];
                if (c == '\n') {
                    inLine = false;
                    break;
                }
                target[offset + n++] = c;
            }
            return n == 0 && !inLine ? -1 : n;
        }

        @Override
        public void close() {
            // the line belongs to the splitter, which goes on to the next one
        }
    }
}
