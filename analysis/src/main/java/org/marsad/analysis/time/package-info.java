/**
 * Temporal expressions of Arabic news: dates, times of day, durations and recurring times, with TIMEX3
 * values resolved against the publication date.
 *
 * <p>The entry point is {@link org.marsad.analysis.time.DateTagger}. Knowledge lives in the documented
 * tab-separated files beside these classes, which users may extend: {@code months.tsv} (month names of
 * every calendar system), {@code weekdays.tsv}, {@code numbers.tsv} (number words and ordinals),
 * {@code units.tsv}, {@code directions.tsv} (الماضي، المقبل...), {@code modifiers.tsv} (مطلع، نهاية، نحو...),
 * {@code cues.tsv} (function words), {@code dayparts.tsv} and {@code phrases.tsv} (fixed phrases such as
 * أمس and الوقت الراهن). Each rule family is one small class whose documentation lists what it reads.
 */
package org.marsad.analysis.time;
