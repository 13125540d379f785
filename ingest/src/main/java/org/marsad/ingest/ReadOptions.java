package org.marsad.ingest;

/**
 * Limits that keep reading within bounded memory.
 *
 * @param maxArticleChars the longest article text (and the longest JSON string) accepted; a longer one becomes a
 *                        {@link InputItem.Failed} item instead of being buffered
 * @param maxPageChars    the most characters of markup buffered for one HTML page, one feed item or one TREC
 *                        {@code <DOC>} before its text is taken out; markup carries far more characters than
 *                        the text it holds, hence a separate, larger limit
 */
public record ReadOptions(int maxArticleChars, int maxPageChars) {

    /** Two million characters: about ten times the longest news article of the corpora seen so far. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;
    /** Twenty million characters of markup. */
    public static final int DEFAULT_MAX_PAGE_CHARS = 20_000_000;

    /** Checks both limits are at least one, quoting the value that is not. */
    public ReadOptions {
        requirePositive("maxArticleChars", maxArticleChars);
        requirePositive("maxPageChars", maxPageChars);
    }

    /**
     * The default limits.
     *
     * @return {@value #DEFAULT_MAX_ARTICLE_CHARS} characters per article, {@value #DEFAULT_MAX_PAGE_CHARS} of markup
     */
    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_PAGE_CHARS);
    }

    /**
     * These options with another article limit.
     *
     * @param value the longest article text accepted, at least 1
     * @return new options
     */
    public ReadOptions withMaxArticleChars(int value) {
        return new ReadOptions(value, maxPageChars);
    }

    /**
     * These options with another markup limit.
     *
     * @param value the most markup characters buffered for one page, feed item or TREC document, at least 1
     * @return new options
     */
    public ReadOptions withMaxPageChars(int value) {
        return new ReadOptions(maxArticleChars, value);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
