package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2017-01-20                      | 2017-01-20",
            "2017-01-20T21:43:00+01:00       | 2017-01-20T21:43:00+01:00",
            "2017-01-20T21:43:00.250+01:00   | 2017-01-20T21:43:00+01:00",
            "2017-01-20T21:43:00Z            | 2017-01-20T21:43:00Z",
            "2017-01-20T21:43:00+0100        | 2017-01-20T21:43:00+01:00",
            "2017-01-20T21:43                | 2017-01-20T21:43:00",
            "2017-01-20T21:43:00.123456      | 2017-01-20T21:43:00",
            "2015-08-06 01:00:00             | 2015-08-06T01:00:00",
            "2017-01-22T171800               | 2017-01-22T17:18:00",
            "2017/01/20                      | 2017-01-20",
            "25/05/2017                      | 2017-05-25",
            "25-05-2017                      | 2017-05-25",
            "05.03.2024 14:30                | 2024-03-05T14:30:00",
            "03/25/2024                      | 2024-03-25",
            "'Sat, 21 Jan 2017 16:19:00 +0100' | 2017-01-21T16:19:00+01:00",
            "'Sat, 21 Jan 2017 16:19:00 GMT' | 2017-01-21T16:19:00Z",
            "'21 Jan 2017 16:19 UT'          | 2017-01-21T16:19:00Z",
            "'Tue, 5 Mar 2024 09:30:00 EST'  | 2024-03-05T09:30:00-05:00",
    })
    void normalisesTheDatesInputsWrite(String raw, String iso) {
        assertEquals(iso, Dates.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "منذ يومين", "yesterday", "2017-13-40", "0001-01-01", "31/31/2017", "1700000000"})
    void givesNullForWhatCannotBeRead(String raw) {
        assertNull(Dates.normalize(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2015-08-06 01:00:00 | 2015-08-06", "'Sat, 21 Jan 2017 23:19:00 +0100' | 2017-01-21"})
    void keepsTheDatePartWhenAskedForTheDay(String raw, String day) {
        assertEquals(day, Dates.datePart(raw));
    }
}
