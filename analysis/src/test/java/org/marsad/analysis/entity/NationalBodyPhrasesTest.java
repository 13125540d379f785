package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

class NationalBodyPhrasesTest {
    /** The adjectives the knowledge base knows in these tests. */
    private static final Set<String> ADJECTIVES = Set.of("الأمريكية", "البريطاني", "الإسرائيلية", "اليمني", "السعودية");

    /** The bodies found in {@code text}, where a known name begins at the adjectives and at {@code known}. */
    private static List<String> found(String text, String... known) {
        Words w = Words.of(text);
        Set<String> knownWords = Set.of(known);
        IntPredicate knownAt = k -> ADJECTIVES.stream().anyMatch(a -> ArabicNormalizer.normalize(a).equals(w.normalized(k)))
                || knownWords.stream().anyMatch(a -> ArabicNormalizer.normalize(a).equals(w.normalized(k)));
        return NationalBodyPhrases.find(text, w, knownAt, knownAt).stream()
                .map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void findsTheNounItsComplementAndTheCountrysAdjective() {
        String text = "وقالت هيئة المسح الجيولوجي الأمريكية إن الزلزال قوي";
        assertEquals(List.of("هيئة المسح الجيولوجي الأمريكية"), found(text));
        Proposal p = NationalBodyPhrases.find(text, Words.of(text), k -> false, k -> k == 4).get(0);
        assertEquals(EntityType.ORG, p.type());
        assertEquals(InstitutionPhrases.CONFIDENCE, p.confidence());
    }

    @Test
    void leavesTheCliticsOfTheNounOut() {
        assertEquals(List.of("مصلحة السجون الإسرائيلية"), found("وفقا لمصلحة السجون الإسرائيلية أمس"));
        assertEquals(List.of("مجلس اللوردات البريطاني"), found("وصوت ومجلس اللوردات البريطاني على القانون"));
    }

    @Test
    void findsNothingWithoutTheCountrysAdjective() {
        assertEquals(List.of(), found("واجتمع مجلس الإدارة أمس"));
        assertEquals(List.of(), found("وأصدر مجلس الإدارة الجديد قرارا"), "a nisba the knowledge base does not know");
    }

    @Test
    void findsNothingAfterATitleOrAWordOfTime() {
        assertEquals(List.of(), found("وأعلن مكتب الرئيس اليمني أمس"), "a title opens a person's name");
        assertEquals(List.of(), found("وعقد مجلس اليوم الأمريكية"), "a word of time");
    }

    @Test
    void findsNothingWhereAKnownNameBeginsAtTheNounOrInside() {
        assertEquals(List.of(), found("وقالت هيئة السياحة السعودية إن الموسم ناجح", "هيئة"), "the base's short name");
        assertEquals(List.of(), found("وقالت هيئة الهلال الأحمر السعودية إن الموسم ناجح", "الهلال"), "a known name inside");
    }

    @Test
    void takesAtMostThreeWordsBeforeTheAdjective() {
        assertEquals(List.of("جهاز الأمن القومي اليمني"), found("وأعلن جهاز الأمن القومي اليمني اعتقال خلية"));
        assertEquals(List.of(), found("وأعلن جهاز الأمن القومي العام الداخلي اليمني اعتقال خلية"));
    }
}
