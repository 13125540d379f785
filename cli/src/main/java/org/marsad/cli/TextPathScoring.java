package org.marsad.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.analysis.Words;
import org.marsad.analysis.ner.NamedSpan;
import org.marsad.analysis.ner.NerEvaluation;
import org.marsad.analysis.ner.NerTagger;
import org.marsad.analysis.ner.TaggedSentence;
import org.marsad.text.Span;

/**
 * Scores the name tagger on gold sentences the way {@code marsad analyze} runs it: every {@code n} consecutive
 * sentences are joined, tokens apart by spaces, into one text; the tagger reads that text through the pipeline's
 * word list ({@link Words}, which leaves punctuation and numbers out) and its names are put back on the gold tokens
 * they cover, the first as {@code B-T}, the others {@code I-T}. A gap between the two paths is a bug of the
 * pipeline's path: it once tagged texts without their commas and full stops.
 */
final class TextPathScoring {

    private TextPathScoring() {
    }

    static NerEvaluation evaluate(NerTagger tagger, List<TaggedSentence> sentences, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sentences per text must be at least 1, got " + n);
        }
        NerEvaluation evaluation = new NerEvaluation();
        for (int from = 0; from < sentences.size(); from += n) {
            List<TaggedSentence> group = sentences.subList(from, Math.min(sentences.size(), from + n));
            StringBuilder text = new StringBuilder();
            List<Span> tokens = new ArrayList<>();
            for (TaggedSentence s : group) {
                for (String token : s.tokens()) {
                    if (!text.isEmpty()) {
                        text.append(' ');
                    }
                    tokens.add(new Span(text.length(), text.length() + token.length()));
                    text.append(token);
                }
            }
            String[] predicted = predicted(tagger, text.toString(), tokens);
            int at = 0;
            for (TaggedSentence s : group) {
                evaluation.add(s.tokens(), s.tags(), Arrays.asList(predicted).subList(at, at + s.size()));
                at += s.size();
            }
        }
        return evaluation;
    }

    /** The BIO tag of each token of {@code text} at {@code tokens}, from the names the pipeline's path finds. */
    private static String[] predicted(NerTagger tagger, String text, List<Span> tokens) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        Words words = Words.of(text);
        for (NamedSpan name : tagger.tag(text, words.spans(), words.normalized())) {
            boolean first = true;
            for (int k = 0; k < tokens.size(); k++) {
                Span t = tokens.get(k);
                if (t.end() > name.start() && t.start() < name.end()) {
                    tags[k] = (first ? "B-" : "I-") + name.type();
                    first = false;
                }
            }
        }
        return tags;
    }
}
