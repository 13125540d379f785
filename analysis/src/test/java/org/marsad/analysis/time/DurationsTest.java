package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.analysis.time.Tagged.assertExpression;
import static org.marsad.analysis.time.Tagged.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.article.TimexType;

/** Durations: counts of units, duals, and definite stretches with an adjective. */
class DurationsTest {

    private static void assertOnlyDuration(String sentence, String text, String value) {
        assertExpression(sentence, only(sentence), text, TimexType.DURATION, value, null, false);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"ثلاثة أيام,P3D", "5 سنوات,P5Y", "عشرين عاما,P20Y", "خمسة عشر يوما,P15D", "خمسة وعشرين عاما,P25Y",
        "أربعة أسابيع,P4W", "ستة أشهر,P6M", "48 ساعة,PT48H", "30 دقيقة,PT30M", "بضعة أشهر,PXM", "يوم واحد,P1D"})
    void countedUnitsAreDurations(String words, String value) {
        assertOnlyDuration("استمر الإضراب " + words + " في المصانع.", words, value);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"يومين,P2D", "أسبوعين,P2W", "شهرين,P2M", "عامين,P2Y", "سنتين,P2Y", "ساعتين,PT2H"})
    void indefiniteDualsCountTwo(String word, String value) {
        assertOnlyDuration("توقف العمل " + word + " بسبب العاصفة.", word, value);
    }

    @Test
    void definiteDualWithPastAdjectiveIsADuration() {
        assertOnlyDuration("تراجعت الصادرات على مدى الشهرين الماضيين بشكل كبير.", "الشهرين الماضيين", "P2M");
    }

    @Test
    void definitePluralWithNumberAndAdjectiveIsADuration() {
        assertOnlyDuration("قتل العشرات خلال الأيام الثلاثة الماضية في المدينة.", "الأيام الثلاثة الماضية", "P3D");
    }

    @Test
    void lastFiveYearsIsADuration() {
        assertOnlyDuration("تضاعف عدد السكان في السنوات الخمس الأخيرة.", "السنوات الخمس الأخيرة", "P5Y");
    }

    @Test
    void definiteDigitsBeforeUnitWithAdjectiveIsADuration() {
        assertOnlyDuration("سجلت الوزارة عشر إصابات خلال الـ24 ساعة الماضية.", "الـ24 ساعة الماضية", "PT24H");
    }

    @Test
    void futureStretchIsADurationToo() {
        assertOnlyDuration("تستثمر الشركة في العامين المقبلين بقوة.", "العامين المقبلين", "P2Y");
    }

    @Test
    void lastBeforeACountIsADuration() {
        assertOnlyDuration("تضاعفت الأسعار في آخر ثلاث سنوات.", "آخر ثلاث سنوات", "P3Y");
    }

    @Test
    void quantityModifierBeforeADurationGivesItsMod() {
        String sentence = "استمرت المفاوضات نحو ثلاثة أشهر دون نتيجة.";
        assertExpression(sentence, only(sentence), "نحو ثلاثة أشهر", TimexType.DURATION, "P3M", "APPROX", false);
    }

    @Test
    void moreThanBeforeADurationGivesMoreThan() {
        String sentence = "ظل الطريق مغلقا أكثر من أسبوعين بعد الفيضان.";
        assertExpression(sentence, only(sentence), "أكثر من أسبوعين", TimexType.DURATION, "P2W", "MORE_THAN", false);
    }

    @Test
    void decadesAfterAPrepositionAreADuration() {
        assertOnlyDuration("حكم الحزب البلاد على مدى ثلاثة عقود متتالية.", "ثلاثة عقود", "P3DE");
    }

    @Test
    void contractsAreNoDecades() {
        assertTrue(Tagged.tag("وقعت الشركة ثلاثة عقود جديدة مع الحكومة.").isEmpty());
    }
}
