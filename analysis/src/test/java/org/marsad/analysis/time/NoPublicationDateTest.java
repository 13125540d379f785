package org.marsad.analysis.time;

import static org.marsad.analysis.time.Tagged.assertExpression;
import static org.marsad.analysis.time.Tagged.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.article.TimexType;

/** Without a publication date nothing relative is resolved: values keep what the text says. */
class NoPublicationDateTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"22 كانون الأول/ ديسمبر الماضي,XXXX-12-22", "نهاية ديسمبر,XXXX-12", "أمس,XXXX-XX-XX",
        "الأسبوع الماضي,XXXX-WXX", "الشهر المقبل,XXXX-XX", "العام الماضي,XXXX", "الثلاثاء,XXXX-WXX-2",
        "منذ ثلاثة أيام,XXXX-XX-XX", "15 رمضان,XXXX-XX-XX", "القرن الماضي,XX"})
    void relativeDatesKeepWhatIsKnown(String words, String value) {
        String sentence = "قالت المصادر إن الحادث وقع " + words + " قرب الحدود.";
        String mod = words.startsWith("نهاية") ? "END" : null;
        assertExpression(sentence, only(sentence, null), words, TimexType.DATE, value, mod, false);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"22 ديسمبر 2021,2021-12-22", "سنة 2021,2021", "القرن العشرين,19", "الفترة الأخيرة,PAST_REF"})
    void absoluteDatesAreUnchanged(String words, String value) {
        String sentence = "قالت المصادر إن الحادث وقع " + words + " قرب الحدود.";
        assertExpression(sentence, only(sentence, null), words, TimexType.DATE, value, null, false);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"صباح اليوم,XXXX-XX-XXTMO", "ليلة الخميس,XXXX-WXX-4TNI"})
    void timesOfUnknownDaysKeepThePart(String words, String value) {
        String sentence = "قالت المصادر إن الحادث وقع " + words + " قرب الحدود.";
        assertExpression(sentence, only(sentence, null), words, TimexType.TIME, value, null, false);
    }
}
