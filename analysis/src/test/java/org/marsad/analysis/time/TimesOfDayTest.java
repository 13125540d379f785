package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.analysis.time.Tagged.assertExpression;
import static org.marsad.analysis.time.Tagged.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.article.TimexType;

/** Parts of the day on a known day, and clock times. */
class TimesOfDayTest {

    private static void assertOnlyTime(String sentence, String text, String value, boolean anchored) {
        assertExpression(sentence, only(sentence), text, TimexType.TIME, value, null, anchored);
    }

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"صباح اليوم,2022-01-04TMO", "مساء أمس,2022-01-03TEV", "ليلة الثلاثاء,2022-01-04TNI",
        "ظهر يوم الأحد,2022-01-02TMI", "عصر أمس,2022-01-03TAF", "فجر الجمعة,2021-12-31TMO",
        "مساء أول من أمس,2022-01-02TEV", "صباح 22 ديسمبر,2021-12-22TMO"})
    void partOfAKnownDayIsThatDayAtThatPart(String words, String value) {
        assertOnlyTime("اندلعت الاشتباكات " + words + " قرب الحدود.", words, value, true);
    }

    @Test
    void tonightIsThePublicationNight() {
        assertOnlyTime("تبث القناة المقابلة الليلة على الهواء.", "الليلة", "2022-01-04TNI", true);
    }

    @Test
    void partOfDayWithoutADayIsNothing() {
        assertTrue(Tagged.tag("قال صباح الخير للحاضرين.").isEmpty());
    }

    @Test
    void clockTimeInDigitsWithoutADay() {
        assertOnlyTime("يبدأ الحفل عند الساعة 10:30 صباحا في المسرح.", "الساعة 10:30 صباحا", "XXXX-XX-XXT10:30", false);
    }

    @Test
    void clockTimeInWordsWithEveningAndDay() {
        assertOnlyTime("انطلقت المسيرة الساعة الثامنة مساء أمس من الساحة.",
                "الساعة الثامنة مساء أمس", "2022-01-03T20:00", true);
    }

    @Test
    void clockTimeWithHalfAndPartOfDay() {
        assertOnlyTime("هز الانفجار الحي في الساعة الخامسة والنصف من صباح اليوم.",
                "الساعة الخامسة والنصف من صباح اليوم",
                "2022-01-04T05:30", true);
    }

    @Test
    void clockTimeWithCountedMinutes() {
        assertOnlyTime("أقلعت الطائرة على الساعة 19 و44 دقيقة بالتوقيت المحلي.", "الساعة 19 و44 دقيقة",
                "XXXX-XX-XXT19:44", false);
    }

    @Test
    void nightHourStaysSmall() {
        assertOnlyTime("وقع الزلزال الساعة الثانية ليلا دون ضحايا.", "الساعة الثانية ليلا", "XXXX-XX-XXT02:00", false);
    }
}
