package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * Names before an age in brackets, which news gives of persons alone: "وكانت جرابل (64 عاما)", "سكوت ووكر (47
 * عاما)". An age is an opening bracket, a number in any digits, a word of years ({@link #YEARS}: عاما، سنة، أعوام)
 * and the closing bracket, spaces allowed inside; only spaces stand between the name and it.
 *
 * <p>Rules, for the word right before an age:
 * <ol>
 *   <li>a proposal of the tagger that ends there with another type is a person's (هونج (67 عاما), read as a place;
 *       فلار (30 عاما), as a work);</li>
 *   <li>where no proposal covers it: a given name before it that is no common word alone makes the two words a
 *       person's name (ساديه فاونتين، عساف القرني), three with a father's given name between (جنى مازن صفطة), and
 *       such a given name alone is one too (سامي (22 عاما)); not a word of {@link #AGE_WORDS} (عن عمر يناهز);</li>
 *   <li>another word, without the article and of letters alone, is a person's name where a sign of a person stands
 *       right before it: a title, kin word, nationality, verb of speech or naming ({@link LoneGivenNames#signBefore}),
 *       or a verb after which news names who acts (وكانت مهرتياب، وزوجته تاهيرا); not a kin word nor a word that
 *       ends with a pronoun (وشقيقه، ابنتها).</li>
 * </ol>
 * A definite word before an age is left alone: المتهم (26 سنة), الانتحاري (19 عاما) are nouns of persons, and
 * التونسي (35 عاما) a nationality the knowledge base reads. Stateless.
 */
public final class AgedNames {
    /** Words of years after the number, normalized as {@link ArabicNormalizer} folds them (عامًا is عاما). */
    private static final Set<String> YEARS = WordMatcher.normalized("عاما", "عام", "سنة", "سنوات", "أعوام");
    /**
     * Words that stand between a noun and an age, normalized: of bounds (تحت، دون "under") and of about (يناهز، نحو);
     * "بطولة الأردن تحت (18 عاما)" names an age group, "عن عمر يناهز (47 عاما)" is no name.
     */
    private static final Set<String> AGE_WORDS = WordMatcher.normalized("تحت", "فوق", "دون", "أقل", "أكثر", "يناهز",
            "يقارب", "نحو", "حوالي", "قرابة", "عمر", "سن");
    /**
     * Pronouns that end a noun, as written: وأصغرهم "the youngest of them", نديمه "his companion", ذاته "itself"
     * (not the ة of تاهيرة, which normalizes as ه); few names end so that a given name does not begin.
     */
    private static final List<String> PRONOUN_ENDINGS = List.of("هم", "هما", "ها", "ه");
    /** The most digits of an age: "(3000 سنة)" is a span of history. */
    private static final int MOST_DIGITS = 3;
    /** Confidence of a name the rules propose: two signs of a person stand by it, the age and the name's form. */
    private static final double CONFIDENCE = 0.8;
    /** Shortest name of one word that rule 3 proposes, in letters: shorter words are mostly particles. */
    private static final int SHORTEST_NAME = 3;

    /** Most words of a name that rule 2 reads: a given name, the father's, the family's. */
    private static final int LONGEST_NAME = 3;
    private static final char ALEF_MAKSURA = 'ى';

    private AgedNames() {
    }

    /**
     * {@code proposals} (in text order) with those before an age retyped as persons and the names there that no
     * proposal covers added, in text order; {@code speechVerb} tells verbs of speech (normalized).
     */
    public static List<Proposal> apply(String text, Words words, List<Proposal> proposals,
                                       Predicate<String> speechVerb) {
        List<Proposal> out = null;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int w = wordBeforeAge(text, words, open);
            if (w < 0) {
                continue;
            }
            out = out == null ? new ArrayList<>(proposals) : out;
            int covering = covering(out, words, w);
            if (covering >= 0) {
                Proposal p = out.get(covering);
                if (p.type() != EntityType.PERSON && p.end() <= words.span(w).end() && noDefiniteWord(words, p)) {
                    out.set(covering, new Proposal(p.start(), p.end(), EntityType.PERSON, p.confidence()));
                }
                continue;
            }
            int first = firstWordOfName(text, words, w, speechVerb);
            if (first >= 0 && covering(out, words, first) < 0) {
                out.add(new Proposal(words.span(first).start(), words.span(w).end(), EntityType.PERSON, CONFIDENCE));
            }
        }
        if (out == null) {
            return proposals;
        }
        out.sort(Comparator.comparingInt(Proposal::start));
        return out;
    }

    /** Whether an age in brackets follows word {@code w}, only spaces between: "(22 عاما)". */
    static boolean ageAfter(String text, Words words, int w) {
        return ageAt(text, words.span(w).end());
    }

    /** Whether an age in brackets follows offset {@code end} of {@code text}, only spaces between. */
    static boolean ageAt(String text, int end) {
        int at = skipSpaces(text, end);
        return at < text.length() && text.charAt(at) == '(' && isAge(text, at);
    }

    /** The word right before the age that opens at {@code open}, only spaces between, or -1. */
    private static int wordBeforeAge(String text, Words words, int open) {
        if (!isAge(text, open)) {
            return -1;
        }
        int w = words.firstAtOrAfter(open) - 1;
        return w >= 0 && text.substring(words.span(w).end(), open).isBlank() ? w : -1;
    }

    /** Whether the bracket at {@code open} opens an age: a number, a word of {@link #YEARS}, the closing bracket. */
    private static boolean isAge(String text, int open) {
        int at = skipSpaces(text, open + 1);
        int digits = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at == digits || at - digits > MOST_DIGITS) {
            return false;
        }
        at = skipSpaces(text, at);
        int word = at;
        while (at < text.length() && Character.isLetter(text.charAt(at)) || at < text.length() && isMark(text.charAt(at))) {
            at++;
        }
        at = skipSpaces(text, at);
        return at < text.length() && text.charAt(at) == ')' && YEARS.contains(ArabicNormalizer.normalize(text.substring(word, at).strip()));
    }

    /** Whether {@code c} is a vowel sign written on a letter (the tanween of عامًا). */
    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The index in {@code proposals} of the one that covers word {@code w}, or -1. */
    private static int covering(List<Proposal> proposals, Words words, int w) {
        for (int k = 0; k < proposals.size(); k++) {
            Proposal p = proposals.get(k);
            if (p.start() < words.span(w).end() && words.span(w).start() < p.end()) {
                return k;
            }
        }
        return -1;
    }

    /** The first word of the person's name that ends at word {@code w} before an age (rules 2 and 3), or -1. */
    private static int firstWordOfName(String text, Words words, int w, Predicate<String> speechVerb) {
        String word = words.normalized(w);
        if (AGE_WORDS.contains(word) || !word.chars().allMatch(Character::isLetter)) {
            return -1;
        }
        if (givenNameBefore(text, words, w)) {
            int first = w - 1;
            while (first > w - LONGEST_NAME + 1 && givenNameBefore(text, words, first)) {
                first--; // جنى مازن صفطة: a given name and her father's
            }
            return first;
        }
        if (isGivenName(word)) {
            return w;
        }
        boolean nameForm = !WordMatcher.isDefinite(word) && word.length() >= SHORTEST_NAME
                && !endsWithAPronoun(text.substring(words.span(w).start(), words.span(w).end()))
                && !WordMatcher.inSomeReading(word, LoneGivenNames::isKin);
        return nameForm && signBefore(text, words, w, speechVerb) ? w : -1;
    }

    /**
     * Whether the {@code word} as written ends with a pronoun of {@link #PRONOUN_ENDINGS}; not one that ends in يه, as
     * French names do (بيليه، ريبيريه), where the pronoun after ي is mostly a preposition's (عليه، إليه).
     */
    private static boolean endsWithAPronoun(String word) {
        return !word.endsWith("يه") && PRONOUN_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /** Whether a given name ({@link #isGivenName}) stands right before word {@code w}, only spaces between. */
    private static boolean givenNameBefore(String text, Words words, int w) {
        return w > 0 && isGivenName(words.normalized(w - 1))
                && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w));
    }

    /** Whether the normalized {@code word} is a given name before a name and no common word alone (على، عيد). */
    private static boolean isGivenName(String word) {
        return PersonNames.givenNameBeforeAName(word) && !PersonNames.isCommonWordAlone(word);
    }

    /** Whether no word of proposal {@code p} has the article: بطولة الاتحاد (16 عاما) is an age group's contest. */
    private static boolean noDefiniteWord(Words words, Proposal p) {
        for (int w = words.firstAtOrAfter(p.start()); w < words.size() && words.span(w).start() < p.end(); w++) {
            if (WordMatcher.isDefinite(words.normalized(w))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sign of a person stands right before word {@code w}: {@link LoneGivenNames#signBefore}, or a verb;
     * but not a word that ends in ى, which is written so in no nisba (الأخرى "the other").
     */
    private static boolean signBefore(String text, Words words, int w, Predicate<String> speechVerb) {
        if (w > 0 && text.charAt(words.span(w - 1).end() - 1) == ALEF_MAKSURA
                && WordMatcher.isDefiniteNisba(words.normalized(w - 1))) {
            return false;
        }
        return LoneGivenNames.signBefore(text, words, w, speechVerb) || w > 0
                && ProposalBounds.isVerbOfEitherGenderBeforeAName(words.normalized(w - 1))
                && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w));
    }
}
