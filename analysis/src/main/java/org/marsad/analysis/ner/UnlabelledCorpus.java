package org.marsad.analysis.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Unlabelled news as lines of tokens, for learning word classes; the caller reads the files
 * ({@link TrainingData.Texts}).
 *
 * <p>Rules:
 * <ul>
 *   <li>in a file, the text between {@code <TEXT>} and {@code </TEXT>} counts (the TREC-style format of the ANT
 *       corpus), and a file without such a tag counts whole ({@link #texts});</li>
 *   <li>each line of text is one token sequence; tokens are split as ANERcorp has them: at whitespace, with
 *       punctuation at either end of a word split off, one token per punctuation character.</li>
 * </ul>
 * SaudiNewsNet is deliberately not used: its licence (CC BY-NC-SA, research only) does not allow shipping data
 * derived from it, and the word classes ship inside the model.
 */
public final class UnlabelledCorpus {
    private static final String OPEN = "<TEXT>";
    private static final String CLOSE = "</TEXT>";

    private UnlabelledCorpus() {
    }

    /** The token sequences of a text: one per line that has any token. */
    static List<List<String>> lines(String text) {
        return text.lines().map(UnlabelledCorpus::tokens).filter(t -> !t.isEmpty()).toList();
    }

    /** The {@code <TEXT>} sections of a file, or the whole file when it has none. */
    public static List<String> texts(String file) {
        List<String> texts = new ArrayList<>();
        int from = file.indexOf(OPEN);
        if (from < 0) {
            return List.of(file);
        }
        while (from >= 0) {
            int end = file.indexOf(CLOSE, from);
            int stop = end < 0 ? file.length() : end;
            texts.add(file.substring(from + OPEN.length(), stop));
            from = end < 0 ? -1 : file.indexOf(OPEN, end);
        }
        return texts;
    }

    /** The tokens of a line: whitespace-separated words with their leading and trailing punctuation split off. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        for (String word : line.strip().split("(?U)\\s+")) {
            splitWord(word, 0, word.length(), (start, end) -> tokens.add(word.substring(start, end)));
        }
        return tokens;
    }

    /** Where a token of a word starts and ends. */
    interface TokenSink {
        void token(int start, int end);
    }

    /**
     * Splits the whitespace-free word {@code text[start, end)} as ANERcorp does: each punctuation character at
     * either end is a token of its own, the rest one token; the tokens go to {@code sink} in order.
     */
    static void splitWord(CharSequence text, int start, int end, TokenSink sink) {
        int from = start;
        while (from < end && isPunctuation(text.charAt(from))) {
            sink.token(from, from + 1);
            from++;
        }
        int trailing = end;
        while (trailing > from && isPunctuation(text.charAt(trailing - 1))) {
            trailing--;
        }
        if (trailing > from) {
            sink.token(from, trailing);
        }
        for (int k = trailing; k < end; k++) {
            sink.token(k, k + 1);
        }
    }

    private static boolean isPunctuation(char c) {
        return FeatureExtractor.charClass(c) == 'p' || c == '"' || c == '\'';
    }
}
