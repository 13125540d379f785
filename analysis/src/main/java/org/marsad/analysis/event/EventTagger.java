package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.analysis.Words;
import org.marsad.analysis.entity.IdSequence;
import org.marsad.analysis.entity.NameIndex;
import org.marsad.analysis.entity.SectorPhrases;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.Event;
import org.marsad.article.Quote;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.text.Span;

/**
 * Finds who did what to whom: political events coded in PLOVER with the nearest CAMEO code, their source and
 * target actors, date, mode and the speaker the text attributes them to. Thread-safe and immutable: create one
 * and share it.
 *
 * <p>Steps, each documented on its class:
 * <ol>
 *   <li>every word is looked up in the compiled {@link EventLexicon}, cues and sector nouns ({@link Vocabulary},
 *       morphology by {@link Morphology} and {@link Clitics});</li>
 *   <li>clauses and parentheses are marked ({@link Clauses}), actors found: entity mentions and sector phrases
 *       such as البرلمان الكازاخستاني, from the knowledge base's {@link SectorPhrases} when the tagger has them,
 *       else from the event package's own sector nouns ({@link ActorIndex});</li>
 *   <li>event words are picked ({@link Candidate}), given a sense, actors and mode, and the content of other
 *       events set aside ({@link Coder}, {@link Arguments}, {@link Modes});</li>
 *   <li>each event is dated by the DATE or TIME expression nearest its word in the same clause, else the same
 *       sentence; attributed to the speaker of the quote holding its word; numbered v1, v2, ... in text
 *       order.</li>
 * </ol>
 * Confidence is how surely the source was found (a subject next to the verb more than a topic earlier in the
 * clause) times how surely its words name it, times half of one plus the target's quality, or {@value
 * #NO_TARGET} when the target is unknown; rounded to two decimals.
 */
public final class EventTagger {
    static final double NO_TARGET = 0.85;
    private static final double MIN_CONFIDENCE = 0.05;
    private static final double MAX_CONFIDENCE = 0.99;
    private static final int NOT_SAME_CLAUSE = 1_000_000;
    private final EventKnowledge knowledge;
    private final SectorPhrases sectorPhrases;

    private EventTagger(EventKnowledge knowledge, SectorPhrases sectorPhrases) {
        this.knowledge = knowledge;
        this.sectorPhrases = sectorPhrases;
    }

    /**
     * A tagger with the lexicon shipped with Marsad that finds sector phrases (البرلمان الكازاخستاني) with the
     * event package's own sector nouns, over the entities it is given: for use without a knowledge base.
     */
    public static EventTagger withShippedLexicon() {
        return withLexicon(EventLexicon.shipped(), null);
    }

    /** A tagger with the shipped lexicon that takes sector phrases from the knowledge base's {@code sectorPhrases}. */
    public static EventTagger withShippedLexicon(SectorPhrases sectorPhrases) {
        return withLexicon(EventLexicon.shipped(), Objects.requireNonNull(sectorPhrases, "sectorPhrases"));
    }

    /**
     * A tagger with {@code lexicon}, for instance {@code EventLexicon.shipped().plus(EventLexicon.parse(...))}, and
     * the knowledge base's {@code sectorPhrases}, or null for the event package's own sector nouns.
     */
    public static EventTagger withLexicon(EventLexicon lexicon, SectorPhrases sectorPhrases) {
        return new EventTagger(EventKnowledge.of(Objects.requireNonNull(lexicon, "lexicon")), sectorPhrases);
    }

    /**
     * The events of {@code text}, whose sentences, words, entities, dates and quotes the pipeline found before.
     * Every span points into {@code text}.
     */
    public List<Event> tag(String text, List<Span> sentences, Words words, List<Entity> entities,
                           List<DateExpression> dates, List<Quote> quotes) {
        return tag(text, sentences, words, entities, dates, quotes, null);
    }

    /**
     * As {@link #tag(String, List, Words, List, List, List)}, the knowledge base's names of the text looked up
     * through {@code names} (or null), a lookup of these words that the entity tagger shares.
     */
    public List<Event> tag(String text, List<Span> sentences, Words words, List<Entity> entities,
                           List<DateExpression> dates, List<Quote> quotes, NameIndex.Lookup names) {
        Objects.requireNonNull(text, "text");
        if (words.size() > 0 && words.span(words.size() - 1).end() > text.length()) {
            throw new IllegalArgumentException("words must lie within the text of length " + text.length()
                    + ", got a word ending at " + words.span(words.size() - 1).end());
        }
        Hit[][] hits = knowledge.vocabulary().analyze(words, text);
        Clauses clauses = Clauses.of(text, sentences, words, hits);
        List<SectorPhrases.SectorPhrase> phrases = sectorPhrases == null ? null
                : sectorPhrases.find(text, words.spans(), words.normalized(), names);
        ActorIndex actors = ActorIndex.of(text, words, entities, hits, clauses, knowledge, phrases);
        Passage p = new Passage(text, words, hits, clauses, actors, dates);
        List<Coder.Draft> drafts = new Coder(p).code(Candidate.find(p));
        IdSequence ids = new IdSequence("v");
        List<Event> events = new ArrayList<>(drafts.size());
        for (Coder.Draft d : drafts) {
            events.add(event(p, d, ids.next(), dates, quotes));
        }
        return events;
    }

    private static Event event(Passage p, Coder.Draft d, String id, List<DateExpression> dates, List<Quote> quotes) {
        int w = d.candidate().word();
        Span span = p.words().span(w);
        TextSpan trigger = TextSpan.of(p.text(), Passage.skipLetters(p.text(), span.start(), d.candidate().hit().stripLetters()), span.end());
        Arguments.Found f = d.found();
        EventEntry e = d.entry();
        return new Event(id, e.plover().name(), e.cameo(), e.goldstein(), f.source().actor(),
                f.target() == null ? null : f.target().actor(), trigger, p.clauses().sentence(w), dateOf(p, w, dates),
                speakerOf(trigger, quotes), d.mode(), confidence(f));
    }

    private static double confidence(Arguments.Found f) {
        double target = f.target() == null ? NO_TARGET : (1 + f.target().quality()) / 2;
        double c = f.confidence() * f.source().quality() * target;
        return Math.max(MIN_CONFIDENCE, Math.min(MAX_CONFIDENCE, Math.round(c * 100) / 100.0));
    }

    /** The id of the DATE or TIME expression nearest word {@code w}: in its clause, else in its sentence; or null. */
    private static String dateOf(Passage p, int w, List<DateExpression> dates) {
        int at = p.words().span(w).start();
        String best = null;
        long bestScore = Long.MAX_VALUE;
        for (DateExpression d : dates) {
            int dw = Math.min(p.words().firstAtOrAfter(d.start()), p.size() - 1);
            if ((d.type() != TimexType.DATE && d.type() != TimexType.TIME) || p.clauses().sentence(dw) != p.clauses().sentence(w)) {
                continue;
            }
            long score = Math.abs((long) d.start() - at) + (p.clauses().start(dw) == p.clauses().start(w) ? 0 : NOT_SAME_CLAUSE);
            if (score < bestScore) {
                best = d.id();
                bestScore = score;
            }
        }
        return best;
    }

    /** The speaker of the quote whose span holds {@code trigger}, or null. */
    private static String speakerOf(TextSpan trigger, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.start() <= trigger.start() && trigger.end() <= q.end()) {
                return q.speaker();
            }
        }
        return null;
    }
}
