package org.marsad.article;

/** One place in the text where an entity is referred to. */
public record Mention(int start, int end, String text, MentionKind kind) {
    public Mention {
        Preconditions.checkSpan(start, end, text, "mention");
        Preconditions.notNull(kind, "mention kind");
    }

    public static Mention of(String source, int start, int end, MentionKind kind) {
        return new Mention(start, end, source.substring(start, end), kind);
    }
}
