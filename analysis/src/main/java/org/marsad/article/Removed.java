package org.marsad.article;

/** A piece of boilerplate taken out of the article, kept with the reason it was removed. */
public record Removed(String text, String reason) {
    public static final String BRAND_LINE = "brand line";
    public static final String SHARE_PROMPT = "share prompt";
    public static final String RELATED_LINKS = "related links";
    public static final String COPYRIGHT = "copyright";
    public static final String PAGE_CHROME = "page chrome";
    public static final String CONTACT_PROMPT = "contact prompt";

    public Removed {
        Preconditions.notNull(text, "removed text");
        Preconditions.notNull(reason, "removal reason");
    }
}
