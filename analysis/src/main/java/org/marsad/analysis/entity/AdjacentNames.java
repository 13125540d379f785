package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

/**
 * Joins a lone given name that the statistical tagger proposes as a person of its own to the person's name that
 * follows it one space apart: the tagger sometimes opens a new name inside a man's full name ("محمد" then "علي
 * الشدادي", "زكي" then "طليمات", "باولو" then "ديبالا"), and a given name alone right before another name is that
 * name's first word. The joined name goes through {@link ProposalBounds} like any other, which cuts a preposition
 * or verb at its edges.
 *
 * <p>Rules:
 * <ul>
 *   <li>the first proposal is one word, a given name of {@code given-names.tsv}, و glued to it or not (ومحمد);
 *       a longer first name is left alone, as the tagger's boundary between two full names is right more often
 *       than not ("أبناء الشيخ حسن العفالق أسامة وهاني": his sons Osama and Hani);</li>
 *   <li>only one space parts the two;</li>
 *   <li>the knowledge base knows no name at either word: there its own match decides, with its rules for a given
 *       name before a known family name;</li>
 *   <li>the second is a person's name of at most {@value #MOST_WORDS_AFTER} words that opens with no و, no ل
 *       and no ب or ك glued to a given name ("المالكي وعلاوي" are two men, "غوتيريز بمحمد" and "هادي لبحاح" no one
 *       name), unless its first word is a given name itself (وليد، وائل، لطفي); family names open with ب and ك
 *       (بيوض، بلحاج، كريشان) but seldom with ل;</li>
 *   <li>the joined name's confidence is the lower of the two, as the tagger was sure of neither boundary.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class AdjacentNames {
    /** The most words of the name after the given name: a longer run is a list of names (Tunisian results pages). */
    static final int MOST_WORDS_AFTER = 3;

    private AdjacentNames() {
    }

    /**
     * {@code proposals} (in text order) with each lone given name joined to the person's name right after it;
     * {@code knownAt} tells whether a name of the knowledge base begins at a word.
     */
    public static List<Proposal> join(String text, Words words, List<Proposal> proposals, IntPredicate knownAt) {
        List<Proposal> out = new ArrayList<>(proposals.size());
        for (Proposal p : proposals) {
            int last = out.size() - 1;
            if (last >= 0 && adjacentPersons(text, words, out.get(last), p, knownAt)) {
                Proposal before = out.get(last);
                out.set(last, new Proposal(before.start(), p.end(), EntityType.PERSON,
                        Math.min(before.confidence(), p.confidence())));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean adjacentPersons(String text, Words words, Proposal before, Proposal after,
                                           IntPredicate knownAt) {
        if (before.type() != EntityType.PERSON || after.type() != EntityType.PERSON
                || after.start() != before.end() + 1 || text.charAt(before.end()) != ' ') {
            return false;
        }
        int first = words.firstAtOrAfter(before.start());
        int second = words.firstAtOrAfter(after.start());
        int end = words.firstAtOrAfter(after.end());
        return second == first + 1 && isGivenName(words.normalized(first)) && end - second <= MOST_WORDS_AFTER
                && !opensWithClitic(words.normalized(second)) && !knownAt.test(first) && !knownAt.test(second);
    }

    /** Whether the normalized {@code word} is a given name, with و glued to it or without (ومحمد). */
    private static boolean isGivenName(String word) {
        return PersonNames.GIVEN_NAMES.containsKey(word)
                || word.startsWith("و") && PersonNames.isGivenNameAfterLetter(word);
    }

    /**
     * Whether the normalized {@code word} is و or ل and a word, or ب or ك and a given name (بمحمد); not a given
     * name itself.
     */
    private static boolean opensWithClitic(String word) {
        if (word.isEmpty() || PersonNames.GIVEN_NAMES.containsKey(word)) {
            return false;
        }
        char first = word.charAt(0);
        return word.length() > 2 && (first == 'و' || first == 'ل')
                || (first == 'ب' || first == 'ك') && PersonNames.isGivenNameAfterLetter(word);
    }
}
