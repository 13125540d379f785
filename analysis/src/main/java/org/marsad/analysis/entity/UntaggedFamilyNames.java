package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

/**
 * Extends a lone given name that the statistical tagger proposes as a person to the family name right after it,
 * which the tagger left out: after a title or nationality, news names a person in full, and the word that follows
 * the given name is his family name ("الإعلامي فاضل [الشعلة]", "اللاعب الغاني مبارك [أكاسوا]", "المتسابق السعودي
 * سليمان [الطلق]").
 *
 * <p>Rules:
 * <ul>
 *   <li>the proposal is one word, a given name of {@code given-names.tsv} or of عبد written as one word (عبدالله
 *       [المعيوف]), with no و glued to it (in "الحوثي وصالح" the name is one of a list), but not علي, which normalizes as the preposition على, nor أمين, which
 *       before a definite word is a title ("معالي أمين اللجنة" is its secretary);</li>
 *   <li>the word before it announces a name ({@link LoneGivenNames#announcesAName}: a title, a noun of persons, a
 *       nationality or a kin word), one space apart; but not آل, after which the given name is a family's, nor a
 *       title of rulers and princes ({@link #RULERS}), after which news names by the given name alone and the next
 *       word is the verb's object or an adjective ("وزار الملك فاروق المملكة"، "رؤية الأمير سعود الثاقبة");</li>
 *   <li>the word after it follows one space apart, no proposal and no name of the knowledge base starts there, and
 *       no proposal starts right after it (then the names' bounds are the tagger's to tell);</li>
 *   <li>that word is a family name by its form: definite, of three letters or more after the article (الطلق،
 *       الخراع), not a title itself (الأمير), nor a word that stands in no name (الذي، اليوم) or a participle
 *       (البالغ "aged"، المصاب "afflicted"), nor a feminine nisba, which is an adjective of the noun before the name
 *       ("أعمال العم إبراهيم الروائية"); or a word the
 *       tagger's vocabulary lacks, as rare family names are (أكاسوا، قصيعة), that opens with no article, no conjunction
 *       and no preposition (لانتقادات، بالإمكان; so واكاسو is left out too) and ends with no pronoun (أرواحها);</li>
 *   <li>the extended name keeps the given name's confidence, and goes through {@link ProposalBounds} like any
 *       other.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class UntaggedFamilyNames {
    private static final String ALI = "علي";
    /** أمين, normalized: a given name, and the title of secretaries (أمين المنطقة، أمين اللجنة). */
    private static final String SECRETARY = "امين";
    /** آل, normalized as the article reads. */
    private static final String FAMILY = "ال";
    /** Titles of rulers and princes, normalized: news names them by the given name alone. */
    private static final Set<String> RULERS = WordMatcher.normalized("الملك", "الأمير", "الأميرة", "الرئيس", "الشيخ",
            "الشيخة", "الإمام", "السلطان", "الخديوي", "البابا");
        /**
     * Participles that follow names, normalized: البالغ "aged" (الطفل حيدر البالغ من العمر), المصاب "afflicted"
     * (شقيقهم عبدالله المصاب بالسمنة), المتهم "accused", المقيم "residing", المولود "born".
     */
    private static final Set<String> PARTICIPLES = WordMatcher.normalized("البالغ", "البالغة", "المصاب", "المصابة",
            "المتهم", "المتهمة", "المقيم", "المقيمة", "المولود", "المولودة");
    /** The feminine nisba ending, normalized (الروائية). */
    private static final String FEMININE_NISBA = "يه";
    /** Shortest definite family name, the article included: العمر has five letters. */
    private static final int SHORTEST_DEFINITE = 5;

    private UntaggedFamilyNames() {
    }

    /**
     * {@code proposals} (in text order) with each lone given name extended to the family name after it; {@code
     * knownAt} tells whether a name of the knowledge base begins at a word, {@code knownWord} whether the tagger's
     * vocabulary holds a normalized word.
     */
    public static List<Proposal> extend(String text, Words words, List<Proposal> proposals, IntPredicate knownAt,
                                        Predicate<String> knownWord) {
        List<Proposal> out = new ArrayList<>(proposals.size());
        for (int k = 0; k < proposals.size(); k++) {
            Proposal p = proposals.get(k);
            Proposal next = k + 1 < proposals.size() ? proposals.get(k + 1) : null;
            int family = familyNameAfter(text, words, p, next, knownAt, knownWord);
            out.add(family < 0 ? p
                    : new Proposal(p.start(), words.span(family).end(), EntityType.PERSON, p.confidence()));
        }
        return out;
    }

    /** The word of the family name after the lone given name {@code p}, or -1. */
    private static int familyNameAfter(String text, Words words, Proposal p, Proposal next, IntPredicate knownAt,
                                       Predicate<String> knownWord) {
        if (p.type() != EntityType.PERSON) {
            return -1;
        }
        int given = words.firstAtOrAfter(p.start());
        int family = given + 1;
        if (family >= words.size() || words.span(given).end() != p.end() || !isGivenName(words.normalized(given))
                || !oneSpaceBetween(text, words, given - 1) || !oneSpaceBetween(text, words, given)
                || !announcesFullName(words.normalized(given - 1))) {
            return -1;
        }
        Integer nextStart = next == null ? null : words.firstAtOrAfter(next.start());
        if (nextStart != null && nextStart <= family + 1 || knownAt.test(family)) {
            return -1;
        }
        String word = words.normalized(family);
        return isDefiniteFamilyName(word) || isRareFamilyName(word, knownWord) ? family : -1;
    }

    private static boolean isGivenName(String word) {
        return !word.equals(ALI) && !word.equals(SECRETARY) && PersonNames.GIVEN_NAMES.containsKey(word)
                || PersonNames.isJoinedServantName(word);
    }

    private static boolean announcesFullName(String before) {
        return !before.equals(FAMILY) && !RULERS.contains(WordMatcher.withoutConjunction(before))
                && WordMatcher.inSomeReading(before, LoneGivenNames::announcesAName);
    }

    private static boolean isDefiniteFamilyName(String word) {
        return word.startsWith("ال") && word.length() >= SHORTEST_DEFINITE && !word.endsWith(FEMININE_NISBA)
                && !ProposalBounds.isTitle(word) && !PersonNames.TITLES.contains(word) && !PARTICIPLES.contains(word)
                && !ProposalBounds.endsAName(word);
    }

    private static boolean isRareFamilyName(String word, Predicate<String> knownWord) {
        char first = word.isEmpty() ? 'و' : word.charAt(0);
        return word.length() >= 3 && first != 'و' && first != 'ف' && first != 'ل' && !word.startsWith("ال")
                && !word.startsWith("بال")
                && !word.startsWith("كال") && !WordMatcher.endsWithPronoun(word)
                && !ProposalBounds.endsAName(word) && !knownWord.test(word);
    }

    /** Whether one space parts word {@code w} and the word after it; false for w < 0. */
    private static boolean oneSpaceBetween(String text, Words words, int w) {
        return w >= 0 && WordMatcher.oneSpaceBetween(text, words.span(w), words.span(w + 1));
    }
}
