package org.marsad.analysis.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.text.ArabicNormalizer;

/**
 * The tab-separated layout of Marsad's knowledge files: one record a line, {@code #} comments, blank lines
 * ignored, lists within a column separated by {@code |}.
 */
public final class TsvTable {
    private TsvTable() {
    }

    /** One record, with where it came from for error messages. */
    public record Row(String file, int line, String[] columns) {
        public String column(int i) {
            return columns[i];
        }

        public List<String> list(int i) {
            return Arrays.stream(columns[i].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(file + ":" + line + ": " + reason);
        }
    }

    public static List<Row> readResource(Class<?> owner, String name, int minColumns) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "resource " + name + " is missing from the class path");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * The first column of every row of the resource {@code name}, Arabic-normalized: the word lists of Marsad's
     * lexicons (org-heads.tsv, sport-cues.tsv...), read as a set.
     */
    public static Set<String> normalizedWords(Class<?> owner, String name) {
        return readResource(owner, name, 1).stream().map(row -> ArabicNormalizer.normalize(row.column(0)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Parses {@code content}; a line with fewer than {@code minColumns} columns is an error naming file and line. */
    public static List<Row> parse(String content, String file, int minColumns) {
        List<Row> rows = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = lines[i].split("\t", -1);
            for (int c = 0; c < cols.length; c++) {
                cols[c] = cols[c].strip();
            }
            Row row = new Row(file, i + 1, cols);
            if (cols.length < minColumns) {
                throw row.error("expected " + minColumns + " tab-separated columns, got " + cols.length + " in '" + line + "'");
            }
            rows.add(row);
        }
        return rows;
    }
}
