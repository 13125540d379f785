package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.article.EventMode;

/**
 * Codes an article's candidate event words in text order: picks each one's sense, finds its actors and mode,
 * and settles which event words are the content of another.
 *
 * <p>Rules:
 * <ul>
 *   <li>Sense: the first of the word's lexicon senses whose object noun follows within {@value #OBJECT_REACH}
 *       words of the clause, or that needs none.</li>
 *   <li>An event word in the complement of another ({@link Arguments}) is that event's content, not an event:
 *       طالبت موسكو بانسحاب الناتو is a demand, no withdrawal; صادق البرلمان على وثيقة التعاون an agreement.</li>
 *   <li>Except under a plan or a denial (تخطط، تعتزم، تنفي), whose complement runs to the end of the clause:
 *       there the governed event is coded with the mode passed down and, when it names no source, the
 *       governing word's source (تعتزم روسيا فرض عقوبات: Russia would impose them). A planning word that
 *       governs an event is then no event itself; a denial is one (REJECT, 016) beside the event denied.</li>
 *   <li>An event needs a source; the target may stay unknown.</li>
 * </ul>
 */
final class Coder {
    static final int OBJECT_REACH = 10;
    static final double INHERITED = 0.6;
    private final Passage p;

    /** The stretch after an event word in which another event word is its content. */
    private record Governor(int from, int end, EventMode passes, Draft owner, ActorSpan source) {
        boolean governs(int w) {
            return from < w && w < end;
        }
    }

    /** An event found, before ids, dates and attribution are given. */
    record Draft(Candidate candidate, EventEntry entry, Arguments.Found found, EventMode mode) {
    }

    Coder(Passage p) {
        this.p = p;
    }

    List<Draft> code(List<Candidate> candidates) {
        List<Draft> drafts = new ArrayList<>();
        List<Governor> governors = new ArrayList<>();
        Set<Draft> superseded = new HashSet<>();
        for (Candidate c : candidates) {
            Governor g = governing(governors, c.word());
            Sense.Coding coding = g != null && g.passes() == null ? null : sense(c);
            if (coding == null) {
                continue;
            }
            Arguments.Found f = found(c, coding, g);
            Draft d = f.source() == null ? null
                    : new Draft(c, coding.entry(), f, Modes.of(p, c.word(), c.hit(), coding.entry(), g == null ? null : g.passes()));
            if (d != null) {
                drafts.add(d);
                if (g != null && g.passes() == EventMode.PLANNED && g.owner() != null) {
                    superseded.add(g.owner());
                }
            }
            governors.add(governor(c, coding, f, d));
        }
        drafts.removeAll(superseded);
        return drafts;
    }

    /** The actors of the event word; one that names no source takes that of a plan or denial governing it. */
    private Arguments.Found found(Candidate c, Sense.Coding coding, Governor g) {
        Arguments.Found f = Arguments.of(p, c.word(), c.hit(), coding);
        boolean inherits = f.source() == null && g != null && g.passes() != null && g.source() != null;
        return inherits ? f.withSource(g.source(), INHERITED) : f;
    }

    private Governor governor(Candidate c, Sense.Coding coding, Arguments.Found f, Draft d) {
        EventMode passes = coding.entry().mode() == EventMode.ASSERTED ? null : coding.entry().mode();
        int end = passes == null ? f.complementEnd() : p.clauses().end(c.word());
        return new Governor(c.word(), end, passes, d, f.source());
    }

    private static Governor governing(List<Governor> governors, int w) {
        for (int i = governors.size() - 1; i >= 0; i--) {
            if (governors.get(i).governs(w)) {
                return governors.get(i);
            }
        }
        return null;
    }

    private Sense.Coding sense(Candidate c) {
        for (Sense.Coding coding : c.trigger().codings()) {
            if (coding.objects().isEmpty() || objectFollows(c.word(), coding.objects())) {
                return coding;
            }
        }
        return null;
    }

    private boolean objectFollows(int w, Set<String> objects) {
        int end = Math.min(p.clauses().end(w), w + 1 + OBJECT_REACH);
        for (int k = w + 1; k < end; k++) {
            for (Hit h : p.hits(k)) {
                if (h.sense() instanceof Sense.ObjectNoun o && objects.contains(o.key())) {
                    return true;
                }
            }
        }
        return false;
    }
}
