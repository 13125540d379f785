package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

/**
 * Finds the names of states' bodies that the knowledge base may lack, written with their country: a body's noun in
 * construct with definite words and the state's nationality adjective last ("هيئة المسح الجيولوجي الأمريكية",
 * "مصلحة السجون الإسرائيلية", "مجلس اللوردات البريطاني"). News names the bodies of every country so, and the
 * statistical tagger misses most of them.
 *
 * <p>Rules ({@value InstitutionPhrases#FILE} lists the nouns as kind {@code body}):
 * <ul>
 *   <li>the name opens with the noun, indefinite as a construct's first word; و، ف، ب or ل glued to it (لمجلس،
 *       وهيئة) is no part of the name; a known name that begins at the noun is the knowledge base's to read ("هيئة
 *       السياحة السعودية" is Saudi Arabia's tourism commission by its short name);</li>
 *   <li>one to {@value #MOST_WORDS} definite words follow, only spaces between, that may go on a name ({@link
 *       InstitutionPhrases#definite}: no word of time or clause, no title) and at which no name begins;</li>
 *   <li>then a definite nisba at which a known name begins, the country's adjective, ends the name, and the entity
 *       tagger gives it that country. Without the adjective such a construct is as often a common phrase (مجلس
 *       الإدارة، مكتب الرئيس) and is left to the statistical tagger.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class NationalBodyPhrases {
    /** Most definite words between the noun and the adjective: "هيئة المسح الجيولوجي" has two. */
    static final int MOST_WORDS = 3;
    /** Each body's noun with each proclitic it may carry (none of them part of the name), and the clitic's length. */
    /** The bodies' nouns, normalized. */
    private static final Set<String> NOUNS = InstitutionPhrases.wordsOf("body").keySet();
    private static final Map<String, Integer> NOUN_FORMS = InstitutionPhrases.withProclitics(NOUNS);

    private NationalBodyPhrases() {
    }

    /** Whether the normalized {@code word} is a body's noun of {@value InstitutionPhrases#FILE} (هيئة، مجلس). */
    static boolean isNoun(String word) {
        return NOUNS.contains(word);
    }

    /**
     * The bodies' names in {@code text}, as organizations proposed with {@link InstitutionPhrases#CONFIDENCE}, in text
     * order; {@code nameAt} tells at which words a name (known or proposed) begins, {@code knownAt} at which a name of
     * the knowledge base begins.
     */
    public static List<Proposal> find(String text, Words words, IntPredicate nameAt, IntPredicate knownAt) {
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Integer clitics = NOUN_FORMS.get(words.normalized(i));
            int end = clitics == null || knownAt.test(i) ? -1 : adjectiveEnd(text, words, i, nameAt, knownAt);
            if (end > 0) {
                int start = WordMatcher.skipLetters(text, words.span(i).start(), clitics);
                out.add(new Proposal(start, words.span(end - 1).end(), EntityType.ORG, InstitutionPhrases.CONFIDENCE));
                i = end - 1;
            }
        }
        return out;
    }

    /** The word after the country's adjective that ends the body's name opened by the noun at {@code noun}, or -1. */
    private static int adjectiveEnd(String text, Words words, int noun, IntPredicate nameAt, IntPredicate knownAt) {
        for (int w = noun + 1; w < words.size() && w <= noun + MOST_WORDS + 1; w++) {
            String word = words.normalized(w);
            if (!InstitutionPhrases.adjacent(text, words, w) || !InstitutionPhrases.definite(word)) {
                return -1;
            }
            if (w > noun + 1 && WordMatcher.isDefiniteNisba(word) && knownAt.test(w)) {
                return w + 1;
            }
            if (nameAt.test(w)) {
                return -1;
            }
        }
        return -1;
    }
}
