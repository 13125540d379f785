package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer.Step;

class ArabicNormalizerTest {

    @Test
    void removesTashkeel() {
        assertEquals("وقع الوزير الاتفاق", Step.REMOVE_DIACRITICS.apply("وَقَّعَ الوَزِيرُ الاتِّفَاقَ"));
    }

    @Test
    void removesSuperscriptAlef() {
        assertEquals("هذا", Step.REMOVE_DIACRITICS.apply("هٰذا"));
    }

    @Test
    void removesQuranicAnnotationMarks() {
        assertEquals("نص مرتل", Step.REMOVE_DIACRITICS.apply("نص\u0615 مرتل\u06DA\u06E2"));
    }

    @Test
    void removesTatweel() {
        assertEquals("عاجل السلام", Step.REMOVE_TATWEEL.apply("عاجــــل الســلام"));
    }

    @Test
    void unifiesAlefForms() {
        assertEquals("احمد ابراهيم امال الوصل", Step.UNIFY_ALEF.apply("أحمد إبراهيم آمال ٱلوصل"));
    }

    @Test
    void foldsHamzaOnWawToBareHamza() {
        assertEquals("مسءول", Step.UNIFY_HAMZA_CARRIERS.apply("مسؤول"));
    }

    @Test
    void foldsHamzaOnYaaToBareHamza() {
        assertEquals("رءيس", Step.UNIFY_HAMZA_CARRIERS.apply("رئيس"));
    }

    @Test
    void unifiesRegionalHamzaSeats() {
        assertEquals(ArabicNormalizer.normalize("الشؤون الخارجية"), ArabicNormalizer.normalize("الشئون الخارجية"));
    }

    @Test
    void keepsStandaloneHamza() {
        assertEquals("سماء", ArabicNormalizer.normalize("سماء"));
    }

    @Test
    void foldsAlefMaksuraToYaa() {
        assertEquals("مستشفي", Step.ALEF_MAKSURA_TO_YAA.apply("مستشفى"));
    }

    @Test
    void foldsTaaMarbutaToHaa() {
        assertEquals("مدينه", Step.TAA_MARBUTA_TO_HAA.apply("مدينة"));
    }

    @Test
    void convertsArabicIndicDigitsToAscii() {
        assertEquals("2022", Step.ASCII_DIGITS.apply("٢٠٢٢"));
    }

    @Test
    void convertsExtendedArabicIndicDigitsToAscii() {
        assertEquals("1401", Step.ASCII_DIGITS.apply("۱۴۰۱"));
    }

    @Test
    void convertsArabicDecimalAndThousandsSeparators() {
        assertEquals("3,650 و2.5", Step.ASCII_DIGITS.apply("٣٬٦٥٠ و٢٫٥"));
    }

    @Test
    void foldsPersianKehehAndYeh() {
        assertEquals("كتاب يوم", Step.PERSIAN_LETTERS.apply("کتاب یوم"));
    }

    @Test
    void foldsContextualPresentationFormsToLetters() {
        assertEquals("مرحبا", Step.FOLD_PRESENTATION_FORMS.apply("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E"));
    }

    @Test
    void expandsLamAlefLigatureToTwoLetters() {
        assertEquals("لا بد", Step.FOLD_PRESENTATION_FORMS.apply("\uFEFB بد"));
    }

    @Test
    void foldsLettersInsideLigaturesWithTheOtherSteps() {
        assertEquals("لا", ArabicNormalizer.normalize("\uFEF7"));
    }

    @Test
    void expandsAllahLigature() {
        assertEquals("الله", Step.FOLD_PRESENTATION_FORMS.apply("\uFDF2"));
    }

    @Test
    void dropsSpaceOfIsolatedTashkeelForm() {
        assertEquals("كتب\u064E", Step.FOLD_PRESENTATION_FORMS.apply("كتب\uFE76"));
    }

    @Test
    void removesInvisibleMarks() {
        assertEquals("عاجل: نص", Step.REMOVE_INVISIBLES.apply("\uFEFFعاجل\u200F: \u202Bنص\u202C\u061C\u2067"));
    }

    @Test
    void appliesEveryStepByDefault() {
        assertEquals("قال رءيس الهيءه ان 25 مستشفي", ArabicNormalizer.normalize("قالَ رئيسُ الهيئــة إنّ ٢٥ مستشفى"));
    }

    @Test
    void appliesOnlyRequestedSteps() {
        assertEquals("أحمد", ArabicNormalizer.normalize("أحمدُ", EnumSet.of(Step.REMOVE_DIACRITICS)));
    }

    @Test
    void emptyStepSetLeavesTextUnchanged() {
        assertEquals("أحمدُ", ArabicNormalizer.normalize("أحمدُ", EnumSet.noneOf(Step.class)));
    }

    @Test
    void returnsSameStringWhenNothingChanges() {
        String text = "Reuters 2022 (AFP) وكالات";
        assertSame(text, ArabicNormalizer.normalize(text));
    }

    @Test
    void acceptsAnyCharSequence() {
        assertEquals("اعلن", ArabicNormalizer.normalize(new StringBuilder("أعلن")));
    }

    @Test
    void rejectsNullText() {
        assertThrows(NullPointerException.class, () -> ArabicNormalizer.normalize(null));
    }
}
