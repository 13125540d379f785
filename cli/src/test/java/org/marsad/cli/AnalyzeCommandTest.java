package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void printsOnePrettyObjectForOneArticle() throws Exception {
        Path file = write("a.txt", "أخبار اليوم\nوصل الرئيس الفرنسي إلى الجزائر في زيارة رسمية.\n");
        Run run = Run.of("analyze", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals("marsad/article@1", doc.get("schema").asText());
        assertEquals("أخبار اليوم", doc.get("source").get("name").asText());
        assertTrue(run.out().lines().count() > 10, "pretty-printed over many lines");
    }

    @Test
    void printsJsonLinesForSeveralArticles() throws Exception {
        write("a.txt", "زار الوزير مصر أمس.\n");
        write("b.txt", "وصل الوفد إلى تونس اليوم.\n");
        Run run = Run.of("analyze", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.out().lines().count());
        for (String line : run.out().lines().toList()) {
            assertEquals("marsad/article@1", JSON.readTree(line).get("schema").asText());
        }
    }

    @Test
    void printsJsonLinesWhenAskedEvenForOneArticle() throws Exception {
        Path file = write("a.txt", "زار الوزير مصر أمس.\n");
        assertEquals(1, Run.of("analyze", "--format", "jsonl", file.toString()).out().lines().count());
    }

    @Test
    void reportsBadInputAndGoesOnWithTheBatch() throws Exception {
        write("a.txt", "زار الوزير مصر أمس.\n");
        write("b.txt", "");
        write("c.txt", "وصل الوفد إلى تونس اليوم.\n");
        Run run = Run.of("analyze", "--format", "jsonl", dir.toString());
        assertEquals(1, run.exitCode());
        assertEquals(2, run.out().lines().count());
        assertTrue(run.err().contains("b.txt"), run.err());
    }

    @Test
    void setsPublicationDateWhereTheInputHasNone() throws Exception {
        Path file = write("a.txt", "زار الوزير مصر أمس.\n");
        JsonNode doc = JSON.readTree(Run.of("analyze", "--published", "2024-03-05", file.toString()).out());
        assertEquals("2024-03-05", doc.get("published").asText());
    }

    @Test
    void keepsThePublicationDateTheInputGives() throws Exception {
        Path file = write("a.jsonl", "{\"id\":\"x1\",\"published\":\"2020-01-02\",\"text\":\"زار الوزير مصر أمس.\"}\n");
        JsonNode doc = JSON.readTree(Run.of("analyze", "--published", "2024-03-05", file.toString()).out());
        assertEquals("2020-01-02", doc.get("published").asText());
        assertEquals("x1", doc.get("id").asText());
    }

    @Test
    void refusesMalformedPublicationDateAsUsageError() {
        Run run = Run.of("analyze", "--published", "yesterday", "x.txt");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("yesterday"), run.err());
    }

    @Test
    void analyzesEveryShippedExample() {
        Run run = Run.of("analyze", "--format", "jsonl", Shared.repo().resolve("examples").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(11, run.out().lines().count(), "1 text + 1 html + 2 + 5 jsonl + 2 rss articles");
    }

    @Test
    void usesTheActorsOfAUserKnowledgeBaseFile() throws Exception {
        Path kb = write("mine.tsv", "X-HADDAD\tPERSON\tسامي الحداد\tSami al-Haddad\t-\tLBN\tpolitician\tGOV\n");
        Path file = write("a.txt", "التقى سامي الحداد وفدا من رجال الأعمال في بيروت.\n");
        JsonNode doc = JSON.readTree(Run.of("analyze", "--kb", kb.toString(), file.toString()).out());
        JsonNode person = null;
        for (JsonNode e : doc.get("entities")) {
            if ("X-HADDAD".equals(e.get("kb").asText())) {
                person = e;
            }
        }
        assertTrue(person != null, doc.get("entities").toString());
        assertEquals("PERSON", person.get("type").asText());
        assertEquals("LBN", person.get("country").asText());
    }

    @Test
    void reportsMalformedUserKnowledgeBaseLineAndKeepsTheShippedBase() throws Exception {
        Path kb = write("bad.tsv", "# mine\nONLY-TWO\tPERSON\n");
        Path file = write("a.txt", "زار الوزير مصر أمس.\n");
        Run run = Run.of("analyze", "--kb", kb.toString(), file.toString());
        assertTrue(run.err().contains("bad.tsv:2"), run.err());
        assertTrue(JSON.readTree(run.out()).get("entities").toString().contains("EGY"));
    }

    @Test
    void givesExactlyTheWorkedExampleOfTheContractDocument() throws Exception {
        // the test runs in cli/: the document is the repository's own, not shared data
        String doc = Files.readString(Path.of("..", "docs", "analysis-json.md"), StandardCharsets.UTF_8);
        String example = doc.substring(doc.indexOf("## A worked example"));
        String text = block(example, "```text\n");
        JsonNode expected = JSON.readTree(block(example, "```json\n"));
        Path input = Files.writeString(dir.resolve("example.txt"), text + "\n", StandardCharsets.UTF_8);
        Run run = Run.of("analyze", "--published", "2025-03-10", input.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode actual = JSON.readTree(run.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) actual).remove("origin");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("origin");
        assertEquals(expected, actual);
    }

    private static String block(String markdown, String opening) {
        int start = markdown.indexOf(opening) + opening.length();
        return markdown.substring(start, markdown.indexOf("\n```", start));
    }
}
