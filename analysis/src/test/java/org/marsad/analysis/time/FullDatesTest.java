package org.marsad.analysis.time;

import static org.marsad.analysis.time.Tagged.assertOnlyDate;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Dates with day, month and year, written in words or digits, Gregorian or Hijri. */
class FullDatesTest {

    @Test
    void dayMonthYearIsExactAndNotAnchored() {
        assertOnlyDate("افتتح الرئيس المعرض في 22 ديسمبر 2021 بحضور الوزراء.", "22 ديسمبر 2021", "2021-12-22", false);
    }

    @Test
    void weekdayBeforeAFullDateJoinsIt() {
        assertOnlyDate("وصل الوفد الأربعاء 22 ديسمبر 2021 إلى العاصمة.",
                "الأربعاء 22 ديسمبر 2021", "2021-12-22", false);
    }

    @Test
    void weekdayWithCommaAndDayNounJoinTheDate() {
        assertOnlyDate("عقدت الجلسة يوم الخميس، 6 يناير 2022 في البرلمان.",
                "يوم الخميس، 6 يناير 2022", "2022-01-06", false);
    }

    @Test
    void dayOfMonthWithMinAndMonthNoun() {
        assertOnlyDate("انتهت المهلة في الـ15 من شهر نوفمبر 2021 دون اتفاق.",
                "الـ15 من شهر نوفمبر 2021", "2021-11-15", false);
    }

    @Test
    void monthAndYearGiveTheMonth() {
        assertOnlyDate("تراجع التضخم في ديسمبر 2021 إلى أدنى مستوياته.", "ديسمبر 2021", "2021-12", false);
    }

    @Test
    void monthWithYearNounGivesTheMonth() {
        assertOnlyDate("افتتح المصنع في أيار من عام 2019.", "أيار من عام 2019", "2019-05", false);
    }

    @Test
    void slashedDateIsDayMonthYear() {
        assertOnlyDate("صدر المرسوم بتاريخ 22/12/2021 ونشر في الجريدة.", "22/12/2021", "2021-12-22", false);
    }

    @Test
    void dashedDateIsDayMonthYear() {
        assertOnlyDate("أعلنت النتائج في 22-12-2021 رسميا.", "22-12-2021", "2021-12-22", false);
    }

    @Test
    void yearFirstDateIsYearMonthDay() {
        assertOnlyDate("سجلت الواقعة في 2021/12/22 بحسب المحضر.", "2021/12/22", "2021-12-22", false);
    }

    @Test
    void spacedNumericHijriDateIsConverted() {
        assertOnlyDate("صدر القرار رقم 12 وتاريخ 23 / 8 / 1436هـ من المجلس.", "23 / 8 / 1436هـ", "2015-06-10", false);
    }

    @Test
    void impossibleNumericDateIsNoDate() {
        assertTrue(Tagged.tag("رقم الملف 31/02/2021 في السجل.").isEmpty());
    }

    @Test
    void longerNumberChainIsNoDate() {
        assertTrue(Tagged.tag("رقم الحساب 12/05/2021/77 لدى المصرف.").isEmpty());
    }

    @Test
    void fullHijriDateIsConvertedWithUmmAlQura() {
        assertOnlyDate("تبدأ الإجازة في 15 رمضان 1443 هـ وفق التعميم.", "15 رمضان 1443 هـ", "2022-04-16", false);
    }

    @Test
    void hijriMonthWithYearIsTheGregorianMonthOfItsMiddle() {
        assertOnlyDate("تزدحم الأسواق في رمضان 1443 كل مساء.", "رمضان 1443", "2022-04", false);
    }

    @Test
    void hijriDayWithoutYearIsTheNearestOccurrence() {
        assertOnlyDate("احتفل الأهالي بالمولد في 12 ربيع الأول بالمدينة.", "12 ربيع الأول", "2021-10-18", true);
    }

    @Test
    void firstOfMonthWrittenGhurra() {
        assertOnlyDate("يدخل القانون حيز التنفيذ غرة جانفي 2017 في كامل البلاد.",
                "غرة جانفي 2017", "2017-01-01", false);
    }

    @Test
    void arabicIndicDigitsAreRead() {
        assertOnlyDate("وقعت الحادثة في ٢٢ كانون الأول/ ديسمبر ٢٠٢١ قرب الحدود.",
                "٢٢ كانون الأول/ ديسمبر ٢٠٢١", "2021-12-22", false);
    }

    @Test
    void impossibleDayOfMonthLeavesTheMonthAndYear() {
        assertOnlyDate("تقرر ذلك في 29 فبراير 2021 حسب الوثيقة.", "فبراير 2021", "2021-02", false);
    }
}
