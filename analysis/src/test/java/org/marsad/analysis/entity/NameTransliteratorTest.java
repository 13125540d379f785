package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.marsad.analysis.entity.NameTransliterator.Spelling;
import org.junit.jupiter.api.Test;

class NameTransliteratorTest {

    @Test
    void capitalizesEachWordAndKeepsSurnameEndings() {
        assertEquals("Qasim Jumart Tukayev", NameTransliterator.toLatin("قاسم جومارت توكاييف"));
        assertEquals("Timur Lafrov", NameTransliterator.toLatin("تيمور لافروف"));
        assertEquals("Timur Umarov", NameTransliterator.toLatin("تيمور عمروف"));
    }

    @Test
    void numbersMonarchsInRomanNumerals() {
        assertEquals("Muhammad V", NameTransliterator.toLatin("محمد الخامس"));
        assertEquals("Faisal I", NameTransliterator.toLatin("فيصل الأول"));
        assertEquals("Abdullah II", NameTransliterator.toLatin("عبد الله الثاني"));
        assertEquals("Mohamed VI", NameTransliterator.toLatin("محمد السادس", Spelling.MAGHREB));
    }

    @Test
    void numbersTheTeensWithTheirTen() {
        assertEquals("Faisal XVI", NameTransliterator.toLatin("فيصل السادس عشر"));
        assertEquals("Faisal XI", NameTransliterator.toLatin("فيصل الحادي عشر"));
    }

    @Test
    void keepsAnOrdinalAfterADefiniteWordInLetters() {
        assertEquals("Al-Markaz al-Awl", NameTransliterator.toLatin("المركز الأول"), "a first centre");
    }

    @Test
    void writesTheArticleAsAlHyphen() {
        assertEquals("Al-Ighur", NameTransliterator.toLatin("الإيغور"));
        assertEquals("Nouri al-Maliki", NameTransliterator.toLatin("نوري المالكي"));
    }

    @Test
    void usesListedSpellingsOfCommonNameWords() {
        assertEquals("Muhammad bin Salman", NameTransliterator.toLatin("محمد بن سلمان"));
        assertEquals("Abdulrahman", NameTransliterator.toLatin("عبدالرحمن"));
        assertEquals("Abdulaziz al-Dosari", NameTransliterator.toLatin("عبد العزيز الدوسري"), "written apart");
    }

    @Test
    void spellsAFamilyNamedAfterAnAbdCompoundWithItsArticle() {
        assertEquals("Ibrahim al-Abdulrahman", NameTransliterator.toLatin("إبراهيم العبدالرحمن"));
    }

    @Test
    void spellsTheNisbaAfterWawAsAwi() {
        assertEquals("Abu Musab al-Zarqawi", NameTransliterator.toLatin("أبو مصعب الزرقاوي"));
    }

    @Test
    void readsAFinalYaAfterTheArticleAsANisbaNotAsAGivenNamesAlefMaqsura() {
        assertEquals("Abdullah al-Salmi", NameTransliterator.toLatin("عبد الله السلمي"));
        assertEquals("Fahd al-Isa", NameTransliterator.toLatin("فهد العيسى"));
        assertEquals("Yahya", NameTransliterator.toLatin("يحيي"), "the given name misspelt keeps its spelling");
    }

    @Test
    void keepsTheBergAndBurgOfGermanicNames() {
        assertEquals("Blumberg", NameTransliterator.toLatin("بلومبيرج"));
        assertEquals("Hamburg", NameTransliterator.toLatin("هامبورغ"));
        assertEquals("Mustafa Brj", NameTransliterator.toLatin("مصطفى برج"), "برج alone is no ending");
    }

    @Test
    void spellsTheMotherOfAKunyaAsUmm() {
        assertEquals("Umm Fahd", NameTransliterator.toLatin("أم فهد"));
        assertEquals("Umm Salal", NameTransliterator.toLatin("ام صلال"));
        assertEquals("Umm al-Khalul", NameTransliterator.toLatin("أم الخلول"));
    }

    @Test
    void spellsTheEnglishArticleOfAPapersNameAsThe() {
        assertEquals("The Standard", NameTransliterator.toLatin("ذي ستاندارد"));
        assertEquals("The Lokal", NameTransliterator.toLatin("ذا لوكال"), "the later word spelt as a foreign name");
        assertEquals("Dhi Qar", NameTransliterator.toLatin("ذي قار"), "a short word after it: Arabic");
        assertEquals("Dhi al-Majaz", NameTransliterator.toLatin("ذي المجاز"), "a definite word after it: Arabic");
    }

    @Test
    void spellsAnUmmBeforeAShortWordAsTheLetterM() {
        assertEquals("MT", NameTransliterator.toLatin("أم تي"));
        assertEquals("MBC", NameTransliterator.toLatin("إم بي سي"));
    }

    @Test
    void writesAnAcronymSpeltOutInLetterNamesInCapitals() {
        assertEquals("BMW", NameTransliterator.toLatin("بي إم دبليو"));
        assertEquals("USB", NameTransliterator.toLatin("يو إس بي"));
        assertEquals("BMI", NameTransliterator.toLatin("بي.إم.آي"), "joined by full stops");
        assertEquals("RT", NameTransliterator.toLatin("آر تي", NameTransliterator.Spelling.MAGHREB),
                "the Maghreb's too");
    }

    @Test
    void readsBaAsPInTheAcronymsListedWhole() {
        assertEquals("GPS", NameTransliterator.toLatin("جي بي إس"));
        assertEquals("RPG", NameTransliterator.toLatin("آر بي جي"));
        assertEquals("BBC", NameTransliterator.toLatin("بي بي سي"), "the letters, where the whole is not listed");
    }

    @Test
    void spellsTheFamilyNameOfAForeignGivenNameAsAForeignName() {
        assertEquals("Angela Merkel", NameTransliterator.toLatin("أنجيلا ميركل"), "ي between consonants, a final ل");
        assertEquals("David Grosman", NameTransliterator.toLatin("ديفيد غروسمان"), "غ is g, و between consonants o");
        assertEquals("Jose Gomez", NameTransliterator.toLatin("جوزيه قوميز"), "ق is g");
        assertEquals("Mark Felds", NameTransliterator.toLatin("مارك فيلدز"), "a final ز after a consonant is s");
        assertEquals("John Bremer", NameTransliterator.toLatin("جون بريمر"), "a final ر after a consonant");
        assertEquals("John Sanders", NameTransliterator.toLatin("جون ساندرز"), "ر before a final ز");
        assertEquals("Mark Medfedev", NameTransliterator.toLatin("مارك مدفيديف"), "a vowel after a first consonant");
        assertEquals("Mark Rote", NameTransliterator.toLatin("مارك روته"), "a final ه after a consonant is e");
        assertEquals("Dieter Hekeng", NameTransliterator.toLatin("ديتر هيكينج"), "a final نج is ng");
        assertEquals("Daniel Iznman", NameTransliterator.toLatin("دانييل إيزنمان"), "إي is a long i");
    }

    @Test
    void keepsTheArabicSpellingAfterAGivenNameArabsShare() {
        assertEquals("George Ghanem", NameTransliterator.toLatin("جورج غانم"), "a listed word");
        assertEquals("George Qrdahi", NameTransliterator.toLatin("جورج قرداحي"), "ق stays q");
    }

    @Test
    void spellsANameWithAnyOtherWordWordByWord() {
        assertEquals("Ji Drayf", NameTransliterator.toLatin("جي درايف"));
        assertEquals("Bi", NameTransliterator.toLatin("بي"), "a lone letter's name is a word");
    }

    @Test
    void spellsMauritanianAndEuropeanParticlesAsNewsDoes() {
        assertEquals("Ismail Ould al-Sheikh", NameTransliterator.toLatin("إسماعيل ولد الشيخ"));
        assertEquals("Paul von Hendnburg", NameTransliterator.toLatin("بول فون هيندنبورغ"));
    }

    @Test
    void spellsGivenNamesAsNewsDoes() {
        assertEquals("Faisal Mansour", NameTransliterator.toLatin("فيصل منصور"));
        assertEquals("Steve Lujain", NameTransliterator.toLatin("ستيف لجين"));
        assertEquals("Abdulnasser", NameTransliterator.toLatin("عبدالناصر"));
    }

    @Test
    void spellsADefiniteMaghrebiGivenNameWithoutItsArticle() {
        assertEquals("Tahar Safr", NameTransliterator.toLatin("الطاهر صفر"), "the family name by the letter rules");
        assertEquals("Moncef Mabrouk", NameTransliterator.toLatin("المنصف مبروك"));
    }

    @Test
    void spellsListedWordsTheMaghrebsWayInItsNews() {
        assertEquals("Mohamed Amine Ben Omar", NameTransliterator.toLatin("محمد أمين بن عمر", Spelling.MAGHREB));
        assertEquals("Muhammad Amin bin Umar", NameTransliterator.toLatin("محمد أمين بن عمر"));
    }

    @Test
    void spellsOtherWordsTheFrenchWayWithoutTheArticleInTheMaghrebsNews() {
        assertEquals("Hamza Mathlouthi", NameTransliterator.toLatin("حمزة المثلوثي", Spelling.MAGHREB));
        assertEquals("Khalil Chmam", NameTransliterator.toLatin("خليل شمام", Spelling.MAGHREB));
        assertEquals("Rami Badaoui", NameTransliterator.toLatin("رامي البدوي", Spelling.MAGHREB));
        assertEquals("Jacques Souk", NameTransliterator.toLatin("جاك سوك", Spelling.MAGHREB), "a listed name keeps its spelling");
    }

    @Test
    void runsAbdAndAddinTogetherInTheMaghrebsNews() {
        assertEquals("Abdelaziz Kati", NameTransliterator.toLatin("عبد العزيز القطي", Spelling.MAGHREB));
        assertEquals("Noureddine Taboubi", NameTransliterator.toLatin("نور الدين الطبوبي", Spelling.MAGHREB));
    }

    @Test
    void spellsTheFirstWordOfAGivenNameOfTwoWordsOnce() {
        assertEquals("Muhyi al-Din Kamil", NameTransliterator.toLatin("محيي الدين كامل"));
        assertEquals("Mohieddine Kamel", NameTransliterator.toLatin("محيي الدين كامل", Spelling.MAGHREB));
    }

    @Test
    void setsAbuWrittenTogetherWithTheNextWordApart() {
        assertEquals("Dalia Abu al-Ish", NameTransliterator.toLatin("داليا أبوالعيش"));
        assertEquals("Khalid Abu Zaid", NameTransliterator.toLatin("خالد ابوزيد"));
        assertEquals("Zaid Abou Zaid", NameTransliterator.toLatin("زيد أبوزيد", Spelling.MAGHREB));
    }

    @Test
    void keepsAWordThatOpensLikeAbuWithTwoLettersAfterIt() {
        assertEquals("Abuja", NameTransliterator.toLatin("أبوجا"));
    }

    @Test
    void keepsAListedWordThatOpensLikeAbu() {
        assertEquals("Apollo", NameTransliterator.toLatin("أبوللو"));
    }

    @Test
    void spellsTheMaghrebsWayForItsCountriesOnly() {
        assertEquals(Spelling.MAGHREB, NameTransliterator.spellingOf("TUN"));
        assertEquals(Spelling.MASHRIQ, NameTransliterator.spellingOf("SAU"));
        assertEquals(Spelling.MASHRIQ, NameTransliterator.spellingOf(null));
    }

    @Test
    void putsAVowelAfterAWordsFirstConsonantWhenASecondFollows() {
        assertEquals("Hazazi", NameTransliterator.toLatin("هزازي"));
        assertEquals("Al-Shamrani", NameTransliterator.toLatin("الشمراني"));
    }

    @Test
    void breaksARunOfThreeConsonants() {
        assertEquals("Al-Bandar", NameTransliterator.toLatin("البندر"));
        assertEquals("Yunkar", NameTransliterator.toLatin("يونكر"));
    }

    @Test
    void leavesTheClusterOfAEuropeanNameAlone() {
        assertEquals("Sburts", NameTransliterator.toLatin("سبورتس"));
        assertEquals("Blir", NameTransliterator.toLatin("بلير"));
    }

    @Test
    void givesTheActiveParticiplePatternItsI() {
        assertEquals("Al-Abid", NameTransliterator.toLatin("العابد"));
        assertEquals("Hamid al-Shatiri", NameTransliterator.toLatin("هامد الشاطري"));
    }

    @Test
    void ignoresDiacriticsAndKeepsDigits() {
        assertEquals("Arbi21", NameTransliterator.toLatin("عَرَبي21"));
    }

    @Test
    void passesOtherScriptsThroughIcu() {
        assertEquals("Moskva", NameTransliterator.toLatin("Москва"));
        assertNull(NameTransliterator.toLatin(null));
    }

    @Test
    void keepsTheEndingsOfForeignNames() {
        assertEquals("Ramirez", NameTransliterator.toLatin("راميريز"));
        assertEquals("Wilson", NameTransliterator.toLatin("ويلسون"));
        assertEquals("Balmiro", NameTransliterator.toLatin("بالميرو"));
        assertEquals("Dario", NameTransliterator.toLatin("داريو"));
    }

    @Test
    void leavesArabicWordsThatEndLikeForeignNamesToTheirLetters() {
        assertEquals("Al-Latif", NameTransliterator.toLatin("اللطيف"), "not al-Ltev");
        assertEquals("Ma'ruf", NameTransliterator.toLatin("معروف"), "not Ma'rov");
        assertEquals("Aziz", NameTransliterator.toLatin("عزيز"));
        assertEquals("Halu", NameTransliterator.toLatin("حلو"));
    }

    @Test
    void takesAForeignEndingAfterAShortHeadThatSpellsAVowel() {
        assertEquals("Ghusev", NameTransliterator.toLatin("غوسيف"));
    }

    @Test
    void spellsFamilyNamesAsNewsInEnglishDoes() {
        assertEquals("Khalid al-Ghamdi", NameTransliterator.toLatin("خالد الغامدي"));
        assertEquals("Luis Suarez", NameTransliterator.toLatin("لويس سواريز"));
    }

    @Test
    void spellsTheNisbaOfAListedWordAsThatWordAndI() {
        assertEquals("Al-Rashidi", NameTransliterator.toLatin("الرشيدي"));
        assertEquals("Yusufi", NameTransliterator.toLatin("يوسفي"));
        assertEquals("Jurji", NameTransliterator.toLatin("جورجي"), "George's spelling ends in a vowel: no nisba");
    }

    @Test
    void givesAFiveLetterNisbaAfterTheArticleTheDiminutivesVowels() {
        assertEquals("Al-Mutairi", NameTransliterator.toLatin("المطيري"));
        assertEquals("Al-Ruwaili", NameTransliterator.toLatin("الرويلي"));
        assertEquals("Al-Shu'aibi", NameTransliterator.toLatin("الشعيبي"));
        assertEquals("Al-Jaziri", NameTransliterator.toLatin("الجزيري"), "a listed word of this shape keeps its own");
    }

    @Test
    void givesAFiveLetterFamilyNameWithYaThirdAfterTheArticleTheDiminutivesVowels() {
        assertEquals("Khalid al-Suwailim", NameTransliterator.toLatin("خالد السويلم"));
        assertEquals("Al-Muhaidib", NameTransliterator.toLatin("المهيدب"));
        assertEquals("Al-Nuwaisir", NameTransliterator.toLatin("النويصر"));
    }

    @Test
    void givesASixLetterFamilyNameWithYaThirdAndAnAfterTheArticleTheDiminutivesVowels() {
        assertEquals("Al-Humaidan", NameTransliterator.toLatin("الحميدان"));
        assertEquals("Al-Ubaikan", NameTransliterator.toLatin("العبيكان"));
    }

    @Test
    void readsWawAndYaBetweenTwoLettersAfterTheArticleAsAWi() {
        assertEquals("Al-Tawil", NameTransliterator.toLatin("الطويل"));
        assertEquals("Al-Dawish", NameTransliterator.toLatin("الدويش"));
    }

    @Test
    void opensAForeignWordWithOOrCh() {
        assertEquals("Obama", NameTransliterator.toLatin("أوباما"));
        assertEquals("Chirnov", NameTransliterator.toLatin("تشيرنوف"));
        assertEquals("Aws", NameTransliterator.toLatin("أوس"), "three letters are an Arabic name");
        assertEquals("Awlad", NameTransliterator.toLatin("أولاد"), "the plural pattern");
        assertEquals("Olario", NameTransliterator.toLatin("أولاريو"), "no plural pattern before a foreign ending");
        assertEquals("Oto", NameTransliterator.toLatin("أوتو"), "three letters before a foreign ending");
    }

    @Test
    void spellsTshInsideAWordWithAForeignEndingAsCh() {
        assertEquals("Machado", NameTransliterator.toLatin("ماتشادو"));
        assertEquals("Sanchez", NameTransliterator.toLatin("سانتشيز"));
        assertEquals("Richardson", NameTransliterator.toLatin("ريتشاردسون"));
        assertEquals("Al-Mastashar", NameTransliterator.toLatin("المستشار"), "an Arabic word's ت and ش, no foreign ending");
    }

    @Test
    void writesGhainAfterNunAtTheEndAsNg() {
        assertEquals("Birling", NameTransliterator.toLatin("بيرلينغ"));
        assertEquals("Shang", NameTransliterator.toLatin("شانغ"), "no participle: Arabic has no final ng");
        assertEquals("Ghazi", NameTransliterator.toLatin("غازي"));
    }

    @Test
    void writesLamAndWawBeforeTheArticleAsLilAndWal() {
        assertEquals("Al-Markaz al-Watani lil-Qyas wal-Taqwym", NameTransliterator.toLatin("المركز الوطني للقياس والتقويم"));
    }

    @Test
    void spellsTheFeminineNisbaIya() {
        assertEquals("Al-Aziziya", NameTransliterator.toLatin("العزيزية"));
        assertEquals("Hadiya", NameTransliterator.toLatin("هدية"));
    }

    @Test
    void writesAnOpeningAynBeforeAConsonantGlideAsA() {
        assertEquals("Awatf al-Hamid", NameTransliterator.toLatin("عواطف الحميد"), "not Watf");
        assertEquals("Al-Awamiya", NameTransliterator.toLatin("العوامية"));
        assertEquals("Ayada", NameTransliterator.toLatin("عيادة"));
    }
}
