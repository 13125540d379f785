package org.marsad.article;

import java.util.Locale;

/** Whether an event is said to have happened, or only planned, negated, supposed or denied. */
public enum EventMode {
    ASSERTED, PLANNED, NEGATED, HYPOTHETICAL, DENIED;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
