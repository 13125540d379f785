package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;

class ComplementEnglishTest {
    private static String english(String complement) {
        return ComplementEnglish.of(complement, Facilities.SHIPPED::adjectiveEnglish);
    }

    @Test
    void givesANameOfTheFileItsWholeEnglish() {
        Words w = Words.of("وقال مجلس اللوردات اليوم");
        assertEquals("House of Lords", ComplementEnglish.nameOf(w.normalized(), 1, 3));
        Words lam = Words.of("للجمعية العامة");
        assertEquals("General Assembly", ComplementEnglish.nameOf(lam.normalized(), 0, 2), "ل before the article");
        assertNull(ComplementEnglish.nameOf(w.normalized(), 1, 4), "the words of a longer name");
    }

    @Test
    void putsTheAdjectivesBeforeTheirNoun() {
        assertEquals("Criminal Cases", english("القضايا الإجرامية"));
        assertEquals("Professional Football", english("كرة القدم المحترفة"));
        assertEquals("Public Relations", english("العلاقات العامة"), "its own adjectives first: العامة is General after a head");
        assertEquals("Applied Medical Sciences", english("العلوم الطبية التطبيقية"), "two adjectives in English order");
    }

    @Test
    void joinsAnAdjectiveAfterWawToTheAdjectivesBeforeIt() {
        assertEquals("Technical and Vocational Training", english("التدريب التقني والمهني"));
        assertEquals("Medical Bioethics", english("الأخلاقيات الحيوية والطبية"), "no and without an adjective before");
    }

    @Test
    void putsTheNounsOfAChainFromLastToFirst() {
        assertEquals("Grain Silos", english("صوامع الغلال"));
        assertEquals("Human Rights", english("حقوق الإنسان"));
        assertEquals("Water Desalination", english("تحلية المياه"));
        assertEquals("Disasters Management", english("إدارة الكوارث"));
    }

    @Test
    void putsAnActionBeforeItsObject() {
        assertEquals("Combating Corruption and Terrorism", english("مكافحة الفساد والإرهاب"));
    }

    @Test
    void saysAPhraseWhoseEnglishComesAgainOnce() {
        assertEquals("Education", english("التربية والتعليم"));
        assertEquals("Youth and Sports", english("الشباب والرياضة"));
    }

    @Test
    void joinsPhrasesAfterWawWithAnd() {
        assertEquals("Islamic Affairs and Da'wa and Guidance", english("الشؤون الإسلامية والدعوة والإرشاد"));
    }

    @Test
    void readsAListedNounThatOpensWithWawAsItself() {
        assertEquals("Intervention Units", english("وحدات التدخل"));
    }

    @Test
    void readsANounWhoseOwnLettersOpenWithAlifLamAfterTheArticle() {
        assertEquals("Dairy and Food", english("الألبان والأغذية"), "الألبان is ال + ألبان, no ال + بان");
    }

    @Test
    void givesNoneForAWordItLacksOrANounAfterTheAdjectives() {
        assertNull(english("الرصد الفلكي"), "الفلكي is in no list");
        assertNull(english("التعليم العام الأهلي المدارس"), "a noun after the adjectives without و");
    }
}
