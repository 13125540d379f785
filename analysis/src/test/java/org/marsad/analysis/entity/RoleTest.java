package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void readsTitleHolderAndOpenEndedPeriod() {
        Role r = Role.parse("الرئيس@KAZ@2019-03-20..");
        assertEquals("الرئيس", r.title());
        assertEquals("KAZ", r.of());
        assertEquals(LocalDate.of(2019, 3, 20), r.from());
        assertNull(r.to());
    }

    @Test
    void widensYearsAndMonthsToTheirWholeSpan() {
        Role r = Role.parse("رئيس الوزراء@RUS@2008..2012-05");
        assertEquals(LocalDate.of(2008, 1, 1), r.from());
        assertEquals(LocalDate.of(2012, 5, 31), r.to());
    }

    @Test
    void takesATitleAloneAsAlwaysHeld() {
        Role r = Role.parse("المرشد الأعلى");
        assertNull(r.of());
        assertTrue(r.heldOn(LocalDate.of(1950, 1, 1)));
        assertTrue(r.heldOn(null));
    }

    @Test
    void holdsTheRoleOnlyWithinItsPeriodBothEndsIncluded() {
        Role r = Role.parse("الوزير@X@2020-01-01..2020-12-31");
        assertTrue(r.heldOn(LocalDate.of(2020, 1, 1)));
        assertTrue(r.heldOn(LocalDate.of(2020, 12, 31)));
        assertFalse(r.heldOn(LocalDate.of(2021, 1, 1)));
        assertFalse(r.heldOn(null), "an ended role is not held still");
    }

    @Test
    void writesBackWhatItReads() {
        for (String s : new String[] {"الرئيس@KAZ@2019-03-20..", "الأمين العام@NATO", "الملك", "x@@..2001-02-03"}) {
            assertEquals(s, Role.parse(s).toString());
        }
    }

    @Test
    void quotesABadDate() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.parse("الرئيس@KAZ@2019-13-01.."));
        assertEquals("role 'الرئيس@KAZ@2019-13-01..' has a bad date '2019-13-01': write YYYY, YYYY-MM or YYYY-MM-DD",
                e.getMessage());
    }

    @Test
    void refusesAPeriodWithoutDotsAndOneEndingBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> Role.parse("الرئيس@KAZ@2019"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Role.parse("الرئيس@KAZ@2020..2019"));
        assertEquals("role 'الرئيس' ends 2019-12-31 before it starts 2020-01-01", e.getMessage());
    }
}
