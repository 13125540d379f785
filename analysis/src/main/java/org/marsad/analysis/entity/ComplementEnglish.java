package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * The English words of the common nouns of a name: an institution's complement, the part after its ل ("القياس
 * والتقويم" is Measurement and Evaluation, "التدريب التقني والمهني" Technical and Vocational Training, "مكافحة
 * الإرهاب" Combating Terrorism), or the words after a facility's noun that no person or city opens ("كأس الأمم
 * الآسيوية", Asian Nations Cup).
 *
 * <p>Rules ({@value #FILE} lists the nouns, phrases, action nouns and adjectives; the adjectives of {@link
 * InstitutionPhrases} and {@link Facilities} count too):
 * <ul>
 *   <li>a name the file lists whole has its English as the file gives it ({@link #nameOf}: مجلس اللوردات is the House
 *       of Lords, not Lords Council);</li>
 *   <li>the words are read as noun phrases joined by و: nouns in a chain (صوامع الغلال), then adjectives
 *       (الإجرامية); a word after و that is an adjective only joins the adjectives of the phrase before it (التقني
 *       والمهني), with "and" only after another adjective (الأخلاقيات الحيوية والطبية is Medical Bioethics);</li>
 *   <li>a phrase of the file (كرة القدم، حقوق الإنسان) is one noun; nouns are looked up without their article;</li>
 *   <li>in English each phrase has its adjectives first, in English order ({@link AdjectiveOrder}), then its nouns
 *       from last to first, as English puts a noun before the noun it qualifies (صوامع الغلال is Grain Silos, وحدات
 *       التدخل Intervention Units); an action noun (مكافحة) stands first instead, its object after it;</li>
 *   <li>the phrases are joined by "and", a phrase whose English words come again said once (التربية والتعليم is
 *       Education); a word the file and the adjectives lack, or a noun after adjectives without و, leaves the words
 *       without English ones (null), to be written in Latin letters.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ComplementEnglish {
    static final String FILE = "complement-words.tsv";
    /** The nouns and phrases, action nouns and adjectives of {@value #FILE}, by kind. */
    private static final Map<String, Map<String, String>> WORDS = words();
    private static final Map<String, String> NOUNS = WORDS.get("noun");
    private static final Map<String, String> ACTIONS = WORDS.get("action");
    private static final Map<String, String> ADJECTIVES = WORDS.get("adjective");
    private static final Map<String, String> NAMES = WORDS.get("name");
    /** The most words of a name of {@value #FILE}. */
    private static final int MAX_NAME_WORDS = 3;

    private ComplementEnglish() {
    }

    /** One noun phrase of the words in English pieces. */
    private static final class Phrase {
        final List<String> adjectives = new ArrayList<>();
        final List<String> nouns = new ArrayList<>();
        String action;

        String english() {
            List<String> out = new ArrayList<>();
            if (action != null) {
                out.add(action);
            }
            out.addAll(AdjectiveOrder.english(adjectives));
            out.addAll(nouns.reversed());
            return String.join(" ", out);
        }
    }

    /**
     * The English words of {@code words} (written as in the text, a complement without its ل: "التدريب التقني
     * والمهني"), or null when one of them has none; {@code otherAdjectives} gives the English word of an adjective
     * this file lacks from its normalized definite form, or null.
     */
    static String of(String complement, Function<String, String> otherAdjectives) {
        Function<String, String> adjectiveEnglish =
                w -> ADJECTIVES.containsKey(w) ? ADJECTIVES.get(w) : otherAdjectives.apply(w);
        String[] words = ArabicNormalizer.normalize(complement).strip().split("\\s+");
        List<Phrase> phrases = new ArrayList<>();
        Phrase current = null;
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            boolean and = word.length() > 2 && word.charAt(0) == 'و' && !knows(word, otherAdjectives);
            word = and ? word.substring(1) : word;
            String pair = k + 1 < words.length ? NOUNS.get(bare(word) + " " + bare(words[k + 1])) : null;
            String noun = pair != null ? pair : NOUNS.get(bare(word));
            String action = ACTIONS.get(bare(word));
            String adjective = adjectiveEnglish.apply(word);
            if (current != null && adjective != null && (!and || noun == null && action == null)
                    && (!current.nouns.isEmpty() || !current.adjectives.isEmpty())) {
                if (and && !current.adjectives.isEmpty()) {
                    current.adjectives.add("and");
                }
                // الإجرامية after القضايا; والمهني after التقني; والطبية after the one noun الأخلاقيات الحيوية
                current.adjectives.add(adjective);
                continue;
            }
            if (noun == null && action == null) {
                return null;
            }
            if (current != null && !and && !current.adjectives.isEmpty()) {
                return null; // a noun after the adjectives without و: a structure these rules do not know
            }
            if (current == null || and) {
                current = new Phrase();
                phrases.add(current);
            }
            if (noun != null) {
                current.nouns.add(noun);
                k += pair != null ? 1 : 0;
            } else {
                current.action = action;
            }
        }
        return phrases.isEmpty() ? null : String.join(" and ", phrases.stream().map(Phrase::english).distinct().toList());
    }

    /**
     * The English of the normalized words [{@code first}, {@code end}) when they are a name of {@value #FILE} whose
     * English is no word-for-word rendering (مجلس الشيوخ is the Senate, الجمعية العامة the General Assembly); ل glued
     * to the first word's article aside (للجمعية العامة); else null.
     */
    static String nameOf(List<String> norm, int first, int end) {
        if (end - first < 2 || end - first > MAX_NAME_WORDS) {
            return null;
        }
        StringBuilder key = new StringBuilder(bare(withoutLam(norm.get(first))));
        for (int k = first + 1; k < end; k++) {
            key.append(' ').append(bare(norm.get(k)));
        }
        return NAMES.get(key.toString());
    }

    /** The normalized {@code word} with ل glued to its article read off: للجمعيه is ل + الجمعيه. */
    private static String withoutLam(String word) {
        return word.startsWith("لل") && word.length() > 3 ? "ا" + word.substring(1) : word;
    }

    /**
     * Whether the normalized definite {@code word} is a noun, action noun or adjective of {@value #FILE}, or an
     * adjective {@code otherAdjectives} knows; a word that opens with و and is one of these is no و and a word
     * (وحدات is no و + حدات).
     */
    static boolean knows(String word, Function<String, String> otherAdjectives) {
        return NOUNS.containsKey(bare(word)) || ACTIONS.containsKey(bare(word)) || knowsAdjective(word, otherAdjectives);
    }

    /** Whether the normalized definite {@code word} is an adjective of {@value #FILE} or of {@code otherAdjectives}. */
    static boolean knowsAdjective(String word, Function<String, String> otherAdjectives) {
        return ADJECTIVES.containsKey(word) || otherAdjectives.apply(word) != null;
    }

    /** The normalized {@code word} without its article. */
    private static String bare(String word) {
        return word.startsWith("ال") && word.length() > 3 ? word.substring(2) : word;
    }

    /** The words of {@value #FILE} by kind, normalized: nouns and actions without their article, adjectives with it. */
    private static Map<String, Map<String, String>> words() {
        Map<String, Map<String, String>> byKind = Map.of("noun", new HashMap<>(), "action", new HashMap<>(),
                "adjective", new HashMap<>(), "name", new HashMap<>());
        for (TsvTable.Row row : TsvTable.readResource(ComplementEnglish.class, FILE, 3)) {
            Map<String, String> kind = byKind.get(row.column(1));
            if (kind == null) {
                throw row.error("KIND must be noun, action, adjective or name, got '" + row.column(1) + "'");
            }
            String word = ArabicNormalizer.normalize(row.column(0));
            String key = row.column(1).equals("adjective") ? word
                    : String.join(" ", Arrays.stream(word.split(" ")).map(ComplementEnglish::bare).toList());
            if (kind.put(key, row.column(2)) != null) {
                throw row.error("'" + row.column(0) + "' is listed twice");
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        byKind.forEach((kind, words) -> out.put(kind, Map.copyOf(words)));
        return Map.copyOf(out);
    }
}
