package org.marsad.analysis.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Tags Arabic words with named-entity labels (ANERcorp's BIO tags over PERS, LOC, ORG, MISC) with a linear-chain
 * CRF trained by {@link NerTrainer}; {@link #load()} reads the model shipped with Marsad, trained on ANERcorp.
 *
 * <p>Rules:
 * <ul>
 *   <li>tokens are words as ANERcorp has them: split at spaces, punctuation apart, clitics still attached
 *       (وبالقاهرة is one token); {@link #tagTokens} tags its tokens as one sentence;</li>
 *   <li>the output is well-formed BIO: {@code I-T} only after {@code B-T} or {@code I-T};</li>
 *   <li>{@link #tag} reads a text's words with the punctuation marks and numbers between them, which the model was
 *       trained with, tags it sentence by sentence, a sentence ending after a token . ! ? or ؟ (where ANERcorp's
 *       sentences end), and returns each entity as a character span from its first word's start to
 *       its last word's end, minus a conjunction and a preposition glued before an article (وبالقاهرة gives
 *       القاهرة), which are no part of the name;</li>
 *   <li>a span's confidence is the smallest, over its words, model probability of the label given to the
 *       word (a marginal over all label paths, see {@link ForwardBackward}, within {@value #MARGINAL_WINDOW} tokens
 *       of the span);</li>
 *   <li>a name found in one sentence is also a name where it recurs within twenty sentences ({@link NamePropagation}):
 *       {@link #tag} looks across the sentences of its text, {@link #tagSentences} across the sentences given,
 *       {@link #tagTokens} within its one sentence; a name so carried has the best confidence of the occurrences
 *       it was carried from;</li>
 *   <li>the same input always gives the same output.</li>
 * </ul>
 * Immutable and thread-safe: each call works on its own buffers.
 */
public final class NerTagger {
    /** The shipped model's resource name, beside this class. */
    public static final String MODEL_RESOURCE = "ner-anercorp.bin.gz";
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟");
    /**
     * Tokens on either side of a name that its confidence is worked out over. At 8, the confidences of the
     * entities of SaudiNewsNet's 31,030 articles differ from the whole sentence's by 0.0007 at most and nearly all
     * by under 10^-13, and no mention's confidence (two decimals) changes; at 5, by up to 0.06.
     */
    static final int MARGINAL_WINDOW = 8;

    private final NerModel model;
    private final EmissionScorer scorer;
    private final ForwardBackward.Transitions transitionProbabilities;

    NerTagger(NerModel model) {
        this.model = Objects.requireNonNull(model, "model must not be null");
        this.scorer = new EmissionScorer(model.weights(), model.lexicons());
        this.transitionProbabilities = ForwardBackward.Transitions.of(model.transitionsView());
    }

    /** The tagger of the model shipped with Marsad. */
    public static NerTagger load() {
        try (InputStream in = NerTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the NER model " + MODEL_RESOURCE + " is missing from the class path");
            }
            return new NerTagger(ModelIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + MODEL_RESOURCE, e);
        }
    }

    /** The tagger of a model read from {@code in}, as {@link #write} writes it; the caller closes the stream. */
    public static NerTagger read(InputStream in) throws IOException {
        return new NerTagger(ModelIO.read(in));
    }

    /** Writes this tagger's model to {@code out}; the caller closes the stream. */
    public void write(OutputStream out) throws IOException {
        ModelIO.write(model, out);
    }

    /** Whether the model was trained with the same text normalization as the one running now. */
    public boolean normalizerMatchesModel() {
        return model.normalizerProbe().equals(NerModel.currentProbe());
    }

    /** The BIO tag of each token, such as {@code B-PERS}, {@code I-LOC} or {@code O}, the tokens being one sentence. */
    public List<String> tagTokens(List<String> tokens) {
        Objects.requireNonNull(tokens, "tokens must not be null");
        return tagSentences(List.of(tokens)).get(0);
    }

    /**
     * The BIO tags of each token of consecutive {@code sentences} (of one text, or a file of sentences in reading
     * order), {@link NamePropagation names found in one} carried to the sentences around it.
     */
    public List<List<String>> tagSentences(List<List<String>> sentences) {
        Objects.requireNonNull(sentences, "sentences must not be null");
        List<List<String>> normalized = new ArrayList<>(sentences.size());
        List<float[]> emissions = new ArrayList<>(sentences.size());
        List<int[]> labels = new ArrayList<>(sentences.size());
        EmissionScorer.UnknownWords unknown = new EmissionScorer.UnknownWords();
        for (List<String> tokens : sentences) {
            List<String> forms = normalized(Objects.requireNonNull(tokens, "sentences must not hold null"));
            float[] scores = tokens.isEmpty() ? new float[0] : scorer.emissions(tokens, forms, unknown);
            normalized.add(forms);
            emissions.add(scores);
            labels.add(tokens.isEmpty() ? new int[0] : Decoder.decode(scores, tokens.size(), model.transitionsView()));
        }
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int[] sentence : NamePropagation.apply(normalized, labels, new EmissionShares(emissions))) {
            out.add(names(sentence));
        }
        return out;
    }

    /**
     * How much a span of words looks like a name of a type to the CRF's emission scores alone: the least, over
     * its words, of the softmax share of that type's labels among the word's label scores. Transitions are left
     * out: the question is whether the word in its context can be a name at all (على, أمام cannot), and
     * forward-backward for it cost a tenth of the tagger's time.
     */
    private record EmissionShares(List<float[]> emissions) implements NamePropagation.Plausibility {

        @Override
        public double of(int sentence, int start, int end, int type) {
            float[] scores = emissions.get(sentence);
            double least = 1;
            for (int i = start; i < end; i++) {
                least = Math.min(least, share(scores, i * Labels.COUNT, type));
            }
            return least;
        }

        private static double share(float[] scores, int base, int type) {
            float max = Float.NEGATIVE_INFINITY;
            for (int y = 0; y < Labels.COUNT; y++) {
                max = Math.max(max, scores[base + y]);
            }
            double sum = 0;
            double typed = 0;
            for (int y = 0; y < Labels.COUNT; y++) {
                double e = Math.exp(scores[base + y] - max);
                sum += e;
                if (y == Labels.begin(type) || y == Labels.inside(type)) {
                    typed += e;
                }
            }
            return typed / sum;
        }
    }

    /**
     * The named entities among the words {@code wordSpans} of {@code text}, in text order. The punctuation marks
     * and numbers between the words are tokens too, as in ANERcorp, whether {@code wordSpans} has them or not.
     */
    public List<NamedSpan> tag(String text, List<Span> wordSpans) {
        return tag(Tokens.of(text, wordSpans, null));
    }

    /**
     * The named entities among the words {@code wordSpans} of {@code text}, in text order, given the words'
     * {@link ArabicNormalizer#normalize normalized} forms (the pipeline's word list has them already).
     */
    public List<NamedSpan> tag(String text, List<Span> wordSpans, List<String> normalized) {
        Objects.requireNonNull(normalized, "normalized must not be null");
        if (normalized.size() != wordSpans.size()) {
            throw new IllegalArgumentException("need one normalized form per word, got " + wordSpans.size()
                    + " words and " + normalized.size() + " forms");
        }
        return tag(Tokens.of(text, wordSpans, normalized));
    }

    private List<NamedSpan> tag(Tokens text) {
        List<String> tokens = text.raw();
        List<String> normalized = text.normalized();
        List<Integer> starts = new ArrayList<>();
        List<List<String>> sentences = new ArrayList<>();
        List<List<NamePropagation.Found>> found = new ArrayList<>();
        List<float[]> emissions = new ArrayList<>();
        EmissionScorer.UnknownWords unknown = new EmissionScorer.UnknownWords();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i == tokens.size() - 1 || isSentenceEnd(tokens.get(i))) {
                starts.add(start);
                sentences.add(normalized.subList(start, i + 1));
                float[] scores = scorer.emissions(tokens.subList(start, i + 1), normalized.subList(start, i + 1), unknown);
                emissions.add(scores);
                found.add(sentenceEntities(scores, i + 1 - start));
                start = i + 1;
            }
        }
        List<List<NamePropagation.Found>> added = NamePropagation.added(sentences, found,
                new EmissionShares(emissions));
        List<NamedSpan> spans = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<NamePropagation.Found> all = new ArrayList<>(found.get(s));
            all.addAll(added.get(s));
            all.sort(Comparator.comparingInt(NamePropagation.Found::start));
            for (NamePropagation.Found f : all) {
                NamedSpan span = span(tokens, normalized, text.spans(), starts.get(s), f);
                if (span != null) {
                    spans.add(span);
                }
            }
        }
        return spans;
    }

    /**
     * The tokens of a text as ANERcorp has them, with their spans and normalized forms: the given words, and the
     * punctuation marks and numbers of the gaps between them ({@link UnlabelledCorpus#splitWord}'s split), without
     * which the model would read across commas and sentence ends (three points of dev micro-F1). Words joined by
     * one mark with no space around it are one token, as ANERcorp splits at spaces first: بي.بي.سي is one
     * abbreviation, not three sentences; nor does the full stop of a spelt-out letter end a sentence before the
     * next letter (إف. بي. آي: words of at most {@value #ABBREVIATION_LETTERS} letters or names of Latin letters
     * such as إيه and دبليو on either side). But a full
     * stop, comma, colon, semicolon, question or exclamation mark between longer words is a space left out
     * ("توريس.وأصبح"), and parts them as the mark and a space would.
     */
    record Tokens(List<String> raw, List<String> normalized, List<Span> spans) {
        static final int ABBREVIATION_LETTERS = 2;
        /** The Latin letters whose Arabic names are longer than two letters, normalized: إيه.بي.سي، بي.إم.دبليو. */
        private static final Set<String> LETTER_NAMES = Set.of("ايه", "اتش", "جيه", "كيه", "كيو", "دبليو", "اكس",
                "واي", "زد", "اي");
        /** The most chars of a letter's name, diacritics included. */
        private static final int MAX_LETTER_NAME = 8;
        /** Marks that part two longer words even with no space after them: a typist's missing space. */
        private static final String SEPARATORS = ".,،:;؛!?؟";

        /** A word spelt as its normalized form (given, or null) is that String, which saves a copy for most words. */
        static Tokens of(String text, List<Span> wordSpans, List<String> normalized) {
            Objects.requireNonNull(text, "text must not be null");
            Objects.requireNonNull(wordSpans, "wordSpans must not be null");
            int capacity = wordSpans.size() + wordSpans.size() / 4;
            Tokens out = new Tokens(new ArrayList<>(capacity), new ArrayList<>(capacity), new ArrayList<>(capacity));
            int gap = 0;
            for (int i = 0; i < wordSpans.size(); i++) {
                Span span = wordSpans.get(i);
                if (span.end() > text.length() || span.start() < gap) {
                    throw new IllegalArgumentException("word span " + span + " ends beyond the text's " + text.length()
                            + " chars or overlaps the word before");
                }
                boolean glued = i > 0 && span.start() == gap + 1 && !isSpace(text.charAt(gap));
                boolean separated = glued && SEPARATORS.indexOf(text.charAt(gap)) >= 0;
                boolean dotted = i > 0 && gap < span.start() && text.charAt(gap) == '.';
                boolean letters = (separated || dotted) && isSpeltLetter(text, wordSpans.get(i - 1))
                        && isSpeltLetter(text, span);
                if (glued && (letters || !separated)) {
                    out.joinLast(text, span);
                } else {
                    out.addGap(text, gap, span.start(), letters);
                    String form = normalized == null ? null : normalized.get(i);
                    boolean asNormalized = form != null && form.length() == span.length()
                            && text.regionMatches(span.start(), form, 0, form.length());
                    String raw = asNormalized ? form : span.of(text);
                    out.add(raw, form != null ? form : ArabicNormalizer.normalize(raw), span);
                }
                gap = span.end();
            }
            out.addGap(text, gap, text.length(), false);
            return out;
        }

        /**
         * Whether {@code c} parts words rather than gluing them: white space and the no-break space. A no-break space
         * is still a token of its own, as a mark is: Tunisian sites part the names of a list with it; glued to the
         * words around it, it made one token of a name and the title after it (التويجري عضو).
         */
        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        /** Whether the word at {@code span} is a short one or the Arabic name of a Latin letter: an abbreviation's. */
        private static boolean isSpeltLetter(String text, Span span) {
            if (span.length() > MAX_LETTER_NAME) {
                return false;
            }
            String word = ArabicNormalizer.normalize(span.of(text));
            return word.length() <= ABBREVIATION_LETTERS || LETTER_NAMES.contains(word);
        }

        /**
         * Whether {@code c} is white space or an invisible format mark (the bidi marks U+200E, U+200F, U+202A–U+202E,
         * the zero-width joiners), which no reader sees: "بن صالح \u200Fالراجحي" is one name, no token between.
         */
        private static boolean isBlank(char c) {
            return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT;
        }

        /** Adds the tokens of text[from, to); {@code betweenLetters}: a full stop right at {@code from} is left out. */
        private void addGap(String text, int from, int to, boolean betweenLetters) {
            for (int i = from; i < to; i++) {
                if (!isBlank(text.charAt(i))) {
                    int end = i + 1;
                    while (end < to && !isBlank(text.charAt(end))) {
                        end++;
                    }
                    if (betweenLetters && i == from && end == i + 1 && text.charAt(i) == '.') {
                        continue;
                    }
                    UnlabelledCorpus.splitWord(text, i, end, (start, stop) -> {
                        String token = text.substring(start, stop);
                        add(token, ArabicNormalizer.normalize(token), new Span(start, stop));
                    });
                    i = end;
                }
            }
        }

        /** Extends the last token to the end of {@code span}, over the one mark before it. */
        private void joinLast(String text, Span span) {
            int last = raw.size() - 1;
            Span joined = new Span(spans.get(last).start(), span.end());
            raw.set(last, joined.of(text));
            normalized.set(last, ArabicNormalizer.normalize(raw.get(last)));
            spans.set(last, joined);
        }

        private void add(String token, String form, Span span) {
            raw.add(token);
            normalized.add(form);
            spans.add(span);
        }
    }

    /** The entities the CRF finds in a sentence of {@code n} words scored {@code emissions}, with their confidence. */
    private List<NamePropagation.Found> sentenceEntities(float[] emissions, int n) {
        float[] transitions = model.transitionsView();
        int[] labels = Decoder.decode(emissions, n, transitions);
        List<NamePropagation.Found> entities = NamePropagation.entities(labels);
        if (entities.isEmpty()) {
            return entities; // the marginals serve the confidence of entities only
        }
        double[] marginals = entityMarginals(emissions, n, labels, entities);
        List<NamePropagation.Found> out = new ArrayList<>(entities.size());
        for (NamePropagation.Found f : entities) {
            double confidence = 1;
            for (int i = f.start(); i < f.end(); i++) {
                confidence = Math.min(confidence, marginals[i]);
            }
            out.add(new NamePropagation.Found(f.type(), f.start(), f.end(), Math.max(0, Math.min(1, confidence))));
        }
        return out;
    }

    /**
     * The marginals of the path {@code labels} at the tokens of {@code entities} (in order, not overlapping), each
     * worked out on a {@link ForwardBackward#windowMarginals window} of {@value #MARGINAL_WINDOW} tokens either side
     * of its entity, windows that meet being joined; 0 at tokens outside every window. A sentence of news is long
     * and its names few, and the marginals of the whole sentence cost a fifth of the tagger's time.
     */
    private double[] entityMarginals(float[] emissions, int n, int[] labels, List<NamePropagation.Found> entities) {
        double[] out = new double[n];
        int k = 0;
        while (k < entities.size()) {
            int from = Math.max(0, entities.get(k).start() - MARGINAL_WINDOW);
            int to = Math.min(n, entities.get(k).end() + MARGINAL_WINDOW);
            while (k + 1 < entities.size() && entities.get(k + 1).start() - MARGINAL_WINDOW <= to) {
                k++;
                to = Math.min(n, entities.get(k).end() + MARGINAL_WINDOW);
            }
            double[] window = ForwardBackward.windowMarginals(emissions, n, from, to, transitionProbabilities, labels);
            System.arraycopy(window, 0, out, from, to - from);
            k++;
        }
        return out;
    }

    /**
     * The character span of the entity {@code f} of the sentence starting at token {@code from}, from its first word
     * to its last (punctuation at either end left out); null when it has no word.
     */
    private NamedSpan span(List<String> tokens, List<String> normalized, List<Span> spans, int from,
                           NamePropagation.Found f) {
        int first = from + f.start();
        int last = from + f.end() - 1;
        while (first <= last && !hasLetter(tokens.get(first))) {
            first++;
        }
        while (last > first && !hasLetter(tokens.get(last))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        int clitics = spelledWithItsLetters(normalized.get(first)) ? 0 : procliticsBeforeArticle(tokens.get(first));
        int begin = spans.get(first).start() + clitics;
        return new NamedSpan(begin, spans.get(last).end(), Labels.TYPES.get(f.type()), f.confidence());
    }

    private static boolean hasLetter(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetter(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    NerModel model() {
        return model;
    }

    /**
     * How many letters of a conjunction (و، ف) and a preposition (ب، ل) precede an article ال in {@code word}. Not
     * ك: "like the" seldom comes before a name, while كال begins many (كاليفورنيا، كالينينغراد، كالغاري).
     */
    static int procliticsBeforeArticle(String word) {
        int at = 0;
        if (at < word.length() && Clitics.isConjunction(word.charAt(at))) {
            at++;
        }
        if (at < word.length() && Clitics.isPreposition(word.charAt(at)) && word.charAt(at) != 'ك'
                && word.startsWith("ال", at + 1)) {
            at++;
        }
        boolean article = at > 0 && word.startsWith("ال", at) && word.length() - at - 2 >= Clitics.MIN_STEM;
        return article ? at : 0;
    }

    /**
     * Whether the normalized {@code word}, which reads as a conjunction or preposition before the article, is a name
     * that begins with those letters: news writes it whole often enough for the word classes (فالنسيا، باليرمو)
     * and never without them (النسيا); a word and the article (والعراق) is written both ways.
     */
    boolean spelledWithItsLetters(String word) {
        WordClusters classes = model.lexicons().clusters();
        int clitics = procliticsBeforeArticle(word);
        return clitics > 0 && classes.packedOf(FeatureHash.of(word)) >= 0
                && classes.packedOf(FeatureHash.of(word, clitics, word.length())) < 0;
    }

    /**
     * Whether the normalized {@code word} is common in the unlabelled news the model's word classes were learnt from
     * (seen there five times or more): a rare word is more likely a name.
     */
    public boolean knowsWord(String word) {
        return model.lexicons().clusters().packedOf(FeatureHash.of(word)) >= 0;
    }

    /** Whether {@code token} ends a sentence; most are words, which a look at their length rules out. */
    private static boolean isSentenceEnd(String token) {
        return token.length() == 1 && SENTENCE_ENDS.contains(token);
    }

    private static List<String> normalized(List<String> tokens) {
        List<String> forms = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            forms.add(ArabicNormalizer.normalize(Objects.requireNonNull(token, "tokens must not be null")));
        }
        return forms;
    }

    private static List<String> names(int[] labels) {
        String[] names = new String[labels.length];
        for (int i = 0; i < labels.length; i++) {
            names[i] = Labels.name(labels[i]);
        }
        return Arrays.asList(names);
    }
}
