package org.marsad.analysis.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A position an actor holds, possibly for a time: "الرئيس" of KAZ since 2019-03-20.
 *
 * <p>Written {@code TITLE[@OF[@FROM..TO]]}, as in the knowledge-base files:
 * <ul>
 *   <li>{@code TITLE}: the Arabic title as news writes it before the name ("الرئيس", "رئيس الوزراء");</li>
 *   <li>{@code OF}: the knowledge-base id of what the title is held in: a country ("KAZ") or an organization
 *       ("NATO"); may be empty;</li>
 *   <li>{@code FROM..TO}: the period, both ends inclusive, each {@code YYYY}, {@code YYYY-MM} or
 *       {@code YYYY-MM-DD}, either end empty when open: {@code 2019-03-20..}, {@code 2008..2012-05-07}. A
 *       year or month stands for its first day at the start and its last day at the end. No period: always.</li>
 * </ul>
 *
 * @param of   knowledge-base id of the country or organization, or null
 * @param from first day held, or null when unknown or always
 * @param to   last day held, or null while still held
 */
public record Role(String title, String of, LocalDate from, LocalDate to) {
    public Role {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("role title must not be blank, got '" + title + "'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("role '" + title + "' ends " + to + " before it starts " + from);
        }
        title = title.strip();
        of = of == null || of.isBlank() ? null : of.strip();
    }

    /** Parses {@code TITLE[@OF[@FROM..TO]]}; the message of a bad value quotes it. */
    public static Role parse(String written) {
        String[] parts = written.split("@", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("role '" + written + "' has more than three @-separated parts");
        }
        LocalDate from = null;
        LocalDate to = null;
        if (parts.length == 3 && !parts[2].isBlank()) {
            String period = parts[2].strip();
            int dots = period.indexOf("..");
            if (dots < 0) {
                throw new IllegalArgumentException("role '" + written + "' needs a period FROM..TO, got '" + period + "'");
            }
            from = day(period.substring(0, dots), false, written);
            to = day(period.substring(dots + 2), true, written);
        }
        return new Role(parts[0], parts.length > 1 ? parts[1] : null, from, to);
    }

    private static LocalDate day(String value, boolean end, String written) {
        String v = value.strip();
        try {
            return switch (v.length()) {
                case 0 -> null;
                case 4 -> end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
                case 7 -> end ? YearMonth.parse(v).atEndOfMonth() : YearMonth.parse(v).atDay(1);
                case 10 -> LocalDate.parse(v);
                default -> throw new DateTimeParseException("bad length", v, 0);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("role '" + written + "' has a bad date '" + v
                    + "': write YYYY, YYYY-MM or YYYY-MM-DD");
        }
    }

    /** Whether the role is held on {@code date}; with a null date, whether it is held still (has no end). */
    public boolean heldOn(LocalDate date) {
        if (date == null) {
            return to == null;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** The role in the syntax {@link #parse} reads. */
    @Override
    public String toString() {
        if (from == null && to == null) {
            return of == null ? title : title + "@" + of;
        }
        return title + "@" + (of == null ? "" : of) + "@" + (from == null ? "" : from) + ".." + (to == null ? "" : to);
    }
}
