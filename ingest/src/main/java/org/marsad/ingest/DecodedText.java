package org.marsad.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * The text of a byte stream: gunzipped when compressed, decoded in the detected character set, and refused with
 * the line where its bytes stop being valid in that set rather than decoded into replacement characters.
 */
final class DecodedText extends Reader {
    /** Bytes read ahead to detect the character set; a long ASCII head is read further, in such steps. */
    static final int SNIFF_BYTES = 256 * 1024;
    /** The most bytes read ahead while looking for the first non-ASCII byte. */
    static final int MAX_SNIFF_BYTES = 4 * 1024 * 1024;

    private final Reader decoded;
    private final Charset charset;
    private long line = 1;

    private DecodedText(Reader decoded, Charset charset) {
        this.decoded = decoded;
        this.charset = charset;
    }

    /** Opens the text of the stream, buffered; refuses empty, binary and undecodable input. */
    static BufferedReader open(InputStream raw) throws IOException {
        InputStream bytes = GunzipGuard.gunzipIfCompressed(raw);
        CharsetSniffer.SniffedBytes prefix = sniff(bytes);
        if (prefix.bytes().length == 0) {
            throw new Refusal("empty");
        }
        CharsetSniffer.Detected detected = CharsetSniffer.detect(prefix);
        byte[] sniffed = prefix.bytes();
        InputStream afterMark = new ByteArrayInputStream(sniffed, detected.bomLength(), sniffed.length - detected.bomLength());
        InputStream whole = new SequenceInputStream(afterMark, bytes);
        Reader reader = new InputStreamReader(whole, detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return new BufferedReader(new DecodedText(reader, detected.charset()), 64 * 1024);
    }

    /** Reads a prefix, and further while it is all ASCII: the bytes that tell the character sets apart come later. */
    private static CharsetSniffer.SniffedBytes sniff(InputStream in) throws IOException {
        byte[] buffer = new byte[SNIFF_BYTES];
        int length = in.readNBytes(buffer, 0, buffer.length);
        while (length == buffer.length && buffer.length < MAX_SNIFF_BYTES
                && CharsetSniffer.isAscii(buffer, length - SNIFF_BYTES, length)) {
            buffer = Arrays.copyOf(buffer, buffer.length + SNIFF_BYTES);
            length += in.readNBytes(buffer, length, SNIFF_BYTES);
        }
        return new CharsetSniffer.SniffedBytes(Arrays.copyOf(buffer, length), length < buffer.length);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = decoded.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new Refusal("cannot decode line " + line + ": bytes not valid " + charset.name());
        }
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == '\n') {
                line++;
            }
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        decoded.close();
    }
}
