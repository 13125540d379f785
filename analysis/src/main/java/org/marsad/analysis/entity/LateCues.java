package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Words beside a name that say its bearer has died ({@value #FILE}): الراحل before it, رحمه الله after it. A name
 * that several persons bear ({@link Homonyms}) means the one of them who has died where such words stand beside it:
 * "الملك عبدالله رحمه الله" is Saudi Arabia's late King Abdullah, never Jordan's living Abdullah II.
 *
 * <p>Rules:
 * <ul>
 *   <li>a {@code before} cue ends right before the name, its title included (المغفور له الملك عبدالله), and may take
 *       و (ورحم الله الملك عبدالله): news joins the blessing to the sentence so;</li>
 *   <li>an {@code after} cue starts right after the name (الملك عبدالله يرحمه الله);</li>
 *   <li>only spaces, brackets, dashes, commas and quote marks stand between cue and name ("الملك عبدالله -رحمه
 *       الله-"، "الملك عبدالله، رحمه الله،"): across a full stop or a colon the words are another sentence's;</li>
 *   <li>words are compared whole after Arabic normalization.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class LateCues {
    static final String FILE = "late-cues.tsv";
    /** What may stand between a cue and the name. */
    private static final String BETWEEN = " \t\n()[]-–—ـ,،\"'“”«»";
    /** The cues shipped in {@value #FILE}. */
    static final LateCues SHIPPED = shipped();

    /** Each cue's normalized words, by where it stands. */
    private final List<List<String>> before;
    private final List<List<String>> after;

    private LateCues(List<List<String>> before, List<List<String>> after) {
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    private static LateCues shipped() {
        List<List<String>> before = new ArrayList<>();
        List<List<String>> after = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(LateCues.class, FILE, 2)) {
            List<String> words = List.of(ArabicNormalizer.normalize(row.column(0)).strip().split("\\s+"));
            switch (row.column(1)) {
                case "before" -> before.add(words);
                case "after" -> after.add(words);
                default -> throw row.error("place '" + row.column(1) + "' should be before or after");
            }
        }
        return new LateCues(before, after);
    }

    /**
     * Whether a cue stands beside the name from word {@code first} to the word before {@code end}, of the words
     * {@code words} of {@code text} (normalized: {@code norm}).
     */
    boolean beside(String text, List<Span> words, List<String> norm, int first, int end) {
        for (List<String> cue : before) {
            int from = first - cue.size();
            if (from >= 0 && matches(cue, norm, from, true)
                    && onlyBetween(text, words.get(first - 1), words.get(first))) {
                return true;
            }
        }
        for (List<String> cue : after) {
            if (end > 0 && end + cue.size() <= norm.size() && matches(cue, norm, end, false)
                    && onlyBetween(text, words.get(end - 1), words.get(end))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from {@code from} are {@code cue}'s, the first with و before it where {@code joined}. */
    private static boolean matches(List<String> cue, List<String> norm, int from, boolean joined) {
        for (int k = 0; k < cue.size(); k++) {
            String word = norm.get(from + k);
            if (!word.equals(cue.get(k)) && !(joined && k == 0 && word.equals("و" + cue.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /** Whether only {@link #BETWEEN} stands between {@code left} and {@code right}. */
    private static boolean onlyBetween(String text, Span left, Span right) {
        for (int at = left.end(); at < right.start(); at++) {
            if (BETWEEN.indexOf(text.charAt(at)) < 0) {
                return false;
            }
        }
        return true;
    }
}
