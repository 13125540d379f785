package org.marsad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Splits news text into sentence spans, each trimmed of separators (whitespace, bidi marks) and never empty.
 *
 * <p>Rules:
 * <ul>
 *   <li>every line break ends a sentence: news puts headings, captions and paragraphs on lines of their own,
 *       and a heading has no final punctuation;</li>
 *   <li>within a line, a sentence ends after a run of {@code . ! ? ؟ …} followed by a separator or the line's
 *       end; closing quotes and brackets right after the run ({@code انتهى.»}) belong to the sentence that
 *       ends. A period inside a number or URL ({@code 21.5}) has no separator after it and never splits;</li>
 *   <li>a single period after an abbreviation does not end a sentence: after one Latin letter ({@code U.S.},
 *       {@code J. Smith}), after one Arabic letter (titles: {@code د.} doctor, {@code أ.} professor, {@code م.}
 *       engineer; and {@code أ.د.}), and after a few Latin titles ({@code Mr. Dr. Prof.}). The exception is
 *       an era marker {@code م.} or {@code هـ.} after a number ({@code عام 2021 م.}): a year often ends a
 *       sentence, an engineer's title never follows a number;</li>
 *   <li>punctuation inside a short quotation does not end the sentence: when «, “ or " opens a quote that
 *       closes on the same line within {@value #MAX_QUOTE_CHARS} chars, nothing inside it splits, so a quote
 *       stays with the speaker who introduces or follows it ({@code قال: "أولا. ثانيا." ثم غادر.} is one
 *       sentence). A longer or unclosed quote is split like running text;</li>
 *   <li>a line starting with {@code **} is a heading and is one sentence whatever it holds;</li>
 *   <li>a bullet line ({@code - }, {@code • }, {@code * }, {@code 1. }) starts a sentence; its marker never ends
 *       one (the period of {@code 1.} included), and the item is split like running text.</li>
 * </ul>
 */
public final class SentenceSplitter {
    /** Longest quote, opening mark to closing mark, whose inner punctuation is kept from splitting. */
    static final int MAX_QUOTE_CHARS = 400;

    private static final String CLOSERS = "\"'»”’›)]}";
    private static final String[] LATIN_TITLES =
            {"Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sen", "Gov", "Jr", "St", "vs"};
    private static final char MEEM = 'م';
    private static final char HAA = 'ه';

    private final String text;
    private final List<Span> sentences = new ArrayList<>();
    private int lineStart;
    private int sentenceStart;
    private boolean heading;
    /** Whether an odd number of {@code "} has been seen on this line, so that the next one closes. */
    private boolean straightQuoteOpen;
    /** Closing mark of the short quote being read; terminators before it do not split. */
    private int quoteClose;

    private SentenceSplitter(String text) {
        this.text = text;
    }

    /** The sentences of {@code text}, in order. */
    public static List<Span> split(CharSequence text) {
        SentenceSplitter splitter = new SentenceSplitter(Objects.requireNonNull(text, "text").toString());
        splitter.scan();
        return Collections.unmodifiableList(splitter.sentences);
    }

    private void scan() {
        startLine(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isLineBreak(c)) {
                add(sentenceStart, i);
                startLine(i + 1);
            } else if (!heading) {
                i = visit(i, c);
            }
        }
        add(sentenceStart, text.length());
    }

    private void startLine(int from) {
        int i = from;
        while (i < text.length() && CharClass.isSeparator(text.charAt(i)) && !isLineBreak(text.charAt(i))) {
            i++;
        }
        lineStart = i;
        sentenceStart = i;
        heading = text.startsWith("**", i);
        straightQuoteOpen = false;
        quoteClose = -1;
    }

    /** Handles the char at {@code i}; returns the last index it consumed. */
    private int visit(int i, char c) {
        switch (c) {
            case '«' -> openQuote(i, '»');
            case '“' -> openQuote(i, '”');
            case '"' -> straightQuote(i);
            case '.', '!', '?', '؟', '…' -> {
                return i < quoteClose ? i : terminator(i);
            }
            default -> {
            }
        }
        return i;
    }

    /** A straight quote opens and closes alike: on a line, odd ones open and even ones close. */
    private void straightQuote(int i) {
        straightQuoteOpen = !straightQuoteOpen;
        if (straightQuoteOpen) {
            openQuote(i, '"');
        }
    }

    /** Protects the quote opening at {@code open} when it closes on this line within the limit. */
    private void openQuote(int open, char closer) {
        int limit = Math.min(text.length(), open + MAX_QUOTE_CHARS);
        for (int k = open + 1; k < limit && !isLineBreak(text.charAt(k)); k++) {
            if (text.charAt(k) == closer) {
                quoteClose = Math.max(quoteClose, k);
                return;
            }
        }
    }

    /**
     * Ends the sentence at the run of terminators starting at {@code i} when it may; returns the run's last
     * index, so that the closers after it are still read (a closing {@code "} must flip the quote state).
     */
    private int terminator(int i) {
        int run = i;
        while (run < text.length() && isTerminator(text.charAt(run))) {
            run++;
        }
        int end = run;
        while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        boolean separated = end == text.length() || CharClass.isSeparator(text.charAt(end));
        if (separated && !(run == i + 1 && text.charAt(i) == '.' && isUnsplittablePeriod(i))) {
            add(sentenceStart, end);
            sentenceStart = end;
        }
        return run - 1;
    }

    private boolean isUnsplittablePeriod(int period) {
        int wordStart = period;
        while (wordStart > sentenceStart && isWordLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart == period) {
            return isBulletNumber(period);
        }
        if (letters(wordStart, period) == 1) {
            return !isEraAfterNumber(wordStart);
        }
        return isLatinTitle(wordStart, period);
    }

    /** The period of a numbered bullet such as {@code 1. } or {@code ٣. } at the start of a line. */
    private boolean isBulletNumber(int period) {
        if (period == lineStart) {
            return false;
        }
        for (int i = lineStart; i < period; i++) {
            if (!CharClass.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** {@code م} or {@code هـ} after a number: the calendar of a year, which may well end a sentence. */
    private boolean isEraAfterNumber(int wordStart) {
        char letter = text.charAt(wordStart);
        if (letter != MEEM && letter != HAA) {
            return false;
        }
        int before = wordStart;
        while (before > sentenceStart && CharClass.isSeparator(text.charAt(before - 1))) {
            before--;
        }
        return before > sentenceStart && CharClass.isDigit(text.charAt(before - 1));
    }

    private boolean isLatinTitle(int wordStart, int period) {
        for (String title : LATIN_TITLES) {
            if (title.length() == period - wordStart && text.startsWith(title, wordStart)) {
                return true;
            }
        }
        return false;
    }

    private int letters(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int k = CharClass.of(text.charAt(i));
            count += k == CharClass.MARK || k == CharClass.TATWEEL ? 0 : 1;
        }
        return count;
    }

    private void add(int from, int to) {
        int start = from;
        int end = to;
        while (start < end && CharClass.isSeparator(text.charAt(start))) {
            start++;
        }
        while (end > start && CharClass.isSeparator(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            sentences.add(new Span(start, end));
        }
    }

    private static boolean isWordLetter(char c) {
        int k = CharClass.of(c);
        return k == CharClass.ARABIC_LETTER || k == CharClass.LATIN_LETTER || k == CharClass.OTHER_LETTER
                || k == CharClass.MARK || k == CharClass.TATWEEL;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static boolean isLineBreak(char c) {
        // LF, VT, FF, CR; NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR
        return (c >= '\n' && c <= '\r') || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
