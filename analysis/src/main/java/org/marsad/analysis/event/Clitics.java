package org.marsad.analysis.event;

/**
 * The clitics a word of the text may carry around a vocabulary form, as bit flags, and the letters they are
 * written with. Taking them off is {@link Vocabulary#lookup}'s job; which forms accept which is {@link Aspect}'s.
 *
 * <p>Rules, on normalized words, in the order clitics stack ({@code [conjunction][preposition | future][article]
 * stem [pronoun]}):
 * <ul>
 *   <li>conjunction و or ف, when at least two letters follow (ولم، وقعت);</li>
 *   <li>preposition ب ك ل, optionally followed by the article; ل before the article merges with it (للانسحاب is
 *       ل + ال + انسحاب);</li>
 *   <li>the article ال;</li>
 *   <li>the future س before an imperfect prefix ي ت ن (ستوقع);</li>
 *   <li>one pronoun at the end (ه ها هم هما هن كم نا), tried only when the whole word finds nothing.</li>
 * </ul>
 */
final class Clitics {
    static final int CONJUNCTION = 1;
    static final int PREPOSITION = 2;
    static final int ARTICLE = 4;
    static final int FUTURE = 8;
    static final int PRONOUN = 16;
    static final String[] PRONOUNS = {"هما", "هم", "هن", "ها", "ه", "كم", "نا"};
    static final String ARTICLE_LETTERS = "ال";

    private Clitics() {
    }

    /** Whether {@code c} is a diacritic or tatweel, which rides on a letter. */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    static boolean isConjunction(char c) {
        return c == 'و' || c == 'ف';
    }

    static boolean isPreposition(char c) {
        return c == 'ب' || c == 'ك' || c == 'ل';
    }

    static boolean isImperfectPrefix(char c) {
        return c == 'ي' || c == 'ت' || c == 'ن';
    }

    /**
     * The clitic preposition ({@code ب}, {@code ل} or {@code ك}) {@code word} starts with after an optional
     * conjunction, when at least {@code minStem} letters follow it; else 0.
     */
    static char leadingPreposition(String word, int minStem) {
        int at = word.length() > minStem + 1 && isConjunction(word.charAt(0)) && isPreposition(word.charAt(1)) ? 1 : 0;
        char c = word.isEmpty() ? 0 : word.charAt(at);
        return isPreposition(c) && word.length() - at - 1 >= minStem ? c : 0;
    }
}
