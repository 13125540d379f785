package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.analysis.kb.UserFile;

/** The analyzer of a command: the shipped knowledge, plus the user's actor files given with {@code --kb}. */
final class Analyzers {
    private Analyzers() {
    }

    /** The analyzer, or null when a knowledge-base file cannot be read (reported on {@code err}). */
    static ArticleAnalyzer load(List<Path> kbFiles, PrintWriter err, String command) {
        if (kbFiles.isEmpty()) {
            return ArticleAnalyzer.withShippedKnowledge();
        }
        List<UserFile> files = new ArrayList<>();
        for (Path file : kbFiles) {
            try {
                files.add(new UserFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | UncheckedIOException e) {
                err.println(command + ": " + file + ": cannot read knowledge-base file: " + e.getMessage());
                return null;
            }
        }
        KnowledgeBase.Loaded loaded = KnowledgeBase.shippedPlus(files);
        loaded.problems().forEach(p -> err.println(command + ": " + p));
        return ArticleAnalyzer.withKnowledge(loaded.kb());
    }
}
