package org.marsad.article;

/**
 * Who did what to whom: a political event coded in PLOVER with its nearest CAMEO code.
 *
 * @param sentence   index into the article's sentences
 * @param date       id of the date expression the event is dated by, or null
 * @param reportedBy id of the entity the text attributes the claim to, or null
 */
public record Event(String id, String plover, String cameo, double goldstein, Actor source, Actor target,
                    TextSpan trigger, int sentence, String date, String reportedBy, EventMode mode,
                    double confidence) {
    public Event {
        Preconditions.notNull(id, "event id");
        Preconditions.notNull(plover, "plover type");
        Preconditions.notNull(cameo, "cameo code");
        Preconditions.notNull(source, "event source");
        Preconditions.notNull(trigger, "event trigger");
        Preconditions.notNull(mode, "event mode");
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("goldstein must be within -10..10, got " + goldstein);
        }
        Preconditions.confidence(confidence);
    }
}
