package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * Drops the statistical tagger's persons of one word where that word is a given name far more often another word
 * alone ({@link PersonNames#isCommonWordAlone}: بشكل سليم "soundly", عيد مبارك, مالك النادي "the club's owner"),
 * or such a word with the article where that is no family name either ({@link PersonNames#isCommonWordWithTheArticle}:
 * أركان الإيمان "the pillars of faith", دوام التوفيق, الشعب الكريم), or a definite word common in news that is
 * common without the article too, no given name, nisba or title ({@link #isCommonDefiniteWord}: المسلم،
 * القبطان، العظيم), and no sign of a person stands by it.
 *
 * <p>Signs, any of which keeps the name:
 * <ol>
 *   <li>the knowledge base knows a name at the word, and its own rules decide whether it is meant there: صالح is
 *       Ali Abdullah Saleh in قوات صالح, مبارك Hosni Mubarak in an article on Egypt ({@code homonyms.tsv}), and a
 *       facility's noun before a person's name makes a place (ميناء مبارك);</li>
 *   <li>the word before it, with only spaces between or, after an abbreviation, its full stop (د. عادل، د رشيد), a conjunction
 *       allowed in front, is a title or a person's noun (السيدة وفاء، الشيخ أمين، مولاي رشيد), a kin word with or
 *       without its pronoun (شقيقي منير، والدة عادل), a nationality (البرازيلي فريد), آل (آل فريد), a verb of
 *       speech (وقالت هدى، وأوضح جمال) or of naming (ويدعى جمال); or a facility's noun, an opening bracket or quote
 *       mark allowed between, whose place the name then names (مسجد الصادق، إستاد الحسن، مسجد (الصادق));</li>
 *   <li>a given name that is no common word stands next to it in a list, after و or a comma (نور وبشرى وسارة);</li>
 *   <li>an age in brackets follows it ({@link AgedNames}: توفيق (22 عاما));</li>
 *   <li>a relative, a pronoun, a particle before a verb or كان follows it, with only spaces between: it is the
 *       subject of a clause (أن إيمان لم تخرج، سالم الذي ترك).</li>
 * </ol>
 * A one-word proposal with a conjunction or preposition inside it (لصالح "in favour of") is read without it.
 * Stateless.
 */
public final class LoneGivenNames {
    /**
     * Kin and companions before a name, normalized, read with or without a pronoun after them (شقيقي منير), and the
     * words for the late (الفقيد محمود، المرحوم سالم).
     */
    private static final Set<String> KIN = WordMatcher.normalized("أخ", "أخو", "أخي", "أخت", "شقيق", "شقيقة", "ابن",
            "ابنة", "بنت", "والد", "والدة", "عم", "عمة", "خال", "خالة", "زوج", "زوجة", "جد", "جدة", "حفيد", "حفيدة",
            "صديق", "صديقة", "زميل", "زميلة", "الطفل", "الطفلة", "الفتى", "الفتاة", "الشاب", "الشابة", "الحاج",
            "الحاجة", "الأخ", "الأخت", "الزميلة", "العم", "الخال", "الخالة", "العمة", "الأب", "الأم", "الابن",
            "الابنة", "الشقيق", "الشقيقة", "الزوج", "الزوجة", "الجد", "الجدة", "الفقيد", "الفقيدة", "المرحوم", "المرحومة");
    /**
     * Words after which a word is the subject of a clause, normalized: a relative or a pronoun that takes it up, a
     * particle before a verb, كان (إيمان لم تخرج، مالك كان من الداعمين، سالم الذي ترك). An adjective or noun of
     * the common reading is seldom followed so.
     */
    private static final Set<String> SUBJECT_FOLLOWERS = WordMatcher.normalized("الذي", "التي", "هو", "هي", "وهو",
            "وهي", "لم", "لن", "قد", "كان", "كانت");
    /** Pronouns after a kin word, normalized; the feminine ending before them is ت (شقيقتي). */
    private static final List<String> PRONOUNS = List.of("ي", "ه", "ها", "هم", "نا", "ك");
    /** Words that introduce a name, normalized: "named" (ويدعى جمال، المدعو), "his name". */
    private static final Set<String> NAMING = WordMatcher.normalized("يدعى", "تدعى", "المدعو", "المدعوة", "اسمه",
            "اسمها");
    /** Honorifics without the article: سمو، معالي، فضيلة، سماحة, and the Moroccan princes' مولاي (مولاي رشيد). */
    private static final Set<String> HONORIFICS = WordMatcher.normalized("سمو", "معالي", "فضيلة", "سماحة", "مولاي");
    /** The single letters news abbreviates titles to before a full stop: د. (doctor), م. (engineer), أ. (professor). */
    private static final Set<String> ABBREVIATED_TITLES = WordMatcher.normalized("د", "م", "أ");
    /** Marks that may open a facility's name after its noun: مسجد (الصادق)، مسجد «الحسن». */
    private static final Set<String> FACILITY_NAME_OPENERS = Set.of("(", "«", "\"", "“");
    /**
     * Words that alone name the one holder of an office, normalized, as titles do (الرئيس): البابا is the Pope, whom
     * an article names so after his full name.
     */
    private static final Set<String> HOLDERS = WordMatcher.normalized("البابا", "الخليفة", "البطريرك", "القيصر");
    /** The fewest letters of a common definite word alone (القوي); shorter ones are too often family names. */
    private static final int MIN_COMMON_DEFINITE_WORD = 5;
    /** آل, normalized: the word before a family's name. */
    private static final String FAMILY = "ال";

    private LoneGivenNames() {
    }

    /**
     * {@code proposals} without the persons of one common word that no sign upholds; {@code speechVerb} tells verbs
     * of speech (normalized, a conjunction allowed in front), {@code knownNameAt} whether the knowledge base knows a
     * name at a word, {@code commonWord} whether a normalized word is common in news.
     */
    public static List<Proposal> filter(String text, Words words, List<Proposal> proposals,
                                        Predicate<String> speechVerb, IntPredicate knownNameAt,
                                        Predicate<String> commonWord) {
        List<Proposal> out = new ArrayList<>(proposals.size());
        for (Proposal p : proposals) {
            int w = oneCommonWord(text, words, p, commonWord);
            if (w < 0 || knownNameAt.test(w) || signBefore(text, words, w, speechVerb) || inListOfNames(text, words, w)
                    || AgedNames.ageAfter(text, words, w) || subjectOfAClause(text, words, w)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The word of a person's proposal of one word that is a common word alone, else -1. */
    private static int oneCommonWord(String text, Words words, Proposal p, Predicate<String> commonWord) {
        if (p.type() != EntityType.PERSON) {
            return -1;
        }
        int w = words.firstAtOrAfter(p.start());
        if (w > 0 && words.span(w - 1).end() > p.start()) {
            w--;
        }
        if (w >= words.size() || words.span(w).end() < p.end()) {
            return -1;
        }
        String spelt = ArabicNormalizer.normalize(text.substring(p.start(), p.end()));
        return WordMatcher.inSomeReading(spelt, LoneGivenNames::isCommonWord)
                || WordMatcher.inSomeReading(spelt, r -> isCommonDefiniteWord(r, commonWord)) ? w : -1;
    }

    private static boolean isCommonWord(String word) {
        return PersonNames.isCommonWordAlone(word) || PersonNames.isCommonWordWithTheArticle(word);
    }

    /**
     * Whether the normalized {@code word} has the article and is common in news both with it and without it (المسلم
     * and مسلم, القبطان and قبطان): a noun or adjective, as a family name seldom is. Given names (الأحمد، الفهد) and
     * nisbas (القحطاني، المالكي), which families bear, stay names, and so do titles, the first words of roles and
     * the words for the holder of an office (الرئيس، الوزير، البابا), which stand for a person named before.
     */
    static boolean isCommonDefiniteWord(String word, Predicate<String> commonWord) {
        if (word.length() < MIN_COMMON_DEFINITE_WORD || !word.startsWith("ال")) {
            return false;
        }
        String bare = word.substring(2);
        return !bare.endsWith("ي") && !PersonNames.GIVEN_NAMES.containsKey(bare) && !ProposalBounds.isRoleWord(word)
                && !HOLDERS.contains(word) && commonWord.test(bare) && commonWord.test(word);
    }

    /** Whether the word before word {@code w} is a title, kin word, nationality, آل, or verb of speech or naming. */
    static boolean signBefore(String text, Words words, int w, Predicate<String> speechVerb) {
        if (w == 0) {
            return false;
        }
        String before = words.normalized(w - 1);
        String gap = text.substring(words.span(w - 1).end(), words.span(w).start());
        if (ABBREVIATED_TITLES.contains(before)) {
            return gap.isBlank() || gap.strip().equals(".");
        }
        if (WordMatcher.inSomeReading(before, Facilities.SHIPPED::isNoun)) {
            return gap.isBlank() || FACILITY_NAME_OPENERS.contains(gap.strip());
        }
        return gap.isBlank() && (speechVerb.test(before) || WordMatcher.inSomeReading(before, LoneGivenNames::announcesAName));
    }

    /** Whether the normalized {@code word} is a title, honorific, kin word, nationality, آل or word of naming. */
    static boolean announcesAName(String word) {
        return ProposalBounds.isTitle(word) || PersonNames.TITLES.contains(word) || HONORIFICS.contains(word)
                || isKin(word) || WordMatcher.isDefiniteNisba(word) || word.equals(FAMILY) || NAMING.contains(word);
    }

    /** Whether the normalized {@code word} is a kin word, bare or with a pronoun after it (شقيقي، والدته). */
    static boolean isKin(String word) {
        if (KIN.contains(word)) {
            return true;
        }
        for (String pronoun : PRONOUNS) {
            if (word.endsWith(pronoun) && word.length() > pronoun.length() + 1) {
                String stem = word.substring(0, word.length() - pronoun.length());
                boolean feminine = stem.endsWith("ت") && KIN.contains(stem.substring(0, stem.length() - 1) + "ه");
                if (KIN.contains(stem) || feminine) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a given name that is no common word stands right before or after word {@code w} in a list of names.
     */
    private static boolean inListOfNames(String text, Words words, int w) {
        return w > 0 && listed(text, words, w - 1, w) && isGivenName(words.normalized(w - 1))
                || w + 1 < words.size() && listed(text, words, w, w + 1) && isGivenName(words.normalized(w + 1));
    }

    /**
     * Whether the words {@code first} and {@code second} stand in a list: a comma between them, or only spaces and
     * a و glued to the second (محمد وياسر; not محمد ياسر, one man's name).
     */
    private static boolean listed(String text, Words words, int first, int second) {
        String gap = text.substring(words.span(first).end(), words.span(second).start()).strip();
        return gap.equals("،") || gap.equals(",") || gap.isEmpty() && words.normalized(second).startsWith("و");
    }

    /** Whether the normalized {@code word}, a glued و allowed, is a given name and no common word alone. */
    private static boolean isGivenName(String word) {
        String bare = word.length() > 3 && word.charAt(0) == 'و' ? word.substring(1) : word;
        for (String w : word.equals(bare) ? List.of(word) : List.of(word, bare)) {
            if (PersonNames.GIVEN_NAMES.containsKey(w) && !PersonNames.isCommonWordAlone(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word of {@link #SUBJECT_FOLLOWERS} follows word {@code w} with only spaces between. */
    private static boolean subjectOfAClause(String text, Words words, int w) {
        return w + 1 < words.size() && SUBJECT_FOLLOWERS.contains(words.normalized(w + 1))
                && text.substring(words.span(w).end(), words.span(w + 1).start()).isBlank();
    }
}
