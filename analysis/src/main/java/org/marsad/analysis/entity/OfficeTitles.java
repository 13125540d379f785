package org.marsad.analysis.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Titles that name whoever holds an office on an article's date ({@value #FILE}): "خادم الحرمين الشريفين" is the
 * King of Saudi Arabia, "الرئيس الأمريكي" the President of the United States.
 *
 * <p>Rules:
 * <ul>
 *   <li>each title names one role, {@code TITLE@OF} as in the knowledge base's ROLES column; its holder is the one
 *       entry with that role held on the date ({@link Role#heldOn}); with none or several, the title names no
 *       one;</li>
 *   <li>a title followed by an {@code after} word of {@value #CUES} (السابق، المنتخب، الراحل...) names a former or
 *       future holder, and one right after a {@code before} word (نائب الرئيس الأمريكي، زوجة الرئيس) names someone
 *       else: no one in either case.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class OfficeTitles {
    static final String FILE = "office-titles.tsv";
    static final String CUES = "office-title-cues.tsv";
    /** No title at all. */
    public static final OfficeTitles NONE = new OfficeTitles(WordMatcher.<String>builder().build(), Map.of(), Set.of(),
            Set.of(), Set.of());
    private final WordMatcher<String> titles;
    private final Map<String, List<NameEntry>> holders;
    private final Set<String> roles;
    /** Normalized words before a title whose phrase names someone else than the holder. */
    private final Set<String> notTheHolder;
    /** Normalized words after a title that make it name a former or future holder. */
    private final Set<String> notNow;

    private OfficeTitles(WordMatcher<String> titles, Map<String, List<NameEntry>> holders, Set<String> roles,
                         Set<String> notTheHolder, Set<String> notNow) {
        this.titles = titles;
        this.holders = holders;
        this.roles = roles;
        this.notTheHolder = notTheHolder;
        this.notNow = notNow;
    }

    /** The titles of {@value #FILE}, naming the holders among {@code entries}, with the cues of {@value #CUES}. */
    public static OfficeTitles shipped(Collection<NameEntry> entries) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(OfficeTitles.class, FILE, 2)) {
            roles.putIfAbsent(row.column(0), row.column(1));
        }
        return of(roles, shippedCues(), entries);
    }

    /** The normalized {@code after} words of {@value #CUES} (السابق، المنتخب...), which qualify the title before. */
    static Set<String> shippedQualifiers() {
        return cueWords(shippedCues(), "after");
    }

    private static Map<String, String> shippedCues() {
        Map<String, String> cues = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(OfficeTitles.class, CUES, 2)) {
            if (!row.column(1).equals("before") && !row.column(1).equals("after")) {
                throw row.error("place '" + row.column(1) + "' should be before or after");
            }
            cues.put(row.column(0), row.column(1));
        }
        return cues;
    }

    /**
     * Titles naming roles ({@code TITLE@OF}, as {@link Role#parse} reads them) held by {@code entries}, with words
     * that stand {@code before} or {@code after} a title ({@code cues}) to make it name no one.
     */
    static OfficeTitles of(Map<String, String> roleOfTitle, Map<String, String> cues, Collection<NameEntry> entries) {
        WordMatcher.Builder<String> b = WordMatcher.builder();
        roleOfTitle.forEach((title, role) -> b.add(title, key(Role.parse(role))));
        Map<String, List<NameEntry>> holders = new HashMap<>();
        for (NameEntry e : entries) {
            for (Role r : e.roles()) {
                List<NameEntry> list = holders.computeIfAbsent(key(r), k -> new ArrayList<>(1));
                if (!list.contains(e)) {
                    list.add(e);
                }
            }
        }
        Set<String> roles = roleOfTitle.values().stream().map(r -> key(Role.parse(r))).collect(Collectors.toSet());
        return new OfficeTitles(b.build(), Map.copyOf(holders), Set.copyOf(roles), cueWords(cues, "before"),
                cueWords(cues, "after"));
    }

    private static Set<String> cueWords(Map<String, String> cues, String place) {
        return cues.entrySet().stream().filter(c -> c.getValue().equals(place))
                .map(c -> ArabicNormalizer.normalize(c.getKey())).collect(Collectors.toUnmodifiableSet());
    }

    /** The roles that titles name and no entry has ever held: a misspelt role, or an office nobody was given. */
    Set<String> rolesWithoutHolder() {
        return roles.stream().filter(r -> !holders.containsKey(r)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A title found: its holder, and where the title stands. */
    public record Holder(NameEntry entry, int firstWord, int endWord, int start, int end) {
    }

    /**
     * The title starting at word {@code i}, with the holder it names on {@code asOf} (null: still held), or null
     * when no title starts there; a title that names no one gives a holder of null entry.
     */
    Holder match(String text, List<Span> words, List<String> norm, int i, LocalDate asOf) {
        WordMatcher.Hit<String> hit = titles.match(text, words, norm, i);
        if (hit == null) {
            return null;
        }
        boolean someoneElse = i > 0 && notTheHolder.contains(norm.get(i - 1))
                || hit.endWord() < norm.size() && notNow.contains(norm.get(hit.endWord()));
        return new Holder(someoneElse ? null : holderOf(hit.value(), asOf), i, hit.endWord(), hit.start(), hit.end());
    }

    private NameEntry holderOf(String role, LocalDate asOf) {
        NameEntry holder = null;
        for (NameEntry e : holders.getOrDefault(role, List.of())) {
            for (Role r : e.roles()) {
                if (key(r).equals(role) && r.heldOn(asOf)) {
                    if (holder != null && holder != e) {
                        return null;
                    }
                    holder = e;
                }
            }
        }
        return holder;
    }

    private static String key(Role r) {
        return r.title() + "@" + (r.of() == null ? "" : r.of());
    }
}
