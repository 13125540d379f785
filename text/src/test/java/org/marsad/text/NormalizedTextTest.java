package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {

    @Test
    void holdsTheNormalizedText() {
        String original = "قالَ رئيسُ الهيئــة";
        assertEquals(ArabicNormalizer.normalize(original), ArabicNormalizer.view(original).text());
    }

    @Test
    void mapsMatchBackOverRemovedDiacritics() {
        String original = "قالَ الرئيسُ إنَّ";
        NormalizedText view = ArabicNormalizer.view(original);
        int start = view.text().indexOf("الرءيس");
        int end = start + "الرءيس".length();
        assertEquals("الرئيسُ", original.substring(view.toOriginal(start), view.toOriginal(end)));
    }

    @Test
    void mapsViewEndToOriginalEnd() {
        String original = "وقّعَ الطرفانِ";
        NormalizedText view = ArabicNormalizer.view(original);
        assertEquals(original.length(), view.toOriginal(view.length()));
    }

    @Test
    void mapsStartPastRemovedLeadingCharacters() {
        NormalizedText view = ArabicNormalizer.view("ـــوقع");
        assertEquals(3, view.toOriginal(0));
    }

    @Test
    void mapsLigatureLettersToTheLigature() {
        NormalizedText view = ArabicNormalizer.view("قال \uFEFB بد");
        assertEquals(4, view.toOriginal(4));
        assertEquals(4, view.toOriginal(5));
        assertEquals(5, view.toOriginal(6));
    }

    @Test
    void widensSpanEndingInsideLigature() {
        NormalizedText view = ArabicNormalizer.view("قال \uFEFB بد");
        assertEquals(new Span(4, 5), view.toOriginal(new Span(4, 5)));
    }

    @Test
    void mapsUnchangedTextOntoItself() {
        NormalizedText view = ArabicNormalizer.view("Reuters");
        assertEquals(3, view.toOriginal(3));
    }

    @Test
    void rejectsOffsetBeyondView() {
        NormalizedText view = ArabicNormalizer.view("أحمدُ");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> view.toOriginal(5));
        assertEquals("offset must be within 0..4, got 5", e.getMessage());
    }

    @Test
    void rejectsNegativeOffset() {
        NormalizedText view = ArabicNormalizer.view("خبر");
        assertThrows(IllegalArgumentException.class, () -> view.toOriginal(-1));
    }
}
