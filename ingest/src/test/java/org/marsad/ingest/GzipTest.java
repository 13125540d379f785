package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.Article;

class GzipTest {
    @TempDir
    Path dir;

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void gunzipsJsonLinesAndSniffsTheirFormat() throws Exception {
        Path file = Files.write(dir.resolve("news.jsonl.gz"), gzip("{\"text\": \"أ\"}\n{\"text\": \"ب\"}\n"));

        List<Article> articles = Collected.read(file).articles();

        assertEquals(List.of("أ", "ب"), articles.stream().map(Article::text).toList());
        assertEquals(file + "#2", articles.get(1).origin());
    }

    @Test
    void gunzipsByMagicBytesWhateverTheFileIsCalled() throws Exception {
        Path file = Files.write(dir.resolve("news.txt"), gzip(Fixtures.NEWS_ITEM));

        assertEquals(Fixtures.NEWS_ITEM, Collected.read(file).onlyArticle().text());
    }

    @Test
    void refusesTruncatedGzipNamingTheFile() throws Exception {
        byte[] whole = gzip(Fixtures.NEWS_ITEM.repeat(50));
        Path file = Files.write(dir.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));

        assertEquals(new InputItem.Failed(file.toString(), "truncated gzip stream"), Collected.read(file).onlyFailure());
    }

    @Test
    void refusesAGzipHeaderWithNothingAfterIt() throws Exception {
        Path file = Files.write(dir.resolve("stub.gz"), new byte[] {0x1F, (byte) 0x8B, 8});

        assertEquals("truncated gzip stream", Collected.read(file).onlyFailure().message());
    }

    @Test
    void refusesCorruptGzipSayingSo() throws Exception {
        byte[] bytes = gzip(Fixtures.NEWS_ITEM.repeat(20));
        for (int i = 12; i < 40; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Path file = Files.write(dir.resolve("bad.gz"), bytes);

        InputItem.Failed failure = Collected.read(file).onlyFailure();

        assertEquals(file.toString(), failure.origin());
        assertEquals(true, failure.message().startsWith("corrupt gzip stream"), failure.message());
    }

    @Test
    void keepsTheArticlesReadBeforeTheGzipStreamBreaks() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            lines.append("{\"id\": \"").append(i).append("\", \"text\": \"").append(Fixtures.FINAL).append("\"}\n");
        }
        byte[] whole = gzip(lines.toString());
        Path file = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length - 200));

        Collected collected = Collected.read(file);

        assertEquals(true, collected.articles().size() > 1000);
        assertEquals(new InputItem.Failed(file.toString(), "truncated gzip stream"), collected.items.getLast());
    }
}
