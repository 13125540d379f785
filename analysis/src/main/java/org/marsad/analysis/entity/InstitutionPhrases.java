package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Finds the names of institutions that news writes by a pattern rather than by heart, which the statistical tagger
 * misses about half the time: "المركز الوطني للقياس والتقويم", "الهيئة العامة للغذاء والدواء", "اللجنة الوطنية
 * لمكافحة الإرهاب".
 *
 * <p>Rules ({@value #FILE} lists the heads and the adjectives that are no nisba):
 * <ul>
 *   <li>the name opens with a definite head noun (الهيئة، المركز، اللجنة...); و، ف or ب glued to it is no part
 *       of the name (والهيئة، بالمركز); ل before the article, which writes لل, stays with it as in the knowledge
 *       base's mentions (للجنة);</li>
 *   <li>one to {@value #MAX_ADJECTIVES} definite adjectives follow it: nisba adjectives (الوطني، الدولية، الخيرية)
 *       or the listed others (العامة، العليا، المستقلة), no ordinal (المركز الثاني is a rank); without one the
 *       phrase is too often a common noun and its complement ("الجمعية للتعليم", "المنظمة للمهرجان");</li>
 *   <li>then a complement with ل: ل and the article (للقياس، للطاقة), or ل before a noun that a definite word
 *       completes (لمكافحة الإرهاب، لرعاية الشباب), or two nouns joined by و that it completes (لاستغلال وتوزيع
 *       المياه);</li>
 *   <li>the name goes on over up to {@value #MAX_AFTER} more definite words, with و or without (والتقويم، الذرية،
 *       القرآن الكريم), but not a head with و, which opens the next institution of a list (والديوان), a word of
 *       time (اليوم، الماضي، المقبل, the days of the week), which dates the sentence, nor a relative pronoun, التالي
 *       or التابع (التي، الذي), which opens a clause, nor a title (المهندس، الدكتور), which opens a person's name;</li>
 *   <li>only spaces part its words: punctuation ends it;</li>
 *   <li>a complement that holds another name (للدفاع المدني، للبنك التجاري، للفريق الأهلي) makes no name: the phrase
 *       is a body of that organization, or no name at all (الجهاز الفني للفريق);</li>
 *   <li>nor does a complement that is a listed referent alone (للحزب، للمهرجان، للمجلس): it refers back to
 *       what the text named before, and the phrase is a part of that (المكتب السياسي للحزب، اللجنة المنظمة
 *       للمهرجان).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class InstitutionPhrases {
    static final String FILE = "institution-words.tsv";
    static final int MAX_ADJECTIVES = 3;
    static final int MAX_AFTER = 2;
    /** The confidence of a name found by this pattern alone. */
    public static final double CONFIDENCE = 0.75;
    /** Adjectives that make an organization international, normalized: الدولي، العالمية، الأممية، الإقليمي. */
    static final Set<String> INTERNATIONAL_ADJECTIVES = WordMatcher.normalized("الدولي", "الدولية", "العالمي",
            "العالمية", "الأممي", "الأممية", "الإقليمي", "الإقليمية");
    /** Adjectives of regions that make a body of many countries (الاتحاد العربي، المنظمة الأفريقية، المغاربية), normalized. */
    static final Set<String> REGIONAL_ADJECTIVES = WordMatcher.normalized("العربي", "العربية", "الخليجي",
            "الخليجية", "الأوروبي", "الأوروبية", "الأفريقي", "الأفريقية", "الإفريقي", "الإفريقية", "الآسيوي", "الآسيوية",
            "الإسلامي", "الإسلامية", "القاري", "القارية", "المغاربي", "المغاربية");
    /** The heads and the listed adjectives, each normalized with its English word. */
    private static final Map<String, Map<String, String>> WORDS = words();
    private static final Map<String, String> HEADS = WORDS.get("head");
    private static final Map<String, String> ADJECTIVES = WORDS.get("adjective");
    private static final Map<String, String> REFERENTS = WORDS.get("referent");
    /**
     * Each head with the clitics news glues to it (والهيئة، بالمركز، للجنة: ل and the article, whose alef drops),
     * normalized, and how many letters of them stand before the name: one lookup a word.
     */
    private static final Map<String, HeadForm> HEAD_FORMS = headForms();
    /** Definite words of time, normalized: a phrase ends before them ("للانتخابات اليوم"). */
    static final Set<String> TIME_WORDS = Set.of("اليوم", "الامس", "الماضي", "الماضيه", "المقبل", "المقبله",
            "الجاري", "الجاريه", "الحالي", "الحاليه", "الليله", "الاسبوع", "الشهر", "الاحد", "الاثنين", "الثلاثاء",
            "الاربعاء", "الخميس", "الجمعه", "السبت");
    /**
     * Relative pronouns, التالي and التابع, normalized: definite in form, they open a clause, a list or a relation
     * after the name (المعهد الملكي للإدارة الترابية التابع لوزارة الداخلية).
     */
    static final Set<String> CLAUSE_WORDS = Set.of("التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي",
            "التالي", "التاليه", "التابع", "التابعه");

    private InstitutionPhrases() {
    }

    /**
     * The institutions' names in {@code text}, as organizations proposed with {@link #CONFIDENCE}, in text order;
     * none whose complement holds a word at which {@code nameAt} says a name begins: "المديرية العامة للدفاع
     * المدني" and "الجمعية العمومية للبنك التجاري" are bodies of an organization named in full, which is the
     * mention.
     */
    public static List<Proposal> find(String text, Words words, IntPredicate nameAt) {
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int clitics = headClitics(words.normalized(i));
            if (clitics < 0) {
                continue;
            }
            Phrase phrase = phraseAt(text, words, i);
            if (phrase != null && !phrase.namesInComplement(nameAt)) {
                int start = WordMatcher.skipLetters(text, words.span(i).start(), clitics);
                out.add(new Proposal(start, words.span(phrase.end() - 1).end(), EntityType.ORG, CONFIDENCE));
                i = phrase.end() - 1;
            }
        }
        return out;
    }

    /** An institution's name: its complement from word {@code complement} (the word with ل) to word {@code end}. */
    private record Phrase(int complement, int end) {
        /** Whether a name begins at a word of the complement. */
        boolean namesInComplement(IntPredicate nameAt) {
            for (int k = complement; k < end; k++) {
                if (nameAt.test(k)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Whether the normalized {@code word} is a head of an institution's name (الهيئة، المركز، اللجنة) or a ministry's
     * noun (وزارة), with a clitic glued to it or not.
     */
    static boolean isHead(String word) {
        return HEAD_FORMS.containsKey(word) || WORDS.get("ministry").containsKey(word);
    }

    /** How many clitic letters stand before a head noun at the normalized {@code word}; -1 when it is none. */
    private static int headClitics(String word) {
        HeadForm form = HEAD_FORMS.get(word);
        return form == null ? -1 : form.clitics();
    }

    /** A head as written with the clitics glued to it, and how many letters of them stand before the name. */
    private record HeadForm(String head, int clitics) {
    }

    private static Map<String, HeadForm> headForms() {
        Map<String, HeadForm> forms = new HashMap<>();
        for (String head : HEADS.keySet()) {
            for (String clitics : new String[] {"", "و", "ف", "ب", "وب", "فب"}) {
                forms.put(clitics + head, new HeadForm(head, clitics.length()));
            }
            // ل before the article writes لل and stays with the name, as the knowledge base's mentions keep it
            String withLam = withLam(head);
            forms.put(withLam, new HeadForm(head, 0));
            forms.put("و" + withLam, new HeadForm(head, 1));
            forms.put("ف" + withLam, new HeadForm(head, 1));
        }
        return Map.copyOf(forms);
    }

    /**
     * Whether the normalized {@code word} is ل before a definite head that opens with ل, the lams written as two, as
     * the adjective {@code next} shows (للجنة الوطنية is ل + اللجنة الوطنية; للجنة الانتخابات is ل + لجنة الانتخابات).
     */
    static boolean isLamBeforeHeadWithLam(String word, String next) {
        HeadForm form = HEAD_FORMS.get(word);
        return form != null && form.clitics() == 0 && form.head().startsWith("الل") && word.startsWith("لل")
                && adjective(next);
    }

    /**
     * The normalized definite {@code head} after ل, which writes لل for ل and the article (للهيئة) and one ل only
     * before a word that opens with ل itself (للجنة is ل + اللجنة).
     */
    private static String withLam(String head) {
        String bare = head.substring(2);
        return (bare.startsWith("ل") ? "ل" : "لل") + bare;
    }

    /** The name that opens with the head at word {@code head}, or null when none does. */
    private static Phrase phraseAt(String text, Words words, int head) {
        int j = head + 1;
        while (j < words.size() && j - head <= MAX_ADJECTIVES && adjacent(text, words, j)
                && adjective(words.normalized(j))) {
            j++;
        }
        if (j == head + 1 || j >= words.size() || !adjacent(text, words, j)) {
            return null;
        }
        int end = complementEnd(text, words, j);
        return end < 0 ? null : new Phrase(j, end);
    }

    /**
     * The word after the complement with ل at word {@code j} and the definite words that go on it (للقياس والتقويم،
     * لمكافحة الإرهاب، لاستغلال وتوزيع المياه), or -1 when no complement opens there or it is a referent alone
     * (للحزب).
     */
    static int complementEnd(String text, Words words, int j) {
        String complement = words.normalized(j);
        int end;
        if (complement.startsWith("لل") && complement.length() > 4) {
            end = j + 1;
        } else if (complement.startsWith("ل") && complement.length() > 3 && j + 1 < words.size()
                && adjacent(text, words, j + 1) && definite(words.normalized(j + 1))) {
            end = j + 2;
        } else if (complement.startsWith("ل") && complement.length() > 3 && !withPronoun(complement)
                && j + 2 < words.size() && adjacent(text, words, j + 1) && conjoinedNoun(words.normalized(j + 1))
                && adjacent(text, words, j + 2) && definite(words.normalized(j + 2))) {
            end = j + 3; // لاستغلال وتوزيع المياه: two nouns that one definite word completes
        } else {
            return -1;
        }
        for (int k = 0; k < MAX_AFTER && end < words.size() && adjacent(text, words, end)
                && (definite(words.normalized(end)) || withWaw(words.normalized(end))); k++) {
            end++;
        }
        return end == j + 1 && refersBack(complement) ? -1 : end;
    }

    /** Whether the complement ل + ال + noun ({@code للحزب}) is a referent: what the text named before. */
    private static boolean refersBack(String complement) {
        return complement.startsWith("لل") && REFERENTS.containsKey("ال" + complement.substring(2));
    }

    /** A definite nisba or a listed adjective, but no ordinal: "المركز الثاني للأسبوع الثالث" is a rank. */
    private static boolean adjective(String word) {
        return (WordMatcher.isDefiniteNisba(word) || ADJECTIVES.containsKey(word))
                && !PersonNames.ORDINALS.contains(word);
    }

    /** A definite word that may go on a name: no word of time or clause, and no title, which opens a person's name. */
    static boolean definite(String word) {
        return word.startsWith("ال") && word.length() > 3 && !TIME_WORDS.contains(word) && !CLAUSE_WORDS.contains(word)
                && !ProposalBounds.isTitle(word);
    }

    /** Whether the word ends in a pronoun (لمناقشتها، لدعمهم): it is in construct with no word after it. */
    private static boolean withPronoun(String word) {
        return word.endsWith("ها") || word.endsWith("هم");
    }

    /** Whether the word is و and a noun without the article (وتوزيع), in construct with the word after it. */
    private static boolean conjoinedNoun(String word) {
        return word.length() > 3 && word.charAt(0) == 'و' && !word.startsWith("وال");
    }

    /** Whether the word is و and a definite word (والتقويم) that opens no other institution (والديوان). */
    private static boolean withWaw(String word) {
        return word.startsWith("وال") && definite(word.substring(1)) && !HEADS.containsKey(word.substring(1));
    }

    /**
     * Each of the normalized {@code nouns} with each proclitic it may carry in front of a construct's first word (و،
     * ف، ب، ل and their pairs: لوزارة، وبمجلس), none of them part of the name, and the clitic's length.
     */
    static Map<String, Integer> withProclitics(Set<String> nouns) {
        Map<String, Integer> forms = new HashMap<>();
        for (String noun : nouns) {
            for (String clitic : List.of("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")) {
                forms.put(clitic + noun, clitic.length());
            }
        }
        return Map.copyOf(forms);
    }

    /** Whether only spaces part word {@code j} from the word before it. */
    static boolean adjacent(String text, Words words, int j) {
        return WordMatcher.onlySpacesBetween(text, words.span(j - 1), words.span(j));
    }

    /**
     * The English name of the institution's name in words [{@code first}, {@code end}) when it opens with a head:
     * the adjectives' words in English order ({@link AdjectiveOrder}), the head's, "for" and the complement without
     * its ل in English words ({@link ComplementEnglish}: "المركز الوطني للقياس والتقويم" is National Center for
     * Measurement and Evaluation) or, where it has none, in Latin letters; a name of a head and adjectives alone is the
     * adjectives' words and the head's ("الأمانة العامة" is General Secretariat), and a complement that is such a name
     * follows "of the" ("الأمانة العامة للجنة الوطنية" is General Secretariat of the National Committee); a head and
     * adjectives that are a whole name of {@link ComplementEnglish#nameOf} take its English, and "of" before their
     * complement ("الجمعية العمومية للمتقاعدين" is General Assembly of Retirees); null when an adjective has no English
     * word, here or in {@code facilities}, or the words are no such name.
     */
    static String englishOf(String text, List<Span> words, List<String> norm, int first, int end,
                            Facilities facilities) {
        HeadForm head = HEAD_FORMS.get(norm.get(first));
        if (head == null) {
            return null;
        }
        List<String> adjectives = new ArrayList<>();
        int w = first + 1;
        for (; w < end && !norm.get(w).startsWith("ل"); w++) {
            String adjective = adjectiveEnglish(norm.get(w), facilities);
            if (adjective == null) {
                return null;
            }
            adjectives.add(adjective);
        }
        if (w == first + 1) {
            return null;
        }
        String named = ComplementEnglish.nameOf(norm, first, w); // الجمعية العامة: General Assembly
        String english = named != null ? named
                : String.join(" ", AdjectiveOrder.english(adjectives)) + " " + HEADS.get(head.head());
        if (w >= end) {
            return english;
        }
        String body = HEAD_FORMS.containsKey(norm.get(w)) ? englishOf(text, words, norm, w, end, facilities) : null;
        if (body != null) {
            return english + " of the " + body; // الأمانة العامة للجنة الوطنية: of the National Committee
        }
        String complement = withoutLam(text.substring(words.get(w).start(), words.get(end - 1).end()));
        String complementEnglish = complementEnglish(complement, facilities);
        return english + (named != null ? " of " : " for ") // الجمعية العمومية للمتقاعدين: General Assembly of Retirees
                + (complementEnglish != null ? complementEnglish : NameTransliterator.toLatin(complement));
    }

    /** The complement as written without its ل: للقياس is ل + القياس, whose alef the ل swallowed; لمكافحة is ل + مكافحة. */
    static String withoutLam(String complement) {
        return complement.startsWith("لل") ? "ا" + complement.substring(1) : complement.substring(1);
    }

    /** The English words of a {@code complement} without its ل ({@link #withoutLam}), or null when one has none. */
    static String complementEnglish(String complement, Facilities facilities) {
        return ComplementEnglish.of(complement, adjective -> adjectiveEnglish(adjective, facilities));
    }

    /** The English word of the normalized definite adjective, from {@value #FILE} or {@code facilities}; else null. */
    static String adjectiveEnglish(String adjective, Facilities facilities) {
        return ADJECTIVES.containsKey(adjective) ? ADJECTIVES.get(adjective) : facilities.adjectiveEnglish(adjective);
    }

    /** The words of {@value #FILE} by kind, each normalized with its English word. */
    private static Map<String, Map<String, String>> words() {
        Map<String, Map<String, String>> byKind = Map.of("head", new HashMap<>(), "adjective", new HashMap<>(),
                "ministry", new HashMap<>(), "not-portfolio", new HashMap<>(), "referent", new HashMap<>(),
                "body", new HashMap<>());
        for (TsvTable.Row row : TsvTable.readResource(InstitutionPhrases.class, FILE, 3)) {
            Map<String, String> kind = byKind.get(row.column(1));
            if (kind == null) {
                throw row.error("KIND must be head, adjective, ministry, not-portfolio, referent or body, got '"
                        + row.column(1) + "'");
            }
            kind.put(ArabicNormalizer.normalize(row.column(0)), row.column(2));
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        byKind.forEach((kind, words) -> out.put(kind, Map.copyOf(words)));
        return Map.copyOf(out);
    }

    /**
     * The words of {@value #FILE} of {@code kind} (head, adjective, ministry, not-portfolio, referent, body), normalized,
     * with their English words.
     */
    static Map<String, String> wordsOf(String kind) {
        return WORDS.get(kind);
    }
}
