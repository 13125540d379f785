package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/** The clitic rules and the word lists the features consult: gazetteers, trigger words, word classes. */
class LexiconsTest {

    private static int[] masks(Gazetteer gazetteer, String sentence) {
        String[] words = sentence.split(" ");
        long[] hashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            words[i] = ArabicNormalizer.normalize(words[i]);
            hashes[i] = FeatureHash.of(words[i]);
        }
        return gazetteer.masks(words, hashes);
    }

    private static int bit(String type, int kind) {
        return kind << (Gazetteer.BITS_PER_TYPE * Labels.TYPES.indexOf(type));
    }

    @Test
    void cliticsAreTakenOffOnlyWhenEnoughOfTheWordRemains() {
        assertEquals(1, Clitics.afterConjunction("وفرنسا"));
        assertEquals(0, Clitics.afterConjunction("وزر"));
        assertEquals(2, Clitics.afterPreposition("وبغداد"));
        assertEquals(3, Clitics.afterArticle("والقاهره"));
        assertEquals(2, Clitics.afterArticle("للقاهره"));
        assertEquals(3, Clitics.afterArticle("بالقاهره"));
        assertEquals(0, Clitics.afterArticle("الي"));
        assertEquals(4, Clitics.beforeSuffix("رييسها", 0));
        assertEquals(5, Clitics.beforeSuffix("فرنسا", 0));
    }

    @Test
    void gazetteerMarksSingleWordsAndTheWordsOfLongerNames() {
        Gazetteer gazetteer = new Gazetteer(List.of(List.of("حسني مبارك"), List.of("بغداد", "===="), List.of(), List.of()));
        int[] m = masks(gazetteer, "قال حسني مبارك في بغداد");
        assertEquals(0, m[0]);
        assertEquals(bit("PERS", Gazetteer.BEGIN), m[1]);
        assertEquals(bit("PERS", Gazetteer.INSIDE), m[2]);
        assertEquals(bit("LOC", Gazetteer.UNIT), m[4]);
        assertEquals(List.of("بغداد"), gazetteer.entries().get(1));
    }

    @Test
    void gazetteerLooksUpTheFirstWordWithoutItsProclitics() {
        Gazetteer gazetteer = new Gazetteer(List.of(List.of(), List.of("القاهرة", "تونس"), List.of(), List.of()));
        int loc = bit("LOC", Gazetteer.UNIT);
        assertEquals(loc, masks(gazetteer, "وبالقاهرة")[0]);
        assertEquals(loc, masks(gazetteer, "للقاهرة")[0], "لل is ل + ال");
        assertEquals(loc, masks(gazetteer, "وتونس")[0]);
        assertEquals(0, masks(gazetteer, "قاهرة")[0], "an article is taken off, never added");
    }

    @Test
    void triggersAreWordsThatOftenPrecedeAnEntityOfAType() {
        List<TaggedSentence> sentences = new ArrayList<>();
        for (String name : List.of("زيد", "عمرو", "خالد")) {
            sentences.add(new TaggedSentence(List.of("قال", "الرئيس", name), List.of("O", "O", "B-PERS")));
        }
        sentences.add(new TaggedSentence(List.of("وللرئيس", "كلمة"), List.of("O", "O")));
        TriggerWords triggers = TriggerWords.learn(sentences);
        String stem = TriggerWords.stemOf(ArabicNormalizer.normalize("الرئيس"));
        assertEquals(1 << Labels.TYPES.indexOf("PERS"), triggers.masks().get(stem));
        assertEquals(1, triggers.masks().size(), "قال precedes no entity; each name is seen once");
        assertEquals(triggers.masks().get(stem), triggers.maskOf(FeatureHash.of(stem)));
    }

    @Test
    void wordClassesPackOneClassPerLevel() {
        long packed = WordClusters.pack(new int[] {31, 255, 1023, 7, 200, 1000});
        assertEquals(31, WordClusters.classAt(packed, 0));
        assertEquals(255, WordClusters.classAt(packed, 1));
        assertEquals(1023, WordClusters.classAt(packed, 2));
        assertEquals(7, WordClusters.classAt(packed, 3));
        assertEquals(200, WordClusters.classAt(packed, 4));
        assertEquals(1000, WordClusters.classAt(packed, 5));
        assertTrue(packed >= 0, "a packed value is never the 'unknown' -1");
    }
}
