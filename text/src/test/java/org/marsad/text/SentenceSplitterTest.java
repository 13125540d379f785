package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAfterFullStop() {
        assertEquals(List.of("افتتح الوزير المعرض.", "وحضر الحفل سفراء عدة."),
                sentences("افتتح الوزير المعرض. وحضر الحفل سفراء عدة."));
    }

    @Test
    void splitsAfterArabicQuestionMark() {
        assertEquals(List.of("هل تنجح المفاوضات؟", "يرى مراقبون أن الفرص ضئيلة."),
                sentences("هل تنجح المفاوضات؟ يرى مراقبون أن الفرص ضئيلة."));
    }

    @Test
    void splitsAfterExclamationMark() {
        assertEquals(2, sentences("شاركوا الخبر مع أصدقائكم! وتابعونا للمزيد.").size());
    }

    @Test
    void splitsAfterEllipsis() {
        assertEquals(List.of("وانتظر الجميع…", "ثم جاء القرار."), sentences("وانتظر الجميع… ثم جاء القرار."));
    }

    @Test
    void keepsRunOfTerminatorsTogether() {
        assertEquals(List.of("أهذا معقول؟!", "نعم."), sentences("أهذا معقول؟! نعم."));
    }

    @Test
    void keepsDecimalNumberInsideSentence() {
        assertEquals(List.of("ارتفع المؤشر 21.5 نقطة.", "وتراجع الدولار."),
                sentences("ارتفع المؤشر 21.5 نقطة. وتراجع الدولار."));
    }

    @Test
    void doesNotSplitWithoutSpaceAfterPeriod() {
        assertEquals(1, sentences("زوروا موقعنا www.example.org للمزيد.").size());
    }

    @Test
    void endsSentenceAtLineBreak() {
        assertEquals(List.of("ترك برس", "تناول تقرير صحفي أبعاد التقارب."),
                sentences("ترك برس\nتناول تقرير صحفي أبعاد التقارب."));
    }

    @Test
    void treatsCarriageReturnLineFeedAsLineBreak() {
        assertEquals(List.of("العنوان", "النص."), sentences("العنوان\r\nالنص."));
    }

    @Test
    void skipsBlankLines() {
        assertEquals(List.of("الفقرة الأولى.", "الفقرة الثانية."),
                sentences("الفقرة الأولى.\n\n  \n\u200F\nالفقرة الثانية."));
    }

    @Test
    void trimsWhitespaceAroundSentences() {
        assertEquals(List.of(new Span(2, 12)), SentenceSplitter.split("  بدأت القمة \t"));
    }

    @Test
    void keepsDoubleAsteriskLineAsOneHeading() {
        assertEquals(List.of("**د. سارة: الاقتصاد يتعافى. والبطالة تتراجع", "وأضافت أن المؤشرات مشجعة."),
                sentences("**د. سارة: الاقتصاد يتعافى. والبطالة تتراجع\nوأضافت أن المؤشرات مشجعة."));
    }

    @Test
    void endsEachBulletLineAsSentence() {
        assertEquals(List.of("- خفض الضرائب", "• دعم الصادرات", "* تشجيع الاستثمار"),
                sentences("- خفض الضرائب\n• دعم الصادرات\n* تشجيع الاستثمار"));
    }

    @Test
    void keepsNumberedBulletMarkerWithItsItem() {
        assertEquals(List.of("1. خفض الضرائب", "2. دعم الصادرات"), sentences("1. خفض الضرائب\n2. دعم الصادرات"));
    }

    @Test
    void keepsArabicIndicNumberedBulletMarkerWithItsItem() {
        assertEquals(List.of("١. خفض الضرائب"), sentences("١. خفض الضرائب"));
    }

    @Test
    void splitsBulletItemHoldingTwoSentences() {
        assertEquals(List.of("- أقر البرلمان الموازنة.", "وتبدأ العمل بها الشهر المقبل."),
                sentences("- أقر البرلمان الموازنة. وتبدأ العمل بها الشهر المقبل."));
    }

    @Test
    void keepsDoctorTitleAbbreviation() {
        assertEquals(1, sentences("التقى الوزير د. خالد العمري في الرياض.").size());
    }

    @Test
    void keepsProfessorTitleAbbreviation() {
        assertEquals(1, sentences("وقالت أ. سارة المنصوري إن النتائج مشجعة.").size());
    }

    @Test
    void keepsCombinedProfessorDoctorAbbreviation() {
        assertEquals(1, sentences("وأشرف أ.د. محمود الحسيني على الدراسة.").size());
    }

    @Test
    void keepsEngineerTitleAbbreviation() {
        assertEquals(1, sentences("وافتتح م. خالد الجديد المشروع.").size());
    }

    @Test
    void splitsAfterEraMarkerFollowingYear() {
        assertEquals(List.of("تأسست الشركة عام 1990 م.", "ثم توسعت في الخليج."),
                sentences("تأسست الشركة عام 1990 م. ثم توسعت في الخليج."));
    }

    @Test
    void splitsAfterHijriMarkerGluedToYear() {
        assertEquals(2, sentences("بني المسجد سنة 1443هـ. وافتتح رسميا بعد عام.").size());
    }

    @Test
    void keepsLatinInitials() {
        assertEquals(1, sentences("وأكدت وزارة الدفاع U.S. أن الصفقة ستتم.").size());
    }

    @Test
    void keepsLatinTitleAbbreviation() {
        assertEquals(1, sentences("التقى الوزير Mr. Smith في لندن.").size());
    }

    @Test
    void keepsFullStopsInsideShortStraightQuote() {
        assertEquals(List.of("قال: \"أولا. ثانيا.\" ثم غادر."), sentences("قال: \"أولا. ثانيا.\" ثم غادر."));
    }

    @Test
    void keepsFullStopsInsideShortGuillemetQuote() {
        assertEquals(1, sentences("وأضاف: «لن نتراجع. سنواصل العمل.» وسط تصفيق الحضور.").size());
    }

    @Test
    void keepsFullStopsInsideShortCurlyQuote() {
        assertEquals(1, sentences("وكتب: “الأمن أولا. ثم الاقتصاد.” في تغريدة.").size());
    }

    @Test
    void splitsInsideUnclosedQuote() {
        assertEquals(List.of("قال: \"بدأنا العمل.", "وسنكمله حتى النهاية"),
                sentences("قال: \"بدأنا العمل. وسنكمله حتى النهاية"));
    }

    @Test
    void splitsInsideQuoteLongerThanLimit() {
        String longQuote = "إن الحكومة ماضية في خطتها الإصلاحية ".repeat(12);
        String text = "قال: \"" + longQuote + "بدأنا. " + longQuote + "\" ثم غادر.";
        assertEquals(2, sentences(text).size());
    }

    @Test
    void readsStraightQuotesInPairs() {
        String text = "وصف \"الاتفاق\" بأنه تاريخي. وقال \"سنلتزم\" بكل بنوده.";
        assertEquals(2, sentences(text).size());
    }

    @Test
    void givesClosingQuoteToEndingSentence() {
        assertEquals(List.of("وختم قائلا: إن المرحلة المقبلة صعبة.»", "ثم غادر القاعة."),
                sentences("وختم قائلا: إن المرحلة المقبلة صعبة.» ثم غادر القاعة."));
    }

    @Test
    void givesClosingBracketToEndingSentence() {
        assertEquals(List.of("(تم تحديث الخبر.)", "ويتابع مراسلنا التطورات."),
                sentences("(تم تحديث الخبر.) ويتابع مراسلنا التطورات."));
    }

    @Test
    void keepsQuotedFinalSentenceWhole() {
        assertEquals(List.of("قال الوزير: \"انتهى الأمر.\""), sentences("قال الوزير: \"انتهى الأمر.\""));
    }

    @Test
    void findsNoSentenceInBlankText() {
        assertTrue(SentenceSplitter.split(" \n\t\r\n").isEmpty());
    }

    @Test
    void rejectsNullText() {
        assertThrows(NullPointerException.class, () -> SentenceSplitter.split(null));
    }
}
