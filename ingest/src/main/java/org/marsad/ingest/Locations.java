package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a location into the files to read, in a deterministic order.
 *
 * <p>Rules:
 * <ul>
 *   <li>a file named explicitly is read whatever its name;</li>
 *   <li>a directory is walked depth first, the entries of each directory in the order of their names;</li>
 *   <li>inside a directory only files with an article extension are read: {@code .txt .text .json .jsonl .ndjson
 *       .html .htm .xhtml .xml .rss .atom}, each optionally followed by {@code .gz};</li>
 *   <li>inside a directory, hidden entries (name starting with a dot) and README, LICENSE, LICENCE and NOTICE
 *       files are skipped: corpora ship them beside the articles;</li>
 *   <li>symbolic links to directories are not followed inside a walk, which keeps a walk from looping.</li>
 * </ul>
 */
final class Locations {
    private static final List<String> ARTICLE_EXTENSIONS = List.of(
            ".txt", ".text", ".json", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom");
    private static final Pattern PROJECT_FILE = Pattern.compile(
            "(readme|licen[cs]e|notice)([._-].*)?", Pattern.CASE_INSENSITIVE);

    private Locations() {
    }

    static void read(String location, Settings settings, GuardedSink sink) {
        Path path;
        try {
            path = Path.of(location);
        } catch (InvalidPathException e) {
            sink.accept(new InputItem.Failed(location, "not a valid path (" + e.getReason() + ")"));
            return;
        }
        if (Files.isDirectory(path)) {
            walk(path, settings, sink);
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            Reading.readFile(path, location, settings, sink);
        } else {
            sink.accept(new InputItem.Failed(location, "no such file or directory"));
        }
    }

    private static void walk(Path directory, Settings settings, GuardedSink sink) {
        List<Path> entries;
        try {
            entries = sortedEntries(directory);
        } catch (IOException e) {
            sink.accept(new InputItem.Failed(directory.toString(), Reading.describe(e)));
            return;
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, settings, sink);
            } else if (isArticleFile(name) && !Files.isDirectory(entry)) {
                Reading.readFile(entry, entry.toString(), settings, sink);
            }
        }
    }

    private static List<Path> sortedEntries(Path directory) throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            stream.forEach(entries::add);
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return entries;
    }

    /** Has an article extension, possibly gzipped, and is not a README, LICENSE or NOTICE. */
    static boolean isArticleFile(String name) {
        if (PROJECT_FILE.matcher(name).matches()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String unzipped = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        return ARTICLE_EXTENSIONS.stream().anyMatch(unzipped::endsWith);
    }
}
