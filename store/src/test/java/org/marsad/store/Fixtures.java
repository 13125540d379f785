package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.EventMode;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.Source;
import org.marsad.article.TextSpan;
import org.marsad.text.Span;

/** Hand-made analysed articles for store tests: entities found by name in the text, events between them. */
final class Fixtures {
    private final String id;
    private String source = "صحيفة المرصد";
    private String url;
    private String published = "2024-03-04";
    private String title;
    private String author;
    private final String text;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    private Fixtures(String id, String text) {
        this.id = id;
        this.text = text;
    }

    static Fixtures article(String id, String text) {
        return new Fixtures(id, text);
    }

    Fixtures source(String value) {
        source = value;
        return this;
    }

    Fixtures url(String value) {
        url = value;
        return this;
    }

    Fixtures published(String value) {
        published = value;
        return this;
    }

    Fixtures author(String value) {
        author = value;
        return this;
    }

    Fixtures title(String value) {
        title = value;
        return this;
    }

    /** An entity mentioned wherever {@code name} occurs in the text. */
    Fixtures entity(EntityType type, String name, String kb, String country) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            mentions.add(Mention.of(text, at, at + name.length(), MentionKind.NAME));
        }
        entities.add(new Entity("e" + (entities.size() + 1), type, name, null, kb, country, null, List.of(), 0.9, mentions));
        return this;
    }

    /** An event of {@code plover} whose trigger is {@code trigger}, between two entities by name. */
    Fixtures event(String plover, String cameo, double goldstein, String trigger, String sourceName, String targetName) {
        int at = text.indexOf(trigger);
        Entity s = byName(sourceName);
        Entity t = targetName == null ? null : byName(targetName);
        events.add(new Event("v" + (events.size() + 1), plover, cameo, goldstein,
                new Actor(s.id(), s.country(), "GOV", s.name()), t == null ? null : new Actor(t.id(), t.country(), null, t.name()),
                TextSpan.of(text, at, at + trigger.length()), 0, null, null, EventMode.ASSERTED, 0.8));
        return this;
    }

    /** A direct quote of {@code words} (which must occur in the text) by the entity named {@code speaker}. */
    Fixtures quote(String words, String speaker) {
        int at = text.indexOf(words);
        quotes.add(new Quote("q" + (quotes.size() + 1), at, at + words.length(), words, true, null, byName(speaker).id(),
                speaker, 0.9));
        return this;
    }

    private Entity byName(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entity named " + name));
    }

    AnalyzedArticle build() {
        return new AnalyzedArticle(id, "test/" + id + ".txt", new Source(source, url, null), published, title, author, "ar", text,
                List.of(), List.of(new Span(0, text.length())), entities, List.of(), quotes, events, Provenance.NONE);
    }
}
