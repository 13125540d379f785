package org.marsad.ingest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the JSON-LD blocks of a page say about its article: the first {@code datePublished} and the first
 * {@code author} (a name, or the {@code name} of a person object, or the first of a list), wherever they sit in the
 * graph. Blocks that are not valid JSON are passed over: page metadata is a hint, not the article.
 */
record JsonLd(String datePublished, String author) {

    static JsonLd of(Document page, JsonFactory json) {
        Scan scan = new Scan();
        for (Element script : page.select("script[type~=(?i)^\\s*application/ld\\+json]")) {
            try (JsonParser parser = json.createParser(script.data())) {
                scan.walk(parser);
            } catch (IOException e) {
                // broken JSON-LD is common on news sites; what was found before the break is kept
            }
        }
        return new JsonLd(scan.datePublished, scan.author);
    }

    private static final class Scan {
        private String datePublished;
        private String author;

        void walk(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("datePublished") && value == JsonToken.VALUE_STRING && datePublished == null) {
                    datePublished = parser.getText();
                } else if (name.equals("author") && author == null) {
                    author = authorName(parser, value);
                }
            }
        }

        /** Reads the author value the parser stands on to its end, and returns its name or null. */
        private static String authorName(JsonParser parser, JsonToken value) throws IOException {
            return switch (value) {
                case VALUE_STRING -> parser.getText();
                case START_OBJECT -> nameField(parser);
                case START_ARRAY -> firstAuthorOfList(parser);
                default -> null;
            };
        }

        private static String firstAuthorOfList(JsonParser parser) throws IOException {
            String first = null;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                String name = authorName(parser, token);
                if (first == null) {
                    first = name;
                }
            }
            return first;
        }

        /** The {@code name} of the object the parser has just entered, read up to the object's end. */
        private static String nameField(JsonParser parser) throws IOException {
            String name = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("name") && value == JsonToken.VALUE_STRING) {
                    name = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            return name;
        }
    }
}
