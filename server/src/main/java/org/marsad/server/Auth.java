package org.marsad.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks the bearer token of write requests.
 *
 * <p>Rules: a server started without a token refuses every write; a write must carry
 * {@code Authorization: Bearer TOKEN}; tokens are compared by their SHA-256 digests in constant time, so the
 * time taken tells nothing of how much of a guess was right. Every refusal is a 401 saying which rule failed.
 */
final class Auth {
    private final byte[] tokenDigest;

    Auth(String token) {
        this.tokenDigest = token == null ? null : sha256(token);
    }

    boolean enabled() {
        return tokenDigest != null;
    }

    void requireWriter(Request request) {
        if (tokenDigest == null) {
            throw ApiException.unauthorized("this server is read-only: start it with --token TOKEN (or MARSAD_TOKEN) to allow writes");
        }
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("writes need an 'Authorization: Bearer TOKEN' header");
        }
        if (!MessageDigest.isEqual(tokenDigest, sha256(header.substring(7).strip()))) {
            throw ApiException.unauthorized("the bearer token does not match the server's");
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
