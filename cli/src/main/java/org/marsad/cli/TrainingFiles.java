package org.marsad.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.analysis.ner.ConllReader;
import org.marsad.analysis.ner.NerTagger;
import org.marsad.analysis.ner.TaggedSentence;
import org.marsad.analysis.ner.TrainingData;
import org.marsad.analysis.ner.UnlabelledCorpus;

/**
 * The files of name-tagger training and scoring, read here so that the analysis module reads none.
 *
 * <p>Rules: a CoNLL file is UTF-8 and its errors name it; a gazetteer directory holds ANERGazet's
 * {@code persons.txt}, {@code locations.txt} and {@code organizations.txt}; a corpus directory's {@code .txt} files
 * are read in sorted path order, so that every run sees the same text, and a directory without any is an error.
 */
final class TrainingFiles {
    private static final List<String> GAZETTEERS = List.of("persons.txt", "locations.txt", "organizations.txt");

    private TrainingFiles() {
    }

    /** The training data of {@code data}, with gazetteers and corpora when their directories are not null. */
    static TrainingData read(Path data, Path gazetteers, Path corpora) throws IOException {
        List<List<String>> lists = new ArrayList<>();
        if (gazetteers != null) {
            for (String file : GAZETTEERS) {
                lists.add(Files.readAllLines(gazetteers.resolve(file), StandardCharsets.UTF_8));
            }
        }
        return new TrainingData(data.toString(), sentences(data), lists, corpora == null ? null : texts(corpora));
    }

    /** The sentences of a {@code token TAG} file. */
    static List<TaggedSentence> sentences(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ConllReader.read(in, file.toString());
        }
    }

    /** The texts of the corpus files under {@code directory}, file by file in sorted order. */
    static TrainingData.Texts texts(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .txt files under " + directory);
        }
        return sink -> {
            for (Path file : files) {
                UnlabelledCorpus.texts(Files.readString(file, StandardCharsets.UTF_8)).forEach(sink);
            }
        };
    }

    /** The tagger of the model file {@code file}. */
    static NerTagger model(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NerTagger.read(in);
        }
    }

    /** Writes {@code tagger}'s model to {@code file}, replacing it. */
    static void write(NerTagger tagger, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            tagger.write(out);
        }
    }
}
