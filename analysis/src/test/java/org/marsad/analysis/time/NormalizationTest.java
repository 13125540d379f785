package org.marsad.analysis.time;

import static org.marsad.analysis.time.Tagged.assertOnlyDate;

import org.junit.jupiter.api.Test;
import org.marsad.article.TimexType;

/** Spelling variation, clitics and digits do not change what is found, and spans stay exact. */
class NormalizationTest {

    @Test
    void conjunctionBeforeAModifierStaysOutOfTheSpan() {
        String sentence = "ونهاية ديسمبر صادق المجلس على القانون.";
        Tagged.assertExpression(sentence, Tagged.only(sentence),
                "نهاية ديسمبر", TimexType.DATE, "2021-12", "END", true);
    }

    @Test
    void conjunctionAndPrepositionBeforeYesterdayStayOutOfTheSpan() {
        assertOnlyDate("وبالأمس أعلنت الوزارة النتائج.", "الأمس", "2022-01-03", true);
    }

    @Test
    void lamBeforeTheArticleKeepsTheLamInTheSpan() {
        assertOnlyDate("قدمت الحكومة حصيلة للعام الماضي.", "للعام الماضي", "2021", true);
    }

    @Test
    void conjunctionOnAMonthStaysOutOfTheSpan() {
        String sentence = "ارتفعت الأسعار في يناير 2021 وفبراير 2021 بشكل حاد.";
        Tagged.assertExpression(sentence, Tagged.span(Tagged.tag(sentence), "فبراير 2021"), "فبراير 2021",
                TimexType.DATE, "2021-02", null, false);
    }

    @Test
    void diacriticsDoNotMatter() {
        assertOnlyDate("وَقَّعَتِ الحُكُومَةُ الاتِّفَاقَ أَمْسِ فِي العَاصِمَةِ.", "أَمْسِ", "2022-01-03", true);
    }

    @Test
    void tatweelDoesNotMatter() {
        assertOnlyDate("انطلق المهرجان في ديســـمبر 2021 بمشاركة واسعة.", "ديســـمبر 2021", "2021-12", false);
    }

    @Test
    void hamzaAndAlefMaqsuraSpellingsAreOne() {
        assertOnlyDate("صدر العدد الأول في جمادي الاولي 1443 عن الدار.", "جمادي الاولي 1443", "2021-12", false);
    }

    @Test
    void alefWithoutHamzaIsTheSameMonth() {
        assertOnlyDate("ارتفعت الأسعار في ابريل 2020 بشكل حاد.", "ابريل 2020", "2020-04", false);
    }

    @Test
    void extendedArabicIndicDigitsAreRead() {
        assertOnlyDate("سجلت الشرطة الحادث في ۵ مارس ۲۰۲۱ قرب السوق.", "۵ مارس ۲۰۲۱", "2021-03-05", false);
    }

    @Test
    void arabicIndicYearAfterYearNoun() {
        assertOnlyDate("تأسست الشركة سنة ١٩٩٨ في جدة.", "سنة ١٩٩٨", "1998", false);
    }
}
