package org.marsad.ingest;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of an HTML element as a reader sees it: one line per paragraph or other block, white space collapsed
 * within lines as a browser collapses it, blank lines dropped, lines joined with {@code "\n"}.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "td", "th", "tr", "ul", "br");
    /** Elements whose content is not text a reader sees. */
    static final String NOT_TEXT = "script, style, noscript, template, svg, iframe, object, embed, button, select, "
            + "option, input, textarea, canvas, audio, video, picture, map";
    private static final Set<String> NOT_TEXT_NAMES = Set.of(NOT_TEXT.split(",\\s*"));

    private HtmlText() {
    }

    /** The text of the element, one line per block. */
    static String of(Element root) {
        return of(root, Set.of());
    }

    /** The text of the element, one line per block, leaving out the elements with the given names. */
    static String of(Element root, Set<String> leftOut) {
        Collector collector = new Collector(leftOut);
        root.filter(collector);
        return joinLines(collector.text);
    }

    /** Collapses all white space, line breaks included, to single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String joinLines(CharSequence text) {
        StringBuilder joined = new StringBuilder(text.length());
        for (String line : text.toString().split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                joined.append(joined.isEmpty() ? "" : "\n").append(stripped);
            }
        }
        return joined.toString();
    }

    private static final class Collector implements NodeFilter {
        private final Set<String> leftOut;
        private final StringBuilder text = new StringBuilder();

        Collector(Set<String> leftOut) {
            this.leftOut = leftOut;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendCollapsed(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (NOT_TEXT_NAMES.contains(name) || leftOut.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(name)) {
                    text.append('\n');
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                text.append('\n');
            }
            return FilterResult.CONTINUE;
        }

        private void appendCollapsed(String raw) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                boolean space = Character.isWhitespace(c) || c == '\u00A0';
                if (!space) {
                    text.append(c);
                } else if (!text.isEmpty() && !endsWithSpace()) {
                    text.append(' ');
                }
            }
        }

        private boolean endsWithSpace() {
            char last = text.charAt(text.length() - 1);
            return last == ' ' || last == '\n';
        }
    }
}
