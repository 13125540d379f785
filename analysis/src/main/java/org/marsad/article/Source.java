package org.marsad.article;

/** The publisher of an article: its name, URL and entity, each null when unknown. */
public record Source(String name, String url, String entity) {
    public static final Source UNKNOWN = new Source(null, null, null);
}
