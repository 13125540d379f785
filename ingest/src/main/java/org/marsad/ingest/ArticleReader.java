package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads the articles of one decoded input in one format. A problem with one record becomes a failed item and the
 * reader goes on; a problem that ends the input is thrown, a {@link Refusal} when it is about the content.
 */
sealed interface ArticleReader
        permits PlainTextReader, JsonLinesReader, JsonDocumentReader, TrecReader, FeedReader, HtmlReader {

    void read(Reader text, Emitter out, Settings settings) throws IOException;
}
