package org.marsad.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.Event;
import org.marsad.article.Mention;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.Removed;
import org.marsad.article.TextSpan;
import org.marsad.text.Span;

/**
 * Writes analysed articles as {@code marsad/article@1} JSON: pretty-printed, or one object a line for JSON Lines.
 * Absent values are written as {@code null} or {@code []}, never left out, so that every record has every field.
 */
public final class ArticleJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ArticleJson() {
    }

    /** The article as one JSON object; {@code pretty} indents it over several lines. */
    public static String toJson(AnalyzedArticle article, boolean pretty) {
        StringWriter out = new StringWriter(article.text().length() * 3);
        write(article, out, pretty);
        return out.toString();
    }

    /** Writes the article to {@code out} without a trailing line break. */
    public static void write(AnalyzedArticle article, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            writeArticle(g, article);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + article.id(), e);
        }
    }

    private static void writeArticle(JsonGenerator g, AnalyzedArticle a) throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", AnalyzedArticle.SCHEMA);
        g.writeStringField("id", a.id());
        g.writeStringField("origin", a.origin());
        g.writeObjectFieldStart("source");
        g.writeStringField("name", a.source().name());
        g.writeStringField("url", a.source().url());
        g.writeStringField("entity", a.source().entity());
        g.writeEndObject();
        g.writeStringField("published", a.published());
        g.writeStringField("title", a.title());
        g.writeStringField("author", a.author());
        g.writeStringField("language", a.language());
        g.writeStringField("text", a.text());
        writeArray(g, "removed", a.removed(), ArticleJson::writeRemoved);
        writeArray(g, "sentences", a.sentences(), ArticleJson::writeSpan);
        writeArray(g, "entities", a.entities(), ArticleJson::writeEntity);
        writeArray(g, "dates", a.dates(), ArticleJson::writeDate);
        writeArray(g, "quotes", a.quotes(), ArticleJson::writeQuote);
        writeArray(g, "events", a.events(), ArticleJson::writeEvent);
        writeProvenance(g, a.provenance());
        g.writeEndObject();
    }

    @FunctionalInterface
    private interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    private static <T> void writeArray(JsonGenerator g, String name, List<T> items, ItemWriter<T> writer) throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            writer.write(g, item);
        }
        g.writeEndArray();
    }

    private static void writeRemoved(JsonGenerator g, Removed r) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", r.text());
        g.writeStringField("reason", r.reason());
        g.writeEndObject();
    }

    private static void writeSpan(JsonGenerator g, Span s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, Entity e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("name", e.name());
        g.writeStringField("nameEn", e.nameEn());
        g.writeStringField("kb", e.kb());
        g.writeStringField("country", e.country());
        g.writeStringField("subtype", e.subtype());
        writeArray(g, "roles", e.roles(), JsonGenerator::writeString);
        g.writeNumberField("confidence", e.confidence());
        writeArray(g, "mentions", e.mentions(), ArticleJson::writeMention);
        g.writeEndObject();
    }

    private static void writeMention(JsonGenerator g, Mention m) throws IOException {
        g.writeStartObject();
        g.writeNumberField("start", m.start());
        g.writeNumberField("end", m.end());
        g.writeStringField("text", m.text());
        g.writeStringField("kind", m.kind().json());
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, DateExpression d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeNumberField("start", d.start());
        g.writeNumberField("end", d.end());
        g.writeStringField("text", d.text());
        g.writeStringField("type", d.type().name());
        g.writeStringField("value", d.value());
        g.writeStringField("mod", d.mod());
        g.writeBooleanField("anchored", d.anchored());
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeStringField("text", q.text());
        g.writeBooleanField("direct", q.direct());
        writeTextSpan(g, "cue", q.cue());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("speakerText", q.speakerText());
        g.writeNumberField("confidence", q.confidence());
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        writeEventFields(g, e, null);
        g.writeEndObject();
    }

    /**
     * Writes the contract's fields of event {@code e} into the object {@code g} is writing, for writers that add
     * fields of their own around them (the event export); {@code actorName}, when not null, adds a {@code name} to
     * each actor.
     */
    public static void writeEventFields(JsonGenerator g, Event e, Function<Actor, String> actorName) throws IOException {
        g.writeStringField("id", e.id());
        g.writeStringField("plover", e.plover());
        g.writeStringField("cameo", e.cameo());
        g.writeNumberField("goldstein", e.goldstein());
        writeActor(g, "source", e.source(), actorName);
        writeActor(g, "target", e.target(), actorName);
        writeTextSpan(g, "trigger", e.trigger());
        g.writeNumberField("sentence", e.sentence());
        g.writeStringField("date", e.date());
        g.writeStringField("reportedBy", e.reportedBy());
        g.writeStringField("mode", e.mode().json());
        g.writeNumberField("confidence", e.confidence());
    }

    private static void writeActor(JsonGenerator g, String name, Actor a, Function<Actor, String> actorName) throws IOException {
        if (a == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("entity", a.entity());
        g.writeStringField("country", a.country());
        g.writeStringField("sector", a.sector());
        g.writeStringField("text", a.text());
        if (actorName != null) {
            g.writeStringField("name", actorName.apply(a));
        }
        g.writeEndObject();
    }

    private static void writeTextSpan(JsonGenerator g, String name, TextSpan s) throws IOException {
        if (s == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("text", s.text());
        g.writeEndObject();
    }

    private static void writeProvenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeStringField("publisher", p.publisher());
        g.writeArrayFieldStart("chain");
        for (Provenance.Link link : p.chain()) {
            g.writeStartObject();
            g.writeStringField("entity", link.entity());
            writeTextSpan(g, "cue", link.cue());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
