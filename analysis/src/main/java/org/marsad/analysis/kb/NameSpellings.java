package org.marsad.analysis.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings under which news writes a name of the knowledge base, beyond those the normalizer folds.
 *
 * <p>Rules:
 * <ul>
 *   <li>"عبد" and the word after it are written apart or together: عبد العزيز and عبدالعزيز, عبد ربه and
 *       عبدربه. A name written apart gets the spelling together; a word written together with the article
 *       (عبدالله، عبدالرحمن) gets the spelling apart. A word together without the article is left alone, since
 *       عبده is a name of its own.</li>
 *   <li>Each such pair is spelt either way whatever the others are: news writes "عبدالله بن عبد العزيز" as often as
 *       it keeps one spelling through a name. The name as written comes first, then every pair rewritten, then the
 *       mixed spellings; a name with more than {@value #MAX_MIXED_PAIRS} pairs gets no mixed ones, so that no name
 *       has more than 2^{@value #MAX_MIXED_PAIRS} spellings.</li>
 *   <li>A name that opens with أبو ("father of") is declined as Arabic declines the word: أبي after a preposition
 *       or a noun (بمحافظة أبي عريش، زعيم التنظيم أبي بكر البغدادي), أبا as an object (أبا بكر). Only the first
 *       word is: inside a full name (محمد أبو تريكة) news keeps أبو. The declined spellings come after the others.</li>
 * </ul>
 */
final class NameSpellings {
    private static final String ABD = "عبد";
    private static final String ARTICLE = "ال";
    /** أبو and its genitive and accusative forms, as a name's first word. */
    private static final Set<String> ABU = Set.of("أبو", "ابو");
    private static final List<String> ABU_DECLINED = List.of("أبي", "أبا");
    static final int MAX_MIXED_PAIRS = 3;

    private NameSpellings() {
    }

    /** {@code name} and its other spellings, {@code name} first. */
    static List<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        out.add(together(name));
        out.add(apart(name));
        List<List<String>> units = units(name.split(" "));
        if (units.stream().filter(u -> u.size() > 1).count() <= MAX_MIXED_PAIRS) {
            addEverySpelling(units, 0, new StringBuilder(), out);
        }
        return List.copyOf(declined(out));
    }

    /** {@code spellings}, then each of them that opens with أبو declined (أبي عريش، أبا بكر). */
    private static Set<String> declined(Set<String> spellings) {
        Set<String> out = new LinkedHashSet<>(spellings);
        for (String s : spellings) {
            int space = s.indexOf(' ');
            if (space > 0 && ABU.contains(s.substring(0, space))) {
                ABU_DECLINED.forEach(form -> out.add(form + s.substring(space)));
            }
        }
        return out;
    }

    /**
     * The name's words grouped into units, each with its spellings, as written first: a pair of عبد and the next
     * word, or a word of عبد and the article written together, has two; any other word one.
     */
    private static List<List<String>> units(String[] words) {
        List<List<String>> units = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(ABD) && i + 1 < words.length) {
                units.add(List.of(ABD + " " + words[i + 1], ABD + words[i + 1]));
                i++;
            } else if (isAbdTogetherWithArticle(words[i])) {
                units.add(List.of(words[i], ABD + " " + words[i].substring(ABD.length())));
            } else {
                units.add(List.of(words[i]));
            }
        }
        return units;
    }

    private static void addEverySpelling(List<List<String>> units, int from, StringBuilder prefix, Set<String> out) {
        if (from == units.size()) {
            out.add(prefix.toString());
            return;
        }
        for (String spelling : units.get(from)) {
            int length = prefix.length();
            prefix.append(from == 0 ? "" : " ").append(spelling);
            addEverySpelling(units, from + 1, prefix, out);
            prefix.setLength(length);
        }
    }

    /** The name with every "عبد X" written "عبدX". */
    static String together(String name) {
        String[] words = name.split(" ");
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < words.length; i++) {
            b.append(words[i]);
            boolean join = words[i].equals(ABD) && i + 1 < words.length;
            if (!join && i + 1 < words.length) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** The name with every "عبدالX" written "عبد الX". */
    static String apart(String name) {
        String[] words = name.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (isAbdTogetherWithArticle(words[i])) {
                words[i] = ABD + " " + words[i].substring(ABD.length());
            }
        }
        return String.join(" ", words);
    }

    private static boolean isAbdTogetherWithArticle(String word) {
        return word.startsWith(ABD + ARTICLE) && word.length() > ABD.length() + ARTICLE.length() + 1;
    }
}
