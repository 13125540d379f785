package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.marsad.article.Removed;

/**
 * Takes the parts of a page around its article out of the page, and keeps their text as {@link Removed} pieces so
 * that nothing disappears unaccounted for.
 *
 * <p>Rules:
 * <ul>
 *   <li>page chrome ({@link Removed#PAGE_CHROME}): {@code nav}, {@code aside}, {@code footer} and {@code header}
 *       elements and their ARIA roles, except the {@code header} of an {@code article}, which holds its headline
 *       and byline;</li>
 *   <li>related links ({@link Removed#RELATED_LINKS}): blocks of mostly links whose class or id says related,
 *       read-more or read-also, blocks that open with "اقرأ أيضا" or a like phrase (spelled with or without hamza and
 *       tanween) and are mostly links, and such a phrase standing alone as a heading together with the list of
 *       links that follows it;</li>
 *   <li>each piece keeps at most {@value #MAX_PIECE_CHARS} characters of its text, on one line, and a page gives
 *       at most {@value #MAX_PIECES} pieces: they are evidence of what was taken out, not content.</li>
 * </ul>
 */
final class PageChrome {
    static final int MAX_PIECE_CHARS = 300;
    static final int MAX_PIECES = 100;
    private static final String CHROME = "nav, aside, footer, header, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary]";
    private static final String BLOCKS = "div, section, p, ul, ol, li, h2, h3, h4, h5, h6, blockquote, table";
    private static final Pattern RELATED_CLASS = Pattern.compile(
            "(?i)related|read-?more|read-?also|also-?read|more-?news|see-?also");
    private static final List<String> RELATED_PHRASES = List.of(
            "اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "شاهد ايضا", "طالع ايضا",
            "اخبار ذات صله", "مواضيع ذات صله", "مقالات ذات صله", "ذات صله");
    /** A related block longer than this is more likely the article itself, which may open with such a phrase. */
    private static final int LONGEST_RELATED_BLOCK = 1500;

    private final List<Removed> removed = new ArrayList<>();

    /** Takes chrome and related-link blocks out of the body, returning what was taken, in page order. */
    static List<Removed> takeOut(Element body) {
        PageChrome chrome = new PageChrome();
        chrome.takeChrome(body);
        chrome.takeRelatedByClass(body);
        chrome.takeRelatedByPhrase(body);
        return chrome.removed;
    }

    private void takeChrome(Element body) {
        for (Element element : body.select(CHROME)) {
            boolean detached = element.ownerDocument() == null;
            boolean articleHeader = element.normalName().equals("header") && element.closest("article") != null;
            if (!detached && !articleHeader) {
                take(element, Removed.PAGE_CHROME);
            }
        }
    }

    private void takeRelatedByClass(Element body) {
        for (Element element : body.select("[class], [id]")) {
            String names = element.className() + " " + element.id();
            if (!RELATED_CLASS.matcher(names).find() || element.ownerDocument() == null) {
                continue;
            }
            boolean holdsArticle = element.is("body, main, article") || !element.select("article").isEmpty();
            if (!holdsArticle && isMostlyLinks(element)) {
                take(element, Removed.RELATED_LINKS);
            }
        }
    }

    private void takeRelatedByPhrase(Element body) {
        for (Element element : body.select(BLOCKS)) {
            if (element.ownerDocument() == null) {
                continue;
            }
            String text = element.text();
            if (text.length() > LONGEST_RELATED_BLOCK || !opensWithRelatedPhrase(text)) {
                continue;
            }
            if (!isPhraseAlone(text)) {
                if (isMostlyLinks(element)) {
                    take(element, Removed.RELATED_LINKS);
                }
                continue;
            }
            Element links = element.nextElementSibling();
            if (links != null && isMostlyLinks(links) && links.text().length() <= LONGEST_RELATED_BLOCK) {
                add(text + " " + links.text(), Removed.RELATED_LINKS);
                links.remove();
            } else {
                add(text, Removed.RELATED_LINKS);
            }
            element.remove();
        }
    }

    /**
     * Link text makes up a good part of the block's text: a list of related headlines is links, while a wrapper of
     * the article that happens to open with such a block is mostly prose.
     */
    private static boolean isMostlyLinks(Element element) {
        int total = element.text().length();
        int linked = 0;
        for (Element link : element.select("a")) {
            linked += link.text().length();
        }
        return total > 0 && linked >= total * 0.4;
    }

    private void take(Element element, String reason) {
        add(element.text(), reason);
        element.remove();
    }

    private void add(String text, String reason) {
        String line = HtmlText.oneLine(text);
        if (!line.isEmpty() && removed.size() < MAX_PIECES) {
            removed.add(new Removed(capped(line), reason));
        }
    }

    static String capped(String text) {
        if (text.length() <= MAX_PIECE_CHARS) {
            return text;
        }
        int end = MAX_PIECE_CHARS - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    static boolean opensWithRelatedPhrase(String text) {
        String normalized = normalized(text);
        return RELATED_PHRASES.stream().anyMatch(normalized::startsWith);
    }

    /** The phrase and at most a colon or dash: a heading for the list that follows. */
    private static boolean isPhraseAlone(String text) {
        String rest = normalized(text).replaceAll("[\\s:：،.\\-–—»«]+", " ").strip();
        return RELATED_PHRASES.contains(rest);
    }

    /** Folds the spellings of the phrases together: hamza forms of alef, taa marbuta, alef maqsura, marks. */
    private static String normalized(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 64));
        for (int i = 0; i < text.length() && out.length() < 64; i++) {
            char c = text.charAt(i);
            if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
                continue;
            }
            out.append(switch (c) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> c;
            });
        }
        return out.toString().strip();
    }
}
