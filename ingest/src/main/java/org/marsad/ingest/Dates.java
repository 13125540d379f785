package org.marsad.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates inputs write into the ISO-8601 forms the article model accepts: a date ({@code 2017-01-20}), a
 * local date-time ({@code 2017-01-20T21:43:00}) or an offset date-time ({@code 2017-01-20T21:43:00+01:00}), to the
 * second.
 *
 * <p>Read: ISO-8601 with {@code T} or a space between date and time, with or without seconds, fraction, offset
 * ({@code +01:00}, {@code +0100}, {@code Z}); ISO basic times ({@code 2017-01-22T171800}); {@code 2017/01/20};
 * day-first dates ({@code 25/05/2017}, {@code 25-05-2017}, {@code 25.05.2017}, optionally with a time), month-first
 * only when the day-first reading is impossible; RFC-1123 and RFC-822 dates of feeds
 * ({@code Sat, 21 Jan 2017 16:19:00 +0100}, {@code GMT}, {@code UT}, US zone names). Anything else, and years
 * outside 1800 to 2200 (placeholders such as {@code 0001-01-01}), give null: an unknown date, not a failure.
 */
final class Dates {
    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter LOCAL_TO_SECOND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
    private static final Pattern BASIC_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T(\\d{2})(\\d{2})(\\d{2})?(.*)");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T,]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern RFC_822_ZONE = Pattern.compile("\\s(UT|UTC|Z|[ECMP][SD]T)$");
    private static final Map<String, String> RFC_822_OFFSETS = Map.ofEntries(
            Map.entry("UT", "GMT"), Map.entry("UTC", "GMT"), Map.entry("Z", "GMT"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"), Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    private Dates() {
    }

    /** The ISO-8601 form of {@code raw}, or null when it is blank or cannot be read. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            return inRange(parse(value));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date of {@code raw} without its time, or null. */
    static String datePart(String raw) {
        String iso = normalize(raw);
        return iso == null ? null : iso.substring(0, 10);
    }

    private static String parse(String value) {
        if (value.length() == 10 && value.charAt(4) == '-') {
            return LocalDate.parse(value).toString();
        }
        if (value.length() > 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            return isoDateTime(value);
        }
        Matcher yearFirst = YEAR_FIRST.matcher(value);
        if (yearFirst.matches()) {
            return date(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(value);
        if (dayFirst.matches()) {
            return dayFirst(dayFirst);
        }
        if (Character.isLetter(value.charAt(0)) || Character.isDigit(value.charAt(0))) {
            return rfc1123(value);
        }
        return null;
    }

    private static String isoDateTime(String value) {
        String text = value.charAt(10) == ' ' ? value.substring(0, 10) + 'T' + value.substring(11) : value;
        Matcher basic = BASIC_TIME.matcher(text);
        if (basic.matches()) {
            String seconds = basic.group(4) == null ? "" : ":" + basic.group(4);
            text = basic.group(1) + 'T' + basic.group(2) + ':' + basic.group(3) + seconds + basic.group(5);
        }
        TemporalAccessor parsed = ISO_LENIENT.parse(text.replace(" ", ""));
        // asked first, so that a local time costs no exception: parseBest would try an offset and fail on each
        return format(parsed.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(parsed)
                : LocalDateTime.from(parsed));
    }

    private static String dayFirst(Matcher m) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        // day first, as Arab and European sites write it; month first only when that is the only valid reading
        boolean monthFirst = second > 12 && first <= 12;
        String day = monthFirst ? m.group(2) : m.group(1);
        String month = monthFirst ? m.group(1) : m.group(2);
        String date = date(m.group(3), month, day);
        if (m.group(4) == null) {
            return date;
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int secondOfMinute = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        return LocalDate.parse(date).atTime(hour, minute, secondOfMinute).format(LOCAL_TO_SECOND);
    }

    private static String date(String year, String month, String day) {
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
    }

    private static String rfc1123(String value) {
        String text = value.replaceAll("\\s+", " ");
        Matcher zone = RFC_822_ZONE.matcher(text);
        if (zone.find()) {
            text = text.substring(0, zone.start()) + " " + RFC_822_OFFSETS.get(zone.group(1));
        }
        return format(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime());
    }

    private static String format(TemporalAccessor parsed) {
        if (parsed instanceof OffsetDateTime offset) {
            return offset.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return ((LocalDateTime) parsed).truncatedTo(ChronoUnit.SECONDS).format(LOCAL_TO_SECOND);
    }

    private static String inRange(String iso) {
        if (iso == null) {
            return null;
        }
        int year = Integer.parseInt(iso.substring(0, 4));
        return year >= 1800 && year <= 2200 ? iso : null;
    }
}
