package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.ner.NamePropagation.Found;
import org.marsad.analysis.ner.NamePropagation.Plausibility;
import org.marsad.text.ArabicNormalizer;

/** One test per rule of {@link NamePropagation}, on sentences of our own. */
class NamePropagationTest {
    private static final int PERS = 0;
    private static final int LOC = 1;
    private static final int ORG = 2;
    private static final Plausibility ANY = (sentence, start, end, type) -> 1;

    private static List<String> words(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(ArabicNormalizer::normalize).toList();
    }

    /** The entities added to each of {@code sentences}, where the CRF found {@code found}. */
    private static List<List<Found>> added(List<String> sentences, List<List<Found>> found, Plausibility p) {
        return NamePropagation.added(sentences.stream().map(NamePropagationTest::words).toList(), found, p);
    }

    private static Found found(int type, int start, int end) {
        return new Found(type, start, end, 0.8);
    }

    @Test
    void carriesANameToALaterSentence() {
        List<List<Found>> added = added(List.of("قال سامر قاسم إن الوضع صعب", "ثم غادر سامر قاسم القاعة"),
                List.of(List.of(found(PERS, 1, 3)), List.of()), ANY);
        assertEquals(List.of(List.of(), List.of(found(PERS, 2, 4))), added);
    }

    @Test
    void carriesANameBackToAnEarlierSentence() {
        List<List<Found>> added = added(List.of("ثم غادر سامر قاسم القاعة", "قال سامر قاسم إن الوضع صعب"),
                List.of(List.of(), List.of(found(PERS, 1, 3))), ANY);
        assertEquals(List.of(found(PERS, 2, 4)), added.get(0));
    }

    @Test
    void looksNoFurtherThanTheWindow() {
        List<String> sentences = new ArrayList<>();
        List<List<Found>> found = new ArrayList<>();
        sentences.add("قال سامر قاسم كلاما");
        found.add(List.of(found(PERS, 1, 3)));
        for (int k = 1; k < NamePropagation.WINDOW; k++) {
            sentences.add("وهذه جملة أخرى");
            found.add(List.of());
        }
        for (int k = 0; k < 2; k++) {
            sentences.add("وغادر سامر قاسم");
            found.add(List.of());
        }
        assertEquals(List.of(found(PERS, 1, 3)), added(sentences, found, ANY).get(NamePropagation.WINDOW));
        assertEquals(List.of(), added(sentences, found, ANY).get(NamePropagation.WINDOW + 1));
    }

    @Test
    void leavesWordsThatAnEntityOfTheSentenceCovers() {
        List<List<Found>> added = added(List.of("قال سامر قاسم كلاما", "وصل سامر قاسم الثاني"),
                List.of(List.of(found(PERS, 1, 3)), List.of(found(ORG, 2, 4))), ANY);
        assertEquals(List.of(), added.get(1));
    }

    @Test
    void ignoresAConjunctionOrPrepositionGluedToTheFirstWord() {
        List<List<Found>> added = added(List.of("زار الوفد طلوزة أمس", "وعاد من وطلوزة ثم من بطلوزة"),
                List.of(List.of(found(LOC, 2, 3)), List.of()), ANY);
        assertEquals(List.of(found(LOC, 2, 3), found(LOC, 5, 6)), added.get(1));
    }

    @Test
    void findsTheBareWordOfANameFoundWithALetterGlued() {
        List<List<Found>> added = added(List.of("عاد الوفد من بطلوزة", "وفي طلوزة سوق"),
                List.of(List.of(found(LOC, 3, 4)), List.of()), ANY);
        assertEquals(List.of(found(LOC, 1, 2)), added.get(1));
    }

    @Test
    void carriesAPersonsLastWordAlone() {
        List<List<Found>> added = added(List.of("قال سامر قاسم كلاما", "ثم أضاف قاسم شيئا"),
                List.of(List.of(found(PERS, 1, 3)), List.of()), ANY);
        assertEquals(List.of(found(PERS, 2, 3)), added.get(1));
    }

    @Test
    void takesNoLastWordThatClosesACompound() {
        List<List<Found>> added = added(List.of("قال محمد عبد الرحيم كلاما", "ثم أضاف الرحيم شيئا"),
                List.of(List.of(found(PERS, 1, 4)), List.of()), ANY);
        assertEquals(List.of(), added.get(1));
    }

    @Test
    void takesNoLastWordOfANameWithAPatronymic() {
        List<List<Found>> added = added(List.of("قال سامر بن قاسم كلاما", "ثم أضاف قاسم شيئا"),
                List.of(List.of(found(PERS, 1, 4)), List.of()), ANY);
        assertEquals(List.of(), added.get(1));
    }

    @Test
    void takesNoRegnalOrdinalForASurname() {
        List<List<Found>> added = added(List.of("استقبل عبدالله الثاني الوفد", "وحل في المركز الثاني"),
                List.of(List.of(found(PERS, 1, 3)), List.of()), ANY);
        assertEquals(List.of(), added.get(1));
    }

    @Test
    void takesNoLastWordOfAnOrganization() {
        List<List<Found>> added = added(List.of("أعلن بنك قاسم أرباحه", "ثم أضاف قاسم شيئا"),
                List.of(List.of(found(ORG, 1, 3)), List.of()), ANY);
        assertEquals(List.of(), added.get(1));
    }

    @Test
    void placesTheLongerNameFirst() {
        List<List<Found>> added = added(List.of("قال سامر قاسم ثم سامر", "وصل سامر قاسم"),
                List.of(List.of(found(PERS, 1, 3), found(LOC, 4, 5)), List.of()), ANY);
        assertEquals(List.of(found(PERS, 1, 3)), added.get(1));
    }

    @Test
    void givesANameItsMostFrequentType() {
        List<List<Found>> added = added(List.of("زار نوران أمس", "فاز نوران", "قال نوران", "وصل نوران"),
                List.of(List.of(found(ORG, 1, 2)), List.of(found(PERS, 1, 2)), List.of(found(PERS, 1, 2)), List.of()),
                ANY);
        assertEquals(List.of(found(PERS, 1, 2)), added.get(3));
    }

    @Test
    void breaksATieOfTypesInTheOrderPersLocOrgMisc() {
        List<List<Found>> added = added(List.of("زار نوران أمس", "فاز نوران", "وصل نوران"),
                List.of(List.of(found(ORG, 1, 2)), List.of(found(LOC, 1, 2)), List.of()), ANY);
        assertEquals(List.of(found(LOC, 1, 2)), added.get(2));
    }

    @Test
    void leavesANameWhereTheModelFindsItImplausible() {
        Plausibility never = (sentence, start, end, type) -> NamePropagation.MIN_PLAUSIBILITY / 2;
        List<List<Found>> added = added(List.of("قال سامر قاسم كلاما", "وصل سامر قاسم"),
                List.of(List.of(found(PERS, 1, 3)), List.of()), never);
        assertEquals(List.of(), added.get(1));
    }

    @Test
    void asksThePlausibilityOfTheWordsAndTypeToBeAdded() {
        Plausibility onlyThere = (sentence, start, end, type) -> sentence == 1 && start == 1 && end == 3 && type == PERS ? 1 : 0;
        List<List<Found>> added = added(List.of("قال سامر قاسم كلاما", "وصل سامر قاسم"),
                List.of(List.of(found(PERS, 1, 3)), List.of()), onlyThere);
        assertEquals(List.of(found(PERS, 1, 3)), added.get(1));
    }

    @Test
    void givesTheBestConfidenceOfTheNamesOccurrences() {
        List<List<Found>> added = added(List.of("قال سامر قاسم", "رد سامر قاسم", "وصل سامر قاسم"),
                List.of(List.of(new Found(PERS, 1, 3, 0.6)), List.of(new Found(PERS, 1, 3, 0.9)), List.of()), ANY);
        assertEquals(List.of(new Found(PERS, 1, 3, 0.9)), added.get(2));
    }

    @Test
    void writesAddedNamesAsBioLabels() {
        List<int[]> labels = NamePropagation.apply(List.of(words("قال سامر قاسم"), words("وصل سامر قاسم اليوم")),
                List.of(new int[] {0, Labels.begin(PERS), Labels.inside(PERS)}, new int[4]), ANY);
        assertArrayEquals(new int[] {0, Labels.begin(PERS), Labels.inside(PERS), 0}, labels.get(1));
    }

    @Test
    void rejectsListsOfDifferentLengths() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NamePropagation.added(List.of(words("قال سامر")), List.of(), ANY));
        assertEquals("need the entities of every sentence, got 1 sentences and 0 entity lists", e.getMessage());
    }
}
