package org.marsad.bench;

import org.marsad.analysis.Words;
import org.marsad.analysis.ner.NerTagger;

/**
 * The statistical name tagger alone, over the words of the text: the pass the tagger's tokens-per-second target
 * speaks of. Word splitting is timed with it, since the tagger needs it. Returns the word count.
 */
final class NerPass implements Pass {
    private final NerTagger tagger = NerTagger.load();
    private long produced;

    @Override
    public String name() {
        return "marsad name tagger";
    }

    @Override
    public long run(String text) {
        Words words = Words.of(text);
        produced += tagger.tag(text, words.spans(), words.normalized()).size();
        return words.size();
    }
}
