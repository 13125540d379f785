package org.marsad.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import org.marsad.article.AnalyzedArticle;
import org.marsad.json.ArticleJson;

/**
 * Writes API values as JSON with jackson-core.
 *
 * <p>Rules: a record becomes an object of its components in declaration order; a map an object; a collection or
 * array a list; numbers and booleans stay JSON numbers and booleans (a NaN or infinite double becomes null);
 * an {@link AnalyzedArticle} is written by {@link ArticleJson}, the {@code marsad/article@1} contract; anything
 * else (dates, SQL values) is written as its string form. Nulls stay {@code null}.
 */
final class JsonOut {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** Each record type's components, their accessors made accessible once: looking them up per value is slow. */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            for (RecordComponent c : components) {
                c.getAccessor().setAccessible(true);
            }
            return components;
        }
    };

    private JsonOut() {
    }

    /** The value as one compact JSON document. */
    static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            value(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out.toString();
    }

    /** The error body every failed request gets. */
    static String error(int status, String message) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("status", status);
        body.put("error", reason(status));
        body.put("message", message == null ? "" : message);
        return write(body);
    }

    static void value(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Double d -> number(g, d);
            case Float f -> number(g, f);
            case BigDecimal d -> g.writeNumber(d);
            case BigInteger i -> g.writeNumber(i);
            case AnalyzedArticle a -> g.writeRawValue(ArticleJson.toJson(a, false));
            case Record r -> record(g, r);
            case Map<?, ?> m -> map(g, m);
            case Collection<?> c -> list(g, c);
            case Object[] array -> list(g, java.util.Arrays.asList(array));
            default -> g.writeString(value.toString());
        }
    }

    private static void number(JsonGenerator g, double d) throws IOException {
        if (Double.isFinite(d)) {
            g.writeNumber(d);
        } else {
            g.writeNull();
        }
    }

    private static void record(JsonGenerator g, Record r) throws IOException {
        g.writeStartObject();
        for (RecordComponent c : COMPONENTS.get(r.getClass())) {
            g.writeFieldName(c.getName());
            value(g, component(r, c));
        }
        g.writeEndObject();
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + r.getClass().getSimpleName() + "." + c.getName(), e);
        }
    }

    private static void map(JsonGenerator g, Map<?, ?> m) throws IOException {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            g.writeFieldName(String.valueOf(e.getKey()));
            value(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static void list(JsonGenerator g, Collection<?> c) throws IOException {
        g.writeStartArray();
        for (Object item : c) {
            value(g, item);
        }
        g.writeEndArray();
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }
}
