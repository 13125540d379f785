package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.analysis.time.Tagged.assertExpression;
import static org.marsad.analysis.time.Tagged.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.marsad.article.TimexType;

/** Modifiers join the span of the expression after them and give its TIMEX3 mod. */
class ModifiersTest {

    @ParameterizedTest(name = "''{0}'' = {1}")
    @CsvSource({"مطلع,START", "بداية,START", "أوائل,START", "منتصف,MID", "أواسط,MID", "نهاية,END", "أواخر,END"})
    void periodModifierBeforeAMonthGivesItsMod(String modifier, String mod) {
        String sentence = "صادق البرلمان على الوثيقة في " + modifier + " كانون الأول/ ديسمبر.";
        assertExpression(sentence, only(sentence),
                modifier + " كانون الأول/ ديسمبر", TimexType.DATE, "2021-12", mod, true);
    }

    @Test
    void periodModifierBeforeARelativeYear() {
        String sentence = "تنتهي الأشغال بحلول منتصف العام الجاري.";
        assertExpression(sentence, only(sentence), "منتصف العام الجاري", TimexType.DATE, "2022", "MID", true);
    }

    @Test
    void periodModifierMakesABareNumberAYear() {
        String sentence = "وصلت الدفعة الأولى مطلع 2021 إلى الميناء.";
        assertExpression(sentence, only(sentence), "مطلع 2021", TimexType.DATE, "2021", "START", false);
    }

    @Test
    void periodModifierBeforeACentury() {
        String sentence = "بني القصر في أواخر القرن التاسع عشر.";
        assertExpression(sentence, only(sentence), "أواخر القرن التاسع عشر", TimexType.DATE, "18", "END", false);
    }

    @Test
    void quantityModifierDoesNotMakeANumberAYear() {
        assertTrue(Tagged.tag("عبر نحو 2000 لاجئ الحدود أمس الأول.").stream().noneMatch(d -> d.value().equals("2000")));
    }

    @Test
    void quantityModifierDoesNotModifyADate() {
        String sentence = "عاد المهاجرون أكثر من قبل سنتين.";
        assertExpression(sentence, only(sentence), "قبل سنتين", TimexType.DATE, "2020", null, true);
    }

    @Test
    void modifierWithoutAnExpressionIsNothing() {
        assertTrue(Tagged.tag("أعلن الطرفان نهاية الحرب بعد مفاوضات طويلة.").isEmpty());
    }
}
