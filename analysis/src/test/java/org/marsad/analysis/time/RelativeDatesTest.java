package org.marsad.analysis.time;

import static org.marsad.analysis.time.Tagged.assertExpression;
import static org.marsad.analysis.time.Tagged.assertOnlyDate;
import static org.marsad.analysis.time.Tagged.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.article.TimexType;

/** Expressions valued from the publication date, Tuesday 2022-01-04. */
class RelativeDatesTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"أمس,2022-01-03", "الأمس,2022-01-03", "البارحة,2022-01-03", "أول أمس,2022-01-02",
        "أول من أمس,2022-01-02", "غدا,2022-01-05", "غداً,2022-01-05", "بعد غد,2022-01-06"})
    void relativeDaysCountFromPublication(String word, String value) {
        String sentence = "قال الوزير " + word + " إن المفاوضات مستمرة.";
        assertOnlyDate(sentence, word, value, true);
    }

    @Test
    void todayIsThePublicationDate() {
        assertOnlyDate("تبدأ اليوم أعمال القمة في الرياض.", "اليوم", "2022-01-04", true);
    }

    @Test
    void todayAbsorbsTheWeekdayAfterIt() {
        assertOnlyDate("أعلنت الحكومة اليوم الثلاثاء عن خطة جديدة.", "اليوم الثلاثاء", "2022-01-04", true);
    }

    @Test
    void yesterdayAbsorbsABracketedWeekday() {
        assertOnlyDate("وصل المبعوث أمس (الاثنين) إلى عدن.", "أمس (الاثنين)", "2022-01-03", true);
    }

    @Test
    void todayAbsorbsAQuotedWeekday() {
        assertOnlyDate("تنطلق الاحتفالات اليوم \"الخميس\" في الساحة.", "اليوم \"الخميس\"", "2022-01-04", true);
    }

    @Test
    void dayNounBeforeYesterdayJoinsIt() {
        assertOnlyDate("انعقد المجلس يوم أمس في جلسة طارئة.", "يوم أمس", "2022-01-03", true);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"الأسبوع الماضي,2021-W52", "الأسبوع المقبل,2022-W02", "الأسبوع القادم,2022-W02",
        "الشهر الماضي,2021-12", "الشهر المقبل,2022-02", "الشهر الجاري,2022-01", "العام الماضي,2021",
        "السنة الماضية,2021", "العام المقبل,2023", "السنة المقبلة,2023", "العام الحالي,2022", "العقد الماضي,201",
        "القرن الماضي,19"})
    void relativePeriodsAreThePeriodAroundPublicationMoved(String words, String value) {
        String sentence = "ارتفعت الصادرات " + words + " بشكل لافت.";
        assertOnlyDate(sentence, words, value, true);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"هذا العام,2022", "هذه السنة,2022", "هذا الشهر,2022-01", "هذا الأسبوع,2022-W01"})
    void thisBeforeAUnitIsTheCurrentPeriod(String words, String value) {
        String sentence = "ينتظر أن يتحسن النمو " + words + " حسب التقديرات.";
        assertOnlyDate(sentence, words, value, true);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"منذ ثلاثة أيام,2022-01-01", "منذ يومين,2022-01-02", "منذ خمسة أسابيع,2021-W48",
        "منذ أسبوعين,2021-W51", "منذ أربعة أشهر,2021-09", "منذ شهرين,2021-11", "منذ عامين,2020",
        "منذ 3 سنوات,2019", "قبل عشر سنوات,2012", "منذ عام,2021", "منذ عقدين,200"})
    void agoIsPublicationMinusTheCountAtTheUnitsPrecision(String words, String value) {
        String sentence = "غادر السفير البلاد " + words + " ولم يعد.";
        assertOnlyDate(sentence, words, value, true);
    }

    @Test
    void agoWithApproximationKeepsTheModifier() {
        Tagged.assertExpression("بدأت الأزمة منذ نحو ثلاثة أشهر في الشمال.",
                Tagged.only("بدأت الأزمة منذ نحو ثلاثة أشهر في الشمال."),
                "منذ نحو ثلاثة أشهر", org.marsad.article.TimexType.DATE, "2021-10", "APPROX", true);
    }

    @Test
    void agoBeforeAVaguePluralIsPastRef() {
        assertOnlyDate("تعيش العائلة هنا منذ سنوات طويلة.", "منذ سنوات", "PAST_REF", false);
    }

    @Test
    void singularUnitBeforeAYearIsNoCountOfOne() {
        assertOnlyDate("ارتفع الدين منذ عام 2015 بصورة مطردة.", "عام 2015", "2015", false);
    }

    @Test
    void singularDayBeforeAWeekdayIsNoCountOfOne() {
        assertOnlyDate("أغلقت المعابر منذ يوم الجمعة الماضي.", "يوم الجمعة الماضي", "2021-12-31", true);
    }

    @Test
    void beforeSomeOtherEventIsNotAnAgoDate() {
        Tagged.assertExpression("أعلن الحزب موقفه قبل ثلاثة أيام من الانتخابات.",
                Tagged.only("أعلن الحزب موقفه قبل ثلاثة أيام من الانتخابات."),
                "ثلاثة أيام", org.marsad.article.TimexType.DURATION, "P3D", null, false);
    }

    @Test
    void weekdayWithDayNounIsTheMostRecentOnOrBeforePublication() {
        assertOnlyDate("وصل الرئيس يوم الثلاثاء إلى باريس.", "يوم الثلاثاء", "2022-01-04", true);
    }

    @Test
    void bareWeekdayIsTheMostRecentOnOrBeforePublication() {
        assertOnlyDate("اجتمع المجلس الخميس لبحث الأزمة.", "الخميس", "2021-12-30", true);
    }

    @Test
    void weekdayWithPastIsStrictlyBeforePublication() {
        assertOnlyDate("غادر الوفد الثلاثاء الماضي دون اتفاق.", "الثلاثاء الماضي", "2021-12-28", true);
    }

    @Test
    void maghrebPastAdjectiveIsAPastDirection() {
        assertOnlyDate("انطلقت الحملة يوم الأربعاء الفارط في العاصمة.", "يوم الأربعاء الفارط", "2021-12-29", true);
        assertOnlyDate("ارتفعت المبيعات في شهر نوفمبر المنقضي بشكل لافت.", "شهر نوفمبر المنقضي", "2021-11", true);
    }

    @Test
    void monthEndingARangeIsNotBeforeItsStart() {
        String text = "تتواصل الحملة من 10 فيفري المقبل إلى غاية منتصف ديسمبر.";
        var found = Tagged.tag(text);
        assertExpression(text, Tagged.span(found, "10 فيفري المقبل"), "10 فيفري المقبل", TimexType.DATE, "2022-02-10",
                null, true);
        assertExpression(text, Tagged.span(found, "منتصف ديسمبر"), "منتصف ديسمبر", TimexType.DATE, "2022-12", "MID",
                true);
    }

    @Test
    void dayEndingARangeIsNotBeforeItsStart() {
        String text = "يغلق الطريق من 20 فيفري المقبل حتى 5 جانفي.";
        assertExpression(text, Tagged.span(Tagged.tag(text), "5 جانفي"), "5 جانفي", TimexType.DATE, "2023-01-05", null,
                true);
    }

    @Test
    void monthAfterADateWithoutARangeWordKeepsItsOwnPlace() {
        String text = "تبدأ الأشغال في 10 فيفري المقبل وتنتهي في ديسمبر.";
        assertExpression(text, Tagged.span(Tagged.tag(text), "ديسمبر"), "ديسمبر", TimexType.DATE, "2021-12", null, true);
    }

    @Test
    void weekdayWithNextIsStrictlyAfterPublication() {
        assertOnlyDate("يعود اللاعبون إلى التدريب الأحد المقبل.", "الأحد المقبل", "2022-01-09", true);
    }

    @Test
    void dayAndMonthWithPastIsTheMostRecentBeforePublication() {
        assertOnlyDate("وقعت كازاخستان في 22 ديسمبر الماضي اتفاقا.", "22 ديسمبر الماضي", "2021-12-22", true);
    }

    @Test
    void dayAndMonthWithoutDirectionIsTheNearestOccurrence() {
        assertOnlyDate("تعقد القمة في 15 يناير بحضور القادة.", "15 يناير", "2022-01-15", true);
    }

    @Test
    void monthWithoutYearIsTheNearestNotAfterPublication() {
        assertOnlyDate("تراجعت الأسعار في نوفمبر بشكل حاد.", "نوفمبر", "2021-11", true);
    }

    @Test
    void monthWithNextIsTheNextOccurrence() {
        assertOnlyDate("تجرى الانتخابات في مارس المقبل حسب الدستور.", "مارس المقبل", "2022-03", true);
    }

    @Test
    void monthWithPastIsStrictlyBeforePublicationMonth() {
        assertOnlyDate("عقدت القمة في آذار/ مارس الماضي بمشاركة واسعة.", "آذار/ مارس الماضي", "2021-03", true);
    }

    @Test
    void hijriMonthAloneNeedsSupportAndIsTheLastOneNotAfterPublication() {
        assertOnlyDate("تكثر الزيارات في شهر رمضان بين العائلات.", "شهر رمضان", "2021-04", true);
    }
}
