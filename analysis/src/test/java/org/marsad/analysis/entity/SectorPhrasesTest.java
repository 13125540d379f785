package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;

class SectorPhrasesTest {
    private static final SectorPhrases PHRASES = KnowledgeBase.shipped().sectorPhrases();

    private static List<String> find(String text) {
        Words w = Words.of(text);
        return PHRASES.find(text, w.spans(), w.normalized()).stream()
                .map(p -> text.substring(p.start(), p.end()) + "=" + p.sector() + "/" + p.country()).toList();
    }

    @Test
    void readsACueWithANationalityAdjective() {
        assertEquals(List.of("البرلمان الكازاخستاني=LEG/KAZ"), find("أقر البرلمان الكازاخستاني القانون"));
        assertEquals(List.of("الحكومة الفرنسية=GOV/FRA"), find("أعلنت الحكومة الفرنسية خطة"));
        assertEquals(List.of("السلطات المصرية=GOV/EGY"), find("منعت السلطات المصرية التجمع"));
    }

    @Test
    void letsDefiniteAdjectivesComeBetweenCueAndNationality() {
        assertEquals(List.of("القنوات التلفزيونية الحكومية الروسية=MED/RUS"),
                find("هاجمته القنوات التلفزيونية الحكومية الروسية"));
    }

    @Test
    void readsTheConstructWithACountryName() {
        assertEquals(List.of("حكومة كازاخستان=GOV/KAZ"), find("قالت حكومة كازاخستان"));
        assertEquals(List.of("جيش باكستان=MIL/PAK"), find("تقدم جيش باكستان"));
    }

    @Test
    void doesNotTakeADefiniteCuesObjectForItsCountry() {
        assertEquals(List.of("البرلمان=LEG/null"), find("انتقد البرلمان روسيا"));
    }

    @Test
    void givesACueAloneWithoutCountry() {
        assertEquals(List.of("الجيش=MIL/null"), find("انتشر الجيش في الشوارع"));
    }

    @Test
    void stopsAtPunctuation() {
        assertEquals(List.of("الحكومة=GOV/null"), find("الحكومة، الروسية"));
    }

    @Test
    void readsSeatsAndCapitalsAsTheirGovernment() {
        assertEquals(List.of("البيت الأبيض=GOV/USA", "البنتاغون=MIL/USA", "موسكو=GOV/RUS"),
                find("قال البيت الأبيض والبنتاغون إن موسكو"));
    }

    @Test
    void readsKnownActorsWithASector() {
        assertEquals(List.of("الناتو=IGO/null", "لوموند=MED/FRA"), find("انتقد الناتو ما نشرته لوموند"));
    }
}
