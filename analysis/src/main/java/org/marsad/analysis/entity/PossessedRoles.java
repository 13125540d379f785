package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * Reads an office that news names with a possessive pronoun, "its chief executive" or "his coach", as the office
 * itself: "قالت الشركة إن رئيسها التنفيذي سامر العلي" makes سامر العلي a chief executive.
 *
 * <p>Rules:
 * <ul>
 *   <li>a possessed head is a role head of one word without the article, neither feminine nor an abbreviation
 *       (رئيس، مدير، مدرب، سفير), with ه، ها، هم or هما after it: it opens a role phrase, and the name after it is
 *       a person's, as after the head itself ({@link Appositions});</li>
 *   <li>ه is told from the feminine ة as written: normalization folds them (رئيسه "his president" and رئيسة "a
 *       woman president" read alike), so a role whose first word is written with ة stays as it is, and a word
 *       written with ة is no possessed head (محافظة is a governorate, مهاجمة an attack);</li>
 *   <li>the role is the office with the article in place of the pronoun (رئيسها التنفيذي → الرئيس التنفيذي، مدربه
 *       السابق → المدرب السابق), a و or ف glued in front dropped. Whose office it is, the pronoun's antecedent, is
 *       left out: the nearest organization, place or person before the pronoun was its antecedent about half the
 *       time in a sample of SaudiNewsNet ("سجل هدفي الهلال مهاجمه", but "معسكره بمدينة آفيون التركية ... مدربه").</li>
 * </ul>
 * Stateless.
 */
final class PossessedRoles {
    /** The possessive pronouns as written: his, her or its, their, of the two. */
    private static final List<String> PRONOUNS = List.of("هما", "هم", "ها", "ه");
    /** What a feminine noun ends with as written: رئيسة is a woman president, not a possessed head. */
    private static final char TA_MARBUTA = 'ة';
    private static final String ARTICLE = "ال";

    private PossessedRoles() {
    }

    /** Whether the role head {@code head}, as {@code role-heads.tsv} writes it, takes a possessive pronoun. */
    static boolean possessable(String head) {
        return !head.contains(" ") && !head.startsWith(ARTICLE) && head.charAt(head.length() - 1) != TA_MARBUTA
                && !head.endsWith(".");
    }

    /** The forms of the possessable {@code head} with a possessive pronoun, as written: مديره، مديرها، مديرهم. */
    static List<String> forms(String head) {
        List<String> forms = new ArrayList<>(PRONOUNS.size());
        PRONOUNS.forEach(pronoun -> forms.add(head + pronoun));
        return forms;
    }

    /**
     * Whether {@code word}, as written, is the feminine of the masculine role head {@code head} that a possessed
     * form matched, normalization folding ة into ه: محافظة (a governorate) and مهاجمة (an attack) are no محافظه or
     * مهاجمه, nor is مدربة, of a head that {@code role-heads.tsv} lists in the masculine alone.
     */
    static boolean writtenFeminine(String word, String head) {
        return word.charAt(word.length() - 1) == TA_MARBUTA && head.charAt(head.length() - 1) != TA_MARBUTA;
    }

    /**
     * {@code role} with its first word, a possessed head of one of {@code heads} (normalized possessable heads),
     * made definite: "رئيسها التنفيذي" is "الرئيس التنفيذي"; but without it when the next word is a role head of
     * {@code allHeads} (normalized, one word), which opens the office or title itself ("ومديرها الفنان"، "مدربهم
     * الكابتن"، "رئيسها رئيس الفرقة الثانية"); any other role as it is.
     */
    static String plain(String role, Set<String> heads, Set<String> allHeads) {
        int space = role.indexOf(' ');
        String first = space < 0 ? role : role.substring(0, space);
        String head = headOf(first, heads);
        if (head == null && first.length() > 1 && (first.charAt(0) == 'و' || first.charAt(0) == 'ف')) {
            head = headOf(first.substring(1), heads);
        }
        if (head == null || space < 0) {
            return head == null ? role : ARTICLE + head;
        }
        String rest = role.substring(space + 1);
        int next = rest.indexOf(' ');
        boolean titleAfter = allHeads.contains(ArabicNormalizer.normalize(next < 0 ? rest : rest.substring(0, next)));
        return titleAfter ? rest : ARTICLE + head + " " + rest;
    }

    /** The head that the written {@code word} possesses with a pronoun, or null. */
    private static String headOf(String word, Set<String> heads) {
        for (String pronoun : PRONOUNS) {
            if (word.endsWith(pronoun) && word.length() > pronoun.length()) {
                String head = word.substring(0, word.length() - pronoun.length());
                return heads.contains(ArabicNormalizer.normalize(head)) ? head : null;
            }
        }
        return null;
    }
}
