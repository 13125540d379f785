package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LateCuesTest {
    /** Whether a cue stands beside the name {@code name} of {@code text}. */
    private static boolean beside(String text, String name) {
        Words w = Words.of(text);
        int start = text.indexOf(name);
        int first = 0;
        while (w.spans().get(first).start() < start) {
            first++;
        }
        int end = first;
        while (end < w.spans().size() && w.spans().get(end).end() <= start + name.length()) {
            end++;
        }
        return LateCues.SHIPPED.beside(text, w.spans(), w.normalized(), first, end);
    }

    @Test
    void findsABlessingRightAfterTheNameAcrossBracketsDashesAndCommas() {
        assertTrue(beside("وقد افتتح الملك عبدالله رحمه الله الجسر الجديد.", "الملك عبدالله"));
        assertTrue(beside("وقد افتتح الملك عبدالله -يرحمه الله- الجسر الجديد.", "الملك عبدالله"));
        assertTrue(beside("وقد افتتح الملك عبدالله، طيب الله ثراه، الجسر الجديد.", "الملك عبدالله"));
        assertTrue(beside("وقد افتتح الملك عبدالله (رحمه الله) الجسر الجديد.", "الملك عبدالله"));
    }

    @Test
    void findsACueRightBeforeTheTitleWithOrWithoutWaw() {
        assertTrue(beside("واستعاد الحضور ذكرى الراحل الملك عبدالله في الحفل.", "الملك عبدالله"));
        assertTrue(beside("وتحدث عن المغفور له بإذن الله الملك عبدالله في الحفل.", "الملك عبدالله"));
        assertTrue(beside("فقد أنجز الكثير، ورحم الله الملك عبدالله في الحفل.", "الملك عبدالله"));
    }

    @Test
    void findsNoCueAcrossAFullStopOrAWordBetween() {
        assertFalse(beside("وقد افتتح الملك عبدالله. رحمه الله من قال ذلك.", "الملك عبدالله"), "another sentence");
        assertFalse(beside("وقد افتتح الملك عبدالله الجسر رحمه الله.", "الملك عبدالله"), "a word between");
        assertFalse(beside("وقد افتتح الملك عبدالله الجسر الجديد أمس.", "الملك عبدالله"));
    }
}
