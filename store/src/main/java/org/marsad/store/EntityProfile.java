package org.marsad.store;

import java.util.List;

/**
 * An entity across the stored articles.
 *
 * @param mentions     articles mentioning it, by day
 * @param events       events it is source or target of, by day
 * @param partners     the entities it interacts with in events, most frequent first
 * @param quotes       what it said, newest first
 */
public record EntityProfile(String key, String name, String nameEn, String type, String country,
                            List<TimePoint> mentions, List<TimePoint> events, List<Partner> partners,
                            List<QuoteRow> quotes) {

    /** A count on a day ("2022-01-04") or in a month ("2022-01"). */
    public record TimePoint(String period, long count, double goldstein) {
    }

    /** Another entity and how many events link the two, with their mean Goldstein value. */
    public record Partner(String key, String name, long events, double meanGoldstein) {
    }

    /** A stored quote with its article. */
    public record QuoteRow(String articleId, String published, String text, boolean direct) {
    }
}
