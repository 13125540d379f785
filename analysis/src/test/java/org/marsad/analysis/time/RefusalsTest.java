package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.DateExpression;

/** Text that looks temporal but is not, and must stay untagged. */
class RefusalsTest {

    private static void assertNothing(String sentence) {
        List<DateExpression> found = Tagged.tag(sentence);
        assertTrue(found.isEmpty(), () -> "expected nothing in '" + sentence + "', got " + found);
    }

    @Test
    void bareFourDigitNumberIsAQuantity() {
        assertNothing("بلغ عدد الزوار 2021 زائرا خلال المهرجان.");
    }

    @Test
    void fourDigitNumberAfterAPrepositionBeforeAUnitIsAQuantity() {
        List<DateExpression> found = Tagged.tag("تطورت اللغة خلال 2000 عام من التدوين.");
        assertEquals(List.of("P2000Y"), found.stream().map(DateExpression::value).toList());
    }

    @Test
    void numberWithAnEraLetterButTooShortIsNoYear() {
        assertNothing("بلغت الودائع 387 م د حسب البنك.");
    }

    @Test
    void anniversaryOrdinalIsNoDate() {
        assertNothing("أحيت البلاد الذكرى الثلاثين للاستقلال بعرض عسكري.");
    }

    @Test
    void anniversaryWithDigitsIsNoDate() {
        assertNothing("احتفلت الجامعة بالذكرى الـ30 لتأسيسها.");
    }

    @Test
    void verbSpelledLikeMarchIsNoMonth() {
        assertNothing("مارس الوزير ضغوطا كبيرة على النواب.");
    }

    @Test
    void nationalDayIsNotToday() {
        assertNothing("احتفل المواطنون باليوم الوطني في الساحات.");
    }

    @Test
    void fridayPrayerIsNoDate() {
        assertNothing("أدى المصلون صلاة الجمعة في المسجد الكبير.");
    }

    @Test
    void theOneIsNoSunday() {
        assertNothing("لم يتحدث الأحد من الحاضرين عن الخطة.");
    }

    @Test
    void doorIsNoAugust() {
        assertNothing("طرق الزائر باب المنزل بقوة.");
    }

    @Test
    void zeroIsNoSafar() {
        assertNothing("انخفضت الحرارة إلى ما دون صفر درجة.");
    }

    @Test
    void ordinalAloneIsNoDate() {
        assertNothing("حل الفريق في المركز الثالث عشر بعد الخسارة.");
    }

    @Test
    void quantityOfContractsIsNoDuration() {
        assertNothing("أبرمت الوزارة خمسة عقود لتوريد الأدوية.");
    }

    @Test
    void onlyTheDateIsTakenAroundAnAnniversary() {
        List<DateExpression> found = Tagged.tag("أحيت البلاد الذكرى الثلاثين للاستقلال في 16 ديسمبر 2021.");
        assertEquals(List.of("16 ديسمبر 2021"), found.stream().map(DateExpression::text).toList());
    }
}
