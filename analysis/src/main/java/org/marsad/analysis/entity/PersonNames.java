package org.marsad.analysis.entity;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * When the last word of a person's name may stand for the person alone, as توكاييف does for قاسم جومارت توكاييف.
 * Both the statistical tagger (names carried between sentences) and the entity tagger (short mentions) ask this.
 *
 * <p>Rules, over the normalized words of the name:
 * <ul>
 *   <li>the name has two words or more, and its last word at least {@value #MIN_SURNAME_LETTERS} letters;</li>
 *   <li>no word of it is a patronymic (بن، ابن، بنت: in سلمان بن عبد العزيز the last word is the father's) or a
 *       title (الملك سلمان: the last word is a given name);</li>
 *   <li>the last word does not complete a compound with the word before it (عبد الله، أبو مازن، دي ميستورا);</li>
 *   <li>the last word is not الله nor a regnal ordinal (عبد الله الثاني).</li>
 * </ul>
 */
public final class PersonNames {
    static final int MIN_SURNAME_LETTERS = 3;
    /** The fewest letters of a letter glued to a name opening with عبد written as one word (وعبدالله). */
    static final int MIN_GLUED_COMPOUND = 7;
    /** Words after which the rest of a name is a father's name: سلمان بن عبد العزيز. */
    static final Set<String> PATRONYMICS = WordMatcher.normalized("بن", "ابن", "بنت");
    /** Words that make one name with the word after them: عبد الله، أبو مازن، آل سعود، دي ميستورا. */
    /** The word before a family's name, as written (آل سعود): normalized, it reads as the article ال. */
    static final String FAMILY_WORD = "آل";
    static final Set<String> COMPOUND_HEADS = WordMatcher.normalized("عبد", "أبو", "أبي", "آل", "أم", "دي", "فون", "فان");
    /** Titles before a given name: الملك سلمان. */
    static final Set<String> TITLES = WordMatcher.normalized("الملك", "الأمير", "الشيخ", "الإمام", "السيد", "آية", "الرئيس",
            "الدكتور", "ولي");
    static final String GIVEN_NAMES_FILE = "given-names.tsv";
    /** Given names that news writes before a family name ({@value #GIVEN_NAMES_FILE}), normalized, with their Latin. */
    private static final List<TsvTable.Row> GIVEN_NAME_ROWS = TsvTable.readResource(PersonNames.class, GIVEN_NAMES_FILE, 2);
    static final Map<String, String> GIVEN_NAMES = GIVEN_NAME_ROWS.stream()
            .collect(Collectors.toUnmodifiableMap(row -> ArabicNormalizer.normalize(row.column(0)), row -> row.column(1)));
    static final String FOREIGN_GIVEN_NAMES_FILE = "foreign-given-names.tsv";
    /**
     * The given names of {@value #FOREIGN_GIVEN_NAMES_FILE}, normalized: those of Europeans, Americans and others,
     * whose family names news spells by sound. Each must be one of {@link #GIVEN_NAMES}.
     */
    private static final Set<String> FOREIGN_GIVEN_NAMES = loadForeignGivenNames();
    /** The Latin spellings of the given names of {@value #GIVEN_NAMES_FILE}, in small letters: ahmed, robert. */
    private static final Set<String> LATIN_GIVEN_NAMES = GIVEN_NAME_ROWS.stream()
            .flatMap(row -> Arrays.stream(row.columns()).skip(1)).map(latin -> latin.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Given names that are adjectives too (تركي "Turkish", جميل، كريم): before a name they are more often the adjective
     * (مسؤول تركي), but before a definite family name the given name (تركي الفيصل، تركي السديري).
     */
    private static final Set<String> ADJECTIVES_AS_GIVEN_NAMES = WordMatcher.normalized("تركي", "جميل", "كريم");
    /**
     * Given names that are far more often another word right before a name: a preposition (على "on" normalizes as the
     * name علي; باسم "in the name of"), a verb (صادق "ratified"), an adjective ({@link #ADJECTIVES_AS_GIVEN_NAMES})
     * or a feast (عيد رمضان).
     */
    private static final Set<String> OTHER_WORDS_BEFORE_NAMES = Stream.concat(ADJECTIVES_AS_GIVEN_NAMES.stream(),
            WordMatcher.normalized("على", "باسم", "صادق", "عيد").stream()).collect(Collectors.toUnmodifiableSet());
    /** علي, normalized as the preposition على is. */
    private static final String ALI = ArabicNormalizer.normalize("علي");
    static final String COMMON_WORD_GIVEN_NAMES_FILE = "common-word-given-names.tsv";
    /**
     * Given names that alone are far more often another word, normalized: the adjectives, nouns and verbs of
     * {@value #COMMON_WORD_GIVEN_NAMES_FILE} (حسن نية "good faith", بشكل سليم "soundly").
     */
    private static final Set<String> COMMON_WORDS_ALONE;
    /**
     * The same words with the article, normalized, for the rows of {@value #COMMON_WORD_GIVEN_NAMES_FILE} marked
     * {@value #WITH_THE_ARTICLE}: with it they are the noun or adjective, seldom a family name (الإيمان، التوفيق،
     * الشعب الكريم), where الصالح or الشريف are families.
     */
    private static final Set<String> COMMON_WORDS_WITH_THE_ARTICLE;
    /** The third column's value that marks a common word whose definite form is no family name either. */
    static final String WITH_THE_ARTICLE = "article";

    static {
        List<TsvTable.Row> rows = TsvTable.readResource(PersonNames.class, COMMON_WORD_GIVEN_NAMES_FILE, 2);
        COMMON_WORDS_ALONE = commonWords(rows, false);
        COMMON_WORDS_WITH_THE_ARTICLE = commonWords(rows, true);
    }

    /**
     * Definite words that are given names in the Maghreb as well as adjectives or nouns (الطيب صالح, the novelist;
     * الصافي سعيد، المكي هلال): they are left out of {@value #GIVEN_NAMES_FILE}, where they would open names everywhere,
     * but before a given name they are no apposition to drop.
     */
    private static final Set<String> DEFINITE_WORDS_AS_NAMES = WordMatcher.normalized("الطيب", "البشير", "الصادق",
            "الناصر", "الصافي", "المكي", "المهدي", "التيجاني", "الفاضل", "العربي", "الأمين", "المختار", "الصغير",
            "العيد", "الأزهر", "الحسين", "الحسن", "الجيلاني", "الزين", "المولدي", "الشاطر");
    /**
     * Definite words that make one name with the given name after them: a prophet's or saint's (النبي يونس، القديس
     * بطرس, named so in مسجد النبي يونس and ساحة القديس بطرس), and الله, which opens formulas (والله الهادي).
     */
    private static final Set<String> NAMING_WORDS = WordMatcher.normalized("النبي", "القديس", "القديسة", "الله");
    /** Ordinals that end regnal names, first to tenth, normalized: عبد الله الثاني. */
    static final List<String> ORDINALS_IN_ORDER = Stream.of("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس",
            "السابع", "الثامن", "التاسع", "العاشر").map(ArabicNormalizer::normalize).toList();
    /** {@link #ORDINALS_IN_ORDER} as a set. */
    static final Set<String> ORDINALS = Set.copyOf(ORDINALS_IN_ORDER);
    /**
     * Last words that are no surname: الله ends compounds, ordinals end regnal names, and the adjectives of the
     * facilities named after persons end a facility's name a person's was taken for (مطار الأمير محمد بن عبدالعزيز
     * الدولي، لواء الأمير تركي بن عبدالعزيز الآلي).
     */
    private static final Set<String> NOT_SURNAMES = Stream.of(Stream.of(ArabicNormalizer.normalize("الله")),
            ORDINALS.stream(), WordMatcher.normalized("الدولي", "الدولية", "التخصصي", "العام", "الآلي").stream())
            .flatMap(s -> s).collect(Collectors.toUnmodifiableSet());

    /**
     * The last words of the two-word given names of {@value #GIVEN_NAMES_FILE} (الدين of عز الدين، نور الدين): the
     * tagger often proposes such a word alone (بحسب علم [الدين]), which alone names no one.
     */
    private static final Set<String> COMPOUND_GIVEN_NAME_TAILS = GIVEN_NAMES.keySet().stream()
            .filter(name -> name.indexOf(' ') > 0).map(name -> name.substring(name.lastIndexOf(' ') + 1))
            .collect(Collectors.toUnmodifiableSet());

    private PersonNames() {
    }

    /** Whether the normalized {@code word} ends two-word given names of {@value #GIVEN_NAMES_FILE}: الدين. */
    static boolean endsCompoundGivenNames(String word) {
        return COMPOUND_GIVEN_NAME_TAILS.contains(word);
    }

    /**
     * How many letters of proclitics (و or ف, then ب or ل) the normalized word {@code before} carries in front of the
     * first word of a two-word given name whose last word {@code tail} follows it: 0 for علم before الدين, 1 for لعز,
     * 2 for وبعز; -1 when no such given name is listed.
     */
    static int compoundGivenNameHead(String before, String tail) {
        if (!COMPOUND_GIVEN_NAME_TAILS.contains(tail)) {
            return -1;
        }
        int conjunction = before.length() > 2 && (before.charAt(0) == 'و' || before.charAt(0) == 'ف') ? 1 : 0;
        for (int k = 0; k <= conjunction + 1 && k < before.length() - 1; k++) {
            boolean clitics = k == 0 || k == conjunction || isPreposition(before.charAt(k - 1));
            if (clitics && GIVEN_NAMES.containsKey(before.substring(k) + " " + tail)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ل';
    }

    /**
     * Whether the normalized {@code word}, after a name's first word, is و and a noun with a pronoun or the feminine
     * ending (ة reads ه once normalized), no given name: "عصام الملا ومساعده" is al-Mulla and his assistant, the
     * next of a list, and no name goes on with such a word.
     */
    static boolean isConjoinedNoun(String word) {
        return word.length() >= 5 && word.charAt(0) == 'و' && !GIVEN_NAMES.containsKey(word)
                && (word.endsWith("ه") || word.endsWith("ها") || word.endsWith("هم"));
    }

    /**
     * Whether the normalized {@code word} may end a person's name as a family name: it has letters enough and is no
     * word of a facility's name (الدولي، العام), ordinal or الله.
     */
    static boolean mayEndAName(String word) {
        return word.length() >= MIN_SURNAME_LETTERS && !NOT_SURNAMES.contains(word);
    }

    /**
     * Whether the last of the normalized {@code words} of a person's name may stand for the person alone: a family
     * name, not a father's or grandfather's name after بن (سلمان بن عبدالعزيز), though a definite family name may
     * end a lineage (تركي بن عبد الله الشليل: وبيّن الشليل).
     */
    public static boolean lastWordStandsAlone(List<String> words) {
        int n = words.size();
        String last = n < 2 ? "" : words.get(n - 1);
        if (n < 2 || !mayEndAName(last) || COMPOUND_HEADS.contains(words.get(n - 2))
                || PATRONYMICS.contains(words.get(n - 2)) || compoundGivenNameHead(words.get(n - 2), last) == 0) {
            return false;
        }
        for (String w : words) {
            if (PATRONYMICS.contains(w) && !last.startsWith("ال") || TITLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the normalized first word of a name is a given name with a letter glued before it, as in وياسر or
     * لستيف: the rest is a given name, the whole word is not (وليد and فارس stay whole).
     */
    static boolean isGivenNameAfterLetter(String word) {
        return word.length() > 2 && GIVEN_NAMES.containsKey(word.substring(1)) && !GIVEN_NAMES.containsKey(word);
    }
    /**
     * Whether the normalized {@code word}, standing right before a name, is a given name opening it (طلعت زكريا، بشرى
     * الأسد): a given name that is not far more often another word there (على، باسم، صادق).
     */
    static boolean givenNameBeforeAName(String word) {
        return GIVEN_NAMES.containsKey(word) && !OTHER_WORDS_BEFORE_NAMES.contains(word);
    }

    /**
     * Whether the normalized {@code word}, standing right before a definite family name, is a given name opening it:
     * one of {@link #givenNameBeforeAName}, or an adjective that is a given name too (تركي السديري، جميل الحربي).
     */
    static boolean givenNameBeforeAFamilyName(String word) {
        return givenNameBeforeAName(word) || ADJECTIVES_AS_GIVEN_NAMES.contains(word);
    }

    /**
     * Whether the normalized {@code word} is a given name that opens a name ({@link #givenNameBeforeAName}) or one
     * written with عبد as one word (عبدالله، عبدالرحمن).
     */
    static boolean opensWithAGivenName(String word) {
        return givenNameBeforeAName(word) || isJoinedServantName(word);
    }

    /** Whether the normalized {@code word} is a given name of عبد written as one word (عبدالله، عبدالرحمن; not عبده). */
    static boolean isJoinedServantName(String word) {
        return word.startsWith("عبد") && word.length() >= 5;
    }

    /**
     * Whether the normalized {@code word} is ل and a definite given name, whose alef the script drops: للشاذلي is ل +
     * الشاذلي.
     */
    static boolean isLamBeforeDefiniteGivenName(String word) {
        return word.startsWith("لل") && word.length() > 4 && givenNameBeforeAName("ال" + word.substring(2));
    }

    /**
     * Whether the normalized definite {@code word} may stand in apposition before a name and be no part of it: it is
     * no given name, listed ({@value #GIVEN_NAMES_FILE}) or one of the Maghreb's definite words that name persons
     * (الطيب، الصافي), nor a word that makes one name with the next (النبي يونس).
     */
    static boolean mayQualifyAName(String word) {
        return word.startsWith("ال") && word.length() > 3 && !GIVEN_NAMES.containsKey(word)
                && !DEFINITE_WORDS_AS_NAMES.contains(word) && !NAMING_WORDS.contains(word);
    }

    /**
     * Whether {@code name} is written in Latin letters alone and opens with no given name of {@value #GIVEN_NAMES_FILE}
     * in its Latin spelling (Oculus Rift; not Robert Altman, Mohamed Salah): no person's name, as far as one can tell.
     */
    static boolean isLatinNameOfNoPerson(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '-' || c == '.' || c == '\'')) {
                return false;
            }
        }
        String first = name.strip().split("[ .-]+")[0].toLowerCase(Locale.ROOT);
        return !first.isEmpty() && !LATIN_GIVEN_NAMES.contains(first);
    }

    /**
     * Whether the normalized {@code word}, standing alone, may be a given name for a person named in full before
     * (هيلاري for هيلاري كلينتون): a given name but علي, which is how many write the preposition على. One that is far
     * more often another word alone (حسن نية "good faith") comes here only as a person's proposal with a sign of a
     * person by it ({@link LoneGivenNames}: وقال حسن).
     */
    static boolean givenNameAlone(String word) {
        return GIVEN_NAMES.containsKey(word) && !word.equals(ALI);
    }

    /**
     * Whether the normalized {@code word} is a given name of {@value #COMMON_WORD_GIVEN_NAMES_FILE}, far more often
     * another word alone (سليم "sound", مالك "owner", حسن نية "good faith").
     */
    static boolean isCommonWordAlone(String word) {
        return COMMON_WORDS_ALONE.contains(word);
    }

    /**
     * Whether the normalized {@code word} is a common word of {@value #COMMON_WORD_GIVEN_NAMES_FILE} with the article,
     * marked as no family name (الإيمان "faith", التوفيق "success", الكريم "generous").
     */
    static boolean isCommonWordWithTheArticle(String word) {
        return COMMON_WORDS_WITH_THE_ARTICLE.contains(word);
    }

    /**
     * The normalized words of rows of {@value #COMMON_WORD_GIVEN_NAMES_FILE}: all of them bare, or those marked
     * {@value #WITH_THE_ARTICLE} with the article; a third column of any other value is an error naming its line.
     */
    static Set<String> commonWords(List<TsvTable.Row> rows, boolean withTheArticle) {
        Set<String> out = new HashSet<>();
        for (TsvTable.Row row : rows) {
            boolean marked = row.columns().length > 2;
            if (marked && !row.column(2).equals(WITH_THE_ARTICLE)) {
                throw row.error("third column must be '" + WITH_THE_ARTICLE + "' or absent, not '" + row.column(2) + "'");
            }
            String word = ArabicNormalizer.normalize(row.column(0));
            if (!withTheArticle) {
                out.add(word);
            } else if (marked) {
                out.add("ال" + word);
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Whether the normalized {@code word} opens a person's name: a given name, a compound's head or a patronymic
     * (عبد، أبو، آل، ابن...), or عبد glued to its complement (عبدالله).
     */
    static boolean opensAName(String word) {
        return GIVEN_NAMES.containsKey(word) || COMPOUND_HEADS.contains(word) || PATRONYMICS.contains(word)
                || word.startsWith("عبد");
    }

    /** Whether the normalized {@code word} is a foreigner's given name ({@value #FOREIGN_GIVEN_NAMES_FILE}): مارك. */
    static boolean isForeignGivenName(String word) {
        return FOREIGN_GIVEN_NAMES.contains(word);
    }

    private static Set<String> loadForeignGivenNames() {
        Set<String> names = new HashSet<>();
        for (TsvTable.Row row : TsvTable.readResource(PersonNames.class, FOREIGN_GIVEN_NAMES_FILE, 1)) {
            String name = ArabicNormalizer.normalize(row.column(0));
            if (!GIVEN_NAMES.containsKey(name)) {
                throw row.error("'" + row.column(0) + "' is no given name of " + GIVEN_NAMES_FILE);
            }
            names.add(name);
        }
        return Set.copyOf(names);
    }

    /**
     * Whether the normalized {@code word} is a letter glued to a given name ({@link #isGivenNameAfterLetter}) or to
     * a name opening with عبد written as one word (وعبدالرحمن), which no given name begins with.
     */
    static boolean isNameAfterLetter(String word) {
        return isGivenNameAfterLetter(word) || word.length() >= MIN_GLUED_COMPOUND && word.startsWith("عبد", 1);
    }
}
