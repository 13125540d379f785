package org.marsad.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.text.ArabicNormalizer;

class MorphologyTest {

    private static List<String> verb(String perfect) {
        return Morphology.verbForms(ArabicNormalizer.normalize(perfect), null).stream().map(Morphology.Form::text).toList();
    }

    private static List<String> noun(String singular) {
        return Morphology.nounForms(ArabicNormalizer.normalize(singular), List.of()).stream().map(Morphology.Form::text).toList();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"وقّع,يوقع", "طالب,يطالب", "تعاون,يتعاون", "انسحب,ينسحب", "انتقد,ينتقد", "اتّهم,يتهم", "استنكر,يستنكر",
            "أنكر,ينكر", "أدان,يدين", "أشاد,يشيد", "دعا,يدعو", "نفى,ينفي", "التقى,يلتقي", "حثّ,يحث"})
    void derivesTheImperfectFromThePerfect(String perfect, String imperfect) {
        assertEquals(ArabicNormalizer.normalize(imperfect), Morphology.imperfectOf(ArabicNormalizer.normalize(perfect)));
    }

    @Test
    void conjugatesThePerfectForGenderAndNumber() {
        assertTrue(verb("وقّع").containsAll(List.of("وقع", "وقعت", "وقعوا", "وقعا", "وقعتا")));
    }

    @Test
    void conjugatesTheImperfectForPersonGenderAndNumber() {
        assertTrue(verb("وقّع").containsAll(List.of("يوقع", "توقع", "نوقع", "يوقعون", "يوقعان", "يوقعوا")));
    }

    @Test
    void dropsAFinalWeakLetterBeforeSuffixes() {
        assertTrue(verb("دعا").containsAll(List.of("دعت", "دعوا", "يدعو", "يدعون", "تدعو")));
        assertTrue(verb("نفى").containsAll(List.of("نفت", "نفوا", "ينفي", "تنفي", "ينفون")));
    }

    @Test
    void takesAnIrregularImperfectFromTheLexicon() {
        List<String> forms = Morphology.verbForms("زار", "يزور").stream().map(Morphology.Form::text).toList();
        assertTrue(forms.containsAll(List.of("زارت", "يزور", "تزور", "يزورون")));
    }

    @Test
    void marksOnlyTheLemmaItselfAsBare() {
        List<Morphology.Form> forms = Morphology.verbForms("وقع", null);
        assertEquals(List.of("وقع"), forms.stream().filter(Morphology.Form::bare).map(Morphology.Form::text).toList());
    }

    @Test
    void formsTheSoundPluralOfAVerbalNoun() {
        assertTrue(noun("انتقاد").containsAll(List.of("انتقاد", "انتقادات", "انتقادا")));
    }

    @Test
    void turnsTaaMarbutaIntoTaaBeforeSuffixes() {
        assertTrue(noun("مطالبة").containsAll(List.of("مطالبه", "مطالبات", "مطالبت", "مطالبتان")));
    }

    @Test
    void leavesAPluralLemmaAlone() {
        assertEquals(List.of("محادثات"), noun("محادثات"));
    }
}
