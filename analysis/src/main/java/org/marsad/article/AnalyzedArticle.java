package org.marsad.article;

import java.util.List;
import org.marsad.text.Span;

/**
 * What the analysis reads out of one article: the {@code marsad/article@1} record. Every span points into
 * {@link #text()}, the cleaned body.
 *
 * @param author the byline as the input gave it ({@link Article#author}: "الرياض - خالد العوفي"), or null
 */
public record AnalyzedArticle(String id, String origin, Source source, String published, String title, String author,
                              String language, String text, List<Removed> removed, List<Span> sentences,
                              List<Entity> entities, List<DateExpression> dates, List<Quote> quotes,
                              List<Event> events, Provenance provenance) {
    public static final String SCHEMA = "marsad/article@1";

    public AnalyzedArticle {
        Preconditions.notNull(id, "article id");
        Preconditions.notNull(source, "source");
        Preconditions.notNull(language, "language");
        Preconditions.notNull(text, "text");
        Preconditions.notNull(provenance, "provenance");
        removed = List.copyOf(removed);
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        for (Span s : sentences) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("sentence " + s + " lies beyond the text of length " + text.length());
            }
        }
    }
}
