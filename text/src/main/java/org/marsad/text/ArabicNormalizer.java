package org.marsad.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Folds Arabic text into a search and matching view: spelling variants that writers use interchangeably become
 * one form. The result is for comparing, never for display; {@link #view} keeps the way back to the original.
 *
 * <p>Steps, each a {@link Step} that can be applied alone or in any combination:
 * <ul>
 *   <li>{@link Step#REMOVE_DIACRITICS}: tashkeel U+064B–U+065F (hamza above/below included), superscript alef
 *       U+0670, Quranic marks U+0610–U+061A and U+06D6–U+06ED are removed;</li>
 *   <li>{@link Step#REMOVE_TATWEEL}: the stretching tatweel U+0640 is removed;</li>
 *   <li>{@link Step#UNIFY_ALEF}: أ إ آ ٱ become bare alef ا;</li>
 *   <li>{@link Step#UNIFY_HAMZA_CARRIERS}: ؤ and ئ become the bare hamza ء. The seat of a medial hamza is a
 *       regional convention (مسؤول and مسئول, شؤون and شئون, تفاؤل and تفائل are the same words), while
 *       writers rarely drop the hamza itself: in the Saudi and Tunisian news corpora the ئ spelling of
 *       such words is 4–30% of their occurrences, the hamza-less مسوول or شوون well under 1%. So the view
 *       drops the seat and keeps the hamza, instead of folding ؤ to و and ئ to ي, which would keep مسؤول and
 *       مسئول apart. The standalone ء is kept as it is;</li>
 *   <li>{@link Step#ALEF_MAKSURA_TO_YAA}: ى becomes ي, since Egyptian usage writes final ي as ى;</li>
 *   <li>{@link Step#TAA_MARBUTA_TO_HAA}: ة becomes ه, the most frequent misspelling of a final ة;</li>
 *   <li>{@link Step#ASCII_DIGITS}: Arabic-Indic U+0660–U+0669 and Extended Arabic-Indic U+06F0–U+06F9 digits
 *       become ASCII, the Arabic decimal separator ٫ becomes {@code .} and the thousands separator ٬ becomes
 *       {@code ,}, so that ٢٫٥ and 2.5 match;</li>
 *   <li>{@link Step#PERSIAN_LETTERS}: Persian keheh ک becomes kaf ك and Farsi yeh ی becomes ي, as Persian
 *       keyboards type them in Arabic text;</li>
 *   <li>{@link Step#FOLD_PRESENTATION_FORMS}: presentation forms U+FB50–U+FDFF and U+FE70–U+FEFF become their
 *       base letters, which then go through the other enabled steps. The mapping is the JDK's NFKC of each
 *       form, tabulated once at class load: the standard's own data rather than a hand-typed table, at the
 *       cost of one array read per char rather than a {@code Normalizer} call;</li>
 *   <li>{@link Step#REMOVE_INVISIBLES}: zero-width and bidi controls U+200B–U+200F, U+202A–U+202E,
 *       U+2066–U+2069, the BOM U+FEFF and the Arabic letter mark U+061C are removed.</li>
 * </ul>
 * Every step maps one character at a time to characters no step changes again, so normalizing is idempotent.
 */
public final class ArabicNormalizer {

    /** One normalization step; {@link #apply} runs it alone. */
    public enum Step {
        REMOVE_DIACRITICS, REMOVE_TATWEEL, UNIFY_ALEF, UNIFY_HAMZA_CARRIERS, ALEF_MAKSURA_TO_YAA,
        TAA_MARBUTA_TO_HAA, ASCII_DIGITS, PERSIAN_LETTERS, FOLD_PRESENTATION_FORMS, REMOVE_INVISIBLES;

        final int bit = 1 << ordinal();

        /** {@code text} with only this step applied. */
        public String apply(CharSequence text) {
            return normalize(text, EnumSet.of(this));
        }
    }

    private static final char ALEF = '\u0627';
    private static final char ALEF_MADDA = '\u0622';
    private static final char ALEF_HAMZA_ABOVE = '\u0623';
    private static final char ALEF_HAMZA_BELOW = '\u0625';
    private static final char ALEF_WASLA = '\u0671';
    private static final char HAMZA = '\u0621';
    private static final char WAW_HAMZA = '\u0624';
    private static final char YAA = '\u064A';
    private static final char YAA_HAMZA = '\u0626';
    private static final char ALEF_MAKSURA = '\u0649';
    private static final char TAA_MARBUTA = '\u0629';
    private static final char HAA = '\u0647';
    /** The stretching tatweel, which draws letters out for looks (الــشـمـري) and changes no word. */
    public static final char TATWEEL = '\u0640';
    private static final char KAF = '\u0643';
    private static final char KEHEH = '\u06A9';
    private static final char FARSI_YEH = '\u06CC';
    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    private static final char ARABIC_LETTER_MARK = '\u061C';
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char ARABIC_INDIC_ZERO = '\u0660';
    private static final char ARABIC_INDIC_NINE = '\u0669';
    private static final char EXTENDED_ZERO = '\u06F0';
    private static final char EXTENDED_NINE = '\u06F9';
    private static final char FATHATAN = '\u064B';
    private static final char WAVY_HAMZA_BELOW = '\u065F';
    private static final char SUPERSCRIPT_ALEF = '\u0670';
    private static final char SIGN_SALLALLAHOU = '\u0610';
    private static final char SMALL_KASRA = '\u061A';
    private static final char SMALL_HIGH_LIGATURE_SAD = '\u06D6';
    private static final char SMALL_LOW_MEEM = '\u06ED';
    private static final char ZERO_WIDTH_SPACE = '\u200B';
    private static final char RIGHT_TO_LEFT_MARK = '\u200F';
    private static final char LEFT_TO_RIGHT_EMBEDDING = '\u202A';
    private static final char RIGHT_TO_LEFT_OVERRIDE = '\u202E';
    private static final char LEFT_TO_RIGHT_ISOLATE = '\u2066';
    private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

    /** {@link #fold} result: drop the character. */
    static final int DELETE = -1;
    /** {@link #fold} result: replace the character by its {@link PresentationForms#baseOf base letters}. */
    static final int EXPAND = -2;

    private static final int ALL = (1 << Step.values().length) - 1;
    /** Nothing below the Arabic block is touched by any step. */
    private static final char FIRST_AFFECTED = '\u0600';
    private static final char LAST_OF_BLOCK = '\u06FF';
    /** {@link #foldChar} over the Arabic block with every step: one array read in the common case. */
    private static final int[] ARABIC_BLOCK_ALL_STEPS = arabicBlockTable();

    private ArabicNormalizer() {
    }

    /** {@code text} with every step applied. */
    public static String normalize(CharSequence text) {
        return normalize(text, ALL);
    }

    /** {@code text} with the given steps applied. */
    public static String normalize(CharSequence text, Set<Step> steps) {
        return normalize(text, mask(steps));
    }

    /** The normalized view of {@code original} with every step applied, and its offsets back into it. */
    public static NormalizedText view(CharSequence original) {
        return view(original, ALL);
    }

    /** The normalized view of {@code original} with the given steps applied, and its offsets back into it. */
    public static NormalizedText view(CharSequence original, Set<Step> steps) {
        return view(original, mask(steps));
    }

    private static String normalize(CharSequence text, int steps) {
        Objects.requireNonNull(text, "text");
        int first = firstChange(text, steps);
        if (first == text.length()) {
            return text.toString();
        }
        return new Folder(text, steps, false).run(first).text();
    }

    private static NormalizedText view(CharSequence original, int steps) {
        Objects.requireNonNull(original, "original");
        int first = firstChange(original, steps);
        if (first == original.length()) {
            return NormalizedText.identity(original.toString());
        }
        return new Folder(original, steps, true).run(first).view();
    }

    private static int firstChange(CharSequence text, int steps) {
        int i = 0;
        while (i < text.length() && fold(text.charAt(i), steps) == text.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int mask(Set<Step> steps) {
        Objects.requireNonNull(steps, "steps");
        int mask = 0;
        for (Step step : steps) {
            mask |= step.bit;
        }
        return mask;
    }

    /** What {@code c} becomes under {@code steps}: a character, {@link #DELETE} or {@link #EXPAND}. */
    static int fold(char c, int steps) {
        if (c < FIRST_AFFECTED) {
            return c;
        }
        if (c <= LAST_OF_BLOCK && steps == ALL) {
            return ARABIC_BLOCK_ALL_STEPS[c - FIRST_AFFECTED];
        }
        return foldChar(c, steps);
    }

    private static int[] arabicBlockTable() {
        int[] table = new int[LAST_OF_BLOCK - FIRST_AFFECTED + 1];
        for (char c = FIRST_AFFECTED; c <= LAST_OF_BLOCK; c++) {
            table[c - FIRST_AFFECTED] = foldChar(c, ALL);
        }
        return table;
    }

    private static int foldChar(char c, int steps) {
        return switch (c) {
            case ALEF_MADDA, ALEF_HAMZA_ABOVE, ALEF_HAMZA_BELOW, ALEF_WASLA -> when(steps, Step.UNIFY_ALEF, c, ALEF);
            case WAW_HAMZA, YAA_HAMZA -> when(steps, Step.UNIFY_HAMZA_CARRIERS, c, HAMZA);
            case ALEF_MAKSURA -> when(steps, Step.ALEF_MAKSURA_TO_YAA, c, YAA);
            case TAA_MARBUTA -> when(steps, Step.TAA_MARBUTA_TO_HAA, c, HAA);
            case KEHEH -> when(steps, Step.PERSIAN_LETTERS, c, KAF);
            case FARSI_YEH -> when(steps, Step.PERSIAN_LETTERS, c, YAA);
            case ARABIC_DECIMAL_SEPARATOR -> when(steps, Step.ASCII_DIGITS, c, '.');
            case ARABIC_THOUSANDS_SEPARATOR -> when(steps, Step.ASCII_DIGITS, c, ',');
            case TATWEEL -> when(steps, Step.REMOVE_TATWEEL, c, DELETE);
            case ARABIC_LETTER_MARK, BYTE_ORDER_MARK -> when(steps, Step.REMOVE_INVISIBLES, c, DELETE);
            default -> foldRange(c, steps);
        };
    }

    private static int foldRange(char c, int steps) {
        if (isDiacritic(c)) {
            return when(steps, Step.REMOVE_DIACRITICS, c, DELETE);
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_NINE) {
            return when(steps, Step.ASCII_DIGITS, c, '0' + c - ARABIC_INDIC_ZERO);
        }
        if (c >= EXTENDED_ZERO && c <= EXTENDED_NINE) {
            return when(steps, Step.ASCII_DIGITS, c, '0' + c - EXTENDED_ZERO);
        }
        if (isInvisible(c)) {
            return when(steps, Step.REMOVE_INVISIBLES, c, DELETE);
        }
        boolean decomposable = PresentationForms.baseOf(c) != null;
        return decomposable ? when(steps, Step.FOLD_PRESENTATION_FORMS, c, EXPAND) : c;
    }

    private static int when(int steps, Step step, char unchanged, int changed) {
        return (steps & step.bit) != 0 ? changed : unchanged;
    }

    /** Tashkeel, superscript alef and Quranic annotation marks. */
    static boolean isDiacritic(char c) {
        return (c >= FATHATAN && c <= WAVY_HAMZA_BELOW) || c == SUPERSCRIPT_ALEF
                || (c >= SIGN_SALLALLAHOU && c <= SMALL_KASRA) || (c >= SMALL_HIGH_LIGATURE_SAD && c <= SMALL_LOW_MEEM);
    }

    /** Zero-width space and joiners, LRM and RLM, bidi embeddings, overrides and isolates. */
    private static boolean isInvisible(char c) {
        return (c >= ZERO_WIDTH_SPACE && c <= RIGHT_TO_LEFT_MARK)
                || (c >= LEFT_TO_RIGHT_EMBEDDING && c <= RIGHT_TO_LEFT_OVERRIDE)
                || (c >= LEFT_TO_RIGHT_ISOLATE && c <= POP_DIRECTIONAL_ISOLATE);
    }
}
