package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NationalitiesTest {

    @Test
    void addsYaaToANameEndingInAConsonant() {
        assertEquals("كازاخستاني", Nationalities.nisbaOf("كازاخستان"));
        assertEquals("مصري", Nationalities.nisbaOf("مصر"));
    }

    @Test
    void dropsTheArticleFirst() {
        assertEquals("صيني", Nationalities.nisbaOf("الصين"));
        assertEquals("مغربي", Nationalities.nisbaOf("المغرب"));
    }

    @Test
    void turnsFinalYaAlefAndAlefAndTaaMarbutaIntoYaa() {
        assertEquals("روسي", Nationalities.nisbaOf("روسيا"));
        assertEquals("أوكراني", Nationalities.nisbaOf("أوكرانيا"));
        assertEquals("فرنسي", Nationalities.nisbaOf("فرنسا"));
        assertEquals("سعودي", Nationalities.nisbaOf("السعودية"));
        assertEquals("سنغافوري", Nationalities.nisbaOf("سنغافورة"));
    }

    @Test
    void givesNothingForNamesOfSeveralWordsOrEndingInAVowelLetter() {
        assertNull(Nationalities.nisbaOf("الولايات المتحدة"));
        assertNull(Nationalities.nisbaOf("مالي"));
        assertNull(Nationalities.nisbaOf("كوسوفو"));
    }

    @Test
    void inflectsForGenderNumberAndDefiniteness() {
        List<String> forms = Nationalities.forms("كازاخستاني");
        for (String f : new String[] {"الكازاخستاني", "الكازاخستانية", "الكازاخستانيين", "الكازاخستانيون",
                "كازاخستانية", "كازاخستانيون", "الكازاخستانيات", "كازاخستانيتان"}) {
            assertTrue(forms.contains(f), f);
        }
        assertEquals(17, forms.size());
    }

    @Test
    void givesTheIndefiniteAccusativeWithoutTheArticle() {
        List<String> forms = Nationalities.forms("إيراني");
        assertTrue(forms.contains("إيرانيا"), "نفوذا إيرانيا");
        assertFalse(forms.contains("الإيرانيا"));
    }

    @Test
    void inflectsEveryWordOfAMultiWordNisbaAlike() {
        List<String> forms = Nationalities.forms("كوري جنوبي");
        assertTrue(forms.contains("الكورية الجنوبية"));
        assertTrue(forms.contains("الكوريين الجنوبيين"));
    }

    @Test
    void takesIrregularAndSuppressedNisbasFromTheOverrideFile() {
        Nationalities n = Nationalities.load(Countries.load());
        assertEquals(List.of("نمساوي"), n.nisbas().get("AUT"));
        assertTrue(n.nisbas().get("USA").contains("أمريكي"));
        assertEquals(List.of(), n.nisbas().get("WSM"));
        assertTrue(n.notAdjectives().contains("اليمنى"));
        assertTrue(n.nisbas().get("URY").contains("أوروغوياني"), "أوروغواي ends in ي and gives none by the rules");
        assertTrue(n.nisbas().get("GBR").contains("إنجليزي"));
    }

    @Test
    void takesTheNameItselfAsNisbaWhereTheOverrideFileSaysSo() {
        Nationalities n = Nationalities.load(Countries.load());
        assertEquals(List.of("زيمبابوي"), n.nisbas().get("ZWE"));
        assertEquals(null, Nationalities.nisbaOf("زيمبابوي"), "the rules give none for a name ending in ي");
        assertTrue(n.nisbas().getOrDefault("MWI", List.of()).isEmpty(), "الملاوية is the Malay language: Malawi has none");
    }
}
