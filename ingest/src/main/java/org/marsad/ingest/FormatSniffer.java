package org.marsad.ingest;

import java.util.Locale;

/**
 * Tells the format of an input from the first characters of its decoded text, whatever the file is called.
 *
 * <p>Rules, on the text after leading white space:
 * <ul>
 *   <li>{@code [} then <code>&#123;</code> or {@code ]}: a JSON document (an array of article objects);</li>
 *   <li><code>&#123;</code> then {@code "} or <code>&#125;</code>: a JSON document of objects spread over several lines when the first
 *       line leaves the object open (outside a string) and the next line does not open another; otherwise JSON
 *       Lines;</li>
 *   <li>{@code <} then an ASCII letter, {@code !} or {@code ?}: markup, told apart by its first element after any XML
 *       declaration, comments and doctype: {@code <DOC>} is a TREC-style file, {@code <rss>}, {@code <feed>} and
 *       {@code <rdf:RDF>} are feeds; any other root of a document declared as XML is refused, and everything else
 *       is HTML;</li>
 *   <li>anything else is plain text.</li>
 * </ul>
 */
final class FormatSniffer {

    private FormatSniffer() {
    }

    /** The format of a text that starts with {@code prefix}. */
    static Format sniff(String prefix) throws Refusal {
        int start = skipWhitespace(prefix, 0);
        if (start == prefix.length()) {
            return Format.PLAIN_TEXT;
        }
        char first = prefix.charAt(start);
        char second = charAfterWhitespace(prefix, start + 1);
        if (first == '[' && (second == '{' || second == ']' || second == 0)) {
            return Format.JSON_DOCUMENT;
        }
        if (first == '{' && (second == '"' || second == '}' || second == 0)) {
            return isSpreadOverLines(prefix, start) ? Format.JSON_DOCUMENT : Format.JSON_LINES;
        }
        if (first == '<' && startsMarkup(start + 1 < prefix.length() ? prefix.charAt(start + 1) : 0)) {
            return markup(prefix, start);
        }
        return Format.PLAIN_TEXT;
    }

    /** Tags start with an ASCII letter; {@code <!} and {@code <?} open comments, doctypes and declarations. */
    private static boolean startsMarkup(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '!' || c == '?';
    }

    /**
     * An object spread over several lines leaves its first line open outside any string, and its second line does
     * not start another object; a broken JSON Lines record is cut inside a string or followed by the next record.
     * A first line longer than the prefix is taken for JSON Lines.
     */
    private static boolean isSpreadOverLines(String s, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
            if (c == '\n') {
                return !inString && depth > 0 && charAfterWhitespace(s, i) != '{';
            }
        }
        return false;
    }

    private static Format markup(String s, int start) throws Refusal {
        boolean declaredXml = false;
        int i = start;
        while (true) {
            i = skipWhitespace(s, i);
            if (s.startsWith("<?", i)) {
                declaredXml |= s.regionMatches(true, i, "<?xml", 0, 5);
                i = after(s, "?>", i);
            } else if (s.startsWith("<!--", i)) {
                i = after(s, "-->", i);
            } else if (s.regionMatches(true, i, "<!doctype html", 0, 14)) {
                return Format.HTML;
            } else if (s.startsWith("<!", i)) {
                i = after(s, ">", i);
            } else {
                break;
            }
        }
        String root = elementName(s, i);
        return switch (root) {
            case "doc" -> Format.TREC;
            case "rss", "feed", "rdf:rdf" -> Format.FEED;
            case "html", "head", "body", "" -> Format.HTML;
            default -> {
                if (declaredXml) {
                    throw new Refusal("unsupported XML document: root element <" + root + ">");
                }
                yield Format.HTML;
            }
        };
    }

    /** The lower-cased name of the element whose start tag is at {@code i}, or "" when there is none. */
    private static String elementName(String s, int i) {
        if (!s.startsWith("<", i)) {
            return "";
        }
        int end = i + 1;
        while (end < s.length() && isNameChar(s.charAt(end))) {
            end++;
        }
        return s.substring(i + 1, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    private static int after(String s, String end, int from) {
        int at = s.indexOf(end, from);
        return at < 0 ? s.length() : at + end.length();
    }

    private static int skipWhitespace(String s, int i) {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    /** The first character at or after {@code i} that is not white space, or 0 at the end. */
    private static char charAfterWhitespace(String s, int i) {
        int at = skipWhitespace(s, i);
        return at < s.length() ? s.charAt(at) : 0;
    }
}
