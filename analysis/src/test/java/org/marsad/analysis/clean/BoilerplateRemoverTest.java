package org.marsad.analysis.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.article.Removed;
import org.junit.jupiter.api.Test;

class BoilerplateRemoverTest {
    private final BoilerplateRemover remover = BoilerplateRemover.withShippedCues();

    @Test
    void takesShortFirstLineAsBrandLine() {
        CleanedText c = remover.clean("صدى الشام\nأعلنت الحكومة اليوم خطة جديدة للنقل العام في المدن الكبرى.", null);
        assertEquals("صدى الشام", c.brandLine());
        assertEquals(List.of(new Removed("صدى الشام", Removed.BRAND_LINE)), c.removed());
        assertEquals("أعلنت الحكومة اليوم خطة جديدة للنقل العام في المدن الكبرى.", c.text());
    }

    @Test
    void cutsNavigationGluedBeforeTheFirstLine() {
        CleanedText c = remover.clean("Next Previous سامر الحلبي – صحيفة المدينة\nوصل الوفد إلى المدينة صباح اليوم.", null);
        assertEquals("سامر الحلبي – صحيفة المدينة\nوصل الوفد إلى المدينة صباح اليوم.", c.text());
        assertEquals(List.of(new Removed("Next Previous", Removed.PAGE_CHROME)), c.removed());
        assertTrue(remover.clean("Next Previousness يبدأ العرض\nوصل الوفد.", null).removed().stream()
                .noneMatch(r -> r.reason().equals(Removed.PAGE_CHROME)), "a whole word only");
    }

    @Test
    void cutsAShareBarOpeningTheFirstLine() {
        CleanedText c = remover.clean("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك وصل الوفد إلى المدينة صباح اليوم.",
                null);
        assertEquals("وصل الوفد إلى المدينة صباح اليوم.", c.text());
        assertEquals(List.of(Removed.SHARE_PROMPT), c.removed().stream().map(Removed::reason).toList());
    }

    @Test
    void keepsFirstLineThatIsTheTitle() {
        CleanedText c = remover.clean("انتخابات بلدية\nجرت الانتخابات في هدوء.", "انتخابات بلدية");
        assertNull(c.brandLine());
        assertTrue(c.text().startsWith("انتخابات بلدية"));
    }

    @Test
    void keepsLongOrPunctuatedFirstLine() {
        assertNull(remover.clean("وصل الوفد إلى بغداد صباح اليوم\nوبدأ محادثاته.", null).brandLine());
        assertNull(remover.clean("عاجل: انفجار\nالتفاصيل لاحقا.", null).brandLine());
    }

    @Test
    void keepsADatelineOrBylineWithADash() {
        assertNull(remover.clean("جدة – واس\nوصل الوفد إلى المدينة صباح اليوم.", null).brandLine());
        assertNull(remover.clean("سامر الحلبي-جدة\nوصل الوفد إلى المدينة صباح اليوم.", null).brandLine());
    }

    @Test
    void keepsLoneLineEvenIfShort() {
        CleanedText c = remover.clean("خبر قصير", null);
        assertNull(c.brandLine());
        assertEquals("خبر قصير", c.text());
    }

    @Test
    void removesSharePromptAtTheEnd() {
        CleanedText c = remover.clean("ارتفعت أسعار الذهب أمس بنسبة طفيفة.\nهل أعجبك الخبر؟ شاركه مع أصدقائك!", null);
        assertEquals("ارتفعت أسعار الذهب أمس بنسبة طفيفة.", c.text());
        assertEquals(Removed.SHARE_PROMPT, c.removed().get(0).reason());
    }

    @Test
    void keepsShareCueInTheMiddleOfTheArticle() {
        String body = "قال الوزير إن الخطة جاهزة.\nتابعونا على الموقع\nوأضاف أن التنفيذ يبدأ قريبا.\nوختم بالشكر.\nانتهى.";
        assertTrue(remover.clean(body, null).text().contains("تابعونا على الموقع"));
    }

    @Test
    void keepsLongSentenceContainingACue() {
        String sentence = "وقال المتحدث إن الحملة التي حملت شعار شاركه مع أصدقائك حققت انتشارا واسعا بين الشباب في مختلف المحافظات خلال الأسابيع الماضية وفق تقديرات أولية.";
        assertEquals(sentence, remover.clean(sentence, null).text());
    }

    @Test
    void removesReadAlsoBlockWithItsLinkTitles() {
        String body = "بدأ موسم الحصاد في السهول الشمالية.\nاقرأ أيضا:\nأمطار غزيرة في الشمال\nتراجع أسعار القمح\nوتوقع المزارعون محصولا وفيرا.";
        CleanedText c = remover.clean(body, null);
        assertEquals("بدأ موسم الحصاد في السهول الشمالية.\nوتوقع المزارعون محصولا وفيرا.", c.text());
        assertEquals(3, c.removed().size());
        assertTrue(c.removed().stream().allMatch(r -> r.reason().equals(Removed.RELATED_LINKS)));
    }

    @Test
    void removesContactFooterWithTheLinesAfterIt() {
        String body = "تحتاج المدن إلى حدائق أكثر.\nللتواصل مع الكاتب ابعث رسالة قصيرة\nبالرمز 12 إلى الرقم\n4455 - شبكة أ\n6677 - شبكة ب";
        CleanedText c = remover.clean(body, null);
        assertEquals("تحتاج المدن إلى حدائق أكثر.", c.text());
        assertEquals(4, c.removed().size());
        assertTrue(c.removed().stream().allMatch(r -> r.reason().equals(Removed.CONTACT_PROMPT)));
    }

    @Test
    void removesAContactFooterOfOneLongLine() {
        String footer = "writer@example.com" + "للتواصل مع الكاتب ابعث رسالة قصيرة تبدأ بالرمز (7) ثم مسافة ثم نص الرسالة إلى"
                + " 4455 - شبكة أ 6677 - شبكة ب 8899 - شبكة ج";
        assertTrue(footer.length() > BoilerplateRemover.MAX_CUE_LINE_CHARS, "the footer must be a long line");
        assertEquals("تحتاج المدن إلى حدائق أكثر.", remover.clean("تحتاج المدن إلى حدائق أكثر.\n" + footer, null).text());
    }

    @Test
    void removesAnSmsContactFooterOpeningWithSendToReachUs() {
        String body = "تحتاج المدن إلى حدائق أكثر.\n\nللتواصل أرسل رسالة قصيرة إلى 4455\nشبكة أ، 6677 شبكة ب\nتبدأ بالرمز 12 مسافة ثم الرسالة";
        CleanedText c = remover.clean(body, null);
        assertEquals("تحتاج المدن إلى حدائق أكثر.", c.text().strip());
        assertTrue(c.removed().stream().allMatch(r -> r.reason().equals(Removed.CONTACT_PROMPT)));
    }

    @Test
    void keepsAContactCueFollowedByTheArticle() {
        String body = "للتواصل مع الكاتب مكتب في المدينة\n"
                + "وقال مدير المكتب في حديث طويل إن الكتّاب يستقبلون القراء كل أسبوع في مقر الصحيفة وسط المدينة القديمة منذ سنوات.";
        assertEquals(body, remover.clean(body, null).text());
    }

    @Test
    void removesAKeywordListGluedToTheLastParagraph() {
        String body = "وصل الوفد إلى المدينة.\nوبدأ الوفد زيارته صباح اليوم بلقاء المحافظ. سمات الوفد المدينة سامي الكعبي";
        CleanedText c = remover.clean(body, null);
        assertEquals("وصل الوفد إلى المدينة.\nوبدأ الوفد زيارته صباح اليوم بلقاء المحافظ.", c.text());
        assertEquals(List.of(new Removed("سمات الوفد المدينة سامي الكعبي", "keywords")), c.removed());
    }

    @Test
    void removesAKeywordListWithQuotedWordsAfterAQuotedSentence() {
        CleanedText c = remover.clean("وقال المدير إن المتحف \"يضم آلاف القطع\". سمات متحف \"حضارات الأمم\"", null);
        assertEquals("وقال المدير إن المتحف \"يضم آلاف القطع\".", c.text());
    }

    @Test
    void removesAKeywordListThatIsTheLastLine() {
        CleanedText c = remover.clean("وبدأ الوفد زيارته صباح اليوم.\nسمات الوفد المدينة", null);
        assertEquals("وبدأ الوفد زيارته صباح اليوم.", c.text());
    }

    @Test
    void keepsAnEndCueInsideTheLastSentence() {
        String body = "وهذا التصميم من سمات سيارات الشركة الأخرى. ومن سمات المدينة هدوؤها";
        assertEquals(body, remover.clean(body, null).text());
        String quoted = "وقال إن الصبر من \"سمات القائد\"";
        assertEquals(quoted, remover.clean(quoted, null).text());
    }

    @Test
    void removesCopyrightLineAnywhere() {
        CleanedText c = remover.clean("جميع الحقوق محفوظة لصحيفة المساء\nافتتح المعرض أبوابه للزوار.", "افتتاح");
        assertFalse(c.text().contains("محفوظة"));
        assertEquals(Removed.COPYRIGHT, c.removed().get(0).reason());
    }

    @Test
    void matchesCuesWhateverTheHamzaAndDiacritics() {
        CleanedText c = remover.clean("الخبر كاملا هنا.\nاقرأ ايضاً", null);
        assertEquals("الخبر كاملا هنا.", c.text());
    }

    @Test
    void usesCuesOfAUserFile() {
        BoilerplateRemover custom = BoilerplateRemover.fromTsv("# mine\nshare prompt\ttail\tانضم إلى قناتنا\n", "mine.tsv");
        assertEquals("عاد الهدوء إلى المدينة.", custom.clean("عاد الهدوء إلى المدينة.\nانضم إلى قناتنا", null).text());
    }

    @Test
    void reportsBadCueLineWithFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoilerplateRemover.fromTsv("share prompt\tsomewhere\tشارك", "test.tsv"));
        assertTrue(e.getMessage().contains("test.tsv:1"), e.getMessage());
        assertTrue(e.getMessage().contains("'somewhere'"), e.getMessage());
        assertTrue(e.getMessage().contains("'footer'"), e.getMessage());
    }
}
