package org.marsad.analysis.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Places, institutions and prizes named after a person: "طريق الملك فهد" is a road, not a mention of King Fahd.
 *
 * <p>Rules ({@value #FILE} lists the nouns):
 * <ul>
 *   <li>a person's name right after one of the nouns, or after a title right after one (جائزة الملك فيصل: only
 *       spaces between; و، ف، ب or ل may be glued to the noun), is part of the name of a thing of the noun's
 *       type;</li>
 *   <li>that name runs from the noun to the end of the person's name, and on over up to {@value #MAX_ADJECTIVES}
 *       definite adjectives (مطار الملك عبدالعزيز الدولي، مكتبة الملك فهد العامة).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class Facilities {
    static final String FILE = "facility-nouns.tsv";
    static final int MAX_ADJECTIVES = 2;
    private static final String PROCLITICS = "وفبل";
    private static final Set<String> ORDINALS = Set.of("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس");
    private static final Set<String> OTHER_ADJECTIVES =
            Set.of("العامه", "العام", "الكبير", "الكبري", "الجديد", "الجديده");

    private final Map<String, EntityType> nouns;

    private Facilities(Map<String, EntityType> nouns) {
        this.nouns = Map.copyOf(nouns);
    }

    static Facilities shipped() {
        Map<String, EntityType> nouns = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(Facilities.class, FILE, 2)) {
            EntityType type = switch (row.column(1)) {
                case "LOC" -> EntityType.LOC;
                case "ORG" -> EntityType.ORG;
                case "MISC" -> EntityType.MISC;
                default -> throw row.error("a facility's type is LOC, ORG or MISC, got '" + row.column(1) + "'");
            };
            nouns.put(ArabicNormalizer.normalize(row.column(0)), type);
        }
        return new Facilities(nouns);
    }

    /**
     * A facility noun: the type of the name it opens, its word, and how many letters are glued before it
     * (وطريق: 1).
     */
    record Noun(EntityType type, int word, int cliticLetters) {
    }

    /** The facility noun right before word {@code i}, or before the title right before it (الملك، الأمير), or null. */
    Noun nounBefore(String text, List<Span> words, List<String> norm, int i) {
        Noun noun = nounAt(text, words, norm, i - 1, i);
        if (noun == null && i > 1 && PersonNames.TITLES.contains(norm.get(i - 1))) {
            noun = nounAt(text, words, norm, i - 2, i - 1);
        }
        return noun;
    }

    private Noun nounAt(String text, List<Span> words, List<String> norm, int w, int next) {
        if (w < 0 || !WordMatcher.onlySpacesBetween(text, words.get(w), words.get(next))) {
            return null;
        }
        String noun = norm.get(w);
        EntityType type = nouns.get(noun);
        if (type != null) {
            return new Noun(type, w, 0);
        }
        type = noun.length() > 3 && PROCLITICS.indexOf(noun.charAt(0)) >= 0 ? nouns.get(noun.substring(1)) : null;
        return type == null ? null : new Noun(type, w, 1);
    }

    /**
     * The end of the person's name from word {@code first} to at most {@code end} in a facility's name: after a
     * title (noun at {@code first - 2}), the given name (two words with a compound head: عبد العزيز), its lineage
     * (بن عبدالعزيز) and an ordinal (الثاني), since the tagger may have run on (جائزة الملك فيصل تعلن غدا); else
     * {@code end}.
     */
    static int personEnd(Noun noun, List<String> norm, int first, int end) {
        if (noun.word() != first - 2) {
            return end;
        }
        int w = first + (PersonNames.COMPOUND_HEADS.contains(norm.get(first)) ? 2 : 1);
        while (w + 1 < end && PersonNames.PATRONYMICS.contains(norm.get(w))) {
            w += 2;
        }
        if (w < end && ORDINALS.contains(norm.get(w))) {
            w++;
        }
        return Math.min(w, end);
    }

    /** The word after the definite adjectives that follow word {@code end - 1} (none: {@code end}). */
    static int afterAdjectives(String text, List<Span> words, List<String> norm, int end) {
        int w = end;
        while (w < words.size() && w - end < MAX_ADJECTIVES
                && WordMatcher.onlySpacesBetween(text, words.get(w - 1), words.get(w)) && isAdjective(norm.get(w))) {
            w++;
        }
        return w;
    }

    /** A definite nisba adjective (الدولي، الرياضية) or one of the few others names of places take (العامة). */
    private static boolean isAdjective(String w) {
        boolean nisba = w.length() > 4 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
        return nisba || OTHER_ADJECTIVES.contains(w);
    }
}
