package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCommandsTest {

    @TempDir
    Path dir;

    @Test
    void evalEndsWithTheMicroF1Line() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.txt"), String.join("\n",
                "وصل B-PERS", "سامي I-PERS", "الحداد I-PERS", "إلى O", "بيروت B-LOC", ". O", "",
                "وقالت O", "الأمم B-ORG", "المتحدة I-ORG", "إن O", "الوضع O", "صعب O", ". O", ""), StandardCharsets.UTF_8);
        Run run = Run.of("eval", "ner", "--gold", gold.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().strip().lines().toList();
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("micro-F1: [01]\\.\\d{4}"), last);
        assertTrue(run.out().contains("PERS") && run.out().contains("LOC") && run.out().contains("ORG"), run.out());
    }

    @Test
    void evalScoresThePipelinesPathAlikeWhenTheTextKeepsItsPunctuation() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.txt"), String.join("\n",
                "وصل B-PERS", "سامي I-PERS", "الحداد I-PERS", "إلى O", "بيروت B-LOC", ". O", "",
                "وقالت O", "الأمم B-ORG", "المتحدة I-ORG", "إن O", "الوضع O", "في O", "القاهرة B-LOC", "صعب O", ". O", ""),
                StandardCharsets.UTF_8);
        Run tokens = Run.of("eval", "ner", "--gold", gold.toString());
        Run text = Run.of("eval", "ner", "--gold", gold.toString(), "--as-text", "2");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("tagged as texts of 2 sentences"), text.out());
        assertEquals(last(tokens.out()), last(text.out()), "both paths find the same names here");
    }

    @Test
    void evalWritesEveryWrongEntityWithItsKind() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.txt"), String.join("\n",
                "وصل B-PERS", "سامي I-PERS", "الحداد I-PERS", "إلى O", "بيروت B-LOC", ". O", "",
                "وقال O", "زرقاء B-MISC", "اليمامة I-MISC", "إن O", "الوضع O", "صعب O", ". O", ""), StandardCharsets.UTF_8);
        Path errors = dir.resolve("errors.tsv");
        Run run = Run.of("eval", "ner", "--gold", gold.toString(), "--errors", errors.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        assertEquals("sentence\tkind\tgold_type\tgold\tpredicted_type\tpredicted", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            assertEquals(6, columns.length, line);
            assertTrue(columns[0].matches("[12]") && columns[1].matches("missed|spurious|type|span"), line);
        }
        String summary = run.out().lines().filter(l -> l.startsWith("wrong entities")).findFirst().orElseThrow();
        assertTrue(summary.contains("missed") && summary.contains("spurious"), summary);
        assertTrue(last(run.out()).startsWith("micro-F1: "), run.out());
    }

    @Test
    void evalScoresTheWholeAnalysisWithTheGoldsTypes() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.txt"), String.join("\n",
                "وصل O", "الرئيس O", "الكازاخستاني O", "قاسم B-PERS", "جومارت I-PERS", "توكاييف I-PERS", "إلى O",
                "أنقرة B-LOC", ". O", "", "وقالت O", "الأمم B-ORG", "المتحدة I-ORG", "إن O", "الوضع O", "صعب O", ". O", ""),
                StandardCharsets.UTF_8);
        Run run = Run.of("eval", "ner", "--gold", gold.toString(), "--pipeline");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("entities of the whole analysis, texts of 15 sentences"), run.out());
        // the knowledge base knows all three: a person, a capital (GPE → LOC), an organization; the adjective
        // الكازاخستاني is a mention of Kazakhstan, but no name
        assertEquals("micro-F1: 1.0000", last(run.out()), run.out());
    }

    @Test
    void evalRefusesTextsOfNoSentence() throws Exception {
        Path gold = Files.writeString(dir.resolve("gold.txt"), "وصل O\n", StandardCharsets.UTF_8);
        Run run = Run.of("eval", "ner", "--gold", gold.toString(), "--as-text", "0");
        assertTrue(run.exitCode() != 0);
        assertTrue(run.err().contains("at least 1, got 0"), run.err());
    }

    private static String last(String out) {
        List<String> lines = out.strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void evalNamesTheFileAndLineOfAMalformedGoldLine() throws Exception {
        Path gold = Files.writeString(dir.resolve("bad.txt"), "وصل O\nسامي B-PERS extra\n", StandardCharsets.UTF_8);
        Run run = Run.of("eval", "ner", "--gold", gold.toString());
        assertTrue(run.exitCode() != 0);
        assertTrue(run.err().contains("bad.txt") && run.err().contains("2"), run.err());
    }
}
