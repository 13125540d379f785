package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PossessedRolesTest {
    private static final Set<String> HEADS = WordMatcher.normalized("رئيس", "مدير", "نائب");
    private static final Set<String> TITLES = WordMatcher.normalized("رئيس", "مدير", "نائب", "الفنان", "الكابتن");

    @Test
    void possessesOnlyABareMasculineHeadOfOneWord() {
        assertTrue(PossessedRoles.possessable("مدير"));
        assertFalse(PossessedRoles.possessable("المدير"), "the article");
        assertFalse(PossessedRoles.possessable("مديرة"), "feminine");
        assertFalse(PossessedRoles.possessable("رئيس الوزراء"), "two words");
        assertFalse(PossessedRoles.possessable("د."), "an abbreviation");
    }

    @Test
    void writesTheHeadWithEachPronoun() {
        assertEquals(List.of("مديرهما", "مديرهم", "مديرها", "مديره"), PossessedRoles.forms("مدير"));
    }

    @Test
    void makesAPossessedHeadDefinite() {
        assertEquals("الرئيس التنفيذي", PossessedRoles.plain("رئيسها التنفيذي", HEADS, TITLES));
        assertEquals("المدير", PossessedRoles.plain("مديره", HEADS, TITLES));
        assertEquals("الرئيس المخلوع", PossessedRoles.plain("رئيسهم المخلوع", HEADS, TITLES));
        assertEquals("النائب السابق", PossessedRoles.plain("ونائبه السابق", HEADS, TITLES), "a glued و dropped");
    }

    @Test
    void dropsAPossessedHeadBeforeATitle() {
        assertEquals("الفنان الأستاذ", PossessedRoles.plain("مديرها الفنان الأستاذ", HEADS, TITLES));
        assertEquals("رئيس الفرقة الثانية", PossessedRoles.plain("رئيسها رئيس الفرقة الثانية", HEADS, TITLES));
    }

    @Test
    void leavesOtherRolesAsTheyAre() {
        assertEquals("رئيسة الوزراء", PossessedRoles.plain("رئيسة الوزراء", HEADS, TITLES), "the feminine ة");
        assertEquals("مدير الهيئة", PossessedRoles.plain("مدير الهيئة", HEADS, TITLES));
        assertEquals("فقيه", PossessedRoles.plain("فقيه", HEADS, TITLES), "no head before the ه");
    }
}
