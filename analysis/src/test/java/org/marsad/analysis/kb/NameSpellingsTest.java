package org.marsad.analysis.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSpellingsTest {

    @Test
    void writesAbdTogetherWithTheNextWord() {
        assertEquals(List.of("عبد ربه منصور هادي", "عبدربه منصور هادي"), NameSpellings.of("عبد ربه منصور هادي"));
    }

    @Test
    void writesAbdApartFromTheArticle() {
        assertEquals(List.of("سلمان بن عبدالعزيز", "سلمان بن عبد العزيز"), NameSpellings.of("سلمان بن عبدالعزيز"));
    }

    @Test
    void rewritesEveryWordOfANameAtOnceFirst() {
        assertEquals(List.of("عبد الله بن عبد العزيز", "عبدالله بن عبدالعزيز"),
                NameSpellings.of("عبد الله بن عبد العزيز").subList(0, 2));
    }

    @Test
    void spellsEachPairEitherWay() {
        assertEquals(Set.of("عبد الله بن عبد العزيز", "عبدالله بن عبدالعزيز", "عبدالله بن عبد العزيز",
                "عبد الله بن عبدالعزيز"), Set.copyOf(NameSpellings.of("عبد الله بن عبد العزيز")));
        assertEquals(Set.of("عبدالله بن عبدالعزيز", "عبد الله بن عبد العزيز", "عبدالله بن عبد العزيز",
                "عبد الله بن عبدالعزيز"), Set.copyOf(NameSpellings.of("عبدالله بن عبدالعزيز")));
    }

    @Test
    void mixesNoSpellingsOfANameWithManyPairs() {
        String name = "عبدالله بن عبدالعزيز بن عبدالرحمن بن عبدالكريم";
        assertEquals(List.of(name, "عبد الله بن عبد العزيز بن عبد الرحمن بن عبد الكريم"), NameSpellings.of(name));
    }

    @Test
    void leavesAbdWithoutTheArticleTogether() {
        assertEquals(List.of("محمد عبده"), NameSpellings.of("محمد عبده"));
        assertEquals(List.of("عبدربه"), NameSpellings.of("عبدربه"));
    }

    @Test
    void leavesAFinalAbdAlone() {
        assertEquals(List.of("مجلس عبد"), NameSpellings.of("مجلس عبد"));
    }

    @Test
    void declinesAbuAtTheStartOfAName() {
        assertEquals(List.of("أبو عريش", "أبي عريش", "أبا عريش"), NameSpellings.of("أبو عريش"));
        assertEquals(Set.of("أبو عبد الله", "أبو عبدالله", "أبي عبد الله", "أبا عبد الله", "أبي عبدالله",
                "أبا عبدالله"), Set.copyOf(NameSpellings.of("أبو عبد الله")));
    }

    @Test
    void leavesAbuInsideANameAlone() {
        assertEquals(List.of("محمد أبو تريكة"), NameSpellings.of("محمد أبو تريكة"));
        assertEquals(List.of("أبوظبي"), NameSpellings.of("أبوظبي"));
    }
}
