package org.marsad.ingest;

/**
 * Decodes character references in markup that is not parsed as a tree. Only complete references, ending in a
 * semicolon, are decoded: a bare ampersand, as in the query string of a URL, stays as it is.
 */
final class Entities {
    private static final int LONGEST_NAME = 32;

    private Entities() {
    }

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
            int semicolon = text.indexOf(';', amp);
            if (semicolon < 0) {
                break;
            }
            if (semicolon - amp > LONGEST_NAME) {
                continue;
            }
            String replacement = resolve(text.substring(amp + 1, semicolon));
            if (replacement != null) {
                out.append(text, copied, amp).append(replacement);
                copied = semicolon + 1;
                amp = semicolon;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The text a reference stands for, or null when the name is no reference. */
    private static String resolve(String name) {
        if (name.startsWith("#x") || name.startsWith("#X")) {
            return codePoint(name.substring(2), 16);
        }
        if (name.startsWith("#")) {
            return codePoint(name.substring(1), 10);
        }
        if (name.equals("apos")) {
            return "'";
        }
        return org.jsoup.nodes.Entities.isNamedEntity(name) ? org.jsoup.nodes.Entities.getByName(name) : null;
    }

    private static String codePoint(String digits, int radix) {
        try {
            int cp = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
