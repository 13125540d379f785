package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdjectiveOrderTest {
    @Test
    void mirrorsTheArabicOrder() {
        assertEquals(List.of("Applied", "Medical"), AdjectiveOrder.english(List.of("Medical", "Applied")),
                "العلوم الطبية التطبيقية: Applied Medical Sciences");
        assertEquals(List.of("Local", "Women's"), AdjectiveOrder.english(List.of("Women's", "Local")),
                "اللجنة النسائية المحلية: Local Women's Committee");
    }

    @Test
    void putsAdjectivesOfScopeFirstTheWidestFirst() {
        assertEquals(List.of("National", "Democratic"), AdjectiveOrder.english(List.of("National", "Democratic")),
                "الحزب الوطني الديمقراطي: National Democratic Party");
        assertEquals(List.of("International", "Islamic"), AdjectiveOrder.english(List.of("International", "Islamic")),
                "الجامعة العالمية الإسلامية as the mirror of الجامعة الإسلامية العالمية");
        assertEquals(List.of("Arab", "National", "Scout"),
                AdjectiveOrder.english(List.of("Scout", "National", "Arab")));
    }

    @Test
    void putsEnglishNounsNextToTheirNoun() {
        assertEquals(List.of("Strategic", "Security"), AdjectiveOrder.english(List.of("Strategic", "Security")),
                "الدراسات الاستراتيجية الأمنية: Strategic Security Studies");
        assertEquals(List.of("International", "Charitable", "Health"),
                AdjectiveOrder.english(List.of("Health", "International", "Charitable")));
    }

    @Test
    void keepsAdjectivesJoinedByAndInTheirOrder() {
        assertEquals(List.of("Technical", "and", "Vocational"),
                AdjectiveOrder.english(List.of("Technical", "and", "Vocational")));
    }

    @Test
    void leavesOneAdjectiveAsItIs() {
        assertEquals(List.of("National"), AdjectiveOrder.english(List.of("National")));
    }
}
