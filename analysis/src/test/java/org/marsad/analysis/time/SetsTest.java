package org.marsad.analysis.time;

import static org.marsad.analysis.time.Tagged.assertExpression;
import static org.marsad.analysis.time.Tagged.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.article.TimexType;

/** Recurring times. */
class SetsTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"كل يوم,P1D", "كل عام,P1Y", "كل أسبوع,P1W", "كل ثلاثة أشهر,P3M", "كل أربع سنوات,P4Y", "كل يومين,P2D",
        "كل يوم جمعة,XXXX-WXX-5", "كل جمعة,XXXX-WXX-5", "سنويا,P1Y", "سنوياً,P1Y", "يوميا,P1D", "شهريا,P1M"})
    void recurringTimesAreSets(String words, String value) {
        String sentence = "تنظم الجمعية المعرض " + words + " في الساحة.";
        assertExpression(sentence, only(sentence), words, TimexType.SET, value, null, false);
    }
}
