package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.junit.jupiter.api.Test;

class SpellingVariantsTest {
    private static final NameEntry MAYOR = new NameEntry("P-GROVE", EntityType.PERSON, "مارتن غروفنر", "Martin Grovener",
            "DEU", "politician");
    private static final NameEntry FRANKFURT = new NameEntry("FRANKFURT", EntityType.GPE, "فرانكفورت", "Frankfurt", "DEU",
            "city");
    private static final NameEntry SALMAN = new NameEntry("P-SALMAN", EntityType.PERSON, "سلمان", "Salman", "GBR",
            "politician");
    private static final NameEntry NATIVE = new NameEntry("P-NATIVE", EntityType.PERSON, "محمود الراشد", "Mahmoud Al-Rashed",
            "JOR", "politician");
    private static final NameEntry WEST = new NameEntry("WESTON", EntityType.ORG, "ويست بروم", "West Brom", "GBR", "club");

    private static SpellingVariants variants(NameEntry... entries) {
        Map<NameEntry, List<String>> names = new LinkedHashMap<>();
        for (NameEntry e : entries) {
            names.put(e, List.of(e.nameAr()));
        }
        return SpellingVariants.of(names);
    }

    @Test
    void findsAKnownNameSpelledWithOtherLongVowels() {
        SpellingVariants v = variants(MAYOR, FRANKFURT);
        assertEquals(MAYOR, v.entryOf(EntityType.PERSON, "مارتين غروفينر"));
        assertEquals(FRANKFURT, v.entryOf(EntityType.LOC, "فرنكفورت"));
    }

    @Test
    void dropsTheArticleAndKeepsTheFirstLetterOfEachWord() {
        SpellingVariants v = variants(WEST);
        assertEquals(WEST, v.entryOf(EntityType.ORG, "الويست بروم"));
        assertNull(v.entryOf(EntityType.ORG, "يست بروم"), "the first و is a consonant");
    }

    @Test
    void leavesShortNamesAlone() {
        assertNull(variants(SALMAN).entryOf(EntityType.PERSON, "سليمان"));
    }

    @Test
    void countsNoLettersOfAnOrganizationsHeadNoun() {
        NameEntry company = new NameEntry("ENI-LIKE", EntityType.ORG, "شركة إيني", "Eni", "ITA", "company");
        assertNull(variants(company).entryOf(EntityType.ORG, "شركة إيوان"), "ان and ان meet by chance");
        NameEntry longer = new NameEntry("VW", EntityType.ORG, "شركة فولكسفاغن", "Volkswagen", "DEU", "company");
        assertEquals(longer, variants(longer).entryOf(EntityType.ORG, "شركة فولكسفاغين"));
    }

    @Test
    void matchesNoOtherSpellingToTheNamesOfArabCountries() {
        assertNull(variants(NATIVE).entryOf(EntityType.PERSON, "محمد الراشد"));
    }

    @Test
    void matchesOnlyANameOfTheSameKind() {
        SpellingVariants v = variants(FRANKFURT);
        assertNull(v.entryOf(EntityType.PERSON, "فرنكفورت"));
        assertNull(v.entryOf(EntityType.ORG, "فرنكفورت"));
    }

    @Test
    void leavesAKeyOfEntitiesOfTwoCountriesToNone() {
        NameEntry other = new NameEntry("P-GROVE2", EntityType.PERSON, "مارتين غروفنير", "Martin Grofnier", "AUT",
                "politician");
        assertNull(variants(MAYOR, other).entryOf(EntityType.PERSON, "مارتن غروفينر"));
        NameEntry repeated = new NameEntry("PETR-1", EntityType.PERSON, "مارتن غروفنر", null, "DEU", null);
        assertEquals(MAYOR, variants(MAYOR, repeated).entryOf(EntityType.PERSON, "مارتين غروفينر"));
    }

    @Test
    void leavesAKnownSpellingToTheIndex() {
        assertNull(variants(MAYOR).entryOf(EntityType.PERSON, "مارتن غروفنر"));
    }

    @Test
    void takesTwoUnknownSpellingsForOneNameUnlessTheyDifferInAGivenName() {
        assertTrue(SpellingVariants.sameName(EntityType.PERSON, "أريانا هافينغتون", "أريانا هافنغتون"));
        assertFalse(SpellingVariants.sameName(EntityType.PERSON, "صلاح حماده", "صالح حماده"));
        assertFalse(SpellingVariants.sameName(EntityType.PERSON, "أريانا هافينغتون", "أريانا هافنتون"));
    }

    @Test
    void joinsAnUnknownNameToItsOtherSpellingEarlierInTheArticle() {
        AnalyzedArticle a = ArticleAnalyzer.withShippedKnowledge()
                .analyze(Article.of("قالت أريانا هافينغتون إن الموقع سينطلق. وأضافت أريانا هافنغتون أن الفريق جاهز."));
        List<Entity> persons = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), persons.toString());
        assertEquals(2, persons.get(0).mentions().size());
    }

    @Test
    void linksAVariantSpellingInAnArticleToTheKnownEntity() {
        AnalyzedArticle a = ArticleAnalyzer.withShippedKnowledge()
                .analyze(Article.of("وقالت المستشارة الألمانية أنجيلا ميريكل إن المفاوضات صعبة. وأضافت ميركل أنها متفائلة."));
        List<Entity> merkel = a.entities().stream().filter(e -> "P-MERKEL".equals(e.kb())).toList();
        assertEquals(1, merkel.size(), a.entities().toString());
        assertEquals(2, merkel.get(0).mentions().size());
    }
    @Test
    void takesAFamilyNameAloneForOneSpeltWithOrWithoutTheArticle() {
        assertTrue(SpellingVariants.sameSurname("الدرويش", "درويش"));
        assertFalse(SpellingVariants.sameSurname("الصالح", "صالح"), "a given name");
    }

    @Test
    void takesAFamilyNameAloneForOneSpeltWithOtherVowelsWhenFourLettersAgree() {
        assertTrue(SpellingVariants.sameSurname("الزرقوني", "الزروقوني"));
        assertFalse(SpellingVariants.sameSurname("زين", "زيان"), "three letters agree");
        assertFalse(SpellingVariants.sameSurname("الزرقوني", "الزرقاوي"), "ن is no vowel");
    }

    @Test
    void joinsAFamilyNameAloneToThePersonWhoseFamilyNameItSpellsAnotherWay() {
        AnalyzedArticle a = ArticleAnalyzer.withShippedKnowledge().analyze(Article.of(
                "قال الخبير الاقتصادي حسن الزروقوني إن المؤتمر سيجلب استثمارات كبيرة. وأضاف الزرقوني أن المشاريع جاهزة."));
        List<Entity> persons = a.entities().stream().filter(e -> e.type() == EntityType.PERSON).toList();
        assertEquals(1, persons.size(), persons.toString());
        assertEquals(List.of("حسن الزروقوني", "الزرقوني"), persons.get(0).mentions().stream().map(Mention::text).toList());
    }
}
