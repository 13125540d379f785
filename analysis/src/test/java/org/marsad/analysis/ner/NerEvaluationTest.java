package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

    private static NerEvaluation of(List<String> gold, List<String> predicted) {
        NerEvaluation evaluation = new NerEvaluation();
        evaluation.add(gold, predicted);
        return evaluation;
    }

    @Test
    void exactMatchesScoreOne() {
        List<String> tags = List.of("B-PERS", "I-PERS", "O", "B-LOC");
        NerEvaluation e = of(tags, tags);
        assertEquals(new NerEvaluation.Score(2, 2, 2), e.micro());
        assertEquals(1.0, e.micro().f1());
    }

    @Test
    void partialBoundaryCountsAsOneFalsePositiveAndOneFalseNegative() {
        NerEvaluation e = of(List.of("B-PERS", "I-PERS", "O"), List.of("B-PERS", "O", "O"));
        assertEquals(new NerEvaluation.Score(1, 1, 0), e.micro());
        assertEquals(0.0, e.micro().f1());
    }

    @Test
    void longerPredictionIsWrongToo() {
        NerEvaluation e = of(List.of("B-ORG", "O"), List.of("B-ORG", "I-ORG"));
        assertEquals(0, e.micro().correct());
    }

    @Test
    void wrongTypeIsWrong() {
        NerEvaluation e = of(List.of("B-LOC"), List.of("B-ORG"));
        assertEquals(new NerEvaluation.Score(1, 0, 0), e.byType().get("LOC"));
        assertEquals(new NerEvaluation.Score(0, 1, 0), e.byType().get("ORG"));
    }

    @Test
    void insideWithoutBeginStartsAnEntityLikeConlleval() {
        NerEvaluation e = of(List.of("O", "B-PERS", "I-PERS"), List.of("O", "I-PERS", "I-PERS"));
        assertEquals(new NerEvaluation.Score(1, 1, 1), e.micro());
    }

    @Test
    void insideOfAnotherTypeStartsANewEntity() {
        assertEquals(List.of(new Chunk("PERS", 0, 1), new Chunk("LOC", 1, 2)), Chunk.of(List.of("B-PERS", "I-LOC")));
        assertEquals(List.of(new Chunk("LOC", 0, 1), new Chunk("LOC", 1, 2)), Chunk.of(List.of("B-LOC", "B-LOC")));
    }

    @Test
    void perTypeAndMicroScoresAddUpOverSentences() {
        NerEvaluation e = new NerEvaluation();
        e.add(List.of("B-PERS", "O", "B-LOC"), List.of("B-PERS", "O", "O"));
        e.add(List.of("B-ORG", "I-ORG"), List.of("B-ORG", "I-ORG"));
        e.add(List.of("O", "O"), List.of("B-MISC", "O"));
        assertEquals(new NerEvaluation.Score(1, 1, 1), e.byType().get("PERS"));
        assertEquals(new NerEvaluation.Score(1, 0, 0), e.byType().get("LOC"));
        assertEquals(new NerEvaluation.Score(1, 1, 1), e.byType().get("ORG"));
        assertEquals(new NerEvaluation.Score(0, 1, 0), e.byType().get("MISC"));
        NerEvaluation.Score micro = e.micro();
        assertEquals(new NerEvaluation.Score(3, 3, 2), micro);
        assertEquals(2.0 / 3, micro.precision(), 1e-12);
        assertEquals(2.0 / 3, micro.recall(), 1e-12);
        assertEquals(3, e.sentences());
        assertEquals(7, e.tokens());
    }

    @Test
    void keepsEachWrongEntityWithItsKindAndWords() {
        NerEvaluation e = new NerEvaluation();
        e.add(List.of("a", "b", "c", "d", "e", "f", "g"),
                List.of("B-PERS", "I-PERS", "O", "B-LOC", "B-ORG", "O", "O"),
                List.of("B-PERS", "O", "O", "B-ORG", "O", "O", "B-MISC"));
        assertEquals(List.of(
                new NerEvaluation.Mismatch(NerEvaluation.Mismatch.Kind.SPAN, 0, "PERS", "a b", "PERS", "a"),
                new NerEvaluation.Mismatch(NerEvaluation.Mismatch.Kind.TYPE, 0, "LOC", "d", "ORG", "d"),
                new NerEvaluation.Mismatch(NerEvaluation.Mismatch.Kind.MISSED, 0, "ORG", "e", "", ""),
                new NerEvaluation.Mismatch(NerEvaluation.Mismatch.Kind.SPURIOUS, 0, "", "", "MISC", "g")), e.mismatches());
    }

    @Test
    void keepsNoMismatchOfARightSentenceNorOfOneAddedWithoutTokens() {
        NerEvaluation e = new NerEvaluation();
        e.add(List.of("a", "b"), List.of("B-LOC", "O"), List.of("B-LOC", "O"));
        e.add(List.of("B-LOC", "O"), List.of("O", "O"));
        e.add(List.of("a"), List.of("O"), List.of("B-ORG"));
        assertEquals(List.of(new NerEvaluation.Mismatch(NerEvaluation.Mismatch.Kind.SPURIOUS, 2, "", "", "ORG", "a")),
                e.mismatches());
    }

    @Test
    void refusesTokensThatDoNotAlignWithTheTags() {
        NerEvaluation e = new NerEvaluation();
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> e.add(List.of("a"), List.of("O", "O"), List.of("O", "O")));
        assertEquals("tokens and tags must align, got 1 tokens and 2 gold tags", error.getMessage());
        assertEquals(0, e.sentences());
    }

    @Test
    void emptyCountsGiveZeroNotNaN() {
        NerEvaluation e = of(List.of("O"), List.of("O"));
        assertEquals(0.0, e.micro().precision());
        assertEquals(0.0, e.micro().f1());
    }

    @Test
    void reportListsEveryTypeThenMicro() {
        List<String> report = of(List.of("B-LOC"), List.of("B-LOC")).report();
        assertEquals(6, report.size());
        assertEquals("micro", report.get(5).split(" +")[0]);
    }

    @Test
    void misalignedTagListsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NerEvaluation().add(List.of("O"), List.of("O", "O")));
        assertEquals("gold and predicted tags must align, got 1 gold and 2 predicted tags", e.getMessage());
    }
}
