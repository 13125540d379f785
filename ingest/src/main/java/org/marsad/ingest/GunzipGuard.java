package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Gunzips a stream that starts with the gzip magic bytes, whatever the file is called, and words the errors of
 * a damaged stream for people.
 */
final class GunzipGuard extends FilterInputStream {
    private static final int MAGIC_1 = 0x1F;
    private static final int MAGIC_2 = 0x8B;

    private GunzipGuard(InputStream gunzipped) {
        super(gunzipped);
    }

    /** The stream itself, or its gunzipped content when it starts with the gzip magic bytes. */
    static InputStream gunzipIfCompressed(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
        in.mark(2);
        boolean gzip = in.read() == MAGIC_1 && in.read() == MAGIC_2;
        in.reset();
        if (!gzip) {
            return in;
        }
        try {
            return new GunzipGuard(new GZIPInputStream(in, 64 * 1024));
        } catch (IOException e) {
            throw translated(e);
        }
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw translated(e);
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            throw translated(e);
        }
    }

    private static IOException translated(IOException e) {
        if (e instanceof EOFException) {
            return new Refusal("truncated gzip stream");
        }
        if (e instanceof ZipException) {
            return new Refusal("corrupt gzip stream (" + e.getMessage() + ")");
        }
        return e;
    }
}
