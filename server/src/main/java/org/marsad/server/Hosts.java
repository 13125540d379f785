package org.marsad.server;

import java.util.Locale;
import java.util.Set;

/** Host names: the name part of a {@code Host} header, and whether a name is this machine's loopback. */
final class Hosts {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    private Hosts() {
    }

    /** The host of a {@code Host} header without its port: {@code [::1]:8080} gives {@code [::1]}. */
    static String name(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return LOOPBACK.contains(h) || h.startsWith("127.") || h.endsWith(".localhost");
    }
}
