package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import org.marsad.article.Article;

/**
 * JSON Lines: one article object per line (fields as {@link JsonRecord} reads them), parsed as the line streams by.
 *
 * <p>Rules: blank lines are skipped and not counted as records; every other line is a record, {@code path#N}; a
 * line that is not one JSON object, or whose object cannot be an article, fails as {@code path:L} with the column
 * and the reason, and reading goes on with the next line; a string longer than the article limit fails its line
 * without being buffered.
 */
final class JsonLinesReader implements ArticleReader {

    @Override
    public void read(Reader text, Emitter out, Settings settings) throws IOException {
        LineSplitter lines = new LineSplitter(text);
        while (lines.nextLine()) {
            int indent = lines.skipIndent();
            if (indent >= 0) {
                readLine(lines, indent, out, settings);
            }
        }
    }

    private static void readLine(LineSplitter lines, int indent, Emitter out, Settings settings) throws IOException {
        String recordOrigin = out.nextRecord();
        String lineOrigin = out.line(lines.lineNumber());
        try (JsonParser parser = settings.json().createParser(lines.line())) {
            out.article(recordOrigin, parseObject(parser));
        } catch (StreamConstraintsException e) {
            out.failed(lineOrigin, settings.describe(e));
        } catch (JsonProcessingException e) {
            out.failed(lineOrigin, column(e.getLocation(), indent) + e.getOriginalMessage());
        } catch (RecordProblem e) {
            out.failed(lineOrigin, e.getMessage());
        }
    }

    private static Article.Builder parseObject(JsonParser parser) throws IOException, RecordProblem {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new RecordProblem("expected a JSON object, found " + JsonRecord.describe(first));
        }
        Article.Builder article = JsonRecord.read(parser);
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new RecordProblem("expected one object per line, found " + JsonRecord.describe(after) + " after it");
        }
        return article;
    }

    private static String column(JsonLocation location, int indent) {
        if (location == null || location.getColumnNr() < 1) {
            return "";
        }
        return "column " + (location.getColumnNr() + indent) + ": ";
    }
}
