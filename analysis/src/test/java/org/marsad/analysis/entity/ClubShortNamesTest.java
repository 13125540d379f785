package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

class ClubShortNamesTest {
    private static final NameEntry FALCONS_EGY = club("FALCONS_EGY", "نادي الصقور المصري", "EGY");
    private static final NameEntry FALCONS_SAU = club("FALCONS_SAU", "النادي الصقور السعودي", "SAU");
    private static final NameEntry STARS_A = club("STARS_A", "نادي النجوم", "JOR");
    private static final NameEntry STARS_B = club("STARS_B", "النادي النجوم", "JOR");
    private static final ClubShortNames CLUBS = ClubShortNames.of(List.of(FALCONS_EGY, FALCONS_SAU, STARS_A, STARS_B));
    private static final List<String> SPORT = words("فاز الصقور في المباراة أمام اللاعب");
    private static final String FALCONS = ArabicNormalizer.normalize("الصقور");

    /** The normalized words of {@code text}, as an article's. */
    private static List<String> words(String text) {
        return List.of(ArabicNormalizer.normalize(text).split(" "));
    }

    private static NameEntry club(String id, String name, String country) {
        return new NameEntry(id, EntityType.ORG, name, id, country, "club");
    }

    @Test
    void dropsTheHeadNounOrTheNationalityForTheShortName() {
        assertEquals("الهلال", ClubShortNames.shortName("نادي الهلال"));
        assertEquals("الوداد", ClubShortNames.shortName("الوداد البيضاوي"));
        assertEquals("الاهلي", ClubShortNames.shortName("النادي الاهلي المصري"));
        assertNull(ClubShortNames.shortName("الترجي الرياضي التونسي"), "three words left");
        assertEquals("يونايتد", ClubShortNames.shortName("مانشستر يونايتد"));
        assertNull(ClubShortNames.shortName("ريال مدريد"), "a city is no club's short name");
    }

    @Test
    void takesTheCityOfAnEnglishClubOfTwoWordsForAShortNameToo() {
        assertEquals(List.of("يونايتد", "مانشستر"), ClubShortNames.shortNames("مانشستر يونايتد"));
        assertEquals(List.of("الهلال"), ClubShortNames.shortNames("نادي الهلال"));
        assertEquals(List.of(), ClubShortNames.shortNames("ريال مدريد"));
    }

    @Test
    void namesTheClubOfTheCountryTheArticleNamesMost() {
        assertEquals(FALCONS_EGY, CLUBS.clubOf(FALCONS, SPORT, Map.of("EGY", 3, "SAU", 1), null));
        assertEquals(FALCONS_SAU, CLUBS.clubOf(FALCONS, SPORT, Map.of("EGY", 1, "SAU", 1), "SAU"), "the publisher's country");
        assertEquals(FALCONS_EGY, CLUBS.clubOf(FALCONS, SPORT, Map.of("EGY", 3), "SAU"), "three mentions outweigh the publisher");
        assertNull(CLUBS.clubOf(FALCONS, SPORT, Map.of("EGY", 2, "SAU", 2), null), "a tie");
        assertNull(CLUBS.clubOf(FALCONS, SPORT, Map.of("FRA", 5), null), "no club's country named");
    }

    @Test
    void namesTheOneForeignClubOfAShortNameThoughItsCountryGoesUnnamed() {
        NameEntry falcons = club("FALCONS_DEU", "نادي فالكنبرغ", "DEU");
        NameEntry hawks = club("HAWKS_SAU", "نادي الشواهين", "SAU");
        ClubShortNames clubs = ClubShortNames.of(List.of(falcons, hawks));
        assertEquals(falcons, clubs.clubOf(ArabicNormalizer.normalize("فالكنبرغ"), SPORT, Map.of(), "SAU"));
        assertNull(clubs.clubOf(ArabicNormalizer.normalize("الشواهين"), SPORT, Map.of("FRA", 2), null),
                "a name with the article may be a common word: its club's country must be named");
    }

    @Test
    void namesNoClubOutsideAnArticleAboutSport() {
        assertNull(CLUBS.clubOf(FALCONS, words("حلقت الصقور فوق المدينة"), Map.of("EGY", 3), null));
        assertFalse(ClubShortNames.aboutSport(words("انتهت المباراة")), "one sport word is not enough");
        assertTrue(ClubShortNames.aboutSport(SPORT));
    }

    @Test
    void takesAnArabClubsShortNameAloneButNotACommonWordOrAForeignClubs() {
        ClubShortNames clubs = ClubShortNames.of(List.of(club("FALCONS", "نادي الصقور", "SAU"),
                club("UNION", "نادي الاتحاد", "SAU"), club("VICTORY", "نادي النصر", "SAU"),
                club("FALKEN", "نادي فالكنبرغ", "DEU")));
        assertTrue(clubs.isWrittenAlone(FALCONS));
        assertFalse(clubs.isWrittenAlone(ArabicNormalizer.normalize("الاتحاد")), "the federation in sport news too");
        assertFalse(clubs.isWrittenAlone(ArabicNormalizer.normalize("النصر")), "the victory");
        assertFalse(clubs.isWrittenAlone(ArabicNormalizer.normalize("فالكنبرغ")), "a foreign club's, a city's name");
        assertFalse(clubs.isWrittenAlone(ArabicNormalizer.normalize("الشواهين")), "no club's");
    }

    @Test
    void namesNeitherOfTwoClubsOfOneCountrySharingAShortName() {
        assertFalse(CLUBS.isShortName(ArabicNormalizer.normalize("النجوم")));
        assertTrue(CLUBS.isShortName(FALCONS));
    }

    @Test
    void knowsTheShortNamesThatAreCommonWords() {
        assertTrue(ClubShortNames.isCommonWord(ArabicNormalizer.normalize("النصر")));
        assertTrue(ClubShortNames.isCommonWord(ArabicNormalizer.normalize("الشباب")));
        assertFalse(ClubShortNames.isCommonWord(FALCONS));
    }

    @Test
    void asksASentenceOfSportOfAShortNameThatIsACommonWord() {
        assertTrue(ClubShortNames.needsSentenceOfSport(ArabicNormalizer.normalize("الشباب")));
        assertFalse(ClubShortNames.needsSentenceOfSport(FALCONS));
        assertFalse(ClubShortNames.needsSentenceOfSport(ArabicNormalizer.normalize("النصر")), "an article of sport will do");
        assertTrue(CLUBS.makesSentenceOfSport(ArabicNormalizer.normalize("المباراة"), FALCONS));
        assertTrue(CLUBS.makesSentenceOfSport(ArabicNormalizer.normalize("فريق"), FALCONS));
        assertFalse(CLUBS.makesSentenceOfSport(FALCONS, FALCONS), "the name itself is no sign");
        assertFalse(CLUBS.makesSentenceOfSport(ArabicNormalizer.normalize("الوظائف"), FALCONS));
    }

    @Test
    void takesAnotherClubsShortNameForASignOfSportUnlessItIsACommonWord() {
        ClubShortNames clubs = ClubShortNames.of(List.of(FALCONS_EGY, club("NASR", "نادي النصر", "SAU")));
        String youth = ArabicNormalizer.normalize("الشباب");
        assertTrue(clubs.makesSentenceOfSport(FALCONS, youth));
        assertFalse(clubs.makesSentenceOfSport(ArabicNormalizer.normalize("النصر"), youth), "النصر is victory too");
    }
}
