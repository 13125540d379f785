package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class AdjacentNamesTest {
    private static final IntPredicate NONE_KNOWN = k -> false;

    /** The names after joining the person proposals {@code names} of {@code text}, each at its first occurrence. */
    private static List<String> joined(String text, IntPredicate knownAt, String... names) {
        List<Proposal> proposals = Arrays.stream(names).map(name -> person(text, name, 0.9)).toList();
        return AdjacentNames.join(text, Words.of(text), proposals, knownAt).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }

    private static List<String> joined(String text, String... names) {
        return joined(text, NONE_KNOWN, names);
    }

    /** Asserts that the person proposals {@code first} and {@code second} of {@code text} stay two names. */
    private static void assertApart(String text, String first, String second, String why) {
        assertEquals(List.of(first, second), joined(text, first, second), why);
    }

    private static Proposal person(String text, String name, double confidence) {
        int start = text.indexOf(name);
        return new Proposal(start, start + name.length(), EntityType.PERSON, confidence);
    }

    @Test
    void joinsALoneGivenNameToThePersonsNameAfterIt() {
        String text = "وقال مصدر إن محمد علي الشدادي أصيب في كمين";
        assertEquals(List.of("محمد علي الشدادي"), joined(text, "محمد", "علي الشدادي"));
        assertEquals(List.of("ومحمد عيد"), joined("وعوقب الراهب ومحمد عيد ثلاث مباريات", "ومحمد", "عيد"),
                "و glued to the given name");
    }

    @Test
    void leavesALongerFirstNameAlone() {
        assertApart("أبناء الشيخ حسن العفالق أسامة وهاني", "حسن العفالق", "أسامة", "his sons Osama and Hani");
    }

    @Test
    void joinsOnlyNamesOneSpaceApart() {
        assertApart("التقى محمد، علي الشدادي أمس", "محمد", "علي الشدادي", "a comma");
        assertApart("التقى محمد  علي الشدادي أمس", "محمد", "علي الشدادي", "two spaces");
    }

    @Test
    void leavesANameThatOpensWithWawOrLamOrAPrepositionAndAGivenName() {
        assertApart("زار محمد وعلي الحسن المعرض", "محمد", "وعلي الحسن", "و");
        assertApart("وجه هادي لبحاح رسالة", "هادي", "لبحاح", "ل");
        assertApart("التقى جون بمحمد عواجي", "جون", "بمحمد عواجي", "ب and a given name");
        assertEquals(List.of("أحمد وليد العلي"), joined("فاز أحمد وليد العلي بالجائزة", "أحمد", "وليد العلي"),
                "وليد is a given name");
    }

    @Test
    void leavesALongRunOfNamesAlone() {
        assertApart("الناجحون محمد سالم الهادي فتحي العرفاوي ثم غيرهم", "محمد", "سالم الهادي فتحي العرفاوي",
                "four words after the given name");
    }

    @Test
    void leavesNamesTheKnowledgeBaseKnowsAlone() {
        String text = "وقال محمد علي الشدادي إن";
        assertEquals(List.of("محمد", "علي الشدادي"), joined(text, k -> k == 2, "محمد", "علي الشدادي"));
    }

    @Test
    void givesTheJoinedNameTheLowerConfidence() {
        String text = "سجل باولو ديبالا هدفا";
        List<Proposal> out = AdjacentNames.join(text, Words.of(text),
                List.of(person(text, "باولو", 0.99), person(text, "ديبالا", 0.6)), NONE_KNOWN);
        assertEquals(1, out.size());
        assertEquals(0.6, out.get(0).confidence());
    }
}
