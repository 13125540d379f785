package org.marsad.analysis.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;

/**
 * The known entity whose name a name the knowledge base lacks spells another way. Arabic writes the vowels of a foreign
 * name as each writer hears them: ميركل and ميريكل, لوكسمبورغ and لوكسمبرغ, بينيتيز and بنيتز name one person or
 * place.
 *
 * <p>Rules:
 * <ol>
 *   <li>A name's key is its normalized words, each without the article, with its first letter and, after it, all
 *       but the long vowels and hamza seats (ا و ي ء ئ ؤ): ويست keeps its و and is no سيتي.</li>
 *   <li>An unknown name spells a known one when their keys are the same and hold at least {@value #MIN_LETTERS}
 *       letters, the head noun of an organization's name (شركة، مجموعة) not counted; shorter names meet by chance
 *       (سلمان، سليمان; شركة إيني and شركة إيوان).</li>
 *   <li>The names of entities of the countries of {@value #FILE} match no other spelling: Arabic names are written
 *       one way, and their keys meet (محمد عباس، محمود عباس).</li>
 *   <li>A person's name spells only a person's, a place's only a place's, any other only another's.</li>
 *   <li>A key that names entities of two countries names none; of one country, the first: the imported actors
 *       repeat curated ones (انجيلا ميركل), which come first.</li>
 *   <li>Two names the knowledge base lacks spell one name ({@link #sameName}) when their keys agree and the words
 *       they differ in are no given names of {@code given-names.tsv}: أريانا هافينغتون and أريانا هافنغتون are one
 *       woman, صلاح حماه and صالح حماه two men.</li>
 *   <li>A family name alone spells that of a person named in full ({@link #sameSurname}) when the two differ only
 *       in the article, or their keys agree in at least {@value #MIN_SURNAME_LETTERS} letters, and neither is a given
 *       name: الزرقوني is حسن الزروقوني, الدرويش نجيب درويش; but الصالح ("the righteous") is no علي عبد الله صالح.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class SpellingVariants {
    static final String FILE = "native-spelling-countries.tsv";
    static final int MIN_LETTERS = 6;
    static final int MIN_SURNAME_LETTERS = 4;
    private static final String VOWELS = "اويءئؤ";
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call, for every name of an article. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> NATIVE = TsvTable.readResource(SpellingVariants.class, FILE, 1).stream()
            .map(row -> row.column(0)).collect(Collectors.toUnmodifiableSet());

    /** Each key by kind, and the entry it names. */
    private final Map<String, NameEntry> byKey;
    /** Every known name, normalized: a known name left unlinked (a homonym, a guarded alias) stays so. */
    private final Set<String> known;

    private SpellingVariants(Map<String, NameEntry> byKey, Set<String> known) {
        this.byKey = byKey;
        this.known = known;
    }

    /** The variants of the {@code names} of each entry (its spellings as news writes them). */
    public static SpellingVariants of(Map<NameEntry, List<String>> names) {
        Map<String, NameEntry> byKey = new HashMap<>();
        Set<String> shared = new HashSet<>();
        Set<String> known = new HashSet<>();
        names.forEach((entry, spellings) -> {
            spellings.forEach(name -> known.add(normalized(name)));
            if (entry.country() == null || !NATIVE.contains(entry.country())) {
                for (String name : spellings) {
                    String key = key(entry.type(), name);
                    NameEntry first = key == null ? null : byKey.putIfAbsent(key, entry);
                    if (first != null && !Objects.equals(first.country(), entry.country())) {
                        shared.add(key);
                    }
                }
            }
        });
        byKey.keySet().removeAll(shared);
        return new SpellingVariants(Map.copyOf(byKey), Set.copyOf(known));
    }

    static SpellingVariants none() {
        return new SpellingVariants(Map.of(), Set.of());
    }

    /** The known entry that {@code name}, of {@code type}, spells another way, or null. */
    NameEntry entryOf(EntityType type, String name) {
        String normalized = normalized(name);
        return entryOf(keyOfNormalized(type, normalized), normalized);
    }

    /** As {@link #entryOf(EntityType, String)}, for a name already {@link #normalized} and its {@code key}. */
    NameEntry entryOf(String key, String normalized) {
        return key == null || known.contains(normalized) ? null : byKey.get(key);
    }

    /** {@code name} normalized as the keys are made from it. */
    static String normalized(String name) {
        return ArabicNormalizer.normalize(name).strip();
    }

    /** Whether the two names of {@code type}, neither known, spell one name (see the class's rules). */
    static boolean sameName(EntityType type, String a, String b) {
        String key = key(type, a);
        if (key == null || !key.equals(key(type, b))) {
            return false;
        }
        String[] wordsOfA = SPACES.split(normalized(a));
        String[] wordsOfB = SPACES.split(normalized(b));
        for (int i = 0; i < wordsOfA.length && i < wordsOfB.length; i++) {
            boolean givenName = PersonNames.GIVEN_NAMES.containsKey(wordsOfA[i])
                    || PersonNames.GIVEN_NAMES.containsKey(wordsOfB[i]);
            if (givenName && !wordsOfA[i].equals(wordsOfB[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two family names, normalized, name one family: they differ, neither is a given name of {@code
     * given-names.tsv}, and they are one word but for the article (درويش، الدرويش) or keys of at least {@value
     * #MIN_SURNAME_LETTERS} letters (الزروقوني، الزرقوني). Shorter keys meet by chance (صالح، صويلح).
     */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b) || PersonNames.GIVEN_NAMES.containsKey(a) || PersonNames.GIVEN_NAMES.containsKey(b)) {
            return false;
        }
        String bareA = withoutArticle(a);
        String bareB = withoutArticle(b);
        if (bareA.equals(bareB)) {
            return true;
        }
        String key = wordKey(bareA);
        return key.length() >= MIN_SURNAME_LETTERS && key.equals(wordKey(bareB));
    }

    private static String withoutArticle(String word) {
        return word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
    }

    /** A word's first letter and, after it, its letters but the long vowels and hamza seats. */
    private static String wordKey(String bare) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < bare.length(); i++) {
            if (i == 0 || VOWELS.indexOf(bare.charAt(i)) < 0) {
                key.append(bare.charAt(i));
            }
        }
        return key.toString();
    }

    /** The key of {@code name}: its kind, then its words' first letters and consonants; null when too short. */
    static String key(EntityType type, String name) {
        return keyOfNormalized(type, normalized(name));
    }

    /** The key of a name already {@link #normalized}. */
    static String keyOfNormalized(EntityType type, String normalized) {
        StringBuilder key = new StringBuilder().append(kind(type)).append(':');
        int letters = 0;
        for (String word : SPACES.split(normalized)) {
            String wordKey = wordKey(withoutArticle(word));
            key.append(' ').append(wordKey);
            letters += OrganizationNouns.HEADS.contains(word) ? 0 : wordKey.length();
        }
        return letters >= MIN_LETTERS ? key.toString() : null;
    }

    private static char kind(EntityType type) {
        return switch (type) {
            case PERSON -> 'P';
            case GPE, LOC -> 'L';
            default -> 'O';
        };
    }
}
