package org.marsad.article;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One article as an input format yields it, before analysis.
 *
 * @param id         the input's own id, or null when it has none (analysis then derives a content hash)
 * @param origin     where it was read from: a path (with {@code #N} for the Nth article of a file), a URL or "-"
 * @param sourceName the publisher's name as the input gives it, or null
 * @param url        the article's URL, or null
 * @param published  ISO-8601 date or date-time, or null
 * @param title      the headline, or null
 * @param author     the byline, or null
 * @param text       the body as read, boilerplate included
 * @param removed    boilerplate the reader already took out (page chrome of an HTML page, for instance)
 */
public record Article(String id, String origin, String sourceName, String url, String published, String title,
                      String author, String text, List<Removed> removed) {

    public Article {
        Preconditions.notNull(text, "article text");
        removed = List.copyOf(removed == null ? List.of() : removed);
        id = blankToNull(id);
        sourceName = blankToNull(sourceName);
        url = blankToNull(url);
        title = blankToNull(title);
        author = blankToNull(author);
        published = blankToNull(published);
        if (published != null) {
            checkIsoDate(published);
        }
    }

    public static Article of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    public Builder toBuilder() {
        Builder b = new Builder(text).id(id).origin(origin).sourceName(sourceName).url(url).published(published).title(title).author(author);
        removed.forEach(b::removed);
        return b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void checkIsoDate(String value) {
        try {
            if (value.length() <= 10) {
                LocalDate.parse(value);
            } else if (value.length() <= 19) {
                LocalDateTime.parse(value);
            } else {
                OffsetDateTime.parse(value);
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published must be an ISO-8601 date or date-time, got '" + value + "'", e);
        }
    }

    /** The publication day, or null when unknown. */
    public LocalDate publishedDate() {
        return published == null ? null : LocalDate.parse(published.substring(0, 10));
    }

    /** Collects an article's fields; {@link #build()} checks them. */
    public static final class Builder {
        private final String text;
        private String id;
        private String origin;
        private String sourceName;
        private String url;
        private String published;
        private String title;
        private String author;
        private final List<Removed> removed = new ArrayList<>();

        private Builder(String text) {
            this.text = text;
        }

        public Builder id(String value) { id = value; return this; }
        public Builder origin(String value) { origin = value; return this; }
        public Builder sourceName(String value) { sourceName = value; return this; }
        public Builder url(String value) { url = value; return this; }
        public Builder published(String value) { published = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder author(String value) { author = value; return this; }
        public Builder removed(Removed value) { removed.add(value); return this; }

        public Article build() {
            return new Article(id, origin, sourceName, url, published, title, author, text, removed);
        }
    }
}
