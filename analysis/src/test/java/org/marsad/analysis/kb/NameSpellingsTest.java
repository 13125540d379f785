package org.marsad.analysis.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
    void rewritesEveryWordOfANameAtOnce() {
        assertEquals(List.of("عبد الله بن عبد العزيز", "عبدالله بن عبدالعزيز"), NameSpellings.of("عبد الله بن عبد العزيز"));
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
}
