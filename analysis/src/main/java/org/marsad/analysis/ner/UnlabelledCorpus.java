package org.marsad.analysis.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads unlabelled news as lines of tokens, for learning word classes.
 *
 * <p>Rules:
 * <ul>
 *   <li>the files are the {@code .txt} files under a directory, visited in sorted path order so that every run
 *       sees the same text; in each, the text between {@code <TEXT>} and {@code </TEXT>} counts (the TREC-style
 *       format of the ANT corpus), and a file without such a tag counts whole;</li>
 *   <li>each line of text is one token sequence; tokens are split as ANERcorp has them: at whitespace, with
 *       punctuation at either end of a word split off, one token per punctuation character.</li>
 * </ul>
 * SaudiNewsNet is deliberately not read: its licence (CC BY-NC-SA, research only) does not allow shipping data
 * derived from it, and the word classes ship inside the model.
 */
final class UnlabelledCorpus {
    private static final String OPEN = "<TEXT>";
    private static final String CLOSE = "</TEXT>";

    private UnlabelledCorpus() {
    }

    /** Calls {@code sink} with the tokens of every line of text under {@code directory}. */
    static void read(Path directory, Consumer<List<String>> sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .txt files under " + directory);
        }
        for (Path file : files) {
            for (String text : texts(Files.readString(file, StandardCharsets.UTF_8))) {
                text.lines().map(UnlabelledCorpus::tokens).filter(t -> !t.isEmpty()).forEach(sink);
            }
        }
    }

    /** The {@code <TEXT>} sections of a file, or the whole file when it has none. */
    static List<String> texts(String file) {
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
            if (word.isEmpty()) {
                continue;
            }
            int start = 0;
            int end = word.length();
            while (start < end && isPunctuation(word.charAt(start))) {
                tokens.add(word.substring(start, start + 1));
                start++;
            }
            int trailing = end;
            while (trailing > start && isPunctuation(word.charAt(trailing - 1))) {
                trailing--;
            }
            if (trailing > start) {
                tokens.add(word.substring(start, trailing));
            }
            for (int k = trailing; k < end; k++) {
                tokens.add(word.substring(k, k + 1));
            }
        }
        return tokens;
    }

    private static boolean isPunctuation(char c) {
        return FeatureExtractor.charClass(c) == 'p' || c == '"' || c == '\'';
    }
}
