package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;

class OfficeTitlesTest {

    @Test
    void namesOnlyRolesThatTheShippedKnowledgeBaseGivesSomeone() {
        OfficeTitles titles = OfficeTitles.shipped(KnowledgeBase.shipped().entries());
        assertEquals(Set.of(), titles.rolesWithoutHolder());
    }

    @Test
    void namesNoHolderBeforeAWordOfAFormerOne() {
        OfficeTitles titles = OfficeTitles.shipped(KnowledgeBase.shipped().entries());
        LocalDate asOf = LocalDate.of(2017, 3, 1);
        String now = "وقال الرئيس المصري إن الحكومة ماضية";
        Words w = Words.of(now);
        assertNotNull(titles.match(now, w.spans(), w.normalized(), 1, asOf).entry());
        for (String former : new String[] {"السابق", "المخلوع", "المعزول"}) {
            String text = "وظهر الرئيس المصري " + former + " في فيديو";
            Words words = Words.of(text);
            assertNull(titles.match(text, words.spans(), words.normalized(), 1, asOf).entry(), former);
        }
    }
}
