package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the names of ministries that the knowledge base may lack: a ministry's noun in construct with its portfolio
 * ("وزارة الأوقاف", "وزارة الشباب والرياضة"), and the nationality adjective that gives its country ("وزارة العدل
 * الأمريكية"). News names the ministries of every country this way, and the statistical tagger misses most of them.
 *
 * <p>Rules ({@value InstitutionPhrases#FILE} lists the nouns as kind {@code ministry}):
 * <ul>
 *   <li>the name opens with the noun, indefinite as a construct's first word; و، ف، ب or ل glued to it (لوزارة،
 *       وبوزارة) is no part of the name;</li>
 *   <li>a definite word follows with only spaces between, the portfolio (الداخلية), but no word of time, relative
 *       pronoun or title, which end the name as they end an institution's, nor a word of kind {@code not-portfolio}
 *       (وزارة الإشراف is "the ministry in charge");</li>
 *   <li>up to {@value #MAX_PORTFOLIO} words in all go on with it: adjectives and nouns with و that {@link
 *       ComplementEnglish} knows (الشؤون الإسلامية والأوقاف والدعوة), but no word that dates the ministry
 *       (الجديدة: {@link OfficeTitles#shippedQualifiers}); any other definite word ends the construct ("تداركت
 *       وزارة الصحة التباينات" is no ministry of health's discrepancies);</li>
 *   <li>a definite nisba at which a name begins (الأمريكية، الكويتية) ends the name as its last word: its country is
 *       the ministry's;</li>
 *   <li>any other name inside the portfolio makes no name here: the whole is the knowledge base's to find, or a body
 *       of that name ("وزارة الحرس الوطني");</li>
 *   <li>a word with و after a known ministry's name (the knowledge base's or one of {@code homonyms.tsv}) opens the
 *       next body of a list: "وزارة الصحة والبلديات" names the ministry of health and the municipalities.</li>
 * </ul>
 * The entity of such a name the knowledge base lacks has the subtype {@value #SUBTYPE}, as the base's ministries do.
 *
 * <p>Stateless and thread-safe.
 */
public final class MinistryPhrases {
    static final int MAX_PORTFOLIO = 5;
    /** The subtype of a ministry's entity, as the knowledge base's ministries have. */
    public static final String SUBTYPE = "ministry";
    /** The ministry nouns with the English words that open their names ("Ministry of"), normalized. */
    private static final Map<String, String> NOUNS = InstitutionPhrases.wordsOf("ministry");
    /** Definite words that make no portfolio after a ministry's noun (وزارة الإشراف is "the ministry in charge"). */
    private static final Set<String> NOT_PORTFOLIOS = InstitutionPhrases.wordsOf("not-portfolio").keySet();
    /** Each ministry's noun with each proclitic it may carry (none of them part of the name), and the clitic's length. */
    private static final Map<String, Integer> NOUN_FORMS = InstitutionPhrases.withProclitics(NOUNS.keySet());
    /** The last letters of the nouns, normalized (ه of وزاره). */
    private static final String NOUN_ENDS = NOUNS.keySet().stream().map(n -> n.substring(n.length() - 1)).distinct()
            .collect(Collectors.joining());
    /** The words that date an office or a body (السابق، الجديدة), normalized: no part of a ministry's name. */
    private static final Set<String> QUALIFIERS = OfficeTitles.shippedQualifiers();

    private MinistryPhrases() {
    }

    /**
     * The ministries' names in {@code text}, as organizations proposed with {@link InstitutionPhrases#CONFIDENCE}, in
     * text order; {@code nameAt} tells at which words a name begins, {@code knownEnd} after which word the longest
     * known name that begins at a word ends (the word itself when none begins there).
     */
    public static List<Proposal> find(String text, Words words, IntPredicate nameAt, IntUnaryOperator knownEnd) {
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int clitics = nounClitics(words.normalized(i));
            if (clitics < 0) {
                continue;
            }
            int end = portfolioEnd(text, words, i, nameAt, knownEnd);
            if (end > i + 1) {
                int start = WordMatcher.skipLetters(text, words.span(i).start(), clitics);
                out.add(new Proposal(start, words.span(end - 1).end(), EntityType.ORG, InstitutionPhrases.CONFIDENCE));
                i = end - 1;
            }
        }
        return out;
    }

    /** Whether {@code name}, as an entity's name is written, is a ministry's: its noun and a portfolio (وزارة الأوقاف). */
    static boolean namesAMinistry(String name) {
        int space = name.indexOf(' ');
        return space > 0 && NOUNS.containsKey(ArabicNormalizer.normalize(name.substring(0, space)));
    }

    /** How many clitic letters stand before a ministry's noun at the normalized {@code word}; -1 when it is none. */
    private static int nounClitics(String word) {
        // most words end unlike every ministry's noun: one char compare before the lookup
        boolean mayBe = !word.isEmpty() && NOUN_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0;
        return mayBe ? NOUN_FORMS.getOrDefault(word, -1) : -1;
    }

    /**
     * The end of the portfolio after the noun at word {@code noun}, its country's adjective included; the noun's own
     * end when it has none or holds another name.
     */
    private static int portfolioEnd(String text, Words words, int noun, IntPredicate nameAt,
                                    IntUnaryOperator knownEnds) {
        int knownEnd = knownEnds.applyAsInt(noun);
        int first = noun + 1;
        if (first >= words.size() || !InstitutionPhrases.adjacent(text, words, first)
                || !InstitutionPhrases.definite(words.normalized(first)) || NOT_PORTFOLIOS.contains(words.normalized(first))
                || nameAt.test(first)) {
            return noun + 1;
        }
        int end = first + 1;
        while (end < words.size() && end - noun <= MAX_PORTFOLIO
                && InstitutionPhrases.adjacent(text, words, end)) {
            String word = words.normalized(end);
            boolean name = nameAt.test(end);
            if (name && WordMatcher.isDefiniteNisba(word)) {
                return Math.max(end + 1, knownEnds.applyAsInt(end)); // the country's adjective: الكورية الجنوبية
            }
            if (!portfolioWord(word) || end >= knownEnd && knownEnd > noun && word.startsWith("و")) {
                break; // وزارة الصحة والبلديات: a known ministry and the next body of a list
            }
            if (name) {
                return noun + 1;
            }
            end++;
        }
        return end;
    }

    /**
     * Whether a word after the portfolio's first goes on with it: a word of {@link ComplementEnglish} with و or an
     * adjective of it or of {@link Facilities}, but no word that dates the ministry (الجديدة، السابقة). Another
     * definite word ends the construct: "تداركت وزارة الصحة التباينات", "وزارة الداخلية والمتمثل في".
     */
    private static boolean portfolioWord(String word) {
        if (QUALIFIERS.contains(word)) {
            return false;
        }
        if (word.startsWith("و") && InstitutionPhrases.definite(word.substring(1))) {
            return ComplementEnglish.knows(word.substring(1), Facilities.SHIPPED::adjectiveEnglish);
        }
        return InstitutionPhrases.definite(word)
                && ComplementEnglish.knowsAdjective(word, Facilities.SHIPPED::adjectiveEnglish);
    }

    /**
     * The English name of a ministry's name in words [{@code first}, {@code end}), its country's adjective left out:
     * the noun's English words and the portfolio's ({@link ComplementEnglish}: "وزارة الشؤون الاجتماعية" is Ministry
     * of Social Affairs); null when the words open with no ministry's noun or a portfolio word has no English word.
     */
    static String englishOf(List<String> norm, int first, int end, Facilities facilities) {
        int clitics = nounClitics(norm.get(first));
        if (clitics < 0 || end <= first + 1) {
            return null;
        }
        String portfolio = String.join(" ", norm.subList(first + 1, end));
        String english = ComplementEnglish.of(portfolio, facilities::adjectiveEnglish);
        return english == null ? null : NOUNS.get(norm.get(first).substring(clitics)) + " " + english;
    }
}
