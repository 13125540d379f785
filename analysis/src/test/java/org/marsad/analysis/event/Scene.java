package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.Words;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Quote;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.text.SentenceSplitter;

/**
 * A test text with the entities, dates and quotes earlier passes would have found in it, built by naming the
 * words they are mentioned as; {@link #events()} runs the shipped event tagger over it.
 *
 * <p>A name is mentioned wherever it stands as a whole word, clitics (و ف ب ل ك) allowed in front.
 */
final class Scene {
    static final EventTagger TAGGER = EventTagger.withShippedLexicon();
    private final String text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<DateExpression> dates = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();

    Scene(String text) {
        this.text = text;
    }

    /** A country with id, kb and country all {@code iso3}, named by {@code name} and nationality {@code adjectives}. */
    Scene country(String iso3, String name, String... adjectives) {
        List<Mention> mentions = mentions(name, MentionKind.NAME);
        for (String a : adjectives) {
            mentions.addAll(mentions(a, MentionKind.ADJECTIVE));
        }
        return put(new Entity(iso3, EntityType.GPE, name, null, iso3, iso3, "country", List.of(), 0.9, sorted(mentions)));
    }

    /** Adds {@code word} as a metonym mention of the country {@code iso3} (موسكو for Russia). */
    Scene metonym(String iso3, String word) {
        Entity e = entities.get(iso3);
        List<Mention> mentions = new ArrayList<>(e.mentions());
        mentions.addAll(mentions(word, MentionKind.METONYM));
        return put(new Entity(e.id(), e.type(), e.name(), null, e.kb(), e.country(), e.subtype(), e.roles(), 0.9, sorted(mentions)));
    }

    /** An organization with knowledge-base id {@code kb} (also its entity id), of {@code subtype}. */
    Scene org(String kb, String subtype, String country, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String n : names) {
            mentions.addAll(mentions(n, MentionKind.NAME));
        }
        return put(new Entity(kb, EntityType.ORG, names[0], null, kb, country, subtype, List.of(), 0.9, sorted(mentions)));
    }

    /** A person with entity id {@code id}, of {@code country}, with {@code roles}. */
    Scene person(String id, String country, List<String> roles, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String n : names) {
            mentions.addAll(mentions(n, MentionKind.NAME));
        }
        return put(new Entity(id, EntityType.PERSON, names[0], null, null, country, null, roles, 0.9, sorted(mentions)));
    }

    /** A group (الإيغور) with entity id {@code id}. */
    Scene group(String id, String name) {
        return group(id, null, name);
    }

    /** A group with entity id {@code id} of {@code subtype} (religious, ethnic). */
    Scene group(String id, String subtype, String name) {
        return put(new Entity(id, EntityType.GROUP, name, null, null, null, subtype, List.of(), 0.9,
                mentions(name, MentionKind.NAME)));
    }

    /** A DATE expression on the first occurrence of {@code words}, with id {@code id}. */
    Scene date(String id, String words, String value) {
        int i = indexOf(words);
        dates.add(new DateExpression(id, i, i + words.length(), words, TimexType.DATE, value, null, false));
        return this;
    }

    /** A reported quote of {@code speaker} from the first occurrence of {@code from} to the end of its sentence. */
    Scene quote(String id, String speaker, String from) {
        int start = indexOf(from);
        int end = text.indexOf('.', start) < 0 ? text.length() : text.indexOf('.', start);
        quotes.add(new Quote(id, start, end, text.substring(start, end), false, TextSpan.of(text, 0, 1), speaker, null, 0.8));
        return this;
    }

    List<Event> events() {
        return events(TAGGER);
    }

    List<Event> events(EventTagger tagger) {
        return tagger.tag(text, SentenceSplitter.split(text), Words.of(text), List.copyOf(entities.values()), dates, quotes);
    }

    Event only() {
        List<Event> events = events();
        if (events.size() != 1) {
            throw new AssertionError("expected one event in '" + text + "', got " + events);
        }
        return events.get(0);
    }

    String text() {
        return text;
    }

    List<Entity> entitiesForTest() {
        return List.copyOf(entities.values());
    }

    private Scene put(Entity e) {
        entities.put(e.id(), e);
        return this;
    }

    private int indexOf(String words) {
        int i = text.indexOf(words);
        if (i < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the text");
        }
        return i;
    }

    private List<Mention> mentions(String name, MentionKind kind) {
        List<Mention> out = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            if (wholeWord(i, i + name.length())) {
                out.add(Mention.of(text, i, i + name.length(), kind));
            }
        }
        return out;
    }

    private boolean wholeWord(int start, int end) {
        boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
        int s = start;
        while (s > 0 && s > start - 2 && "وفبلك".indexOf(text.charAt(s - 1)) >= 0) {
            s--;
        }
        return endsWord && (s == 0 || !Character.isLetter(text.charAt(s - 1)));
    }

    private static List<Mention> sorted(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
