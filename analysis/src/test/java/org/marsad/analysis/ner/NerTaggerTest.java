package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.text.Span;

/** The shipped model: it loads, tags sensibly on sentences of our own, and does so repeatably and in parallel. */
class NerTaggerTest {
    private static final NerTagger TAGGER = NerTagger.load();
    private static final String BUSH = "أعلن الرئيس الأمريكي جورج بوش أن بلاده سترسل قوات إلى العراق .";
    private static final String CAIRO = "قال الرئيس حسني مبارك في مؤتمر صحفي بالقاهرة إن مصر تدعم السلام .";

    private static List<String> tokens(String sentence) {
        return Arrays.asList(sentence.split(" "));
    }

    private static List<Span> wordSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int at = 0;
        for (String word : text.split(" ")) {
            spans.add(new Span(at, at + word.length()));
            at += word.length() + 1;
        }
        return spans;
    }

    @Test
    void knowsTheWordsCommonInTheNewsItsWordClassesCameFrom() {
        assertTrue(TAGGER.knowsWord("الحكومه"), "الحكومة, normalized");
        assertFalse(TAGGER.knowsWord("الزرقطوني"), "a made-up family name");
    }

    @Test
    void shippedModelWasTrainedWithTodaysNormalizer() {
        assertTrue(TAGGER.normalizerMatchesModel(),
                "ArabicNormalizer changed since the NER model was trained: retrain it with 'marsad train ner'");
    }

    @Test
    void personAfterPresidentAndCountryAreFound() {
        List<String> tags = TAGGER.tagTokens(tokens(BUSH));
        assertEquals("B-PERS", tags.get(3));
        assertEquals("I-PERS", tags.get(4));
        assertEquals("B-LOC", tags.get(10));
        assertEquals("O", tags.get(1), "the title is no part of the name in ANERcorp");
    }

    @Test
    void tagsAreWellFormedBio() {
        List<String> tags = TAGGER.tagTokens(tokens(CAIRO + " " + BUSH));
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (tag.startsWith("I-")) {
                String previous = i == 0 ? "O" : tags.get(i - 1);
                assertTrue(previous.endsWith(tag.substring(2)) && !previous.equals("O"), tags.toString());
            }
        }
    }

    @Test
    void spansCoverNamesWithoutTheirProclitics() {
        List<NamedSpan> spans = TAGGER.tag(CAIRO, wordSpans(CAIRO));
        List<String> found = spans.stream().map(s -> s.type() + ":" + CAIRO.substring(s.start(), s.end())).toList();
        assertTrue(found.contains("PERS:حسني مبارك"), found.toString());
        assertTrue(found.contains("LOC:القاهرة"), found.toString());
        for (NamedSpan s : spans) {
            assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
        }
    }

    @Test
    void longTextIsTaggedSentenceBySentence() {
        String text = CAIRO + " " + BUSH;
        List<NamedSpan> spans = TAGGER.tag(text, wordSpans(text));
        List<NamedSpan> first = TAGGER.tag(CAIRO, wordSpans(CAIRO));
        assertEquals(first, spans.subList(0, first.size()));
    }

    @Test
    void aNameFoundInOneSentenceIsFoundInTheNext() {
        String first = "التقى وزير الخارجية سامي الحداد بنظيره في باريس .";
        String second = "وعاد الحداد إلى بلاده مساء أمس .";
        assertEquals(List.of("O", "O", "O", "O", "O", "O", "O"), TAGGER.tagTokens(tokens(second)),
                "alone, the second sentence says too little");
        assertEquals("B-PERS", TAGGER.tagSentences(List.of(tokens(first), tokens(second))).get(1).get(1));
        String text = first + " " + second;
        NamedSpan last = TAGGER.tag(text, wordSpans(text)).getLast();
        assertEquals("PERS:الحداد", last.type() + ":" + text.substring(last.start(), last.end()));
        assertTrue(last.confidence() > 0 && last.confidence() <= 1, last.toString());
    }

    private static List<String> pipelineTokens(String text) {
        Words words = Words.of(text);
        return NerTagger.Tokens.of(text, words.spans(), words.normalized()).raw();
    }

    @Test
    void putsBackThePunctuationAndNumbersThatThePipelinesWordsLeaveOut() {
        assertEquals(List.of("زار", "الوفد", "القاهرة", "،", "في", "12", "مايو", "."),
                pipelineTokens("زار الوفد القاهرة، في 12 مايو."));
        assertEquals(List.of("قالت", "«", "وكالة", "سبأ", "»", ":"), pipelineTokens("قالت «وكالة سبأ»:"));
    }

    @Test
    void keepsWordsJoinedByOneMarkAsOneToken() {
        assertEquals(List.of("قناة", "بي.بي.سي", "البريطانية"), pipelineTokens("قناة بي.بي.سي البريطانية"));
        assertEquals(List.of("شارع", "الملك-فهد"), pipelineTokens("شارع الملك-فهد"));
        assertEquals(List.of("سيارة", "بي.إم.دبليو", "و", "إيه.بي.سي"), pipelineTokens("سيارة بي.إم.دبليو و إيه.بي.سي"));
    }

    @Test
    void partsWordsAtANoBreakSpaceThatStaysATokenOfItsOwn() {
        assertEquals(List.of("سامر", "الحداد", "\u00a0", "عضو"), pipelineTokens("سامر الحداد\u00a0عضو"));
    }

    @Test
    void leavesOutTheInvisibleBidiMarksBetweenWords() {
        assertEquals(List.of("صالح", "الراجحي", "و", "فهد", "."),
                pipelineTokens("صالح \u200fالراجحي \u202bو فهد\u202c."));
    }

    @Test
    void partsLongerWordsAtAPunctuationMarkWithoutItsSpace() {
        assertEquals(List.of("سجل", "سامر", "الحداد", ".", "وأصبح", "الفريق"), pipelineTokens("سجل سامر الحداد.وأصبح الفريق"));
        assertEquals(List.of("زار", "القاهرة", "،", "وبيروت"), pipelineTokens("زار القاهرة،وبيروت"));
    }

    @Test
    void dropsTheFullStopsOfSpeltOutLettersOnly() {
        assertEquals(List.of("مكتب", "إف", "بي", "آي", "في"), pipelineTokens("مكتب إف. بي. آي في"));
        assertEquals(List.of("شبكة", "إيه", "بي", "سي", "في"), pipelineTokens("شبكة إيه. بي. سي في"));
        assertEquals(List.of("وصل", "الوفد", ".", "ثم"), pipelineTokens("وصل الوفد. ثم"));
    }

    @Test
    void endsNoNameAcrossACommaOfThePipelinesText() {
        String text = "وشارك في اللقاء سامر الحداد، وليد قاسم، رامي العلي، ونادر الخطيب.";
        Words words = Words.of(text);
        List<NamedSpan> names = TAGGER.tag(text, words.spans(), words.normalized());
        assertTrue(names.size() >= 2, names.toString());
        for (NamedSpan n : names) {
            assertTrue(text.substring(n.start(), n.end()).indexOf('،') < 0, text.substring(n.start(), n.end()));
        }
    }

    @Test
    void procliticsBeforeTheArticleAreLeftOut() {
        assertEquals(2, NerTagger.procliticsBeforeArticle("وبالقاهرة"));
        assertEquals(1, NerTagger.procliticsBeforeArticle("والعراق"));
        assertEquals(0, NerTagger.procliticsBeforeArticle("وفرنسا"), "a bare و may be part of the name");
        assertEquals(0, NerTagger.procliticsBeforeArticle("بالي"), "too short for ب + ال + name");
        assertEquals(0, NerTagger.procliticsBeforeArticle("كاليفورنيا"), "كال begins names more often than ك + ال");
    }

    @Test
    void keepsTheLettersOfANameThatBeginsLikeAProcliticAndTheArticle() {
        assertTrue(TAGGER.spelledWithItsLetters("فالنسيا"), "Valencia: news never writes النسيا");
        assertFalse(TAGGER.spelledWithItsLetters("والعراق"), "العراق is written alone too");
        assertFalse(TAGGER.spelledWithItsLetters("فرنسا"), "no article to read");
    }

    @Test
    void sameInputGivesSameOutputAcrossCallsAndLoads() {
        assertEquals(TAGGER.tagTokens(tokens(CAIRO)), TAGGER.tagTokens(tokens(CAIRO)));
        assertEquals(TAGGER.tagTokens(tokens(CAIRO)), NerTagger.load().tagTokens(tokens(CAIRO)));
        assertEquals(TAGGER.tag(BUSH, wordSpans(BUSH)), NerTagger.load().tag(BUSH, wordSpans(BUSH)));
    }

    @Test
    void concurrentCallsGiveTheSequentialResults() throws Exception {
        List<String> sentences = List.of(CAIRO, BUSH, "وصل الوفد إلى فرنسا أمس قادما من ألمانيا .");
        List<List<String>> expected = sentences.stream().map(s -> TAGGER.tagTokens(tokens(s))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                int which = k % sentences.size();
                runs.add(pool.submit(() -> TAGGER.tagTokens(tokens(sentences.get(which))).equals(expected.get(which))));
            }
            for (Future<Boolean> run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals(List.of(), TAGGER.tagTokens(List.of()));
        assertEquals(List.of(), TAGGER.tag("", List.of()));
    }
}
