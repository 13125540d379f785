package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class PlacePhrasesTest {
    private static final IntPredicate NO_NAMES = k -> false;

    private static List<String> found(String text, IntPredicate nameAt) {
        return PlacePhrases.find(text, Words.of(text), nameAt).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static List<String> found(String text) {
        return found(text, NO_NAMES);
    }

    @Test
    void findsThePlaceNamedAfterAUnitsNoun() {
        String text = "سقطت قذيفة على محافظة الطوال أمس";
        assertEquals(List.of("الطوال"), found(text));
        Proposal p = PlacePhrases.find(text, Words.of(text), NO_NAMES).get(0);
        assertEquals(EntityType.GPE, p.type());
        assertEquals(PlacePhrases.CONFIDENCE, p.confidence());
        assertEquals(List.of("الرقاب"), found("احتج الأهالي أمام مقر معتمدية الرقاب"), "a Tunisian delegation");
    }

    @Test
    void readsTheLettersGluedToTheNounOff() {
        assertEquals(List.of("شرورة"), found("وصلت القافلة وبمحافظة شرورة أقيم الحفل"));
        assertEquals(List.of("الفوار"), found("زار الوالي التابعة لمعتمدية الفوار"));
    }

    @Test
    void makesNoPlaceAfterTheNounWithTheArticle() {
        assertEquals(List.of(), found("هذا المعرض إضافة للمحافظة وأهاليها"));
    }

    @Test
    void takesTheWordsAfterAWordThatOpensALongerName() {
        assertEquals(List.of("حوطة بني تميم"), found("استبدال شبكات المياه بمحافظة حوطة بني تميم بمنطقة الرياض"));
        assertEquals(List.of("وادي الدواسر"), found("افتتح فرع بمحافظة وادي الدواسر أمس"));
    }

    @Test
    void leavesACompoundWhoseNextWordIsNamedAlready() {
        String text = "قتل مسلحون في محافظة شمال سيناء";
        assertEquals(List.of(), found(text, k -> k == 4), "سيناء is the knowledge base's");
    }

    @Test
    void leavesUnitsCountedOrRankedBeforeTheNoun() {
        assertEquals(List.of(), found("وهي رابع محافظة يخسرها الحوثيون"));
        assertEquals(List.of(), found("وصلت الخدمة إلى 39 محافظة بكل المناطق"));
        assertEquals(List.of(), found("وصلت الخدمة إلى 46 مدينة ومحافظة بمختلف مناطق المملكة"), "a quantifier");
        assertEquals(List.of("الرقاب"), found("يوجد منها 340 بمعتمدية الرقاب وحدها"), "340 of them, in Regueb");
        assertEquals(List.of("ماجل"), found("تعيش اليوم 24 أفريل 2017 معتمدية ماجل على وقع الإضراب"), "a year");
    }

    @Test
    void leavesWordsThatAreNoPlacesName() {
        assertEquals(List.of(), found("كانت امرأة محافظة على صلواتها"), "preserving");
        assertEquals(List.of(), found("كانت امرأة محافظة علي صلواتها"), "على written with ya");
        assertEquals(List.of(), found("جمعية صغيرة في محافظة نائية"), "an adjective");
        assertEquals(List.of(), found("كشافين في كل منطقة ومحافظة يقومون بالعمل"), "a verb");
        assertEquals(List.of(), found("بعقوبة مركز محافظة ديالى57 كم شمال بغداد"), "a number glued to it");
        assertEquals(List.of(), found("شرف للمحافظة ومحافظة والأهالي"), "و and the article");
        assertEquals(List.of(), found("أعلنت أبين محافظة تخسرها الميليشيا"), "a pronoun at its end");
        assertEquals(List.of(), found("في أي منطقة أو محافظة أو قرية في المملكة"), "a particle");
        assertEquals(List.of(), found("البصرة ثاني محافظة فيه وأغناها"), "a preposition and its pronoun");
    }

    @Test
    void findsAVillageOrTownByItsNoun() {
        assertEquals(List.of("القنبورة"), found("سقط مقذوف على أرض زراعية بقرية القنبورة أمس"));
        assertEquals(List.of("آل سريع"), found("وقع الحريق في قاعة بقرية آل سريع بمنطقة عسير"), "آل opens a name");
        assertEquals(List.of(), found("كان يدير في بلده محلا للفطائر"), "بلده is \"his country\"");
        assertEquals(List.of(), found("زار الأطفال قرية الطفل في الواجهة البحرية"), "a festival's village");
        assertEquals(List.of(), found("وصلت الخدمات إلى كل مدينة وقرية وهجرة"), "و opens the next of a list");
    }

    @Test
    void leavesANameThatIsNamedAlready() {
        assertEquals(List.of(), found("في محافظة النماص أمس", k -> k == 2));
    }

    @Test
    void needsOneSpaceAfterTheNoun() {
        assertEquals(List.of(), found("زار محافظة، الطوال أمس"));
    }
}
