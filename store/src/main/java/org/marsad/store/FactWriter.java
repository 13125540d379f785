package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.Event;
import org.marsad.article.Mention;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;

/**
 * Writes one batch of articles and their facts into the database in a single transaction, with DuckDB's appender,
 * and deletes an article with its facts. Column order follows {@code schema.sql}.
 */
final class FactWriter {
    /** The tables of an article's facts, each with its {@code article} column. */
    private static final List<String> FACT_TABLES = List.of("entities", "mentions", "events", "quotes", "dates", "provenance");

    private final DuckDBConnection connection;

    /** An article as it will be stored: its store id, seq and story. */
    record Row(String id, long seq, String story, PreparedArticle prepared) {
    }

    /** An input read in this batch and the stored article it gave or duplicated. */
    record Input(String key, String article, String origin) {
    }

    /** Two stories that became one: the rows of {@code from} move to {@code into}. */
    record Merge(String from, String into) {
    }

    FactWriter(DuckDBConnection connection) {
        this.connection = connection;
    }

    /** Stores the rows, inputs and story merges whole, or nothing (the exception says why). */
    void write(List<Row> rows, List<Input> inputs, List<Merge> merges) throws SQLException {
        inTransaction(() -> {
            append(rows, inputs);
            merge(merges);
            return true;
        });
    }

    /**
     * Deletes the article of id {@code id} with its facts, whole or not at all; false when no article has that id.
     * The inputs that gave it stay recorded in {@code ingested}, so that reading them again does not bring it back.
     */
    boolean delete(String id) throws SQLException {
        return inTransaction(() -> {
            if (deleteWhere("articles", "id", id) == 0) {
                return false;
            }
            for (String table : FACT_TABLES) {
                deleteWhere(table, "article", id);
            }
            return true;
        });
    }

    private int deleteWhere(String table, String column, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            p.setString(1, value);
            return p.executeUpdate();
        }
    }

    private interface Work {
        boolean run() throws SQLException;
    }

    /** Runs {@code work} in one transaction, committed when it returns true and rolled back otherwise. */
    private boolean inTransaction(Work work) throws SQLException {
        execute("BEGIN TRANSACTION");
        boolean done = false;
        try {
            done = work.run();
            return done;
        } finally {
            try {
                execute(done ? "COMMIT" : "ROLLBACK");
            } catch (SQLException e) {
                if (done) {
                    throw e;
                }
                // rolling back after a failure: the failure itself is what the caller must see
            }
        }
    }

    private void append(List<Row> rows, List<Input> inputs) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<DuckDBAppender> open = new ArrayList<>();
        try {
            DuckDBAppender articles = appender("articles", open);
            DuckDBAppender entities = appender("entities", open);
            DuckDBAppender mentions = appender("mentions", open);
            DuckDBAppender events = appender("events", open);
            DuckDBAppender quotes = appender("quotes", open);
            DuckDBAppender dates = appender("dates", open);
            DuckDBAppender provenance = appender("provenance", open);
            DuckDBAppender ingested = appender("ingested", open);
            for (Row row : rows) {
                AnalyzedArticle a = row.prepared().article();
                Map<String, String> keys = EntityKeys.byLocalId(a);
                article(articles, row, now, keys);
                for (Entity e : a.entities()) {
                    entity(entities, row.id(), e);
                    for (Mention m : e.mentions()) {
                        mention(mentions, row.id(), e, keys.get(e.id()), m);
                    }
                }
                Published published = Published.of(a.published());
                for (Event e : a.events()) {
                    event(events, row.id(), published, e, a, keys);
                }
                for (Quote q : a.quotes()) {
                    quote(quotes, row.id(), q, keys);
                }
                for (DateExpression d : a.dates()) {
                    date(dates, row.id(), d);
                }
                int position = 1;
                for (Provenance.Link link : a.provenance().chain()) {
                    provenance.beginRow().append(row.id()).append(position++).append(link.entity());
                    text(provenance, keys.get(link.entity()));
                    text(provenance, link.cue() == null ? null : link.cue().text());
                    provenance.endRow();
                }
            }
            for (Input input : inputs) {
                ingested.beginRow().append(input.key()).append(input.article());
                text(ingested, input.origin());
                ingested.append(now).endRow();
            }
        } finally {
            closeAll(open);
        }
    }

    private static void article(DuckDBAppender ap, Row row, OffsetDateTime now, Map<String, String> keys) throws SQLException {
        PreparedArticle p = row.prepared();
        AnalyzedArticle a = p.article();
        Published published = Published.of(a.published());
        ap.beginRow().append(row.id()).append(row.seq()).append(p.hash()).append(a.id());
        text(ap, a.origin());
        text(ap, a.source().name());
        text(ap, a.source().url());
        text(ap, a.source().entity() == null ? null : keys.get(a.source().entity()));
        text(ap, a.published());
        if (published.at() == null) {
            ap.appendNull();
        } else {
            ap.append(published.at());
        }
        if (published.day() == null) {
            ap.appendNull();
        } else {
            ap.append(published.day());
        }
        text(ap, a.title());
        ap.append(a.language()).append(a.text()).append(RecordCodec.sentences(a)).append(row.story());
        if (p.signature() == null) {
            ap.appendNull();
        } else {
            ap.append(MinHash.toBytes(p.signature()));
        }
        ap.append(p.record()).append(now).endRow();
    }

    private static void entity(DuckDBAppender ap, String article, Entity e) throws SQLException {
        ap.beginRow().append(article).append(e.id()).append(EntityKeys.of(e)).append(e.type().name()).append(e.name());
        text(ap, e.nameEn());
        text(ap, e.kb());
        text(ap, e.country());
        text(ap, e.subtype());
        ap.append(e.roles()).append(e.confidence()).append(e.mentions().size()).endRow();
    }

    private static void mention(DuckDBAppender ap, String article, Entity e, String key, Mention m) throws SQLException {
        ap.beginRow().append(article).append(e.id()).append(key).append(m.start()).append(m.end()).append(m.text())
                .append(m.kind().json()).endRow();
    }

    private static void event(DuckDBAppender ap, String article, Published published, Event e, AnalyzedArticle a,
                              Map<String, String> keys) throws SQLException {
        ap.beginRow().append(article).append(e.id());
        if (published.day() == null) {
            ap.appendNull();
        } else {
            ap.append(published.day());
        }
        ap.append(e.plover()).append(e.cameo()).append(e.goldstein());
        actor(ap, e.source(), a, keys);
        actor(ap, e.target(), a, keys);
        ap.append(e.trigger().start()).append(e.trigger().end()).append(e.trigger().text()).append(e.sentence());
        text(ap, e.date());
        text(ap, dateValue(a, e.date()));
        text(ap, e.reportedBy() == null ? null : keys.get(e.reportedBy()));
        ap.append(e.mode().json()).append(e.confidence()).endRow();
    }

    /** entity, key, country, sector, text: the key is the entity's, else the country code. */
    private static void actor(DuckDBAppender ap, Actor actor, AnalyzedArticle a, Map<String, String> keys) throws SQLException {
        if (actor == null) {
            for (int i = 0; i < 5; i++) {
                ap.appendNull();
            }
            return;
        }
        String country = actor.country() != null ? actor.country() : entityCountry(a, actor.entity());
        String key = actor.entity() != null && keys.containsKey(actor.entity()) ? keys.get(actor.entity()) : country;
        text(ap, actor.entity());
        text(ap, key);
        text(ap, country);
        text(ap, actor.sector());
        text(ap, actor.text());
    }

    static String entityCountry(AnalyzedArticle a, String entityId) {
        if (entityId == null) {
            return null;
        }
        for (Entity e : a.entities()) {
            if (e.id().equals(entityId)) {
                return e.country();
            }
        }
        return null;
    }

    private static String dateValue(AnalyzedArticle a, String dateId) {
        if (dateId == null) {
            return null;
        }
        for (DateExpression d : a.dates()) {
            if (d.id().equals(dateId)) {
                return d.value();
            }
        }
        return null;
    }

    private static void quote(DuckDBAppender ap, String article, Quote q, Map<String, String> keys) throws SQLException {
        ap.beginRow().append(article).append(q.id()).append(q.start()).append(q.end()).append(q.text()).append(q.direct());
        text(ap, q.cue() == null ? null : q.cue().text());
        text(ap, q.speaker());
        text(ap, q.speaker() == null ? null : keys.get(q.speaker()));
        text(ap, q.speakerText());
        ap.append(q.confidence()).endRow();
    }

    private static void date(DuckDBAppender ap, String article, DateExpression d) throws SQLException {
        ap.beginRow().append(article).append(d.id()).append(d.start()).append(d.end()).append(d.text())
                .append(d.type().name()).append(d.value());
        text(ap, d.mod());
        ap.append(d.anchored()).endRow();
    }

    private void merge(List<Merge> merges) throws SQLException {
        if (merges.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE articles SET story = ? WHERE story = ?")) {
            for (Merge m : merges) {
                update.setString(1, m.into());
                update.setString(2, m.from());
                update.executeUpdate();
            }
        }
    }

    private static void text(DuckDBAppender ap, String value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }

    private DuckDBAppender appender(String table, List<DuckDBAppender> open) throws SQLException {
        DuckDBAppender ap = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        open.add(ap);
        return ap;
    }

    /** Closing flushes: the first failure is thrown once every appender is closed. */
    private static void closeAll(List<DuckDBAppender> open) throws SQLException {
        SQLException first = null;
        for (DuckDBAppender ap : open) {
            try {
                ap.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
