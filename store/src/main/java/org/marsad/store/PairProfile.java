package org.marsad.store;

import java.util.List;

/** Events between two countries: each event, and per month the count and mean Goldstein value. */
public record PairProfile(String countryA, String countryB, List<EventRow> events, List<EntityProfile.TimePoint> byMonth) {

    /** One stored event with its article and evidence. */
    public record EventRow(String articleId, String eventId, String published, String plover, String cameo,
                           double goldstein, String sourceCountry, String targetCountry, String trigger, String mode) {
    }
}
