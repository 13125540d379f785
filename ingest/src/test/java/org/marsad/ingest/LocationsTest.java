package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationsTest {
    @TempDir
    Path dir;

    @Test
    void walksDirectoriesRecursivelyInNameOrder() throws Exception {
        Collected.write(dir.resolve("b/2.txt"), Fixtures.RAIN);
        Collected.write(dir.resolve("b/10.txt"), Fixtures.FINAL);
        Collected.write(dir.resolve("a/z/deep.txt"), Fixtures.LIBRARY);
        Collected.write(dir.resolve("a.txt"), Fixtures.FARMERS);
        Collected.write(dir.resolve("c.jsonl"), "{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n");

        Collected collected = Collected.read(dir);

        assertEquals(List.of(
                dir.resolve("a/z/deep.txt").toString(),
                dir.resolve("a.txt").toString(),
                dir.resolve("b/10.txt").toString(),
                dir.resolve("b/2.txt").toString(),
                dir.resolve("c.jsonl") + "#1",
                dir.resolve("c.jsonl") + "#2"), collected.origins());
    }

    @Test
    void skipsReadmeAndLicenceInDirectories() throws Exception {
        Collected.write(dir.resolve("README.md"), "# corpus");
        Collected.write(dir.resolve("README.txt"), "about this corpus");
        Collected.write(dir.resolve("readme-ar.txt"), "عن هذه المجموعة");
        Collected.write(dir.resolve("LICENSE"), "Apache");
        Collected.write(dir.resolve("LICENCE.txt"), "licence");
        Collected.write(dir.resolve("NOTICE.txt"), "notice");
        Path article = Collected.write(dir.resolve("news.txt"), Fixtures.RAIN);

        assertEquals(List.of(article.toString()), Collected.read(dir).origins());
    }

    @Test
    void skipsHiddenFilesAndDirectoriesAndOtherExtensions() throws Exception {
        Collected.write(dir.resolve(".cache/old.txt"), Fixtures.RAIN);
        Collected.write(dir.resolve(".draft.txt"), Fixtures.RAIN);
        Collected.write(dir.resolve("notes.md"), Fixtures.RAIN);
        Collected.write(dir.resolve("data.csv"), Fixtures.RAIN);
        Path article = Collected.write(dir.resolve("news.text"), Fixtures.RAIN);

        assertEquals(List.of(article.toString()), Collected.read(dir).origins());
    }

    @Test
    void readsEveryArticleExtensionInDirectoriesGzippedOrNot() throws Exception {
        List<String> names = List.of("a.txt", "b.text", "c.json", "d.jsonl", "e.ndjson", "f.html", "g.htm", "h.xhtml",
                "i.xml", "j.rss", "k.atom", "l.TXT");
        for (String name : names) {
            Collected.write(dir.resolve(name), Fixtures.RAIN);
        }
        Files.write(dir.resolve("m.txt.gz"), GzipTest.gzip(Fixtures.RAIN));

        assertEquals(names.size() + 1, Collected.read(dir).articles().size());
    }

    @Test
    void readsAFileNamedExplicitlyWhateverItsExtension() throws Exception {
        Path notes = Collected.write(dir.resolve("notes.md"), Fixtures.RAIN);
        Path readme = Collected.write(dir.resolve("README"), Fixtures.FINAL);

        assertEquals(List.of(notes.toString(), readme.toString()), Collected.read(notes, readme).origins());
    }

    @Test
    void failsANonexistentPathAndReadsTheNextLocation() throws Exception {
        Path present = Collected.write(dir.resolve("present.txt"), Fixtures.RAIN);
        Path missing = dir.resolve("missing.txt");

        Collected collected = Collected.read(missing, present);

        assertEquals(new InputItem.Failed(missing.toString(), "no such file or directory"), collected.items.get(0));
        assertEquals(present.toString(), collected.items.get(1).origin());
    }

    @Test
    void failsAnUnreadableFileWithTheReason() throws Exception {
        Path locked = Collected.write(dir.resolve("locked.txt"), Fixtures.RAIN);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(locked), "running with rights that read any file: skipping");

        InputItem.Failed failure = Collected.read(locked).onlyFailure();

        assertEquals("cannot read: permission denied", failure.message());
    }

    @Test
    void readsStandardInputNamedByADash() throws Exception {
        var saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Fixtures.NEWS_ITEM.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Collected collected = new Collected();

            Inputs.read(List.of("-"), ReadOptions.defaults(), collected.items::add);

            assertEquals("-", collected.onlyArticle().origin());
            assertEquals(Fixtures.NEWS_ITEM, collected.onlyArticle().text());
        } finally {
            System.setIn(saved);
        }
    }
}
