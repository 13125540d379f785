package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeAndDemoCommandTest {
    private static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path dir;

    @Test
    void demoIngestsTheExamplesOnceAcrossRuns() {
        Path data = dir.resolve("demo");
        Run first = Run.of("demo", "--no-serve", "--data", data.toString(), "--examples", EXAMPLES.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().matches("(?s).*marsad demo: (\\d+) example articles read from .*: \\1 stored, 0 already there.*"), first.out());
        Run second = Run.of("demo", "--no-serve", "--data", data.toString(), "--examples", EXAMPLES.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains(": 0 stored, "), second.out());
        assertTrue(Files.isDirectory(data));
    }

    @Test
    void demoWithoutExamplesSaysWhereItLooked() {
        Run run = Run.of("demo", "--no-serve", "--data", dir.resolve("d").toString(), "--examples", dir.resolve("none").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no example articles at"), run.err());
    }

    @Test
    void serveRefusesATokenTooShortQuotingItsLength() {
        Run run = Run.of("serve", "--data", dir.toString(), "--token", "abc", "--port", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("token must be at least 8 characters, got 3"), run.err());
    }

    @Test
    void serveReadOnlyNeedsAnExistingStore() {
        Run run = Run.of("serve", "--data", dir.resolve("empty").toString(), "--port", "0", "--token=");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("marsad serve: "), run.err());
    }
}
