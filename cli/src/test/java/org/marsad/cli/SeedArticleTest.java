package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed article against what a careful analyst reads out of it: runs {@code marsad analyze} and the shared
 * checker {@code ../shared/tools/check_seed.py} over the sections Marsad claims to cover.
 */
class SeedArticleTest {
    private static final String SEED = "seed/000_db3b0fee7140d4de";

    @TempDir
    Path dir;

    private String check(String... sections) throws IOException, InterruptedException {
        Path seed = Shared.require(SEED + ".txt");
        Path gold = Shared.require(SEED + ".gold.json");
        Path checker = Shared.require("tools/check_seed.py");
        Assumptions.assumeTrue(python() != null, "python3 not on PATH: skipping the seed check");
        Run run = Run.of("analyze", "--published", "2022-01-04", seed.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = Files.writeString(dir.resolve("seed.json"), run.out(), StandardCharsets.UTF_8);
        List<String> cmd = new ArrayList<>(List.of(python(), checker.toString(), out.toString(), gold.toString()));
        cmd.addAll(List.of(sections));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String report = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return report.strip();
    }

    private static String python() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "python3"))) {
                return Path.of(dir, "python3").toString();
            }
        }
        return null;
    }

    private static void assertNothingMissing(String report) {
        String last = report.lines().reduce((a, b) -> b).orElse("");
        String[] counts = last.replaceAll(".*: (\\d+)/(\\d+) required facts found", "$1 $2").split(" ");
        assertEquals(counts[1], counts[0], report);
    }

    @Test
    void readsPublisherBoilerplateAndSentences() throws Exception {
        assertNothingMissing(check("document"));
    }

    @Test
    void findsEveryCountryWithItsIsoCode() throws Exception {
        assertNothingMissing(check("countries"));
    }

    @Test
    void normalizesEveryDateAgainstThePublicationDay() throws Exception {
        assertNothingMissing(check("dates"));
    }

    @Test
    void findsEveryEntityWithItsTypeMentionsAndCountry() throws Exception {
        assertNothingMissing(check("entities"));
    }

    @Test
    void attributesEveryQuoteToItsSpeaker() throws Exception {
        assertNothingMissing(check("quotes"));
    }

    @Test
    void tracesTheProvenanceChain() throws Exception {
        assertNothingMissing(check("provenance"));
    }

    @Test
    void codesEveryEventWithItsActors() throws Exception {
        assertNothingMissing(check("events"));
    }
}
