package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * JSON documents: arrays of article objects, such as the SaudiNewsNet files or an array of JSON Lines records, and
 * objects spread over several lines, one after another. Read token by token: the array is never held whole.
 *
 * <p>Rules: each element (or top-level object) is a record, {@code path#N}, read by {@link JsonRecord}; an element
 * that is not an object, or whose object cannot be an article, fails and the next element is read. Broken JSON
 * syntax, or a string longer than the article limit, cannot be skipped reliably: it fails with its line and column
 * and ends the file.
 */
final class JsonDocumentReader implements ArticleReader {
    private static final String REST_UNREAD = "; the rest of the file was not read";

    @Override
    public void read(Reader text, Emitter out, Settings settings) throws IOException {
        Position position = new Position();
        try (JsonParser parser = settings.json().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_ARRAY) {
                    readElements(parser, out, position);
                } else {
                    readRecord(parser, token, out, position);
                }
            }
        } catch (StreamConstraintsException e) {
            out.failed(position.origin(out), settings.describe(e) + REST_UNREAD);
        } catch (JsonProcessingException e) {
            out.failed(position.origin(out), where(e.getLocation()) + e.getOriginalMessage() + REST_UNREAD);
        }
    }

    private static void readElements(JsonParser parser, Emitter out, Position position) throws IOException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
            readRecord(parser, token, out, position);
        }
    }

    private static void readRecord(JsonParser parser, JsonToken token, Emitter out, Position position)
            throws IOException {
        position.record = out.nextRecord();
        String where = where(parser.currentTokenLocation());
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            out.failed(position.record, where + "expected an object, found " + JsonRecord.describe(token));
        } else {
            try {
                out.article(position.record, JsonRecord.read(parser));
            } catch (RecordProblem e) {
                out.failed(position.record, where + e.getMessage());
            }
        }
        position.record = null;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /** The record being read, to blame a syntax error on; between records the file is to blame. */
    private static final class Position {
        private String record;

        String origin(Emitter out) {
            return record == null ? out.origin() : record;
        }
    }
}
