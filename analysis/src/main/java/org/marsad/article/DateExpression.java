package org.marsad.article;

/**
 * A temporal expression normalized to a TIMEX3 value.
 *
 * @param value    TIMEX3 value: "2021-12-22", "XXXX-12-22", "P2M", "PAST_REF"...
 * @param mod      TIMEX3 modifier such as "START", "END", "APPROX", or null
 * @param anchored whether the value was resolved against the publication date
 */
public record DateExpression(String id, int start, int end, String text, TimexType type, String value, String mod,
                             boolean anchored) {
    public DateExpression {
        Preconditions.notNull(id, "date id");
        Preconditions.checkSpan(start, end, text, "date");
        Preconditions.notNull(type, "date type");
        Preconditions.notNull(value, "date value");
    }
}
