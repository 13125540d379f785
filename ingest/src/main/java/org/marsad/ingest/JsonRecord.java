package org.marsad.ingest;

import java.io.IOException;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.marsad.article.Article;

/**
 * One JSON object read as an article, from its opening brace to its closing one, field by field.
 *
 * <p>Fields, each the first of its names present in this order of preference:
 * <ul>
 *   <li>text: {@code text}, {@code content}, {@code body}; required, though it may be empty (SaudiNewsNet has
 *       records whose crawl found no content);</li>
 *   <li>published: {@code published}, {@code date}, then {@code date_extracted}, of which only the date is kept:
 *       SaudiNewsNet stamps the hour of its crawl, and the day of the crawl is the best publication date it
 *       gives;</li>
 *   <li>{@code id}, {@code title} ({@code headline}), {@code url} ({@code link}), {@code author}, and
 *       {@code source} ({@code sourceName}) for the publisher's name.</li>
 * </ul>
 * Numbers and booleans are taken as their text; null is absence; a source or author given as an object is taken
 * by its {@code name}; any other object or array where text is expected makes the record fail. Other fields are
 * skipped. A date that cannot be read leaves published empty. The title and the author, lines a crawler copied out
 * of a page's markup, have their character references decoded (SaudiNewsNet's "خالد خليل &amp;ndash; سبق", "&amp;nbsp;عكاظ (جدة)") and the
 * spaces around them, no-break spaces too, taken off.
 */
final class JsonRecord {
    private static final Pattern SPACES_AROUND = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    private final String[] values = new String[Field.values().length];

    private JsonRecord() {
    }

    private enum Field {
        ID("id"), SOURCE("source"), SOURCE_NAME("sourceName"), URL("url"), LINK("link"),
        PUBLISHED("published"), DATE("date"), DATE_EXTRACTED("date_extracted"),
        TITLE("title"), HEADLINE("headline"), AUTHOR("author"),
        TEXT("text"), CONTENT("content"), BODY("body");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        /** A publisher or a person may come as an object with a name, as in NewsAPI and schema.org dumps. */
        boolean mayBeNamedObject() {
            return this == SOURCE || this == AUTHOR;
        }

        static Field named(String key) {
            for (Field field : values()) {
                if (field.key.equals(key)) {
                    return field;
                }
            }
            return null;
        }
    }

    /**
     * Reads the object whose START_OBJECT the parser stands on, always up to and including its END_OBJECT, so that
     * the parser is ready for the next record even when this one fails.
     */
    static Article.Builder read(JsonParser parser) throws IOException, RecordProblem {
        JsonRecord record = new JsonRecord();
        String problem = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Field field = Field.named(name);
            if (field == null) {
                parser.skipChildren();
            } else if (value == JsonToken.START_OBJECT && field.mayBeNamedObject()) {
                record.values[field.ordinal()] = nameOf(parser);
            } else if (value.isStructStart()) {
                parser.skipChildren();
                if (problem == null) {
                    problem = "field \"" + name + "\" holds " + describe(value) + ", expected a string";
                }
            } else if (value != JsonToken.VALUE_NULL) {
                record.values[field.ordinal()] = parser.getText();
            }
        }
        if (problem != null) {
            throw new RecordProblem(problem);
        }
        return record.toArticle();
    }

    /** The {@code name} string of the object the parser has just entered, read up to the object's end. */
    private static String nameOf(JsonParser parser) throws IOException {
        String name = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            boolean isName = parser.currentName().equals("name");
            if (parser.nextToken() == JsonToken.VALUE_STRING && isName) {
                name = parser.getText();
            } else {
                parser.skipChildren();
            }
        }
        return name;
    }

    private Article.Builder toArticle() throws RecordProblem {
        String text = first(Field.TEXT, Field.CONTENT, Field.BODY);
        if (text == null) {
            throw new RecordProblem("no text: expected a \"text\", \"content\" or \"body\" field");
        }
        String published = Dates.normalize(get(Field.PUBLISHED));
        if (published == null) {
            published = Dates.normalize(get(Field.DATE));
        }
        if (published == null) {
            published = Dates.datePart(get(Field.DATE_EXTRACTED));
        }
        return Article.builder(text)
                .id(get(Field.ID))
                .sourceName(first(Field.SOURCE, Field.SOURCE_NAME))
                .url(first(Field.URL, Field.LINK))
                .published(published)
                .title(metadataLine(first(Field.TITLE, Field.HEADLINE)))
                .author(metadataLine(get(Field.AUTHOR)));
    }

    /** A line of metadata with its character references decoded and its spaces trimmed; null stays null. */
    private static String metadataLine(String value) {
        return value == null ? null : SPACES_AROUND.matcher(Entities.decode(value)).replaceAll("");
    }

    private String get(Field field) {
        return values[field.ordinal()];
    }

    private String first(Field... preference) {
        for (Field field : preference) {
            if (get(field) != null) {
                return get(field);
            }
        }
        return null;
    }

    /** Names a token for a message: "an object", "a string", "a number". */
    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }
}
