package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Finds the character set of an input from a prefix of its bytes.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>a byte-order mark names UTF-8, UTF-16LE or UTF-16BE (and is skipped);</li>
 *   <li>UTF-16 without a mark shows by its byte rhythm: every second byte is a high byte, NUL for ASCII and 0x06
 *       for Arabic, and the bytes between are not;</li>
 *   <li>valid UTF-8 is UTF-8; pure ASCII is UTF-8 too, unless the markup declares Windows-1256 or ISO-8859-6
 *       (an HTML page may carry a long ASCII head before its first Arabic byte);</li>
 *   <li>otherwise ICU's detector ranks Windows-1256 and ISO-8859-6, the two Arabic legacy sets, and the first
 *       that decodes the prefix without error into mostly Arabic letters wins;</li>
 *   <li>whatever decodes to NUL or many control characters looks binary and is refused, as is anything else.</li>
 * </ol>
 */
final class CharsetSniffer {
    static final String UNDECODABLE = "cannot decode: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6";
    static final String BINARY = "looks binary (NUL or control characters), not a text file";
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private static final Pattern DECLARED_ARABIC = Pattern.compile(
            "(?:charset|encoding)\\s*=\\s*[\"']?\\s*(windows-1256|cp-?1256|iso[-_]?8859-6|arabic)\\b",
            Pattern.CASE_INSENSITIVE);

    /** A detected character set, and how many bytes of byte-order mark precede the text. */
    record Detected(Charset charset, int bomLength) {
    }

    private CharsetSniffer() {
    }

    static Detected detect(SniffedBytes prefix) throws Refusal {
        Detected byMark = byByteOrderMark(prefix.bytes());
        if (byMark != null) {
            return verified(byMark, prefix);
        }
        Charset utf16 = utf16ByByteRhythm(prefix.bytes());
        if (utf16 != null) {
            return verified(new Detected(utf16, 0), prefix);
        }
        if (decodeStrictly(StandardCharsets.UTF_8, prefix.bytes(), 0, prefix.complete()) != null) {
            return verified(new Detected(asciiDeclaredOrUtf8(prefix.bytes()), 0), prefix);
        }
        return legacyArabic(prefix.bytes());
    }

    private static Detected byByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /**
     * UTF-16 text of Arabic and ASCII has, at the position of its high bytes, almost only 0x00 and 0x06, which no
     * 8-bit text has: they are control characters there.
     */
    private static Charset utf16ByByteRhythm(byte[] b) {
        int units = b.length / 2;
        if (units < 2) {
            return null;
        }
        int highAtEven = 0;
        int highAtOdd = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            highAtEven += isUtf16HighByte(b[i]) ? 1 : 0;
            highAtOdd += isUtf16HighByte(b[i + 1]) ? 1 : 0;
        }
        if (highAtOdd >= units * 0.8 && highAtEven <= units * 0.2) {
            return StandardCharsets.UTF_16LE;
        }
        if (highAtEven >= units * 0.8 && highAtOdd <= units * 0.2) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean isUtf16HighByte(byte b) {
        return b == 0x00 || b == 0x06;
    }

    private static Charset asciiDeclaredOrUtf8(byte[] b) {
        if (!isAscii(b, 0, b.length)) {
            return StandardCharsets.UTF_8;
        }
        Matcher declared = DECLARED_ARABIC.matcher(new String(b, StandardCharsets.US_ASCII));
        if (!declared.find()) {
            return StandardCharsets.UTF_8;
        }
        return declared.group(1).toLowerCase(Locale.ROOT).contains("8859") ? ISO_8859_6 : WINDOWS_1256;
    }

    private static Detected legacyArabic(byte[] b) throws Refusal {
        boolean binary = false;
        for (Charset candidate : legacyCandidates(b)) {
            String text = decodeStrictly(candidate, b, 0, true);
            if (text == null) {
                continue;
            }
            if (looksBinary(text)) {
                binary = true;
            } else if (isMostlyArabic(text)) {
                return new Detected(candidate, 0);
            }
        }
        throw new Refusal(binary ? BINARY : UNDECODABLE);
    }

    /** The two Arabic legacy sets, in the order of ICU's confidence; markup is filtered out before judging. */
    private static List<Charset> legacyCandidates(byte[] b) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(b);
        List<Charset> candidates = new ArrayList<>(2);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getName().equalsIgnoreCase("windows-1256")) {
                addOnce(candidates, WINDOWS_1256);
            } else if (match.getName().equalsIgnoreCase("ISO-8859-6")) {
                addOnce(candidates, ISO_8859_6);
            }
        }
        // ICU only ranks what its statistics recognise; the Arabic-letter check below still guards both sets
        addOnce(candidates, WINDOWS_1256);
        addOnce(candidates, ISO_8859_6);
        return candidates;
    }

    private static void addOnce(List<Charset> list, Charset charset) {
        if (!list.contains(charset)) {
            list.add(charset);
        }
    }

    private static Detected verified(Detected detected, SniffedBytes prefix) throws Refusal {
        byte[] b = prefix.bytes();
        String text = decodeStrictly(detected.charset(), b, detected.bomLength(), prefix.complete());
        if (text == null) {
            throw new Refusal(UNDECODABLE);
        }
        if (looksBinary(text)) {
            throw new Refusal(BINARY);
        }
        return detected;
    }

    /** The text, or null when the bytes are invalid in the charset; mid-stream, an unfinished last sequence is fine. */
    static String decodeStrictly(Charset charset, byte[] b, int offset, boolean endOfInput) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(b.length - offset + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(b, offset, b.length - offset), out, endOfInput);
        if (result.isError() || endOfInput && decoder.flush(out).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    /** NUL anywhere, or control characters in more than one character of a hundred. */
    static boolean looksBinary(CharSequence text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return controls > 0 && controls >= Math.max(1, text.length() / 100);
    }

    private static boolean isControl(char c) {
        boolean c0 = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B;
        return c0 || c >= 0x7F && c <= 0x9F;
    }

    /**
     * At least four of five non-ASCII letters are Arabic, and few of them touch a Latin letter. A wrong legacy set
     * turns Arabic into accented Latin; Latin text decoded in an Arabic set gets Arabic letters inside its words.
     */
    static boolean isMostlyArabic(String text) {
        int arabic = 0;
        int other = 0;
        int insideLatinWords = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.ARABIC) {
                other++;
                continue;
            }
            arabic++;
            if (isAsciiLetter(text, i - 1) || isAsciiLetter(text, i + 1)) {
                insideLatinWords++;
            }
        }
        return arabic > 0 && arabic >= 4 * other && insideLatinWords * 10 < arabic;
    }

    private static boolean isAsciiLetter(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    static boolean isAscii(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** Bytes read ahead for detection; {@code complete} when they are the whole input. */
    record SniffedBytes(byte[] bytes, boolean complete) {
    }
}
