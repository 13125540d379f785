package org.marsad.analysis.time;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.JulianFields;
import java.time.temporal.ValueRange;

/**
 * Converts between Hijri and Gregorian dates.
 *
 * <p>Rules:
 * <ul>
 *   <li>within the years of the JDK's Umm al-Qura table ({@link HijrahChronology}, about 1300–1600 AH) the
 *       Umm al-Qura calendar is used: it is Saudi Arabia's civil calendar and the one Gulf news dates by;
 *       other countries fix months by sighting the moon, which can differ by a day;</li>
 *   <li>outside the table (historical years) the tabular civil Islamic calendar of ICU4J is used, the
 *       usual convention for such dates;</li>
 *   <li>an impossible date (day 30 of a 29-day month) throws {@link DateTimeException}.</li>
 * </ul>
 */
final class HijriConverter {
    private static final ValueRange UMM_AL_QURA_YEARS = HijrahChronology.INSTANCE.range(ChronoField.YEAR_OF_ERA);

    private HijriConverter() {
    }

    static LocalDate toIso(int year, int month, int day) {
        if (UMM_AL_QURA_YEARS.isValidValue(year)) {
            return LocalDate.from(HijrahDate.of(year, month, day));
        }
        IslamicCalendar civil = civil();
        civil.set(year, month - 1, day);
        try {
            return LocalDate.MIN.with(JulianFields.JULIAN_DAY, civil.get(IslamicCalendar.JULIAN_DAY));
        } catch (IllegalArgumentException invalid) {
            throw new DateTimeException("no Hijri date " + year + "-" + month + "-" + day, invalid);
        }
    }

    static Ymd fromIso(LocalDate date) {
        try {
            HijrahDate hijri = HijrahDate.from(date);
            return new Ymd(hijri.get(ChronoField.YEAR_OF_ERA), hijri.get(ChronoField.MONTH_OF_YEAR),
                    hijri.get(ChronoField.DAY_OF_MONTH));
        } catch (DateTimeException outsideTable) {
            IslamicCalendar civil = civil();
            civil.set(IslamicCalendar.JULIAN_DAY, (int) date.getLong(JulianFields.JULIAN_DAY));
            return new Ymd(civil.get(IslamicCalendar.EXTENDED_YEAR), civil.get(IslamicCalendar.MONTH) + 1,
                    civil.get(IslamicCalendar.DAY_OF_MONTH));
        }
    }

    private static IslamicCalendar civil() {
        IslamicCalendar civil = new IslamicCalendar(TimeZone.GMT_ZONE);
        civil.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_CIVIL);
        civil.setLenient(false);
        civil.clear();
        return civil;
    }
}
