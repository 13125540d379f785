package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatSnifferTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "`[{\"text\": \"أ\"}]`                          | JSON_DOCUMENT",
            "`  \n[ ]`                                       | JSON_DOCUMENT",
            "`{\"text\": \"أ\"}\n{\"text\": \"ب\"}`          | JSON_LINES",
            "`{\n  \"text\": \"أ\"\n}`                       | JSON_DOCUMENT",
            "`{\"title\": \"أ\",\n \"text\": \"ب\"}`             | JSON_DOCUMENT",
            "`{\"text\": \"مقطوع\n{\"text\": \"ب\"}`             | JSON_LINES",
            "`{\"text\": {\n{\"text\": \"ب\"}`                 | JSON_LINES",
            "`<DOC>\n<DOCNO>x</DOCNO>`                       | TREC",
            "`<doc id=\"x\">`                                | TREC",
            "`<?xml version=\"1.0\"?>\n<rss version=\"2.0\">` | FEED",
            "`<?xml version=\"1.0\"?><!-- feed --><feed xmlns=\"http://www.w3.org/2005/Atom\">` | FEED",
            "`<rdf:RDF>`                                     | FEED",
            "`<!DOCTYPE html><html>`                         | HTML",
            "`<html lang=\"ar\">`                            | HTML",
            "`<p>فقرة</p>`                                   | HTML",
            "`[عاجل] خبر`                                    | PLAIN_TEXT",
            "`{عاجل} خبر`                                    | PLAIN_TEXT",
            "`< الترتيب النهائي`                             | PLAIN_TEXT",
            "`<خبر>`                                         | PLAIN_TEXT",
            "`ترك برس\nنص الخبر`                             | PLAIN_TEXT",
    })
    void tellsTheFormatFromTheFirstCharacters(String prefix, Format format) throws Refusal {
        assertEquals(format, FormatSniffer.sniff(prefix));
    }

    @Test
    void takesAFirstLineLongerThanThePrefixForJsonLines() throws Refusal {
        assertEquals(Format.JSON_LINES, FormatSniffer.sniff("{\"text\": \"" + "ن".repeat(100)));
    }

    @Test
    void refusesAnXmlDocumentOfAnotherKindNamingItsRoot() {
        Refusal refusal = assertThrows(Refusal.class, () -> FormatSniffer.sniff("<?xml version=\"1.0\"?>\n<svg width=\"10\">"));

        assertEquals("unsupported XML document: root element <svg>", refusal.getMessage());
    }
}
