package org.marsad.analysis.kb;

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
 *   <li>The name as written comes first; every word is rewritten the same way at once, so a name has at most
 *       three spellings.</li>
 * </ul>
 */
final class NameSpellings {
    private static final String ABD = "عبد";
    private static final String ARTICLE = "ال";

    private NameSpellings() {
    }

    /** {@code name} and its other spellings, {@code name} first. */
    static List<String> of(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        out.add(together(name));
        out.add(apart(name));
        return List.copyOf(out);
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
            if (words[i].startsWith(ABD + ARTICLE) && words[i].length() > ABD.length() + ARTICLE.length() + 1) {
                words[i] = ABD + " " + words[i].substring(ABD.length());
            }
        }
        return String.join(" ", words);
    }
}
