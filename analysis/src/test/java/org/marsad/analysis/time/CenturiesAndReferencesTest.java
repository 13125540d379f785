package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.analysis.time.Tagged.assertOnlyDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbered centuries and the vague references PAST_REF, PRESENT_REF and FUTURE_REF. */
class CenturiesAndReferencesTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"القرن الحادي والعشرين,20", "القرن العشرين,19", "القرن التاسع عشر,18", "القرن الواحد والعشرين,20",
        "القرن 21,20", "القرن الـ21,20", "القرن الثامن عشر الميلادي,17", "القرن الأول,00"})
    void numberedCenturyIsItsTwoLeadingDigits(String words, String value) {
        assertOnlyDate("تغيرت خريطة المنطقة في " + words + " جذريا.", words, value, false);
    }

    @Test
    void hijriCenturyHasNoGregorianValue() {
        assertTrue(Tagged.tag("ازدهرت المدينة في القرن الرابع عشر الهجري.").isEmpty());
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"الأعوام الأخيرة,PAST_REF", "السنوات الأخيرة,PAST_REF", "الفترة الأخيرة,PAST_REF",
        "الأشهر الماضية,PAST_REF", "الآونة الأخيرة,PAST_REF", "الأيام المقبلة,FUTURE_REF",
        "الفترة المقبلة,FUTURE_REF", "الوقت الراهن,PRESENT_REF", "الوقت الحالي,PRESENT_REF"})
    void vagueStretchesAreReferences(String words, String value) {
        assertOnlyDate("تحسنت العلاقات بين البلدين في " + words + " بوضوح.", words, value, false);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"حاليا,PRESENT_REF", "حالياً,PRESENT_REF", "الآن,PRESENT_REF", "مستقبلا,FUTURE_REF",
        "مؤخرا,PAST_REF"})
    void adverbsAreReferences(String word, String value) {
        assertOnlyDate("تعمل اللجنة " + word + " على مراجعة القانون.", word, value, false);
    }
}
