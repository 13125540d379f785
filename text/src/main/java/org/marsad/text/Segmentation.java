package org.marsad.text;

import java.util.List;
import java.util.Objects;

/**
 * One reading of a word as proclitics, stem and enclitics, as proposed by {@link CliticAnalyzer}.
 *
 * <p>Clitics are given in their dictionary form ({@code ال}, not the {@code ل} left of it in {@code للاستقلال});
 * the stem is the word's own characters, so {@code word.substring(stemStart(), stemEnd())} is the stem.
 *
 * @param proclitics clitics before the stem, outermost first ({@code و}, {@code ب}, {@code ال})
 * @param stem       the rest of the word, with its diacritics
 * @param enclitics  pronouns after the stem (at most one)
 * @param stemStart  UTF-16 offset of the stem within the word
 */
public record Segmentation(List<String> proclitics, String stem, List<String> enclitics, int stemStart) {

    public Segmentation {
        proclitics = List.copyOf(Objects.requireNonNull(proclitics, "proclitics"));
        enclitics = List.copyOf(Objects.requireNonNull(enclitics, "enclitics"));
        Objects.requireNonNull(stem, "stem");
        if (stem.isEmpty()) {
            throw new IllegalArgumentException("stem must not be empty, got \"\"");
        }
        if (stemStart < 0) {
            throw new IllegalArgumentException("stemStart must be >= 0, got " + stemStart);
        }
    }

    /** Offset just past the stem within the word. */
    public int stemEnd() {
        return stemStart + stem.length();
    }

    /** Whether any clitic was split off. */
    public boolean isSegmented() {
        return !proclitics.isEmpty() || !enclitics.isEmpty();
    }
}
