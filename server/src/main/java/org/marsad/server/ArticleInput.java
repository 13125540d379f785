package org.marsad.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.article.Article;
import org.marsad.ingest.InputItem;
import org.marsad.ingest.Inputs;
import org.marsad.ingest.ReadOptions;

/**
 * Turns a request body into articles: a pasted article or an uploaded file.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code Content-Type: application/json} is a pasted article, one object with a required non-blank
 *       {@code text} and optional {@code id, title, author, published, source, url} strings; other fields are refused,
 *       so that a typo does not pass unnoticed.</li>
 *   <li>Any other content type is a file in any format {@code marsad analyze} reads (plain text, HTML, JSON Lines,
 *       feeds, TREC, gzip, any supported charset), sniffed from its bytes; {@code ?name=} names it (a file name
 *       only: a path is cut to its last part).</li>
 *   <li>A body that yields no article is a 422 naming each problem.</li>
 * </ul>
 */
final class ArticleInput {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final Set<String> FIELDS = Set.of("id", "title", "author", "text", "published", "source", "url");
    private static final int MAX_NAME_CHARS = 200;

    /** The articles read and the problems met. */
    record Parsed(List<Article> articles, List<InputItem.Failed> problems) {
    }

    private ArticleInput() {
    }

    static Parsed read(Request request) {
        byte[] body = request.body();
        if (body.length == 0) {
            throw ApiException.badRequest("request body is empty: send a JSON object {\"text\": ...} or a file");
        }
        Parsed parsed = request.contentType().equals("application/json")
                ? new Parsed(List.of(pasted(body)), List.of())
                : file(name(request.param("name")), body);
        if (parsed.articles().isEmpty()) {
            List<String> reasons = parsed.problems().stream().map(InputItem.Failed::toString).toList();
            throw new ApiException(422, "no article could be read: " + (reasons.isEmpty() ? "the input is empty" : String.join("; ", reasons)));
        }
        return parsed;
    }

    static Article pasted(byte[] body) {
        Map<String, String> fields = fields(body);
        String text = fields.get("text");
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("field 'text' must be a non-blank string");
        }
        try {
            return Article.builder(text).id(fields.get("id")).title(fields.get("title")).author(fields.get("author"))
                    .published(fields.get("published")).sourceName(fields.get("source")).url(fields.get("url")).origin("paste").build();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Map<String, String> fields(byte[] body) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ApiException.badRequest("body must be a JSON object such as {\"text\": \"...\"}");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!FIELDS.contains(name)) {
                    throw ApiException.badRequest("unknown field '" + name + "'; allowed: id, title, author, text, published, source, url");
                }
                if (value != JsonToken.VALUE_STRING && value != JsonToken.VALUE_NULL) {
                    throw ApiException.badRequest("field '" + name + "' must be a string, got " + value);
                }
                fields.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
            }
            if (p.nextToken() != null) {
                throw ApiException.badRequest("body must hold one JSON object, found more after it");
            }
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the request body", e);
        }
        return fields;
    }

    private static Parsed file(String name, byte[] body) {
        List<Article> articles = new ArrayList<>();
        List<InputItem.Failed> problems = new ArrayList<>();
        Inputs.read(name, new ByteArrayInputStream(body), ReadOptions.defaults(), item -> {
            switch (item) {
                case InputItem.Read read -> articles.add(read.article());
                case InputItem.Failed failed -> problems.add(failed);
            }
        });
        return new Parsed(articles, problems);
    }

    /** The upload's name: the last part of {@code given}, at most 200 characters, else "upload". */
    static String name(String given) {
        if (given == null) {
            return "upload";
        }
        String last = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            return "upload";
        }
        return last.length() > MAX_NAME_CHARS ? last.substring(0, MAX_NAME_CHARS) : last;
    }
}
