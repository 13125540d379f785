package org.marsad.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.analysis.Words;
import org.marsad.analysis.ner.NamedSpan;
import org.marsad.analysis.ner.NerEvaluation;
import org.marsad.analysis.ner.NerTagger;
import org.marsad.analysis.ner.TaggedSentence;
import org.marsad.article.Article;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.Span;

/**
 * Scores names found in running text on gold sentences: every {@code n} consecutive sentences are joined, tokens
 * apart by spaces, into one text; the names found in it are put back on the gold tokens they cover, the first as
 * {@code B-T}, the others {@code I-T}. Two finders:
 *
 * <ul>
 *   <li>{@link #tagger}: the name tagger the way {@code marsad analyze} runs it, through the pipeline's word list
 *       ({@link Words}, which leaves punctuation and numbers out). A gap between this and the tagger on the gold
 *       tokens is a bug of the pipeline's path: it once tagged texts without their commas and full stops.</li>
 *   <li>{@link #pipeline}: the entities of the whole analysis (knowledge base, role phrases, the tagger's mended
 *       proposals), their mentions by name and by a place standing for a government, typed PERSON→PERS, ORG→ORG,
 *       GPE and LOC→LOC, GROUP and MISC→MISC. It measures the entity rules against gold data; the gold's own
 *       conventions differ from the analysis' in places (ANERcorp tags currencies as MISC and leaves the head noun
 *       out of قطاع غزة), so it is a tool to find the rules' errors, not the tagger's score.</li>
 * </ul>
 */
final class TextPathScoring {

    private TextPathScoring() {
    }

    /** The names found in a text, typed with the gold's labels (PERS, LOC, ORG, MISC). */
    interface NameFinder extends Function<String, List<NamedSpan>> {
    }

    static NameFinder tagger(NerTagger tagger) {
        return text -> {
            Words words = Words.of(text);
            return tagger.tag(text, words.spans(), words.normalized());
        };
    }

    static NameFinder pipeline(ArticleAnalyzer analyzer) {
        return text -> {
            List<NamedSpan> names = new ArrayList<>();
            for (Entity e : analyzer.analyze(Article.of(text)).entities()) {
                for (Mention m : e.mentions()) {
                    if (m.kind() == MentionKind.NAME || m.kind() == MentionKind.METONYM) {
                        names.add(new NamedSpan(m.start(), m.end(), goldType(e.type()), e.confidence()));
                    }
                }
            }
            names.sort(Comparator.comparingInt(NamedSpan::start));
            return names;
        };
    }

    static String goldType(EntityType type) {
        return switch (type) {
            case PERSON -> "PERS";
            case ORG -> "ORG";
            case GPE, LOC -> "LOC";
            case GROUP, MISC -> "MISC";
        };
    }

    static NerEvaluation evaluate(NameFinder finder, List<TaggedSentence> sentences, int n) {
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
            String[] predicted = predicted(finder.apply(text.toString()), tokens);
            int at = 0;
            for (TaggedSentence s : group) {
                evaluation.add(s.tokens(), s.tags(), Arrays.asList(predicted).subList(at, at + s.size()));
                at += s.size();
            }
        }
        return evaluation;
    }

    /**
     * The BIO tag of each token at {@code tokens}, from {@code names} in order of their starts; a name overlapping
     * one already placed is left out.
     */
    private static String[] predicted(List<NamedSpan> names, List<Span> tokens) {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        int placedEnd = -1;
        for (NamedSpan name : names) {
            if (name.start() < placedEnd) {
                continue;
            }
            boolean first = true;
            for (int k = 0; k < tokens.size(); k++) {
                Span t = tokens.get(k);
                if (t.end() > name.start() && t.start() < name.end()) {
                    tags[k] = (first ? "B-" : "I-") + name.type();
                    first = false;
                }
            }
            placedEnd = Math.max(placedEnd, name.end());
        }
        return tags;
    }
}
