package org.marsad.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Proposes readings of an Arabic word as clitics around a stem. It proposes, never decides: the unsegmented
 * word always comes first, and a caller with a lexicon or gazetteer keeps the reading it can confirm (وزير is
 * a minister, not و+زير).
 *
 * <p>Rules, in the order clitics stack on a word ({@code [conjunction][preposition | future][article] stem
 * [pronoun]}):
 * <ul>
 *   <li>conjunctions و and ف;</li>
 *   <li>prepositions ب ك ل, then optionally the article: بالمدينة → ب+ال+مدينة;</li>
 *   <li>ل followed by the article loses the article's alef: للاستقلال → ل+ال+استقلال. Where the stem itself
 *       begins with ل, the two lams merge (للجنة → ل+ال+لجنة), so that reading, stem from the second lam, is
 *       proposed too;</li>
 *   <li>the future marker س, only before an imperfect prefix ي ت ن أ (or ا, as normalized text writes أ):
 *       سيقول → س+يقول;</li>
 *   <li>the article ال (or ٱل) alone: الحكومة → ال+حكومة;</li>
 *   <li>one enclitic pronoun ه ها هم هما هن ك كم كن ي نا, except after the article, which never takes one;</li>
 *   <li>a stem keeps at least {@value #MIN_STEM_LETTERS} letters: one letter left over is a clitic itself
 *       (به is ب+ه, not a word with a stem), and two-letter stems are real words (يد، دم، أب).</li>
 * </ul>
 * Diacritics and tatweel after a clitic letter are skipped (وَبِواشنطن), so original and normalized forms
 * segment alike; readings come in order of how many clitics they split off.
 */
public final class CliticAnalyzer {
    static final int MIN_STEM_LETTERS = 2;

    private static final String[] CONJUNCTIONS = {"و", "ف"};
    private static final String[] PREPOSITIONS = {"ب", "ك", "ل"};
    private static final String LAM = "ل";
    private static final String FUTURE = "س";
    private static final String IMPERFECT_PREFIXES = "يتنأا";
    private static final String ARTICLE = "ال";
    private static final String ARTICLE_WITH_WASLA = "ٱل";
    private static final String[] ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كن", "ي", "نا"};
    private static final Comparator<Segmentation> FEWEST_CLITICS_FIRST =
            Comparator.comparingInt(s -> s.proclitics().size() + s.enclitics().size());

    private final String word;
    private final List<Segmentation> readings = new ArrayList<>();

    private CliticAnalyzer(String word) {
        this.word = word;
    }

    /** The unsegmented word, then every reading the rules allow, fewest clitics first. */
    public static List<Segmentation> candidates(String word) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty()) {
            throw new IllegalArgumentException("word must not be empty, got \"\"");
        }
        CliticAnalyzer analyzer = new CliticAnalyzer(word);
        analyzer.readings.add(new Segmentation(List.of(), word, List.of(), 0));
        analyzer.afterConjunction(List.of(), 0);
        for (String conjunction : CONJUNCTIONS) {
            int next = analyzer.match(0, conjunction);
            if (next > 0) {
                analyzer.afterConjunction(List.of(conjunction), next);
            }
        }
        analyzer.readings.sort(FEWEST_CLITICS_FIRST);
        return List.copyOf(analyzer.readings);
    }

    private void afterConjunction(List<String> proclitics, int at) {
        addStem(proclitics, at, false);
        for (String preposition : PREPOSITIONS) {
            int next = match(at, preposition);
            if (next > 0) {
                afterPreposition(plus(proclitics, preposition), next, preposition.equals(LAM));
            }
        }
        int future = match(at, FUTURE);
        if (future > 0 && future < word.length() && IMPERFECT_PREFIXES.indexOf(word.charAt(future)) >= 0) {
            addStem(plus(proclitics, FUTURE), future, false);
        }
        addArticle(proclitics, at);
    }

    private void afterPreposition(List<String> proclitics, int at, boolean lam) {
        addStem(proclitics, at, false);
        if (!lam) {
            addArticle(proclitics, at);
            return;
        }
        int articleLam = match(at, LAM);
        if (articleLam > 0) {
            addStem(plus(proclitics, ARTICLE), articleLam, true);
            addStem(plus(proclitics, ARTICLE), at, true);
        }
    }

    private void addArticle(List<String> proclitics, int at) {
        int next = Math.max(match(at, ARTICLE), match(at, ARTICLE_WITH_WASLA));
        if (next > 0) {
            addStem(plus(proclitics, ARTICLE), next, true);
        }
    }

    /** Adds the readings with the stem starting at {@code stemStart}: bare, and with each enclitic that fits. */
    private void addStem(List<String> proclitics, int stemStart, boolean definite) {
        if (!proclitics.isEmpty()) {
            add(proclitics, stemStart, word.length(), List.of());
        }
        if (definite) {
            return;
        }
        for (String enclitic : ENCLITICS) {
            int encliticStart = matchBackward(enclitic);
            if (encliticStart > stemStart) {
                add(proclitics, stemStart, encliticStart, List.of(enclitic));
            }
        }
    }

    private void add(List<String> proclitics, int stemStart, int stemEnd, List<String> enclitics) {
        if (letters(stemStart, stemEnd) >= MIN_STEM_LETTERS) {
            readings.add(new Segmentation(proclitics, word.substring(stemStart, stemEnd), enclitics, stemStart));
        }
    }

    /** Where {@code clitic} and the marks after it end, when it is written at {@code at}; else -1. */
    private int match(int at, String clitic) {
        int i = at;
        for (int k = 0; k < clitic.length(); k++) {
            if (i >= word.length() || word.charAt(i) != clitic.charAt(k)) {
                return -1;
            }
            i = skipMarks(i + 1);
        }
        return i;
    }

    /** Where {@code clitic} starts when it ends the word, trailing marks aside; else -1. */
    private int matchBackward(String clitic) {
        int i = word.length();
        for (int k = clitic.length() - 1; k >= 0; k--) {
            while (i > 0 && isMark(word.charAt(i - 1))) {
                i--;
            }
            if (i == 0 || word.charAt(i - 1) != clitic.charAt(k)) {
                return -1;
            }
            i--;
        }
        return i;
    }

    private int skipMarks(int from) {
        int i = from;
        while (i < word.length() && isMark(word.charAt(i))) {
            i++;
        }
        return i;
    }

    private int letters(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += isMark(word.charAt(i)) ? 0 : 1;
        }
        return count;
    }

    private static boolean isMark(char c) {
        int k = CharClass.of(c);
        return k == CharClass.MARK || k == CharClass.TATWEEL;
    }

    private static List<String> plus(List<String> list, String element) {
        List<String> longer = new ArrayList<>(list);
        longer.add(element);
        return longer;
    }
}
