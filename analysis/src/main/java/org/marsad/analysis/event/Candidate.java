package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A word that may state an event: one reading of it as an event word of the lexicon.
 *
 * <p>Rules for finding them ({@link #find}):
 * <ul>
 *   <li>A word inside an entity's name is no event word (منظمة التعاون الإسلامي).</li>
 *   <li>Right after a free-standing preposition a word reads as a noun (في بحث، من التعاون), never a verb.</li>
 *   <li>A word that reads both ways without such a hint (دعم، قصف) is taken as a verb.</li>
 *   <li>A reading with more clitics in front than another reading of the word, of any sense, is dropped: وزارتها
 *       is a ministry with its pronoun, not و + زارت.</li>
 * </ul>
 */
record Candidate(int word, Hit hit, Sense.Trigger trigger) {

    static List<Candidate> find(Passage p) {
        List<Candidate> out = new ArrayList<>();
        for (int w = 0; w < p.size(); w++) {
            Candidate c = p.actors().inEntityName(w) ? null : best(p, w);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Candidate best(Passage p, int w) {
        boolean afterPreposition = w > p.clauses().start(w) && p.hasCue(w - 1, CueRole.PREPOSITION);
        int fewest = Integer.MAX_VALUE;
        for (Hit h : p.hits(w)) {
            fewest = Math.min(fewest, h.proclitics());
        }
        Candidate best = null;
        for (Hit h : p.hits(w)) {
            if (!(h.sense() instanceof Sense.Trigger t) || afterPreposition && h.aspect().isVerb() || h.proclitics() > fewest) {
                continue;
            }
            if (best == null || h.aspect().isVerb() && !best.hit().aspect().isVerb()) {
                best = new Candidate(w, h, t);
            }
        }
        return best;
    }
}
