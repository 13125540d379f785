package org.marsad.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * An article's publication date as the store keeps it: the day as written, and the instant (a bare date is
 * midnight UTC, a date-time without offset is read as UTC). Unreadable or absent values are null.
 */
record Published(LocalDate day, OffsetDateTime at) {
    static final Published UNKNOWN = new Published(null, null);

    static Published of(String iso) {
        if (iso == null || iso.length() < 10) {
            return UNKNOWN;
        }
        try {
            LocalDate day = LocalDate.parse(iso.substring(0, 10));
            OffsetDateTime at;
            if (iso.length() <= 10) {
                at = day.atStartOfDay().atOffset(ZoneOffset.UTC);
            } else if (iso.length() <= 19 || iso.length() <= 23 && !iso.matches(".*([+-]\\d\\d:?\\d\\d|Z)$")) {
                at = LocalDateTime.parse(iso).atOffset(ZoneOffset.UTC);
            } else {
                at = OffsetDateTime.parse(iso);
            }
            return new Published(day, at);
        } catch (DateTimeParseException e) {
            return UNKNOWN;
        }
    }
}
