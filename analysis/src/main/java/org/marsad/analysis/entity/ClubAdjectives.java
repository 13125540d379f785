package org.marsad.analysis.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Clubs' adjectives ({@value #FILE}): الفريق الهلالي is Al-Hilal's team, الإدارة النصراوية Al-Nassr's board.
 *
 * <p>Rules:
 * <ul>
 *   <li>an adjective, masculine or feminine, with its article and no other clitic, qualifies a club only right after
 *       a definite word, spaces alone between (a و or ل glued to the noun read off: والجماهير الأهلاوية، للفريق
 *       الهلالي): alone or after a given name it is a family name (محمد الهلالي، وقال الهلالي);</li>
 *   <li>that word is no relative, إلى or إلا, which normalize like definite words, nor a given name;</li>
 *   <li>an adjective that is a common word too (marked {@code team}: الاتحادي "federal") qualifies a club only after
 *       a noun of {@value #TEAM_NOUNS_FILE} (الفريق، الجماهير، الإدارة);</li>
 *   <li>which club it is, and whether the article is about sport at all, is the entity tagger's to say, as for the
 *       club's short name the adjective gives ({@link ClubShortNames}).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class ClubAdjectives {
    static final String FILE = "club-adjectives.tsv";
    static final String TEAM_NOUNS_FILE = "team-nouns.tsv";
    private static final String TEAM = "team";
    /** Definite-looking words that are no nouns once normalized: relatives, إلى، إلا. */
    private static final Set<String> NO_NOUNS = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "الي",
            "الا");
    private static final ClubAdjectives SHIPPED = new ClubAdjectives(TsvTable.readResource(ClubAdjectives.class, FILE,
            2), TsvTable.normalizedWords(ClubAdjectives.class, TEAM_NOUNS_FILE));

    private record Adjective(String shortName, boolean afterTeamNounOnly) {
    }

    /** The adjectives, normalized, masculine and feminine. */
    private final Map<String, Adjective> adjectives;
    private final Set<String> teamNouns;

    private ClubAdjectives(List<TsvTable.Row> rows, Set<String> teamNouns) {
        Map<String, Adjective> adjectives = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String masculine = ArabicNormalizer.normalize(row.column(0));
            if (!WordMatcher.isDefiniteNisba(masculine) || !masculine.endsWith("ي")) {
                throw row.error("an adjective must be a masculine nisba with the article, got '" + row.column(0) + "'");
            }
            String kind = row.columns().length > 2 ? row.column(2) : "";
            if (!kind.isEmpty() && !kind.equals(TEAM)) {
                throw row.error("the third column must be empty or '" + TEAM + "', got '" + kind + "'");
            }
            Adjective adjective = new Adjective(ArabicNormalizer.normalize(row.column(1)), kind.equals(TEAM));
            adjectives.put(masculine, adjective);
            adjectives.put(masculine + "ه", adjective);
        }
        this.adjectives = Map.copyOf(adjectives);
        this.teamNouns = Set.copyOf(teamNouns);
    }

    /** The adjectives of {@value #FILE}. */
    static ClubAdjectives shipped() {
        return SHIPPED;
    }

    /** Whether the normalized {@code word} is a club's adjective as written, whatever comes before it. */
    boolean isAdjective(String word) {
        return adjectives.containsKey(word);
    }

    /**
     * The short name of the club that word {@code i} of {@code words} (normalized {@code norm}) qualifies as its
     * adjective, normalized, or null where it is none or stands where it qualifies no club.
     */
    String shortNameAt(String text, List<Span> words, List<String> norm, int i) {
        Adjective adjective = adjectives.get(norm.get(i));
        if (adjective == null || i == 0 || !WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
            return null;
        }
        String noun = definiteNoun(norm.get(i - 1));
        boolean qualifies = noun != null && (!adjective.afterTeamNounOnly() || teamNouns.contains(noun));
        return qualifies ? adjective.shortName() : null;
    }

    /** The normalized {@code word} as a definite noun, a و or ل glued to it read off (للفريق: الفريق), or null. */
    private static String definiteNoun(String word) {
        String noun = word.startsWith("وال") ? word.substring(1)
                : word.startsWith("لل") ? "ا" + word.substring(1) : word;
        boolean isNoun = noun.startsWith("ال") && noun.length() > 3 && !NO_NOUNS.contains(noun)
                && !PersonNames.GIVEN_NAMES.containsKey(noun);
        return isNoun ? noun : null;
    }
}
