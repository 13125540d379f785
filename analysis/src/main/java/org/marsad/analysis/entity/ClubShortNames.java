package org.marsad.analysis.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * Known clubs named by their short name alone: الأهلي, the short name of النادي الأهلي السعودي and of النادي الأهلي
 * المصري, names one or the other by the country an article is about.
 *
 * <p>Rules:
 * <ul>
 *   <li>a club's short name is its name without the head noun (نادي الهلال: الهلال) or, failing that, without a
 *       nationality after it (الوداد البيضاوي: الوداد), when one word is left;</li>
 *   <li>a short name names a club only in an article about sport: one holding {@value #SPORT_CUES_NEEDED} different
 *       words of {@value #SPORT_CUES_FILE} (elsewhere النصر is "the victory", الاتحاد "the union"); elsewhere, one
 *       that is no common word and no known city where the name tagger proposes it as an organization in a sentence
 *       with a word of sport or a team's (EntityTagger: "وانتقل لاعب القادسية");</li>
 *   <li>of the clubs of that short name, it names the one of the country the article names most often, the
 *       publisher's country counting {@value #HOME_COUNTRY_WEIGHT} mentions: الأهلي in a Saudi paper is Jeddah's
 *       Al-Ahli, unless the article names Egypt more; none on a tie, nor when no club's country is named, unless
 *       one club bears the name and it is a foreign one, without the article (برشلونة in a report on the Spanish
 *       league that names no Spain, ميلان، ليفربول);</li>
 *   <li>of clubs of several countries that an article names in full, the short name names the one named without its
 *       nationality when the others bear theirs (نادي النصر beside النصر الإماراتي), else the one of the country whose
 *       places the article names most (EntityTagger);</li>
 *   <li>two clubs of one country sharing a short name are named by neither.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class ClubShortNames {
    static final String SPORT_CUES_FILE = "sport-cues.tsv";
    static final String COMMON_WORD_CLUBS_FILE = "common-word-clubs.tsv";
    /** How many different sport words an article needs before a club's short name alone names a club in it. */
    static final int SPORT_CUES_NEEDED = 2;
    /** How many mentions of its country a publisher's country counts as. */
    static final int HOME_COUNTRY_WEIGHT = 2;
    /**
     * Subtypes of entries named by a short name: clubs only, since parties' and companies' short names are common
     * words (حزب الله، حزب المؤتمر، شركة الاتصالات السعودية), which gave as many wrong mentions as right ones in Saudi
     * news.
     */
    static final Set<String> SUBTYPES = Set.of("club");
    /**
     * Last words by which clubs of two words go alone, normalized: يونايتد، سيتي. Several clubs of one country bear
     * each, so alone they name the club only in an article that names it in full.
     */
    static final Set<String> SUFFIX_SHORT_NAMES = Set.of("يونايتد", "سيتي");
    /** Head nouns a short name leaves out, normalized: أولمبيك of أولمبيك مرسيليا too. */
    static final Set<String> HEADS = Set.of("نادي", "النادي", "اولمبيك");
    private static final Set<String> SPORT_CUES = TsvTable.normalizedWords(ClubShortNames.class, SPORT_CUES_FILE);

    /** Words that make a sentence one of sport beside the sport cues: the clubs' head nouns and the team. */
    private static final Set<String> TEAM_WORDS = Set.of("نادي", "النادي", "فريق", "الفريق");
    /** Where a short name of {@value #COMMON_WORD_CLUBS_FILE} names its club. */
    private enum Where {
        /** In an article about sport, as a word alone only where the tagger proposes it. */
        ARTICLE,
        /** In a sentence of sport only ({@link #makesSentenceOfSport}). */
        SENTENCE,
        /** Only where the tagger proposes it, a common word of sport news too: الاتحاد the federation. */
        PROPOSAL
    }

    /** The short names of {@value #COMMON_WORD_CLUBS_FILE}, normalized, each with where it names its club. */
    private static final Map<String, Where> COMMON_WORD_CLUBS = TsvTable.readResource(ClubShortNames.class,
            COMMON_WORD_CLUBS_FILE, 2).stream().collect(Collectors.toUnmodifiableMap(
                    row -> ArabicNormalizer.normalize(row.column(0)), ClubShortNames::where));

    private static Where where(TsvTable.Row row) {
        return switch (row.column(1)) {
            case "article" -> Where.ARTICLE;
            case "sentence" -> Where.SENTENCE;
            case "proposal" -> Where.PROPOSAL;
            default -> throw row.error("sport must be 'article', 'sentence' or 'proposal', got '" + row.column(1)
                    + "'");
        };
    }

    private final Map<String, Map<String, NameEntry>> byShortName;
    /** The clubs by their whole canonical names, normalized (ريال مدريد). */
    private final Map<String, NameEntry> byName;
    /** Every club's short names ({@link #shortNames}), those clubs share too: مانشستر. */
    private final Set<String> allShortNames;

    private ClubShortNames(Map<String, Map<String, NameEntry>> byShortName, Map<String, NameEntry> byName,
                           Set<String> allShortNames) {
        this.byShortName = byShortName;
        this.byName = byName;
        this.allShortNames = allShortNames;
    }

    /** The clubs among {@code entries} (entries of other subtypes are passed over). */
    static ClubShortNames of(Collection<NameEntry> entries) {
        Map<String, Map<String, List<NameEntry>>> grouped = entries.stream()
                .filter(e -> isClub(e) && e.country() != null
                        && shortName(ArabicNormalizer.normalize(e.nameAr())) != null)
                .collect(Collectors.groupingBy(e -> shortName(ArabicNormalizer.normalize(e.nameAr())),
                        Collectors.groupingBy(NameEntry::country)));
        Map<String, Map<String, NameEntry>> out = new HashMap<>();
        grouped.forEach((name, byCountry) -> byCountry.forEach((country, clubs) -> {
            if (clubs.size() == 1) {
                out.computeIfAbsent(name, k -> new HashMap<>()).put(country, clubs.get(0));
            }
        }));
        Map<String, NameEntry> byName = new HashMap<>();
        entries.stream().filter(ClubShortNames::isClub)
                .forEach(e -> byName.putIfAbsent(ArabicNormalizer.normalize(e.nameAr()), e));
        Set<String> all = entries.stream().filter(ClubShortNames::isClub)
                .flatMap(e -> shortNames(ArabicNormalizer.normalize(e.nameAr())).stream())
                .collect(Collectors.toUnmodifiableSet());
        return new ClubShortNames(Map.copyOf(out), Map.copyOf(byName), all);
    }

    /** Whether {@code e} is of a subtype of {@link #SUBTYPES}. */
    private static boolean isClub(NameEntry e) {
        return e.subtype() != null && SUBTYPES.contains(e.subtype());
    }

    /** The club whose canonical name, normalized, is {@code name} (ريال مدريد), or null. */
    NameEntry clubNamed(String name) {
        return byName.get(name);
    }

    /** How many countries have a club of the normalized short name {@code name}. */
    int countriesOf(String name) {
        Map<String, NameEntry> clubs = byShortName.get(name);
        return clubs == null ? 0 : clubs.size();
    }

    /**
     * Whether the normalized word {@code name} is an Arab club's short name, with the article, that {@value
     * #COMMON_WORD_CLUBS_FILE} does not list: in an article about sport, such a word names its club wherever it is
     * written (الهلال، الأهلي), while النصر "the victory", الاتحاد "the federation" and a foreign club's short name, a
     * city's (ليل "night" too), need the tagger to propose them.
     */
    boolean isWrittenAlone(String name) {
        return name.startsWith("ال") && byShortName.containsKey(name) && !COMMON_WORD_CLUBS.containsKey(name);
    }

    /**
     * Whether the normalized word {@code name} is some club's short name ({@link #shortNames}), shared or not:
     * مانشستر, the city of two English clubs, is one though alone it names neither.
     */
    boolean isShortNameOfSome(String name) {
        return allShortNames.contains(name);
    }

    /** Whether some club has the normalized short name {@code name}. */
    boolean isShortName(String name) {
        return byShortName.containsKey(name);
    }

    /**
     * The club of short name {@code name} in an article of normalized words {@code words} that names each country
     * as often as {@code countryMentions} says, published in {@code homeCountry} (ISO-3, or null); null for none.
     */
    NameEntry clubOf(String name, List<String> words, Map<String, Integer> countryMentions, String homeCountry) {
        return clubOf(name, aboutSport(words), countryMentions, homeCountry);
    }

    /** As {@link #clubOf(String, List, Map, String)}, in an article {@code aboutSport} or not. */
    NameEntry clubOf(String name, boolean aboutSport, Map<String, Integer> countryMentions, String homeCountry) {
        Map<String, NameEntry> clubs = byShortName.get(name);
        if (clubs == null || !aboutSport) {
            return null;
        }
        if (clubs.size() == 1 && isForeign(name)) {
            return clubs.values().iterator().next(); // برشلونة in a report on the Spanish league that names no Spain
        }
        NameEntry best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, NameEntry> club : clubs.entrySet()) {
            int n = countryMentions.getOrDefault(club.getKey(), 0)
                    + (club.getKey().equals(homeCountry) ? HOME_COUNTRY_WEIGHT : 0);
            if (n > most) {
                best = club.getValue();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Whether the normalized short name {@code name} is a foreign club's: written without the article, and no common
     * word ({@value #COMMON_WORD_CLUBS_FILE}), as برشلونة، ميلان، ليفربول are and الهلال، النصر are not.
     */
    private static boolean isForeign(String name) {
        return !name.startsWith("ال") && !isCommonWord(name);
    }

    /**
     * Whether the normalized short name {@code name} is far more often a common word ({@value #COMMON_WORD_CLUBS_FILE}):
     * outside an article about sport, the tagger's proposal of it as an organization is no club.
     */
    static boolean isCommonWord(String name) {
        Where where = COMMON_WORD_CLUBS.get(name);
        return where == Where.ARTICLE || where == Where.SENTENCE;
    }

    /** Whether the normalized short name {@code name} is listed in {@value #COMMON_WORD_CLUBS_FILE}, of any kind. */
    static boolean isListedCommonWord(String name) {
        return COMMON_WORD_CLUBS.containsKey(name);
    }

    /**
     * Whether the normalized short name {@code name} is so common a word ({@value #COMMON_WORD_CLUBS_FILE}) that it
     * names its club only in a sentence of sport ({@link #makesSentenceOfSport}).
     */
    static boolean needsSentenceOfSport(String name) {
        return COMMON_WORD_CLUBS.get(name) == Where.SENTENCE;
    }

    /**
     * Whether the normalized word {@code word} makes its sentence one of sport for the short name {@code name}: a word
     * of {@value #SPORT_CUES_FILE}, a club's head noun, فريق، الفريق, or another club's short name that is no common
     * word ({@value #COMMON_WORD_CLUBS_FILE}: العروبة is Arabism as often as Al-Orobah).
     */
    boolean makesSentenceOfSport(String word, String name) {
        return isSportWord(word) || !word.equals(name) && isShortName(word) && !isListedCommonWord(word);
    }

    /**
     * Whether the normalized word {@code word} is a word of {@value #SPORT_CUES_FILE}, a club's head noun, فريق or
     * الفريق.
     */
    static boolean isSportWord(String word) {
        return SPORT_CUES.contains(word) || TEAM_WORDS.contains(word);
    }

    /** Whether {@code words} hold {@value #SPORT_CUES_NEEDED} different words of {@value #SPORT_CUES_FILE}. */
    static boolean aboutSport(List<String> words) {
        return words.stream().filter(SPORT_CUES::contains).distinct().limit(SPORT_CUES_NEEDED).count() == SPORT_CUES_NEEDED;
    }

    /**
     * The short names of a normalized club's name ({@link #shortName}), and besides, for a name of two words whose
     * last is one of {@link #SUFFIX_SHORT_NAMES}, its first word, its city, by which news names it as often (مانشستر
     * of مانشستر يونايتد, سوانزي of سوانزي سيتي); none when there are none.
     */
    static List<String> shortNames(String name) {
        String shortName = shortName(name);
        if (shortName == null) {
            return List.of();
        }
        String[] w = name.split(" ");
        return w.length == 2 && SUFFIX_SHORT_NAMES.contains(w[1]) ? List.of(shortName, w[0]) : List.of(shortName);
    }

    /**
     * A normalized name without its head noun (نادي، النادي) or, failing that, its last word when that is a
     * nationality (الأهلي المصري); or the last of two words when it is one by which English clubs go (مانشستر
     * يونايتد: يونايتد; {@link #SUFFIX_SHORT_NAMES}); one word left, else null.
     */
    static String shortName(String name) {
        List<String> w = List.of(name.split(" "));
        List<String> rest = w.size() > 1 && HEADS.contains(w.get(0)) ? w.subList(1, w.size()) : w;
        if (rest.size() == 2 && WordMatcher.isDefiniteNisba(rest.get(1))) {
            rest = rest.subList(0, 1);
        } else if (rest.size() == 2 && SUFFIX_SHORT_NAMES.contains(rest.get(1))) {
            rest = rest.subList(1, 2);
        }
        return rest.size() == 1 && rest.size() < w.size() ? rest.get(0) : null;
    }
}
