package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

    private static List<TaggedSentence> read(String text) throws IOException {
        return ConllReader.read(new StringReader(text), "test.txt");
    }

    @Test
    void blankLinesSeparateSentences() throws IOException {
        List<TaggedSentence> sentences = read("زار O\nأوباما B-PERS\n\n\nباريس B-LOC\n.  O\n");
        assertEquals(2, sentences.size());
        assertEquals(List.of("زار", "أوباما"), sentences.get(0).tokens());
        assertEquals(List.of("O", "B-PERS"), sentences.get(0).tags());
        assertEquals(List.of("باريس", "."), sentences.get(1).tokens());
    }

    @Test
    void tokenIsFirstFieldAndTagIsLastLikeConlleval() throws IOException {
        List<TaggedSentence> sentences = read("الأمم\tNOUN\tB-ORG\n. Oالإصابة O\n");
        assertEquals(List.of("الأمم", "."), sentences.get(0).tokens());
        assertEquals(List.of("B-ORG", "O"), sentences.get(0).tags());
    }

    @Test
    void marsadTypeNamesMapToAnercorpTypes() throws IOException {
        List<TaggedSentence> sentences = read("a B-PERSON\nb B-GPE\nc I-GPE\nd B-GROUP\ne B-ORG\n");
        assertEquals(List.of("B-PERS", "B-LOC", "I-LOC", "B-MISC", "B-ORG"), sentences.get(0).tags());
    }

    @Test
    void conllPerMapsToPers() throws IOException {
        assertEquals(List.of("B-PERS", "I-PERS"), read("a B-PER\nb I-PER\n").get(0).tags());
    }

    @Test
    void byteOrderMarkAndDocstartLinesAreSkipped() throws IOException {
        List<TaggedSentence> sentences = read("\uFEFF-DOCSTART- O\n\nتونس B-LOC\n");
        assertEquals(1, sentences.size());
        assertEquals(List.of("تونس"), sentences.get(0).tokens());
    }

    @Test
    void lineWithoutTagIsAnErrorNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("زار O\n\nأوباما\n"));
        assertTrue(e.getMessage().startsWith("test.txt:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("'أوباما'"), e.getMessage());
    }

    @Test
    void unknownTagIsAnErrorQuotingTheTag() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read("x O\ny B-PRS\n"));
        assertTrue(e.getMessage().startsWith("test.txt:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("'B-PRS'"), e.getMessage());
    }
}
