package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Training on a small synthetic corpus: what it learns, that it is reproducible, and the model's round trip. */
class NerTrainerTest {
    private static final List<String> NAMES = List.of("زيد", "عمرو", "خالد", "سعيد", "حسن", "علي", "سالم", "ماجد");
    private static final List<String> PLACES = List.of("تونس", "بغداد", "دمشق", "عمان", "الرباط", "صنعاء");

    private static List<TaggedSentence> corpus() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            String name = NAMES.get(k % NAMES.size());
            String place = PLACES.get(k % PLACES.size());
            text.append("قال O\nالرئيس O\n").append(name).append(" B-PERS\nفي O\n").append(place).append(" B-LOC\n. O\n\n");
            text.append("وصل O\nالوزير O\n").append(name).append(" B-PERS\nإلى O\n").append(place).append(" B-LOC\n\n");
        }
        return ConllReader.read(new StringReader(text.toString()), "train.txt");
    }

    private static NerTrainer.Result train(List<TaggedSentence> sentences) throws IOException {
        return NerTrainer.train(TrainingData.of("train.txt", sentences), new TrainingOptions(0.1, 4, 7, false), line -> { });
    }

    private static byte[] bytes(NerTagger tagger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelIO.write(tagger.model(), out);
        return out.toByteArray();
    }

    @Test
    void learnsThatAWordAfterATriggerIsAPerson() throws IOException {
        NerTagger tagger = train(corpus()).tagger();
        assertEquals(List.of("O", "O", "B-PERS", "O", "B-LOC"), tagger.tagTokens(List.of("قال", "الرئيس", "نادر", "في", "تونس")));
    }

    @Test
    void sameOptionsGiveTheSameModelBytes() throws IOException {
        List<TaggedSentence> data = corpus();
        assertArrayEquals(bytes(train(data).tagger()), bytes(train(data).tagger()));
    }

    @Test
    void modelSurvivesWritingAndReading() throws IOException {
        NerTagger tagger = train(corpus()).tagger();
        byte[] written = bytes(tagger);
        NerModel read = ModelIO.read(new ByteArrayInputStream(written));
        assertEquals(tagger.model(), read);
        assertEquals(tagger.model().lexicons().triggers().masks(), read.lexicons().triggers().masks());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.write(out);
        assertArrayEquals(written, out.toByteArray());
        assertEquals(tagger.tagTokens(List.of("قال", "الرئيس", "نادر")),
                NerTagger.read(new ByteArrayInputStream(written)).tagTokens(List.of("قال", "الرئيس", "نادر")));
    }

    @Test
    void devSliceIsTheLastFractionOfSentences() {
        List<TaggedSentence> sentences = new ArrayList<>(Collections.nCopies(25, new TaggedSentence(List.of("x"), List.of("O"))));
        assertEquals(3, NerTrainer.devSlice(sentences, 0.1).size());
        assertEquals(22, NerTrainer.trainSlice(sentences, 0.1).size());
        assertEquals(0, NerTrainer.devSlice(sentences, 0).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NerTrainer.devSlice(sentences, 1.5));
        assertEquals("dev fraction must be within [0, 1), got 1.5", e.getMessage());
    }

    @Test
    void optionsRejectBadValuesQuotingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.defaults().withEpochs(0));
        assertEquals("epochs must be at least 1, got 0", e.getMessage());
    }

    @Test
    void foreignDataIsNotReadAsAModel() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(new byte[16]);
        }
        IOException e = assertThrows(IOException.class,
                () -> ModelIO.read(new ByteArrayInputStream(gzipped.toByteArray())));
        assertEquals("not a Marsad NER model of version 2: magic 0, version 0", e.getMessage());
    }

    @Test
    void modelOfAnotherVersionAsksToBeTrainedAgain() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(gzipped))) {
            out.writeInt(0x4D4E4552);
            out.writeInt(1);
        }
        IOException e = assertThrows(IOException.class,
                () -> ModelIO.read(new ByteArrayInputStream(gzipped.toByteArray())));
        assertEquals("a Marsad NER model of version 1, but this Marsad reads version 2: train it again with"
                + " 'marsad train ner'", e.getMessage());
    }
}
