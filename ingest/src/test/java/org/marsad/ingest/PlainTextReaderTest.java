package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.Article;

class PlainTextReaderTest {
    @TempDir
    Path dir;

    @Test
    void keepsTheWholeFileAsOneArticleWithBrandLineAndSharePrompt() throws Exception {
        Path file = Collected.write(dir.resolve("item.txt"), Fixtures.NEWS_ITEM);

        Article article = Collected.read(file).onlyArticle();

        assertEquals(Fixtures.NEWS_ITEM, article.text());
        assertEquals(file.toString(), article.origin());
        assertNull(article.title());
        assertTrue(article.removed().isEmpty());
    }

    @Test
    void keepsWindowsLineBreaksAsWritten() {
        String text = Fixtures.FARMERS + "\r\n" + Fixtures.MINISTER + "\r\n";

        assertEquals(text, Collected.readText("upload.txt", text).onlyArticle().text());
    }

    @Test
    void refusesAnEmptyFileAsEmpty() throws Exception {
        Path file = Files.write(dir.resolve("empty.txt"), new byte[0]);

        InputItem.Failed failure = Collected.read(file).onlyFailure();

        assertEquals(file.toString(), failure.origin());
        assertEquals("empty", failure.message());
    }

    @Test
    void refusesAWhitespaceOnlyFileAsEmpty() throws Exception {
        Path file = Collected.write(dir.resolve("blank.txt"), " \n\t\n   \n");

        assertEquals("empty", Collected.read(file).onlyFailure().message());
    }

    @Test
    void refusesAFileWithOnlyAByteOrderMarkAsEmpty() throws Exception {
        Path file = Files.write(dir.resolve("bom.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

        assertEquals("empty", Collected.read(file).onlyFailure().message());
    }

    @Test
    void refusesNulBytesAsBinary() throws Exception {
        byte[] text = Fixtures.FARMERS.getBytes(StandardCharsets.UTF_8);
        byte[] withNul = new byte[text.length + 3];
        System.arraycopy(text, 0, withNul, 0, text.length);
        Path file = Files.write(dir.resolve("image.txt"), withNul);

        InputItem.Failed failure = Collected.read(file).onlyFailure();

        assertTrue(failure.message().startsWith("looks binary"), failure.message());
    }

    @Test
    void refusesAPngWhateverItsName() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0,
                0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, (byte) 0xA8, 0x66};
        Path file = Files.write(dir.resolve("photo.txt"), png);

        assertTrue(Collected.read(file).onlyFailure().message().startsWith("looks binary"));
    }

    @Test
    void refusesTextLongerThanTheLimitNamingTheOption() throws Exception {
        Path file = Collected.write(dir.resolve("long.txt"), Fixtures.RAIN.repeat(10));
        ReadOptions options = ReadOptions.defaults().withMaxArticleChars(100);

        InputItem.Failed failure = Collected.read(options, file).onlyFailure();

        assertEquals("article exceeds 100 characters; raise --max-article-chars", failure.message());
    }
}
