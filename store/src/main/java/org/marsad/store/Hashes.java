package org.marsad.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a sequence of nullable strings, each framed so that no two sequences share a digest. */
final class Hashes {
    private static final byte NULL_MARK = 0;
    private static final byte VALUE_MARK = 1;

    private Hashes() {
    }

    static String sha256(String... parts) {
        MessageDigest digest = newDigest();
        for (String part : parts) {
            if (part == null) {
                digest.update(NULL_MARK);
                continue;
            }
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            digest.update(VALUE_MARK);
            digest.update(intBytes(bytes.length));
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
