package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Names that known entities of different countries bear ({@value #FILE}: الجوف is a Saudi region and a Yemeni
 * governorate, البنك المركزي any country's central bank, وزارة الداخلية any country's interior ministry), and the one
 * an article means.
 *
 * <p>Rules:
 * <ul>
 *   <li>a name's candidates are the entries of its ids among those given (one is enough: وزارة الحج is Saudi
 *       Arabia's, in an article about Saudi Arabia); a name with none is left out, so a knowledge base without them
 *       (a test's) reads the file all the same;</li>
 *   <li>the names are found in a text like the knowledge base's ({@link WordMatcher}: clitics on the first word);</li>
 *   <li>the article means the candidate of the country it names most often, the publisher's country counting
 *       {@value #HOME_COUNTRY_WEIGHT} mentions more, and only when that country leads all countries the article names
 *       and the article names it at least once:
 *       an article on Greece that names no Greek central bank means none of the others by البنك المركزي; none on a
 *       tie; an article that names no country at all, as a radio's domestic news often does, means the publisher's
 *       (وزارة الداخلية in a Tunisian station's report); a name that countries share (كوريا، الكونغو) means
 *       the candidate the article names most itself, whatever country leads it, and none where it names neither;
 *       so does a name that clubs share (النادي الأهلي), the publisher's country counting {@value
 *       #HOME_COUNTRY_WEIGHT} mentions more even unnamed, as the nationalities of a club's foreign coach and players
 *       tell nothing of which club it is (a Saudi paper's report on Al-Ahli's Swiss camp, its Swiss coach named
 *       thrice, or on its Egyptian player);</li>
 *   <li>a name the knowledge base gives one of its candidates (طرابلس, Libya's capital) is the index's to find, guards
 *       and all; the article means another candidate where it names that one's country most among the candidates'
 *       countries ({@link #otherMeant}): طرابلس in a report on Lebanon;</li>
 *   <li>a person's name beside words that say its bearer has died ({@link LateCues}: الراحل، رحمه الله) means the
 *       candidate the row names as the late one ({@link #lateMeant}), whatever country the article is about: the
 *       dead are named by blessings, the living never (الملك عبدالله رحمه الله is Saudi Arabia's late king in an
 *       article on Jordan too).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class Homonyms {
    static final String FILE = "homonyms.tsv";
    /** How many mentions of its country a publisher's country counts as, as for clubs ({@link ClubShortNames}). */
    static final int HOME_COUNTRY_WEIGHT = ClubShortNames.HOME_COUNTRY_WEIGHT;
    /** How often, at least, a foreign country is named in an article it dominates ({@link #dominantForeignCountry}). */
    private static final int DOMINANT_MENTIONS = 5;
    /** How many times as often as any other country a dominating foreign country is named. */
    private static final int DOMINANT_RATIO = 4;

    /** The subtype of countries: a name two countries share (كوريا، الكونغو) means the one the article names. */
    private static final String COUNTRY = "country";
    /** The subtype of clubs: a club's name means one of its candidates, whatever countries its players come from. */
    private static final String CLUB = "club";
    /** English words a shared name may not end in: "Ministry of" names no ministry. */
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for");

    private final Map<String, List<NameEntry>> byName;
    /** The candidate who has died, of the names whose row gives one (الملك عبدالله). */
    private final Map<String, NameEntry> late;
    private final Map<String, String> english;
    private final WordMatcher<String> names;

    private Homonyms(Map<String, List<NameEntry>> byName, Map<String, NameEntry> late) {
        this.byName = Map.copyOf(byName);
        this.late = Map.copyOf(late);
        Map<String, String> shared = new HashMap<>();
        byName.forEach((name, candidates) -> {
            String common = sharedEnglish(candidates);
            if (common != null) {
                shared.put(name, common);
            }
        });
        this.english = Map.copyOf(shared);
        WordMatcher.Builder<String> b = WordMatcher.builder();
        byName.keySet().forEach(name -> b.add(name, name));
        this.names = b.build();
    }

    /** The homonyms of {@value #FILE} whose entities are among {@code entries}. */
    static Homonyms shipped(Collection<NameEntry> entries) {
        Map<String, NameEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.kb(), e));
        Map<String, List<NameEntry>> out = new HashMap<>();
        Map<String, NameEntry> late = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(Homonyms.class, FILE, 2)) {
            List<NameEntry> candidates = new ArrayList<>();
            for (String id : row.list(1)) {
                NameEntry e = byId.get(id);
                if (e != null && e.country() != null) {
                    candidates.add(e);
                }
            }
            if (!candidates.isEmpty()) {
                String name = ArabicNormalizer.normalize(row.column(0));
                out.put(name, List.copyOf(candidates));
                NameEntry dead = byId.get(lateColumn(row));
                if (dead != null && candidates.contains(dead)) {
                    late.put(name, dead);
                }
            }
            if (!lateColumn(row).isEmpty() && !row.list(1).contains(lateColumn(row))) {
                throw row.error("the late one, " + lateColumn(row) + ", is none of the row's ids");
            }
        }
        return new Homonyms(out, late);
    }

    /** The ids of {@value #FILE} that no entry of {@code entries} has, as "file:line: id". */
    static List<String> unknownIds(Collection<NameEntry> entries) {
        Set<String> ids = entries.stream().map(NameEntry::kb).collect(Collectors.toSet());
        List<String> unknown = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(Homonyms.class, FILE, 2)) {
            row.list(1).stream().filter(id -> !ids.contains(id))
                    .forEach(id -> unknown.add(row.file() + ":" + row.line() + ": " + id));
            if (!lateColumn(row).isEmpty() && !ids.contains(lateColumn(row))) {
                unknown.add(row.file() + ":" + row.line() + ": " + lateColumn(row));
            }
        }
        return unknown;
    }

    /** The LATE column of {@code row}, empty where it has none. */
    private static String lateColumn(TsvTable.Row row) {
        return row.columns().length > 2 ? row.column(2) : "";
    }

    /**
     * The candidate the normalized {@code name}, from word {@code first} of {@code words} to the word before
     * {@code end}, means as the late one: the row's LATE candidate where a cue of {@link LateCues} stands beside the
     * name ("الملك عبدالله -رحمه الله-"); else null.
     */
    NameEntry lateMeant(String name, String text, List<Span> words, List<String> norm, int first, int end) {
        NameEntry dead = late.get(name);
        return dead != null && LateCues.SHIPPED.beside(text, words, norm, first, end) ? dead : null;
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /**
     * The English name all candidates of the normalized {@code name} share, for an article that means none of them
     * in particular: كوريا is Korea (North Korea, South Korea), الكونغو Congo; null where they share none (the
     * central banks).
     */
    String englishOf(String name) {
        return english.get(name);
    }

    /**
     * The words that begin or end the English names of all {@code candidates} (the longer run), punctuation at its
     * edge left out, unless it is only a function word ("Ministry of"); null when there is none, and for a single
     * candidate: an article that does not mean it (مبارك in an article on no Egyptian) means someone else.
     */
    static String sharedEnglish(List<NameEntry> candidates) {
        if (candidates.size() < 2) {
            return null;
        }
        List<List<String>> words = new ArrayList<>();
        for (NameEntry c : candidates) {
            if (c.nameEn() == null) {
                return null;
            }
            words.add(List.of(c.nameEn().split("\\s+")));
        }
        List<String> prefix = words.get(0);
        List<String> suffix = words.get(0);
        for (List<String> w : words) {
            prefix = prefix.subList(0, commonRun(prefix, w, false));
            suffix = suffix.subList(suffix.size() - commonRun(suffix, w, true), suffix.size());
        }
        String best = clean(prefix.size() >= suffix.size() ? prefix : suffix);
        String last = best.substring(best.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return best.isEmpty() || FUNCTION_WORDS.contains(last) ? null : best;
    }

    /** How many words {@code a} and {@code b} share from their start, or from their end when {@code fromEnd}. */
    private static int commonRun(List<String> a, List<String> b, boolean fromEnd) {
        int n = 0;
        while (n < a.size() && n < b.size()
                && a.get(fromEnd ? a.size() - 1 - n : n).equals(b.get(fromEnd ? b.size() - 1 - n : n))) {
            n++;
        }
        return n;
    }

    /** The words joined, dashes and brackets at either edge left out: "Congo -" is Congo. */
    private static String clean(List<String> run) {
        return String.join(" ", run).replaceAll("^[-–(),\\s]+|[-–(),\\s]+$", "");
    }

    /** Whether known entities bear the normalized {@code name}. */
    boolean bears(String name) {
        return byName.containsKey(name);
    }

    /** The longest name of {@value #FILE} starting at word {@code i} (the hit's value is the name normalized), or null. */
    WordMatcher.Hit<String> match(String text, List<Span> words, List<String> normalizedWords, int i) {
        return names.match(text, words, normalizedWords, i);
    }

    /**
     * The other entity that {@code known}, which the knowledge base names by the normalized {@code name}, stands for
     * in an article that names each country as often as {@code countryMentions} says ({@code known}'s own mentions
     * left out), published in {@code homeCountry} (ISO-3, or null): the candidate of the candidates' country named
     * most, the publisher's counting {@value #HOME_COUNTRY_WEIGHT} mentions more, named at least once, with no tie;
     * null where that is {@code known} itself, where {@code known} is no candidate of the name, or on a tie.
     */
    NameEntry otherMeant(String name, NameEntry known, Map<String, Integer> countryMentions, String homeCountry) {
        List<NameEntry> candidates = byName.getOrDefault(name, List.of());
        if (!candidates.contains(known)) {
            return null;
        }
        NameEntry best = mostNamed(candidates, countryMentions, homeCountry, false);
        return best == known ? null : best;
    }

    /**
     * The candidate whose country the article names most, the publisher's ({@code homeCountry}, or null) counting
     * {@value #HOME_COUNTRY_WEIGHT} mentions more, named at least once unless {@code homeUnnamed} lets the
     * publisher's stand unnamed; null on a tie or where none is named.
     */
    private static NameEntry mostNamed(List<NameEntry> candidates, Map<String, Integer> countryMentions,
                                       String homeCountry, boolean homeUnnamed) {
        NameEntry best = null;
        int most = 0;
        boolean tie = false;
        for (NameEntry candidate : candidates) {
            boolean home = candidate.country().equals(homeCountry);
            int named = countryMentions.getOrDefault(candidate.country(), 0);
            int score = named + (home ? HOME_COUNTRY_WEIGHT : 0);
            boolean counts = named > 0 || home && homeUnnamed;
            if (counts && score > most) {
                best = candidate;
                most = score;
                tie = false;
            } else if (counts && score == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The type of the entities that bear the normalized {@code name}: their first's. */
    EntityType typeOf(String name) {
        return byName.get(name).get(0).type();
    }

    /** The entity of {@code country} (ISO-3) that bears the normalized {@code name}, or null. */
    NameEntry of(String name, String country) {
        List<NameEntry> candidates = byName.getOrDefault(name, List.of());
        return candidates.stream().filter(e -> e.country().equals(country)).findFirst().orElse(null);
    }

    /**
     * The entity the normalized {@code name} means in an article that names each country as often as
     * {@code countryMentions} says, published in {@code homeCountry} (ISO-3, or null): the candidate of its
     * {@link #leadingCountry}; null for none.
     */
    NameEntry meant(String name, Map<String, Integer> countryMentions, String homeCountry) {
        List<NameEntry> candidates = byName.get(name);
        if (candidates != null && candidates.stream().allMatch(c -> COUNTRY.equals(c.subtype()))) {
            // كوريا in a report that names كوريا الجنوبية: the country of the two it names, whoever publishes
            return mostNamed(candidates, countryMentions, null, false);
        }
        if (candidates != null && candidates.stream().allMatch(c -> CLUB.equals(c.subtype()))) {
            // النادي الأهلي in a Saudi paper's report on the club's Swiss camp, its Swiss coach named thrice
            NameEntry club = mostNamed(candidates, countryMentions, homeCountry, true);
            if (club != null) {
                return club;
            }
        }
        String leader = candidates == null ? null : leadingCountry(countryMentions, homeCountry);
        if (leader == null) {
            return null;
        }
        for (NameEntry candidate : candidates) {
            if (candidate.country().equals(leader)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The foreign country an article that names its publisher's country ({@code homeCountry}) is plainly about, by
     * {@code countryMentions} ({@link #dominantCountry}), as a Saudi paper's report on Bahrain's arms seizures names
     * Bahrain 34 times and Saudi Arabia 4; or null, as in a Tunisian radio's "أدانت تونس الهجوم ... وأكدت وزارة العمل
     * تضامنها مع الشعب المصري ... وأكدت تونس" that names Egypt six times and Tunisia twice.
     */
    static String dominantForeignCountry(Map<String, Integer> countryMentions, String homeCountry) {
        String leader = dominantCountry(countryMentions);
        return leader != null && !leader.equals(homeCountry) ? leader : null;
    }

    /**
     * The country an article dwells on: the one it is plainly about ({@link #dominantCountry}), else the publisher's
     * ({@code homeCountry}, or null) in an article that names no other country, as a Tunisian radio's report "قال وزير
     * العدل ..." names Tunisia once or not at all; else null.
     */
    static String countryDwelledOn(Map<String, Integer> countryMentions, String homeCountry) {
        String dominant = dominantCountry(countryMentions);
        if (dominant != null || homeCountry == null) {
            return dominant;
        }
        return countryMentions.keySet().stream().allMatch(homeCountry::equals) ? homeCountry : null;
    }

    /**
     * The country an article is plainly about, by {@code countryMentions}: named {@value #DOMINANT_MENTIONS} times at
     * least and {@value #DOMINANT_RATIO} times as often as any other; else null.
     */
    static String dominantCountry(Map<String, Integer> countryMentions) {
        String leader = null;
        int most = 0;
        int second = 0;
        for (Map.Entry<String, Integer> country : countryMentions.entrySet()) {
            if (country.getValue() > most) {
                second = most;
                most = country.getValue();
                leader = country.getKey();
            } else {
                second = Math.max(second, country.getValue());
            }
        }
        return most >= DOMINANT_MENTIONS && most >= DOMINANT_RATIO * second ? leader : null;
    }

    /**
     * The country an article is about, by how often it names each ({@code countryMentions}), the publisher's
     * ({@code homeCountry}, or null) counting {@value #HOME_COUNTRY_WEIGHT} mentions more: the one that leads with no
     * tie and is named at least once, or the publisher's in an article that names none; else null.
     */
    static String leadingCountry(Map<String, Integer> countryMentions, String homeCountry) {
        Map<String, Integer> scores = new HashMap<>(countryMentions);
        if (homeCountry != null) {
            scores.merge(homeCountry, HOME_COUNTRY_WEIGHT, Integer::sum);
        }
        String leader = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> country : scores.entrySet()) {
            if (country.getValue() > most) {
                leader = country.getKey();
                most = country.getValue();
                tie = false;
            } else if (country.getValue() == most) {
                tie = true;
            }
        }
        if (leader == null || tie || countryMentions.getOrDefault(leader, 0) == 0 && !countryMentions.isEmpty()) {
            return null; // the publisher's country outweighs the one named: an article on a Spanish island
        }
        return leader;
    }
}
