package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the names of administrative places and settlements that the knowledge base may lack, by the noun of their
 * unit before them: "بمحافظة الطوال", "محافظة شرورة", "معتمدية الرقاب", "محافظة وادي الدواسر", "بقرية القنبورة",
 * "بلدة سراقب". Saudi and Tunisian news name their governorates, delegations and villages this way, and the
 * statistical tagger misses most of them.
 *
 * <p>Rules ({@value #FILE} lists the words by kind):
 * <ul>
 *   <li>the unit's noun (kind {@code unit}) is indefinite, in construct, written with its final ة (ببلده is "in his
 *       country"); و، ف، ب or ل glued to it (بمحافظة، لمعتمدية) is no part of anything, but ل with the article
 *       (للمحافظة) makes it "the governorate";</li>
 *   <li>no number and no word that counts or ranks (kind {@code counter}: "رابع محافظة يخسرها", "13 محافظة في")
 *       stands right before the noun;</li>
 *   <li>the name is the word right after the noun, one space apart, and the word after that too where the first
 *       opens a longer name (kind {@code compound}: وادي الدواسر، سيدي بوزيد، حوطة بني تميم), up to {@value
 *       #MOST_WORDS} words; where the word after a compound's is named already (شمال سيناء), the whole is left to
 *       that name;</li>
 *   <li>the name's first word is no word that stands in no name, with a letter glued to it or not (على of
 *       "محافظة على" "preserving", written علي or على; في، من، بما، بكل), no word of kind {@code not-name} (an
 *       adjective, a verb or a facility's noun: "محافظة نائية"، "محافظة ذات الكثافة"، "قرية تقع"، "قرية الطفل"), no verb of the present plural (يقومون), no digit (a
 *       number glued to the name: ديالى57), opens with no و (والأهالي، "وقرية وتجمع سكاني") but a compound's word
 *       (وادي), and ends with no pronoun (يخسرها);</li>
 *   <li>where a name of the knowledge base or a proposal of the tagger begins at the name, that name stands and
 *       this one is not made.</li>
 * </ul>
 * The name alone is the proposal, typed GPE, its noun left out as the knowledge base's places leave it out of
 * their names (محافظة النماص is النماص). Stateless and thread-safe.
 */
public final class PlacePhrases {
    static final String FILE = "place-words.tsv";
    /** The confidence of a place found by its unit's noun. */
    static final double CONFIDENCE = 0.7;
    private static final Map<String, Set<String>> WORDS = words();
    private static final Set<String> UNITS = WORDS.get("unit");
    private static final Set<String> COMPOUNDS = WORDS.get("compound");
    private static final Set<String> COUNTERS = WORDS.get("counter");
    private static final Set<String> NOT_NAMES = WORDS.get("not-name");
    /** The most digits of a number that counts units (a year has four). */
    private static final int MOST_COUNTED_DIGITS = 3;
    /** The most words of a name that compounds open (حوطة بني تميم). */
    static final int MOST_WORDS = 3;
    /** The letters glued before a unit's noun: و، ف، ب، ل. */
    private static final String CLITICS = "وفبل";
    /** The last letter of every unit's noun as written (محافظة، قرية). */
    private static final char TA_MARBUTA = 'ة';
    /** ل and the article, whose alef drops (للمحافظة). */
    private static final String LAM_AND_ARTICLE = "لل";
    /** على "on", normalized as the name علي: "محافظة على" is "preserving". */
    private static final String ON = "علي";

    private PlacePhrases() {
    }

    /** The places named after a unit's noun in {@code text}; {@code nameAt} tells whether a name begins at a word. */
    public static List<Proposal> find(String text, Words words, IntPredicate nameAt) {
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (!isUnitNoun(words.normalized(i)) || !endsWithTaMarbuta(text, words, i) || countedBefore(text, words, i)
                    || !oneSpaceAfter(text, words, i)) {
                continue;
            }
            int first = i + 1;
            if (!mayOpenName(words.normalized(first)) || nameAt.test(first)) {
                continue;
            }
            int last = lastWord(text, words, first, nameAt);
            if (last < 0) {
                continue;
            }
            out.add(new Proposal(words.span(first).start(), words.span(last).end(), EntityType.GPE, CONFIDENCE));
            i = last;
        }
        return out;
    }

    /**
     * Whether the normalized {@code word} is a unit's noun with up to two of و، ف، ب، ل glued to it, but not ل with
     * the article (للمحافظة, "to the governorate").
     */
    static boolean isUnitNoun(String word) {
        for (String unit : UNITS) {
            int clitics = word.length() - unit.length();
            if (clitics >= 0 && clitics <= 2 && word.endsWith(unit) && cliticsOnly(word, clitics)) {
                return !word.startsWith(LAM_AND_ARTICLE) || clitics < 2;
            }
        }
        return false;
    }

    /** Whether the first {@code n} letters of {@code word} are all letters glued before a noun (و، ف، ب، ل). */
    private static boolean cliticsOnly(String word, int n) {
        for (int k = 0; k < n; k++) {
            if (CLITICS.indexOf(word.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last word of the name that opens at word {@code first}: the word after each compound's word too, up to
     * {@value #MOST_WORDS} words; -1 where a compound's word ends the text or its next word is named already.
     */
    private static int lastWord(String text, Words words, int first, IntPredicate nameAt) {
        int last = first;
        while (COMPOUNDS.contains(words.normalized(last)) && last - first + 1 < MOST_WORDS) {
            if (last + 1 == words.size() || !oneSpaceAfter(text, words, last) || nameAt.test(last + 1)) {
                return -1; // شمال سيناء: the knowledge base's or the tagger's name of سيناء stands
            }
            last++;
        }
        return last;
    }

    /**
     * Whether a word that counts stands right before the noun at word {@code i}, or a number of up to {@value
     * #MOST_COUNTED_DIGITS} digits before the noun without a preposition ("39 محافظة بكل"; not "340 بمعتمدية
     * الرقاب", 340 of them in Regueb, nor a year); spaces between. The word list leaves numbers out, so the text
     * itself is read.
     */
    private static boolean countedBefore(String text, Words words, int i) {
        int at = words.span(i).start() - 1;
        while (at >= 0 && text.charAt(at) == ' ') {
            at--;
        }
        int digits = 0;
        while (at - digits >= 0 && Character.isDigit(text.charAt(at - digits))) {
            digits++;
        }
        if (digits > 0) {
            char first = words.normalized(i).charAt(0);
            return digits <= MOST_COUNTED_DIGITS && first != 'ب' && first != 'ل';
        }
        return i > 0 && words.span(i - 1).end() == at + 1 && COUNTERS.contains(words.normalized(i - 1));
    }

    /**
     * Whether the normalized {@code word} may open a place's name: no word that stands in no name, itself or after a
     * letter glued to it (بما), nor such a letter and a word that counts (بكل), no word of kind {@code not-name}, no
     * و before it but in a compound's word (وادي), no pronoun at its end.
     */
    private static boolean mayOpenName(String word) {
        return word.length() > 1 && !word.equals(ON) && word.chars().noneMatch(Character::isDigit)
                && !isPresentPluralVerb(word) && !ProposalBounds.endsAName(word)
                && !ProposalBounds.endsAName(word.substring(1)) && !COUNTERS.contains(word.substring(1))
                && !NOT_NAMES.contains(word) && (word.charAt(0) != 'و' || COMPOUNDS.contains(word))
                && !WordMatcher.endsWithPronoun(word);
    }

    /** Whether the normalized {@code word} reads as a verb of the present, plural (يقومون، تعملون). */
    private static boolean isPresentPluralVerb(String word) {
        return (word.startsWith("ي") || word.startsWith("ت")) && word.endsWith("ون") && word.length() > 4;
    }

    /**
     * Whether word {@code w} ends in ة as written: ببلده is "in his country", not ببلدة, though both normalize alike.
     */
    private static boolean endsWithTaMarbuta(String text, Words words, int w) {
        return text.charAt(words.span(w).end() - 1) == TA_MARBUTA;
    }

    /** Whether one space parts word {@code w} from the next. */
    private static boolean oneSpaceAfter(String text, Words words, int w) {
        return WordMatcher.oneSpaceBetween(text, words.span(w), words.span(w + 1));
    }

    /** The words of {@value #FILE} by kind, normalized. */
    private static Map<String, Set<String>> words() {
        Map<String, Set<String>> byKind = new HashMap<>();
        for (String kind : List.of("unit", "compound", "counter", "not-name")) {
            byKind.put(kind, new HashSet<>());
        }
        for (TsvTable.Row row : TsvTable.readResource(PlacePhrases.class, FILE, 2)) {
            Set<String> kind = byKind.get(row.column(1));
            if (kind == null) {
                throw row.error("KIND must be unit, compound, counter or not-name, got '" + row.column(1) + "'");
            }
            kind.add(ArabicNormalizer.normalize(row.column(0)));
        }
        Map<String, Set<String>> out = new HashMap<>();
        byKind.forEach((kind, set) -> out.put(kind, Set.copyOf(set)));
        return Map.copyOf(out);
    }
}
