package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharsetTest {
    private static final String TEXT = Fixtures.LIBRARY + "\n" + Fixtures.RAIN + "\n" + Fixtures.FINAL + "\n";
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    @TempDir
    Path dir;

    @Test
    void readsUtf8() {
        assertEquals(TEXT, readAs(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsUtf8AfterItsByteOrderMarkWithoutKeepingTheMark() {
        assertEquals(TEXT, readAs(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void readsUtf16LittleEndianAfterItsByteOrderMark() {
        assertEquals(TEXT, readAs(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))));
    }

    @Test
    void readsUtf16BigEndianAfterItsByteOrderMark() {
        assertEquals(TEXT, readAs(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void readsUtf16LittleEndianWithoutByteOrderMarkByItsNulBytes() {
        assertEquals(TEXT, readAs(TEXT.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void readsUtf16BigEndianWithoutByteOrderMarkByItsNulBytes() {
        assertEquals(TEXT, readAs(TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void readsArabicOnlyUtf16WithoutSpacesOrMark() {
        String word = "المكتبة";
        assertEquals(word, readAs(word.getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void readsWindows1256() {
        assertEquals(TEXT, readAs(TEXT.getBytes(WINDOWS_1256)));
    }

    @Test
    void readsIso88596() {
        String text = Fixtures.LIBRARY + "\n" + Fixtures.FINAL + "\n";
        assertEquals(text, readAs(text.getBytes(ISO_8859_6)));
    }

    @Test
    void readsWindows1256JsonLines() {
        String line = "{\"title\": \"مكتبة جديدة\", \"text\": \"" + Fixtures.LIBRARY + "\"}\n";

        Collected collected = Collected.readBytes("legacy.jsonl", line.getBytes(WINDOWS_1256));

        assertEquals("مكتبة جديدة", collected.onlyArticle().title());
    }

    @Test
    void readsWindows1256PageDeclaredAfterALongAsciiHead() {
        String head = "<html><head><meta charset=\"windows-1256\"><style>" + "p { margin: 0 }\n".repeat(30_000)
                + "</style></head><body><article><p>";
        byte[] page = concat(head.getBytes(StandardCharsets.US_ASCII),
                (Fixtures.RAIN + "</p></article></body></html>").getBytes(WINDOWS_1256));

        assertEquals(Fixtures.RAIN, Collected.readBytes("page.html", page).onlyArticle().text());
    }

    @Test
    void readsWindows1256WhoseFirstArabicByteComesAfterALongAsciiHead() {
        String head = "Source: wire service, desk 4\n".repeat(20_000);
        byte[] text = concat(head.getBytes(StandardCharsets.US_ASCII), TEXT.getBytes(WINDOWS_1256));

        assertEquals(head + TEXT, readAs(text));
    }

    @Test
    void refusesLatinTextThatIsNeitherUtf8NorAnArabicSet() {
        byte[] latin1 = "Le café du marché a réouvert après les travaux.".getBytes(StandardCharsets.ISO_8859_1);

        InputItem.Failed failure = Collected.readBytes("french.txt", latin1).onlyFailure();

        assertEquals("cannot decode: not UTF-8, UTF-16, Windows-1256 or ISO-8859-6", failure.message());
    }

    @Test
    void refusesUtf8ThatBreaksAfterTheSniffedPrefixNamingTheLine() throws Exception {
        String line = Fixtures.FINAL + "\n";
        int lines = DecodedText.SNIFF_BYTES / line.getBytes(StandardCharsets.UTF_8).length + 10;
        byte[] valid = line.repeat(lines).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("broken.txt"), concat(valid, Fixtures.RAIN.getBytes(WINDOWS_1256)));

        InputItem.Failed failure = Collected.read(file).onlyFailure();

        assertTrue(failure.message().startsWith("cannot decode line "), failure.message());
        assertTrue(failure.message().endsWith("bytes not valid UTF-8"), failure.message());
        assertEquals(file.toString(), failure.origin());
    }

    private static String readAs(byte[] bytes) {
        return Collected.readBytes("input.txt", bytes).onlyArticle().text();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
