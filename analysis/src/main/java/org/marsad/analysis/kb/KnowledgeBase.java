package org.marsad.analysis.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marsad.analysis.StringFilter;
import org.marsad.analysis.data.TsvTable;
import org.marsad.analysis.entity.Countries;
import org.marsad.analysis.entity.EntityTagger;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.NameIndex;
import org.marsad.analysis.entity.OfficeTitles;
import org.marsad.analysis.entity.Nationalities;
import org.marsad.analysis.entity.SectorPhrases;
import org.marsad.analysis.entity.SpellingVariants;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticAnalyzer;
import org.marsad.text.Segmentation;

/**
 * The actors Marsad knows: countries from CLDR, the curated actors shipped in {@value #ACTORS} and the places in
 * {@value #PLACES}, the actors imported from UniversalPetrarch in {@value #PETRARCH}, and any files a user adds, all
 * in the layout that {@code docs/knowledge-base.md} describes.
 *
 * <p>Rules:
 * <ul>
 *   <li>Files are read in priority order: the user's (in the order given), the curated actors, the places, the
 *       countries, the imported actors. The first definition of an id sets each of its fields; a later
 *       definition of the same id fills the fields still empty and adds its names, roles and nominal heads; one
 *       of another type is reported and ignored.</li>
 *   <li>A name is searched for in each of its {@link NameSpellings spellings} (عبد العزيز, عبدالعزيز).</li>
 *   <li>A name belongs to the first actor that lists it. Names come before nationality adjectives, so
 *       "السعودية" names the country rather than qualifying a noun; a name with brackets or a spaced dash
 *       ("الكونغو - كينشاسا") disambiguates for menus and is not searched for.</li>
 *   <li>The names of a capital or a seat of power (subtype {@code capital} or {@code seat}) stand for its
 *       country: they are metonyms of the country's entity.</li>
 *   <li>{@value #CAPITAL_NOUN} with a country's adjective names the capital of that country as the capital's own
 *       names do (العاصمة البريطانية: London, a metonym of Britain), after the names of the files.</li>
 *   <li>Every city and capital has the nominal head {@value #CITY_NOMINAL} beside those its file gives: "المدينة"
 *       refers back to the city named last (in an article about Aden, "سيطرت القوات على المدينة").</li>
 *   <li>Phrases of {@value #NOT_NAMES} hide the names inside them; names of {@value #GUARDED}, which are
 *       common words too, count only in the contexts {@link NameIndex} describes; the words of
 *       {@value #COMMON_NOUNS} ({@link #isCommonNoun}) are no names on their own, whatever a tagger proposes.</li>
 *   <li>A publisher is found by name ({@link #findByName}, English names too) or by its website
 *       ({@link #findByWebsite}).</li>
 *   <li>A bad line of a user file is reported as "FILE:LINE: reason" and skipped; the rest loads. A bad line of
 *       a shipped file is a bug and fails loading.</li>
 * </ul>
 * Immutable and thread-safe; {@link #shipped()} is built once and shared.
 */
public final class KnowledgeBase {
    static final String ACTORS = "actors.tsv";
    static final String PLACES = "places.tsv";
    static final String PETRARCH = "petrarch-actors.tsv";
    static final String NOT_NAMES = "not-names.tsv";
    static final String GUARDED = "guarded-names.tsv";
    /** The guard of a line of {@value #GUARDED} that guards the name only as written: جده, not جدة. */
    private static final String SPELT = "spelt";
    /** The letters glued before a noun, at most {@value #MOST_GLUED_LETTERS}, a guarded spelling may carry: وجده. */
    private static final String PROCLITIC_LETTERS = "وفبلك";
    private static final int MOST_GLUED_LETTERS = 2;
    static final String COMMON_NOUNS = "common-nouns.tsv";
    /** The noun that, with a country's adjective, names its capital: العاصمة البريطانية is London. */
    static final String CAPITAL_NOUN = "العاصمة";
    private static final String CAPITAL = "capital";
    /** The nominal head of every city and capital: "المدينة" refers back to the city named last. */
    static final String CITY_NOMINAL = "مدينة";
    private static final String ARTICLE = "ال";
    /** The most letters of proclitics in front of a word: a conjunction, a preposition and the article (وبال). */
    private static final int MOST_PROCLITIC_LETTERS = 4;

    private final Map<String, NameEntry> entries;
    private final Map<String, List<String>> names;
    private final Map<NameEntry, List<String>> nominals;
    private final Map<String, List<String>> nisbas;
    private final List<String> notAdjectives;
    private final List<String> notNames;
    private final Map<String, NameIndex.Guard> guarded;
    /** Spellings of {@value #GUARDED} guarded as written ({@value #SPELT}), undiacritized. */
    private final Set<String> guardedSpellings;
    /** Ends a line of {@value #COMMON_NOUNS} that opens formulas: the word begins no name (الله ...). */
    private static final String OPENING = " ...";
    /** Opens a line of {@value #COMMON_NOUNS} that ends phrases: the word ends no name (... ريال). */
    private static final String CLOSING = "... ";
    private final Set<String> commonNouns;
    /** Filters of {@link #commonNouns} and of {@link #guarded}'s names, which most words' endings fail at once. */
    private final StringFilter commonNounFilter;
    private final StringFilter guardedFilter;
    private final Map<String, NameEntry> byName;
    private final Map<String, NameEntry> byEnglishName;
    private final Map<String, NameEntry> byWebsite;
    private final NameIndex index;
    private final EntityTagger tagger;
    private final SectorPhrases sectorPhrases;

    /** A knowledge base with the problems found in the user's files while loading it. */
    public record Loaded(KnowledgeBase kb, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    private KnowledgeBase(Map<String, Draft> drafts, Nationalities nationalities, List<String> notNames,
                          Map<String, NameIndex.Guard> guarded, List<String> guardedSpellings,
                          Set<String> commonNouns) {
        Map<String, NameEntry> entries = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        Map<NameEntry, List<String>> nominals = new HashMap<>();
        Map<String, NameEntry> byEnglishName = new HashMap<>();
        Map<String, NameEntry> byWebsite = new HashMap<>();
        for (Draft d : drafts.values()) {
            NameEntry e = d.toEntry();
            entries.put(d.id, e);
            String english = d.nameEn == null ? "" : latinKey(d.nameEn);
            if (!english.isEmpty()) {
                byEnglishName.putIfAbsent(english, e);
            }
            d.websites.forEach(host -> byWebsite.putIfAbsent(host, e));
            names.put(d.id, spellings(d.names()));
            List<String> heads = new ArrayList<>(d.nominals);
            if (e.type() == EntityType.GPE && e.isCity() && !heads.contains(CITY_NOMINAL)) {
                heads.add(CITY_NOMINAL);
            }
            if (!heads.isEmpty()) {
                nominals.put(e, List.copyOf(heads));
            }
        }
        this.entries = Collections.unmodifiableMap(entries);
        this.names = Collections.unmodifiableMap(names);
        this.nominals = Map.copyOf(nominals);
        this.nisbas = nationalities.nisbas();
        this.notAdjectives = nationalities.notAdjectives();
        this.notNames = List.copyOf(notNames);
        this.guarded = Map.copyOf(guarded);
        this.guardedSpellings = guardedSpellings.stream()
                .map(NameIndex::asWritten)
                .collect(Collectors.toUnmodifiableSet());
        this.commonNouns = Set.copyOf(commonNouns);
        this.commonNounFilter = new StringFilter(this.commonNouns);
        this.guardedFilter = new StringFilter(this.guarded.keySet());
        this.byName = nameLookup();
        this.byEnglishName = Map.copyOf(byEnglishName);
        this.byWebsite = Map.copyOf(byWebsite);
        NameIndex.Builder b = NameIndex.builder();
        addTo(b);
        this.index = b.build();
        Map<NameEntry, List<String>> spellingsByEntry = new LinkedHashMap<>();
        entries.forEach((id, e) -> spellingsByEntry.put(e, names.get(id)));
        this.tagger = new EntityTagger(index, this.nominals, OfficeTitles.shipped(entries.values()), entries.values(),
                SpellingVariants.of(spellingsByEntry), spellingsByEntry);
        this.sectorPhrases = SectorPhrases.load(index);
    }

    /** The knowledge shipped with Marsad. Throws if a shipped file is broken, which is a bug. */
    public static KnowledgeBase shipped() {
        return Shipped.KB;
    }

    /** The shipped knowledge with {@code userFiles} on top; the problems name file, line and reason. */
    public static Loaded shippedPlus(List<UserFile> userFiles) {
        List<String> problems = new ArrayList<>();
        Map<String, Draft> user = new LinkedHashMap<>();
        Countries countries = Shipped.COUNTRIES;
        for (UserFile f : userFiles) {
            merge(user, ActorFile.parse(f.content(), f.name(), iso3 -> countries.byIso3(iso3) != null, problems), problems);
        }
        return new Loaded(build(user, countries, problems), problems);
    }

    /** The base of the {@code user} drafts over the shipped ones; a user draft of another type than the shipped id is a problem. */
    private static KnowledgeBase build(Map<String, Draft> user, Countries countries, List<String> problems) {
        List<String> shippedProblems = new ArrayList<>();
        Map<String, Draft> shipped = new LinkedHashMap<>();
        Predicate<String> knownCountry = iso3 -> countries.byIso3(iso3) != null;
        merge(shipped, ActorFile.parse(resource(ACTORS), ACTORS, knownCountry, shippedProblems), shippedProblems);
        merge(shipped, ActorFile.parse(resource(PLACES), PLACES, knownCountry, shippedProblems), shippedProblems);
        merge(shipped, countryDrafts(countries), shippedProblems);
        merge(shipped, ActorFile.parse(resource(PETRARCH), PETRARCH, knownCountry, shippedProblems), shippedProblems);
        if (!shippedProblems.isEmpty()) {
            throw new IllegalStateException("the shipped knowledge base is broken: " + String.join("; ", shippedProblems));
        }
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Draft u : user.values()) {
            Draft s = shipped.get(u.id);
            if (s != null && s.type != u.type) {
                problems.add(u.where + ": id '" + u.id + "' is a " + s.type + " already (" + s.where + "), not a "
                        + u.type + "; line ignored");
                continue;
            }
            if (s != null) {
                u.fillFrom(s);
            }
            drafts.put(u.id, u);
        }
        shipped.forEach(drafts::putIfAbsent);
        List<String> notNames = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(KnowledgeBase.class, NOT_NAMES, 1)) {
            notNames.add(row.column(0));
        }
        Map<String, NameIndex.Guard> guarded = new HashMap<>();
        List<String> guardedSpellings = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(KnowledgeBase.class, GUARDED, 1)) {
            if (row.columns().length > 1 && row.column(1).equals(SPELT)) {
                guardedSpellings.add(row.column(0));
            } else {
                guarded.put(key(row.column(0)), guardOf(row));
            }
        }
        Set<String> commonNouns = new HashSet<>();
        for (TsvTable.Row row : TsvTable.readResource(KnowledgeBase.class, COMMON_NOUNS, 1)) {
            commonNouns.add(key(row.column(0)));
        }
        return new KnowledgeBase(drafts, Nationalities.load(countries), notNames, guarded, guardedSpellings,
                commonNouns);
    }

    /**
     * The guard of a line of {@value #GUARDED}: its second column, {@code tagger}, {@code list}, {@code home} or
     * {@code place}, or by default the context; {@value #SPELT} lines guard a spelling instead.
     */
    private static NameIndex.Guard guardOf(TsvTable.Row row) {
        String guard = row.columns().length > 1 ? row.column(1) : "";
        return switch (guard) {
            case "", "context" -> NameIndex.Guard.CONTEXT;
            case "tagger" -> NameIndex.Guard.TAGGER;
            case "list" -> NameIndex.Guard.LIST;
            case "home" -> NameIndex.Guard.HOME;
            case "place" -> NameIndex.Guard.PLACE;
            default -> throw row.error("a guard is 'context', 'tagger', 'list', 'home', 'place' or 'spelt', got '"
                    + guard + "'");
        };
    }

    private static void merge(Map<String, Draft> drafts, List<Draft> more, List<String> problems) {
        for (Draft d : more) {
            Draft first = drafts.get(d.id);
            if (first == null) {
                drafts.put(d.id, d);
            } else if (first.type != d.type) {
                problems.add(d.where + ": id '" + d.id + "' is a " + first.type + " already (" + first.where
                        + "), not a " + d.type + "; line ignored");
            } else if (sameFile(first, d) && !key(first.nameAr).equals(key(d.nameAr))) {
                // one id written for two actors: the second's names would all go to the first
                problems.add(d.where + ": id '" + d.id + "' names " + first.nameAr + " already (" + first.where
                        + "), not " + d.nameAr + "; line ignored");
            } else {
                first.fillFrom(d);
            }
        }
    }

    /** Whether two lines come from one file: a later line of an id adds to its actor there only under its name. */
    private static boolean sameFile(Draft first, Draft later) {
        return first.where.substring(0, first.where.lastIndexOf(':') + 1)
                .equals(later.where.substring(0, later.where.lastIndexOf(':') + 1));
    }

    private static List<Draft> countryDrafts(Countries countries) {
        List<Draft> out = new ArrayList<>();
        for (NameEntry c : countries.all()) {
            Draft d = new Draft(c.kb(), EntityType.GPE, c.nameAr(), "CLDR");
            d.nameEn = c.nameEn();
            d.country = c.country();
            d.subtype = c.subtype();
            d.aliases.addAll(countries.names(c.kb()));
            out.add(d);
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(name)) {
            Objects.requireNonNull(in, "resource " + name + " is missing from the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** Adds every searchable name, metonym and nationality adjective, and the blocked phrases, to {@code index}. */
    public void addTo(NameIndex.Builder index) {
        notNames.forEach(index::block);
        notAdjectives.forEach(index::exceptSpelling);
        guardedSpellings.forEach(index::guardSpelling);
        entries.forEach((id, e) -> {
            NameEntry country = e.standsForCountry() ? entries.get(e.country()) : null;
            NameEntry target = country != null ? country : e;
            MentionKind kind = country != null ? MentionKind.METONYM : MentionKind.NAME;
            for (String name : names.get(id)) {
                if (!searchable(name)) {
                    continue;
                }
                index.add(name, target, kind, e, guarded.getOrDefault(key(name), NameIndex.Guard.NONE));
            }
        });
        entries.forEach((id, e) -> {
            NameEntry country = CAPITAL.equals(e.subtype()) ? entries.get(e.country()) : null;
            for (String nisba : country == null ? List.<String>of() : nisbas.getOrDefault(country.kb(), List.of())) {
                index.add(CAPITAL_NOUN + " " + Nationalities.definiteFeminine(nisba), country, MentionKind.METONYM, e,
                        NameIndex.Guard.NONE);
            }
        });
        nisbas.forEach((id, list) -> {
            NameEntry e = entries.get(id);
            if (e != null) {
                for (String nisba : list) {
                    Nationalities.forms(nisba).forEach(form -> index.add(form, e, MentionKind.ADJECTIVE, e));
                }
            }
        });
    }

    private static boolean searchable(String name) {
        return !name.contains(" - ") && !name.contains("(");
    }

    private Map<String, NameEntry> nameLookup() {
        Map<String, NameEntry> map = new HashMap<>();
        entries.forEach((id, e) -> names.get(id).forEach(n -> map.putIfAbsent(key(n), e)));
        return Map.copyOf(map);
    }

    /** The names with their other {@link NameSpellings spellings}, each after the name it comes from. */
    private static List<String> spellings(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.addAll(NameSpellings.of(n)));
        return List.copyOf(out);
    }

    /**
     * The normalized {@code name}, its words parted by one space each where runs of white space parted them, the
     * no-break space included (Tunisian sites put it between words: على هامش اختتام); asked for every proposal, so
     * without a regex.
     */
    private static String key(String name) {
        String normalized = ArabicNormalizer.normalize(name).strip();
        StringBuilder out = new StringBuilder(normalized.length());
        boolean space = false;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether {@code phrase} is a line of {@value #COMMON_NOUNS}, its first word in some reading of its clitics
     * ({@link CliticAnalyzer}: a conjunction, preposition or article in front, no pronoun after), the others as
     * written: a common noun or a formula, never a name on its own; or whether its first word, so read, is a line
     * ending in "..." and other words follow (الله العلي القدير): a formula, whatever comes after; or whether its
     * last word, as written, is a line opening with "..." and other words come before it (ملياري ريال): an amount,
     * whatever comes before.
     */
    public boolean isCommonNoun(String phrase) {
        String k = key(phrase);
        int space = k.indexOf(' ');
        String first = space < 0 ? k : k.substring(0, space);
        String rest = space < 0 ? "" : k.substring(space);
        return readsAsCommonNoun(first, rest) || !rest.isEmpty() && (readsAsCommonNoun(first, OPENING)
                || commonNouns.contains(CLOSING + k.substring(k.lastIndexOf(' ') + 1)));
    }

    /**
     * Whether {@code first} in some reading of its clitics, then {@code rest}, is a line of {@value #COMMON_NOUNS}: a
     * reading with the article is looked up with it too (للألمنيوم is ل and الألمنيوم).
     */
    private boolean readsAsCommonNoun(String first, String rest) {
        return endsLikeOneOf(first, rest, commonNouns, commonNounFilter)
                && anyReading(first, reading -> commonNouns.contains(reading.stem() + rest)
                        || reading.proclitics().contains(ARTICLE)
                                && commonNouns.contains(ARTICLE + reading.stem() + rest));
    }

    /**
     * Whether {@code phrase} is one name of {@value #GUARDED} in some reading of its clitics (a conjunction or
     * preposition in front, no pronoun after): a common word too, and a name only where {@link NameIndex}
     * licenses it. Where it does, the base's own match names the place; elsewhere a tagger's place proposal of
     * the word alone is the common word (العقبة الرئيسية "the main obstacle"). Names guarded {@code place} are
     * none of these: they are another place's or a club's too (ليون، ميلان) more than common words.
     */
    public boolean isGuardedName(String phrase) {
        if (isGuardedSpelling(phrase)) {
            return true;
        }
        String k = key(phrase);
        return endsLikeOneOf(k, "", guarded.keySet(), guardedFilter) && anyReading(k, reading -> commonWordGuard(
                guarded.get(reading.proclitics().contains(ARTICLE) ? ARTICLE + reading.stem() : reading.stem())));
    }

    /**
     * Whether {@code guard} (null for none) guards a common word: all guards but {@link NameIndex.Guard#PLACE}, whose
     * names the tagger's place proposal still reads as some place or club (ميلان of AC Milan).
     */
    private static boolean commonWordGuard(NameIndex.Guard guard) {
        return guard != null && guard != NameIndex.Guard.PLACE;
    }

    /** Whether {@code phrase}, up to two letters glued before it aside, is a spelling guarded as written. */
    private boolean isGuardedSpelling(String phrase) {
        if (guardedSpellings.isEmpty()) {
            return false;
        }
        String written = NameIndex.asWritten(phrase.strip());
        for (int cut = 0; cut <= MOST_GLUED_LETTERS && cut < written.length(); cut++) {
            if (cut > 0 && PROCLITIC_LETTERS.indexOf(written.charAt(cut - 1)) < 0) {
                return false;
            }
            if (guardedSpellings.contains(written.substring(cut))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} without up to {@value #MOST_PROCLITIC_LETTERS} letters in front, with or without the
     * article, followed by {@code rest}, is in {@code set}: a reading without enclitics keeps an ending of the word
     * as its stem (the article's alef restored after ل: للعقبة), so that no reading can pass where no ending does,
     * and most words are answered without segmenting them; {@code filter}, that of {@code set}, answers most endings
     * without building them.
     */
    private static boolean endsLikeOneOf(String word, String rest, Set<String> set, StringFilter filter) {
        for (int cut = 0; cut <= MOST_PROCLITIC_LETTERS && cut < word.length(); cut++) {
            boolean bare = filter.mayContainJoined("", word, cut, rest);
            boolean definite = filter.mayContainJoined(ARTICLE, word, cut, rest);
            if (bare || definite) {
                String ending = word.substring(cut) + rest;
                if (bare && set.contains(ending) || definite && set.contains(ARTICLE + ending)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether one reading without enclitics of the one normalized word {@code k} passes {@code test}. */
    private static boolean anyReading(String k, Predicate<Segmentation> test) {
        if (k.isEmpty() || k.indexOf(' ') >= 0) {
            return false;
        }
        for (Segmentation reading : CliticAnalyzer.candidates(k)) {
            if (reading.enclitics().isEmpty() && test.test(reading)) {
                return true;
            }
        }
        return false;
    }

    /** The entry of knowledge-base id {@code id} ("NATO", "KAZ"), or null. */
    public NameEntry entry(String id) {
        return entries.get(id);
    }

    /**
     * The entry one of whose names is {@code name} (compared after normalization, whole), or null. A name without
     * an Arabic letter is compared with the English names, case, spaces and punctuation aside: metadata name
     * publishers so ("Al-Jazirah", "aljazirah", "Jawhara FM").
     */
    public NameEntry findByName(String name) {
        if (name == null) {
            return null;
        }
        NameEntry e = byName.get(key(name));
        if (e == null && name.codePoints().noneMatch(KnowledgeBase::isArabic)) {
            e = byEnglishName.get(latinKey(name));
        }
        return e;
    }

    /**
     * The entry whose website serves {@code url} (a URL or a bare host name), or null: the host is looked up
     * without "www.", then each domain it belongs to ({@code arabic.rt.com}, then {@code rt.com}), never a bare
     * top-level domain.
     */
    public NameEntry findByWebsite(String url) {
        String host = hostOf(url);
        for (; host != null && host.indexOf('.') > 0; host = host.substring(host.indexOf('.') + 1)) {
            NameEntry e = byWebsite.get(host);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The lowercase host of a URL or host name, "www." dropped; null for null. */
    static String hostOf(String url) {
        if (url == null) {
            return null;
        }
        String rest = url.strip().toLowerCase(Locale.ROOT);
        int scheme = rest.indexOf("://");
        rest = scheme >= 0 ? rest.substring(scheme + 3) : rest;
        int end = 0;
        while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
        }
        String host = rest.substring(rest.lastIndexOf('@', end - 1) + 1, end);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String latinKey(String name) {
        StringBuilder key = new StringBuilder(name.length());
        name.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static boolean isArabic(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
    }

    /** The names of the entry of id {@code id}, canonical first; empty for an unknown id. */
    public List<String> names(String id) {
        return names.getOrDefault(id, List.of());
    }

    /** The masculine singular nationality adjectives of the entry of id {@code id}; empty for none. */
    public List<String> nisbas(String id) {
        return nisbas.getOrDefault(id, List.of());
    }

    /** Every entry, in priority order. */
    public Collection<NameEntry> entries() {
        return entries.values();
    }

    public int size() {
        return entries.size();
    }

    /** The index of every name, adjective and metonym of this base. */
    public NameIndex nameIndex() {
        return index;
    }

    /** The entity tagger over this base's names and nominal heads. */
    public EntityTagger tagger() {
        return tagger;
    }

    /** The sector-phrase finder over this base's names. */
    public SectorPhrases sectorPhrases() {
        return sectorPhrases;
    }

    /** Holds the shipped base, built on first use. */
    private static final class Shipped {
        static final Countries COUNTRIES = Countries.load();
        static final KnowledgeBase KB = build(new LinkedHashMap<>(), COUNTRIES, new ArrayList<>());
    }
}
