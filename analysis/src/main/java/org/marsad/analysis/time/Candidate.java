package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * A temporal expression a rule found: characters {@code [start, end)} of the text, the index of the token
 * {@code next} after it, and its TIMEX3 attributes.
 */
record Candidate(int start, int end, int next, TimexType type, String value, String mod, boolean anchored) {

    /** A candidate from {@code start} to the end of the token before {@code next}. */
    static Candidate of(Tokens tokens, int start, int next, TimexType type, Resolved resolved, String mod) {
        return new Candidate(start, tokens.end(next - 1), next, type, resolved.value(), mod, resolved.anchored());
    }

    /** The longer of two candidates (either may be null); the first on a tie, as rules are ordered. */
    static Candidate longer(Candidate a, Candidate b) {
        if (a == null) {
            return b;
        }
        return b != null && b.end - b.start > a.end - a.start ? b : a;
    }

    /** This expression widened to start at {@code from} under modifier {@code newMod}. */
    Candidate modified(int from, String newMod) {
        return new Candidate(from, end, next, type, value, newMod, anchored);
    }

    Resolved resolved() {
        return new Resolved(value, anchored);
    }
}
