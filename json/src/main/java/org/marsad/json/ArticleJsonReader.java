package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.EventMode;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.Removed;
import org.marsad.article.Source;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.text.Span;

/**
 * Reads {@code marsad/article@1} JSON (as {@link ArticleJson} writes it) back into analysed articles: one object,
 * JSON Lines, or pretty-printed objects one after another.
 *
 * <p>Rules:
 * <ul>
 *   <li>Fields may come in any order; unknown fields are ignored, since the contract may add fields.</li>
 *   <li>A missing or {@code null} optional field reads as null, a missing list as empty; {@code id}, {@code text}
 *       and every id, span and type inside the record are required.</li>
 *   <li>A {@code schema} other than {@value AnalyzedArticle#SCHEMA} is refused.</li>
 *   <li>Enums are read in any case ({@code "asserted"}, {@code "GPE"}).</li>
 *   <li>Errors name where they are ({@code entities[2].mentions[0]: missing field 'start'}); in a stream, a bad
 *       line is reported with its line number and the lines after it are read on.</li>
 *   <li>A stream whose first non-blank line is a lone {@code {} holds pretty-printed objects, read one after
 *       another; an error there ends the stream, since its objects cannot be told apart any more.</li>
 * </ul>
 * Only jackson-core's streaming parser is used: the values are read into plain maps and lists first.
 */
public final class ArticleJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** What reading one line or object of a stream gave. */
    public sealed interface Item permits Read, Failed {
        /** The 1-based line where the article starts. */
        int line();
    }

    /** An article read. */
    public record Read(int line, AnalyzedArticle article) implements Item {
    }

    /** An article that could not be read, and why. */
    public record Failed(int line, String message) implements Item {
    }

    private ArticleJsonReader() {
    }

    /** The article of the JSON object {@code json}; an {@link IllegalArgumentException} says what is wrong. */
    public static AnalyzedArticle parse(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            AnalyzedArticle article = article(new Obj(object(p), ""));
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("unexpected content after the object");
            }
            return article;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every article of {@code in}, JSON Lines or pretty objects, handing each result to {@code sink}. */
    public static void read(Reader in, Consumer<Item> sink) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String first = lines.readLine();
        int number = 1;
        while (first != null && first.isBlank()) {
            first = lines.readLine();
            number++;
        }
        if (first == null) {
            return;
        }
        if (first.strip().equals("{")) {
            readObjects(first, number, lines, sink);
        } else {
            readLines(first, number, lines, sink);
        }
    }

    private static void readLines(String first, int firstNumber, BufferedReader lines, Consumer<Item> sink) throws IOException {
        int number = firstNumber;
        for (String line = first; line != null; line = lines.readLine(), number++) {
            if (!line.isBlank()) {
                sink.accept(item(line, number));
            }
        }
    }

    private static Item item(String line, int number) {
        try {
            return new Read(number, parse(line));
        } catch (IllegalArgumentException e) {
            return new Failed(number, e.getMessage());
        }
    }

    private static void readObjects(String first, int firstNumber, BufferedReader lines, Consumer<Item> sink) throws IOException {
        StringBuilder all = new StringBuilder("\n".repeat(firstNumber - 1)).append(first).append('\n');
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            all.append(line).append('\n');
        }
        try (JsonParser p = FACTORY.createParser(all.toString())) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                int line = p.currentTokenLocation().getLineNr();
                if (!sinkObject(p, t, line, sink)) {
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            sink.accept(new Failed(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "malformed JSON: " + e.getOriginalMessage()));
        }
    }

    /** Hands the object starting at {@code t} to {@code sink}; false when the stream cannot go on. */
    private static boolean sinkObject(JsonParser p, JsonToken t, int line, Consumer<Item> sink) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            sink.accept(new Failed(line, "expected a JSON object, got " + t));
            return false;
        }
        Map<String, Object> map = object(p);
        try {
            sink.accept(new Read(line, article(new Obj(map, ""))));
        } catch (IllegalArgumentException e) {
            sink.accept(new Failed(line, e.getMessage()));
        }
        return true;
    }

    // ---- plain values from the streaming parser

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, value(p));
        }
        return map;
    }

    private static Object value(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case START_OBJECT -> object(p);
            case START_ARRAY -> array(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static List<Object> array(JsonParser p) throws IOException {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(p));
        }
        return list;
    }

    // ---- the record

    private static AnalyzedArticle article(Obj o) {
        String schema = o.string("schema");
        if (schema != null && !schema.equals(AnalyzedArticle.SCHEMA)) {
            throw new IllegalArgumentException("unsupported schema '" + schema + "', expected " + AnalyzedArticle.SCHEMA);
        }
        return o.build(() -> new AnalyzedArticle(o.required("id"), o.string("origin"), source(o.object("source")),
                o.string("published"), o.string("title"), o.string("author"), o.stringOr("language", "ar"),
                o.required("text"), o.list("removed", ArticleJsonReader::removed), o.list("sentences", ArticleJsonReader::span),
                o.list("entities", ArticleJsonReader::entity), o.list("dates", ArticleJsonReader::date),
                o.list("quotes", ArticleJsonReader::quote), o.list("events", ArticleJsonReader::event),
                provenance(o.object("provenance"))));
    }

    private static Source source(Obj o) {
        return o == null ? Source.UNKNOWN : new Source(o.string("name"), o.string("url"), o.string("entity"));
    }

    private static Removed removed(Obj o) {
        return o.build(() -> new Removed(o.required("text"), o.required("reason")));
    }

    private static Span span(Obj o) {
        return o.build(() -> new Span(o.integer("start"), o.integer("end")));
    }

    private static Entity entity(Obj o) {
        return o.build(() -> new Entity(o.required("id"), o.choice("type", EntityType.class), o.required("name"),
                o.string("nameEn"), o.string("kb"), o.string("country"), o.string("subtype"), o.strings("roles"),
                o.number("confidence", 1), o.list("mentions", ArticleJsonReader::mention)));
    }

    private static Mention mention(Obj o) {
        return o.build(() -> new Mention(o.integer("start"), o.integer("end"), o.required("text"), o.choice("kind", MentionKind.class)));
    }

    private static DateExpression date(Obj o) {
        return o.build(() -> new DateExpression(o.required("id"), o.integer("start"), o.integer("end"), o.required("text"),
                o.choice("type", TimexType.class), o.required("value"), o.string("mod"), o.bool("anchored")));
    }

    private static Quote quote(Obj o) {
        return o.build(() -> new Quote(o.required("id"), o.integer("start"), o.integer("end"), o.required("text"),
                o.bool("direct"), textSpan(o.object("cue")), o.string("speaker"), o.string("speakerText"), o.number("confidence", 1)));
    }

    private static Event event(Obj o) {
        return o.build(() -> new Event(o.required("id"), o.required("plover"), o.required("cameo"), o.number("goldstein", 0),
                actor(o.requiredObject("source")), actor(o.object("target")), textSpan(o.requiredObject("trigger")),
                o.integer("sentence"), o.string("date"), o.string("reportedBy"), o.choice("mode", EventMode.class),
                o.number("confidence", 1)));
    }

    private static Actor actor(Obj o) {
        return o == null ? null : o.build(() -> new Actor(o.string("entity"), o.string("country"), o.string("sector"), o.required("text")));
    }

    private static TextSpan textSpan(Obj o) {
        return o == null ? null : o.build(() -> new TextSpan(o.integer("start"), o.integer("end"), o.required("text")));
    }

    private static Provenance provenance(Obj o) {
        if (o == null) {
            return Provenance.NONE;
        }
        return o.build(() -> new Provenance(o.string("publisher"), o.list("chain", l -> l.build(
                () -> new Provenance.Link(l.required("entity"), textSpan(l.object("cue")))))));
    }

    /** A JSON object with the path that leads to it, for error messages. */
    private record Obj(Map<String, Object> map, String path) {

        /** The value {@code constructor} builds, its failure reported at this object's path. */
        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (NullPointerException | IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                throw new IllegalArgumentException(!path.isEmpty() && message.startsWith(path) ? message : where() + message, e);
            }
        }

        String where() {
            return path.isEmpty() ? "" : path + ": ";
        }

        String string(String name) {
            Object v = map.get(name);
            if (v != null && !(v instanceof String)) {
                throw new IllegalArgumentException(where() + "field '" + name + "' must be a string, got " + v);
            }
            return (String) v;
        }

        String stringOr(String name, String otherwise) {
            String s = string(name);
            return s == null ? otherwise : s;
        }

        String required(String name) {
            String s = string(name);
            if (s == null) {
                throw new IllegalArgumentException(where() + "missing field '" + name + "'");
            }
            return s;
        }

        int integer(String name) {
            Object v = map.get(name);
            if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new IllegalArgumentException(where() + (v == null ? "missing field '" + name + "'"
                        : "field '" + name + "' must be an integer, got " + v));
            }
            return n.intValue();
        }

        double number(String name, double otherwise) {
            Object v = map.get(name);
            if (v != null && !(v instanceof Number)) {
                throw new IllegalArgumentException(where() + "field '" + name + "' must be a number, got " + v);
            }
            return v == null ? otherwise : ((Number) v).doubleValue();
        }

        boolean bool(String name) {
            Object v = map.get(name);
            if (v != null && !(v instanceof Boolean)) {
                throw new IllegalArgumentException(where() + "field '" + name + "' must be true or false, got " + v);
            }
            return Boolean.TRUE.equals(v);
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String s = required(name);
            try {
                return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where() + "field '" + name + "' must be one of "
                        + List.of(type.getEnumConstants()) + ", got '" + s + "'");
            }
        }

        @SuppressWarnings("unchecked")
        Obj object(String name) {
            Object v = map.get(name);
            if (v != null && !(v instanceof Map)) {
                throw new IllegalArgumentException(where() + "field '" + name + "' must be an object, got " + v);
            }
            return v == null ? null : new Obj((Map<String, Object>) v, path.isEmpty() ? name : path + "." + name);
        }

        Obj requiredObject(String name) {
            Obj o = object(name);
            if (o == null) {
                throw new IllegalArgumentException(where() + "missing field '" + name + "'");
            }
            return o;
        }

        List<String> strings(String name) {
            List<String> out = new ArrayList<>();
            for (Object v : items(name)) {
                if (!(v instanceof String s)) {
                    throw new IllegalArgumentException(where() + "field '" + name + "' must hold strings, got " + v);
                }
                out.add(s);
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        <T> List<T> list(String name, Function<Obj, T> reader) {
            List<Object> items = items(name);
            List<T> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                String at = (path.isEmpty() ? name : path + "." + name) + "[" + i + "]";
                if (!(items.get(i) instanceof Map)) {
                    throw new IllegalArgumentException(at + ": must be an object, got " + items.get(i));
                }
                out.add(reader.apply(new Obj((Map<String, Object>) items.get(i), at)));
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        private List<Object> items(String name) {
            Object v = map.get(name);
            if (v != null && !(v instanceof List)) {
                throw new IllegalArgumentException(where() + "field '" + name + "' must be an array, got " + v);
            }
            return v == null ? List.of() : (List<Object>) v;
        }
    }
}
