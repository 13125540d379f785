package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.analysis.time.Tagged.assertOnlyDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.article.DateExpression;

/** Month names of every calendar system, each with an explicit year so that the value is exact. */
class MonthNamesTest {

    private static void assertMonth(String name, int month) {
        String sentence = "ارتفعت مبيعات الشركة في " + name + " 2020 بنسبة ملحوظة.";
        assertOnlyDate(sentence, name + " 2020", "2020-" + (month < 10 ? "0" : "") + month, false);
    }

    @ParameterizedTest(name = "standard {0} = month {1}")
    @CsvSource({"يناير,1", "فبراير,2", "مارس,3", "أبريل,4", "إبريل,4", "مايو,5", "يونيو,6", "يونيه,6", "يوليو,7",
        "يوليه,7", "أغسطس,8", "سبتمبر,9", "أكتوبر,10", "نوفمبر,11", "ديسمبر,12"})
    void standardMonthNamesGiveTheirMonth(String name, int month) {
        assertMonth(name, month);
    }

    @ParameterizedTest(name = "Levantine {0} = month {1}")
    @CsvSource({"كانون الثاني,1", "شباط,2", "آذار,3", "نيسان,4", "أيار,5", "حزيران,6", "تموز,7", "آب,8",
        "أيلول,9", "تشرين الأول,10", "تشرين الثاني,11", "كانون الأول,12"})
    void levantineMonthNamesGiveTheirMonth(String name, int month) {
        assertMonth(name, month);
    }

    @ParameterizedTest(name = "Moroccan {0} = month {1}")
    @CsvSource({"يناير,1", "فبراير,2", "مارس,3", "أبريل,4", "ماي,5", "يونيو,6", "يوليوز,7", "غشت,8", "شتنبر,9",
        "أكتوبر,10", "نونبر,11", "دجنبر,12"})
    void moroccanMonthNamesGiveTheirMonth(String name, int month) {
        assertMonth(name, month);
    }

    @ParameterizedTest(name = "Algerian/Tunisian {0} = month {1}")
    @CsvSource({"جانفي,1", "فيفري,2", "مارس,3", "أفريل,4", "ماي,5", "جوان,6", "جويلية,7", "أوت,8", "سبتمبر,9",
        "أكتوبر,10", "نوفمبر,11", "ديسمبر,12"})
    void maghrebiMonthNamesGiveTheirMonth(String name, int month) {
        assertMonth(name, month);
    }

    @ParameterizedTest(name = "Hijri {0} 1443 = {1}")
    @CsvSource({"محرم,2021-08", "صفر,2021-09", "ربيع الأول,2021-10", "ربيع الآخر,2021-11", "ربيع الثاني,2021-11",
        "جمادى الأولى,2021-12", "جمادى الآخرة,2022-01", "رجب,2022-02", "شعبان,2022-03", "رمضان,2022-04",
        "شوال,2022-05", "ذو القعدة,2022-06", "ذي القعدة,2022-06", "ذو الحجة,2022-07", "ذي الحجة,2022-07"})
    void hijriMonthWithYearIsTheGregorianMonthHoldingItsFifteenthDay(String name, String value) {
        String sentence = "وصل الحجاج في " + name + " 1443 إلى المدينة.";
        assertOnlyDate(sentence, name + " 1443", value, false);
    }

    @ParameterizedTest(name = "paired form ''{0}''")
    @CsvSource(delimiter = '|', value = {"كانون الأول/ ديسمبر|2021-12", "كانون الأول / ديسمبر|2021-12",
        "كانون الأول/ديسمبر|2021-12", "يوليو/ تموز|2021-07", "ديسمبر (كانون الأول)|2021-12",
        "شباط - فبراير|2021-02", "سبتمبر أيلول|2021-09"})
    void pairedNamesOfOneMonthAreOneExpression(String pair, String value) {
        String sentence = "وافق المجلس على الميزانية في " + pair + "، بعد نقاش طويل.";
        assertOnlyDate(sentence, pair, value, true);
    }

    @ParameterizedTest(name = "pair with day and direction ''{0}''")
    @CsvSource(delimiter = '|', value = {"22 كانون الأول/ ديسمبر الماضي|2021-12-22",
        "3 يوليو/ تموز المقبل|2022-07-03", "15 ديسمبر (كانون الأول) الماضي|2021-12-15"})
    void pairedNamesTakeADayAndADirection(String expression, String value) {
        String sentence = "قالت الوزارة إنها وقعت الاتفاق في " + expression + " مع الشركاء.";
        assertOnlyDate(sentence, expression, value, true);
    }

    @Test
    void namesOfDifferentMonthsAreNoPair() {
        List<DateExpression> found = Tagged.tag("جرت الانتخابات في يناير/ فبراير من العام الجاري.");
        assertEquals(List.of("يناير", "فبراير من العام الجاري"), found.stream().map(DateExpression::text).toList());
    }

    @Test
    void monthOfTheLastYearTakesThatYear() {
        assertOnlyDate("سجن في سبتمبر أيلول من العام الماضي بتهمة الاحتيال.",
                "سبتمبر أيلول من العام الماضي", "2021-09", true);
    }

    @Test
    void dayOfMonthOfThisYearTakesPublicationYear() {
        assertOnlyDate("تنطلق الدورة في 20 مارس من هذا العام.", "20 مارس من هذا العام", "2022-03-20", true);
    }
}
