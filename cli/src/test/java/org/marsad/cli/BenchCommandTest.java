package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void timesTheOtherBuildsPassBesideItsOwn() throws IOException {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, 4, 1);
        Path other = builtCheckout(dir.resolve("other"));
        Run run = Run.of("bench", "--corpus", corpus.toString(), "--against", other.toString(), "--pass", "lexical",
                "--rounds", "1", "--seconds", "0.05");
        assertEquals(0, run.exitCode(), run.err());
        List<String> rows = run.out().lines().filter(l -> l.startsWith("marsad lexical pass")).toList();
        assertEquals(2, rows.size(), run.out());
        assertTrue(rows.get(1).startsWith("marsad lexical pass @ other "), rows.get(1));
    }

    @Test
    void namesTheJarItLookedForWhenTheOtherCheckoutIsNotBuilt() {
        Path corpus = dir.resolve("corpus");
        TestCorpus.write(corpus, 2, 1);
        Run run = Run.of("bench", "--corpus", corpus.toString(), "--against", dir.resolve("unbuilt").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no built Marsad at") && run.err().contains("marsad-cli.jar"), run.err());
    }

    /** A checkout laid out as a built one, its jars made of this test's own class path. */
    private static Path builtCheckout(Path root) throws IOException {
        Path lib = Files.createDirectories(root.resolve("cli/target/lib"));
        jar(null, root.resolve("cli/target/marsad-cli.jar"));
        int k = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                jar(p, lib.resolve("classes-" + k++ + ".jar"));
            } else if (entry.endsWith(".jar")) {
                Files.copy(p, lib.resolve(k++ + "-" + p.getFileName()));
            }
        }
        return root;
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            if (classes == null) {
                return;
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                    Files.copy(f, j);
                    j.closeEntry();
                }
            }
        }
    }
}
