package org.marsad.analysis.event;

import java.util.List;
import org.marsad.analysis.Words;
import org.marsad.article.DateExpression;

/**
 * One article as the event rules read it: its words with their vocabulary hits, clauses and actors, and the
 * small questions the rules ask about them ("is the next word an actor?", "is there a negation before?").
 *
 * <p>Rules shared by every question: the search never leaves the clause of the word it starts from, passes
 * masked (parenthetical) words, and, when looking for the word next to another, passes words inside a date
 * expression too (وقّعت كازاخستان في 22 كانون الأول اتفاقية: the date does not separate verb and object).
 */
final class Passage {
    private final String text;
    private final Words words;
    private final Hit[][] hits;
    private final Clauses clauses;
    private final ActorIndex actors;
    private final boolean[] dated;

    Passage(String text, Words words, Hit[][] hits, Clauses clauses, ActorIndex actors, List<DateExpression> dates) {
        this.text = text;
        this.words = words;
        this.hits = hits;
        this.clauses = clauses;
        this.actors = actors;
        this.dated = datedWords(words, dates);
    }

    String text() {
        return text;
    }

    Words words() {
        return words;
    }

    Hit[] hits(int w) {
        return hits[w];
    }

    Clauses clauses() {
        return clauses;
    }

    ActorIndex actors() {
        return actors;
    }

    int size() {
        return words.size();
    }

    /** The next word after {@code w} in its clause that is neither masked nor dated, or -1. */
    int next(int w) {
        for (int k = w + 1; k < clauses.end(w); k++) {
            if (!clauses.masked(k) && !dated[k]) {
                return k;
            }
        }
        return -1;
    }

    /** The previous word before {@code w} in its clause that is neither masked nor dated, or -1. */
    int previous(int w) {
        for (int k = w - 1; k >= clauses.start(w); k--) {
            if (!clauses.masked(k) && !dated[k]) {
                return k;
            }
        }
        return -1;
    }

    /** The actor starting at word {@code w} that could be a subject or object: no preposition in front. */
    ActorSpan bareActorAt(int w) {
        ActorSpan a = actors.startingAt(w);
        return a != null && !a.adjective() && isBare(a) ? a : null;
    }

    boolean isBare(ActorSpan a) {
        if (a.preposition() != 0) {
            return false;
        }
        int before = a.first() - 1;
        return before < clauses.start(a.first()) || !hasCue(before, CueRole.PREPOSITION);
    }

    /** The last bare actor ending at or before word {@code w} in the clause of {@code w}, or null. */
    ActorSpan lastBareActorBefore(int w) {
        for (int k = w - 1; k >= clauses.start(w); k--) {
            ActorSpan a = actors.covering(k);
            if (a != null && !clauses.masked(k) && a.end() <= w && !a.adjective() && isBare(a)) {
                return a;
            }
        }
        return null;
    }

    /**
     * The first actor (not a lone adjective, not {@code other}) starting in {@code [from, to)} within the clause
     * of word {@code anchor}, or null.
     */
    ActorSpan firstActorIn(int anchor, int from, int to, ActorSpan other) {
        int end = Math.min(to, clauses.end(anchor));
        for (int k = Math.max(from, clauses.start(anchor)); k < end; k++) {
            ActorSpan a = actors.startingAt(k);
            if (a != null && !clauses.masked(k) && !a.adjective() && !a.sameActorAs(other)) {
                return a;
            }
        }
        return null;
    }

    /** Whether word {@code w} is a cue of {@code role}, with the rest of a multi-word cue after it. */
    boolean hasCue(int w, CueRole role) {
        for (Hit h : hits[w]) {
            if (h.sense() instanceof Sense.Cue c && c.role() == role && phraseEnd(words, w, c.rest()) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The nearest word before {@code w}, in its clause and at most {@code max} words back, that is a cue of {@code role}; else -1. */
    int cueBefore(int w, CueRole role, int max) {
        for (int k = w - 1; k >= clauses.start(w) && k >= w - max; k--) {
            if (hasCue(k, role)) {
                return k;
            }
        }
        return -1;
    }

    /** The hit of a cue of {@code role} at word {@code w}, or null. */
    Hit cueHit(int w, CueRole role) {
        for (Hit h : hits[w]) {
            if (h.sense() instanceof Sense.Cue c && c.role() == role) {
                return h;
            }
        }
        return null;
    }

    /** Whether word {@code w} is the free-standing word {@code word}, a conjunction allowed in front. */
    boolean isWord(int w, String word) {
        String n = words.normalized(w);
        return n.equals(word) || n.length() == word.length() + 1 && Clitics.isConjunction(n.charAt(0)) && n.endsWith(word);
    }

    /** The word after the phrase of {@code rest} following word {@code w}, or -1 when the words differ. */
    static int phraseEnd(Words words, int w, List<String> rest) {
        if (w + 1 + rest.size() > words.size()) {
            return -1;
        }
        for (int k = 0; k < rest.size(); k++) {
            if (!words.normalized(w + 1 + k).equals(rest.get(k))) {
                return -1;
            }
        }
        return w + 1 + rest.size();
    }

    /** The offset after {@code letters} letters from {@code from}, passing the marks that ride on each. */
    static int skipLetters(String text, int from, int letters) {
        int i = from;
        for (int k = 0; k < letters && i < text.length(); k++) {
            i++;
            while (i < text.length() && Clitics.isMark(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean[] datedWords(Words words, List<DateExpression> dates) {
        boolean[] dated = new boolean[words.size()];
        for (DateExpression d : dates) {
            for (int w = words.firstAtOrAfter(d.start()); w < words.size() && words.span(w).end() <= d.end(); w++) {
                dated[w] = true;
            }
        }
        return dated;
    }
}
