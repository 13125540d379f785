package org.marsad.ingest;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads one input from bytes to items: decode, sniff the format, hand over to the format's reader, and turn
 * whatever goes wrong into one failed item for the input, so that the next input is still read.
 */
final class Reading {
    /** Characters looked at to tell the format. */
    static final int SNIFF_CHARS = 64 * 1024;

    private Reading() {
    }

    static void readFile(Path path, String origin, Settings settings, GuardedSink sink) {
        Emitter out = new Emitter(origin, sink);
        guarded(out, () -> {
            try (InputStream in = Files.newInputStream(path)) {
                readText(in, out, settings);
            }
        });
    }

    /** Reads a stream the caller owns: it is read to its end or to the failure, and not closed. */
    static void readStream(String origin, InputStream in, Settings settings, GuardedSink sink) {
        Emitter out = new Emitter(origin, sink);
        guarded(out, () -> readText(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller's stream; jsoup closes what it has read to the end
            }
        }, out, settings));
    }

    private static void readText(InputStream in, Emitter out, Settings settings) throws IOException {
        BufferedReader text = DecodedText.open(in);
        skipByteOrderMark(text);
        Format format = sniffFormat(text);
        format.reader().read(text, out, settings);
        if (out.emittedNothing()) {
            throw new Refusal("no articles found");
        }
    }

    /** Tells the format from the first characters, then rewinds to them. */
    private static Format sniffFormat(BufferedReader text) throws IOException {
        text.mark(SNIFF_CHARS);
        char[] prefix = new char[SNIFF_CHARS];
        int length = 0;
        int n;
        while (length < prefix.length && (n = text.read(prefix, length, prefix.length - length)) > 0) {
            length += n;
        }
        text.reset();
        return FormatSniffer.sniff(new String(prefix, 0, length));
    }

    /** A byte-order mark encoded in a set that has none of its own still decodes to U+FEFF: not text. */
    private static void skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
    }

    private interface Action {
        void run() throws IOException;
    }

    private static void guarded(Emitter out, Action action) {
        try {
            action.run();
        } catch (GuardedSink.ConsumerFailure e) {
            throw e;
        } catch (IOException e) {
            out.failed(out.origin(), describe(e));
        } catch (UncheckedIOException e) {
            out.failed(out.origin(), describe(e.getCause()));
        } catch (RuntimeException e) {
            // a bug here or in a parser must not end the whole run: report it against the input and go on
            out.failed(out.origin(), "unexpected error: " + e);
        }
    }

    /** Words an I/O error for people. */
    static String describe(IOException e) {
        return switch (e) {
            case Refusal refusal -> refusal.getMessage();
            case NoSuchFileException missing -> "no such file or directory";
            case AccessDeniedException denied -> "cannot read: permission denied";
            case FileSystemException other ->
                    "cannot read: " + Objects.requireNonNullElse(other.getReason(), "file system error");
            default -> "read error: " + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName());
        };
    }
}
