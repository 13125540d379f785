package org.marsad.analysis.entity;

import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

/**
 * Takes into an organization's name the adjectives of its name that the statistical tagger left out: it proposes
 * "منظمة الطاقة" of منظمة الطاقة النووية, "البنك التجاري" of البنك التجاري الدولي, "كلية العلوم" of كلية العلوم
 * الطبية.
 *
 * <p>Rules:
 * <ul>
 *   <li>only an organization's name of two words or more that ends in a definite word (منظمة الطاقة، جامعة نايف
 *       للعلوم): a nisba agrees with a definite noun, and after an indefinite one (فلومينزي البرازيلي، سامسونج
 *       الكورية) it describes the organization; a one-word proposal is too often a common noun that the adjective
 *       only qualifies (القاعدة العسكرية "the military base", السنة الدراسية "the school year");</li>
 *   <li>not a name the knowledge base knows whole (اتحاد كرة القدم): its adjectives are the sentence's;</li>
 *   <li>the adjective is a definite nisba (الدولي، النووية، الطبية) right after the name, one plain space between,
 *       and up to {@value #MAX_ADJECTIVES} of them follow one another (الهيئة العامة... aside, which the institution
 *       pattern finds);</li>
 *   <li>not a word the knowledge base knows as a name or an adjective (الألماني after البنك المركزي is Germany's,
 *       and the organization's country, not its name; النادي);</li>
 *   <li>not an ordinal, a word of time or a participle of relation, definite nisbas in form that go on with the
 *       sentence: الثاني، الحالي، الماضي، التالي، المنتمي.</li>
 * </ul>
 * Stateless.
 */
public final class OrganizationAdjectives {
    static final int MAX_ADJECTIVES = 2;
    /**
     * Definite words in the form of a nisba that are a rank or a participle, normalized (ة is written ه), beside the
     * masculine ordinals of {@link PersonNames#ORDINALS} and the words of time and clauses of {@link
     * InstitutionPhrases}.
     */
    private static final Set<String> NOT_NAME_ADJECTIVES = Set.of("الثانيه", "الحادي", "الحاديه", "الاولي",
            "المنتمي", "المنتميه", "الاتي", "الاتيه", "المعني", "المعنيه", "النهائي", "النهائيه", "الساعي", "الساعيه",
            "الداعي", "الداعيه", "الباقي", "الباقيه", "الراعي", "الراعيه", "الرامي", "الراميه");

    private OrganizationAdjectives() {
    }

    /**
     * {@code proposal} with the adjectives of its name after it, or itself; {@code knownNameEnd} gives the word after
     * the longest name (or adjective) of the knowledge base that starts at a word, the word itself when none does.
     */
    public static Proposal extend(String text, Words words, Proposal proposal, IntUnaryOperator knownNameEnd) {
        IntPredicate knownNameAt = k -> knownNameEnd.applyAsInt(k) > k;
        if (proposal.type() != EntityType.ORG) {
            return proposal;
        }
        int first = words.firstAtOrAfter(proposal.start());
        int last = words.firstAtOrAfter(proposal.end()) - 1;
        if (last <= first || words.span(last).end() != proposal.end() || !WordMatcher.isDefinite(words.normalized(last))
                || knownNameEnd.applyAsInt(first) == last + 1) {
            return proposal;
        }
        int end = last;
        while (end - last < MAX_ADJECTIVES && isNameAdjective(text, words, end + 1, knownNameAt)) {
            end++;
        }
        return end == last ? proposal
                : new Proposal(proposal.start(), words.span(end).end(), proposal.type(), proposal.confidence());
    }

    private static boolean isNameAdjective(String text, Words words, int k, IntPredicate knownNameAt) {
        if (k >= words.size() || words.span(k).start() != words.span(k - 1).end() + 1
                || text.charAt(words.span(k - 1).end()) != ' ') {
            return false;
        }
        String word = words.normalized(k);
        return WordMatcher.isDefiniteNisba(word) && !NOT_NAME_ADJECTIVES.contains(word)
                && !PersonNames.ORDINALS.contains(word) && !InstitutionPhrases.TIME_WORDS.contains(word)
                && !InstitutionPhrases.CLAUSE_WORDS.contains(word) && !knownNameAt.test(k);
    }
}
