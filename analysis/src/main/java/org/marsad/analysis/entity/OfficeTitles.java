package org.marsad.analysis.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
 *   <li>a title followed by a word of {@link #NOT_NOW} (السابق، المنتخب، الراحل...) names a former or future
 *       holder, and one right after a word of {@link #NOT_THE_HOLDER} (نائب الرئيس الأمريكي، زوجة الرئيس)
 *       names someone else: no one in either case.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class OfficeTitles {
    static final String FILE = "office-titles.tsv";
    /** No title at all. */
    public static final OfficeTitles NONE = new OfficeTitles(WordMatcher.<String>builder().build(), Map.of(), Set.of());
    /** Words after a title that make it name a former or future holder. */
    static final Set<String> NOT_NOW = normalized("السابق", "السابقه", "الاسبق", "المنتخب", "المنتخبه", "الراحل",
            "الراحله", "المقبل", "القادم", "الجديد", "الجديده", "الانتقالي", "بالوكاله", "المكلف");
    /** Words before a title whose phrase names someone else than the holder. */
    static final Set<String> NOT_THE_HOLDER = normalized("نائب", "ولي", "مستشار", "مساعد", "زوجه", "زوج", "ابن",
            "ابنه", "نجل", "حرم", "مبعوث", "سفير", "متحدث", "المتحدث", "مكتب", "عهد", "عهده", "ولايه", "اداره",
            "حكومه", "مرشح", "منافس");

    private static Set<String> normalized(String... words) {
        return Arrays.stream(words).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    }

    private final WordMatcher<String> titles;
    private final Map<String, List<NameEntry>> holders;
    private final Set<String> roles;

    private OfficeTitles(WordMatcher<String> titles, Map<String, List<NameEntry>> holders, Set<String> roles) {
        this.titles = titles;
        this.holders = holders;
        this.roles = roles;
    }

    /** The titles of {@value #FILE}, naming the holders among {@code entries}. */
    public static OfficeTitles shipped(Collection<NameEntry> entries) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(OfficeTitles.class, FILE, 2)) {
            roles.putIfAbsent(row.column(0), row.column(1));
        }
        return of(roles, entries);
    }

    /** Titles naming roles ({@code TITLE@OF}, as {@link Role#parse} reads them) held by {@code entries}. */
    static OfficeTitles of(Map<String, String> roleOfTitle, Collection<NameEntry> entries) {
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
        return new OfficeTitles(b.build(), Map.copyOf(holders), Set.copyOf(roles));
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
        boolean someoneElse = i > 0 && NOT_THE_HOLDER.contains(norm.get(i - 1))
                || hit.endWord() < norm.size() && NOT_NOW.contains(norm.get(hit.endWord()));
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
