package org.marsad.analysis.entity;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;

/**
 * Every country with its ISO codes and its Arabic and English names, from CLDR through ICU4J, plus the
 * names news uses beside CLDR's from {@code country-aliases.tsv}.
 *
 * <p>Rules:
 * <ul>
 *   <li>One entry per ISO 3166-1 region ICU knows, with id and country both the alpha-3 code.</li>
 *   <li>The canonical Arabic name is CLDR's standard name; its short form is an alias too.</li>
 *   <li>A CLDR name with a dash or brackets ("الكونغو - كينشاسا") disambiguates for menus, not prose; it stays
 *       the canonical name but is not searched for: the alias file carries the prose names instead.</li>
 * </ul>
 */
public final class Countries {
    static final String ALIASES = "country-aliases.tsv";
    private static final ULocale ARABIC = ULocale.forLanguageTag("ar");

    private final Map<String, NameEntry> byIso3;
    private final Map<String, List<String>> names;

    private Countries(Map<String, NameEntry> byIso3, Map<String, List<String>> names) {
        this.byIso3 = byIso3;
        this.names = names;
    }

    /** CLDR's countries with the shipped alias file. */
    public static Countries load() {
        LocaleDisplayNames ar = LocaleDisplayNames.getInstance(ARABIC);
        LocaleDisplayNames arShort = LocaleDisplayNames.getInstance(ARABIC, DisplayContext.LENGTH_SHORT);
        LocaleDisplayNames en = LocaleDisplayNames.getInstance(ULocale.ENGLISH);
        Map<String, NameEntry> byIso3 = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String region : ULocale.getISOCountries()) {
            String iso3 = new ULocale("", region).getISO3Country();
            if (iso3.isEmpty()) {
                continue;
            }
            String nameAr = ar.regionDisplayName(region);
            byIso3.put(iso3, new NameEntry(iso3, EntityType.GPE, nameAr, en.regionDisplayName(region), iso3, "country"));
            List<String> list = names.computeIfAbsent(iso3, k -> new ArrayList<>());
            addProseName(list, nameAr);
            addProseName(list, arShort.regionDisplayName(region));
        }
        for (TsvTable.Row row : TsvTable.readResource(Countries.class, ALIASES, 2)) {
            String iso3 = row.column(0);
            if (!byIso3.containsKey(iso3)) {
                throw row.error("unknown ISO-3 country code '" + iso3 + "'");
            }
            for (String alias : row.list(1)) {
                addProseName(names.get(iso3), alias);
            }
        }
        return new Countries(Collections.unmodifiableMap(byIso3), names);
    }

    private static void addProseName(List<String> list, String name) {
        if (name != null && !name.contains(" - ") && !name.contains("(") && !list.contains(name)) {
            list.add(name);
        }
    }

    /** The country of ISO-3 code {@code iso3}, or null. */
    public NameEntry byIso3(String iso3) {
        return byIso3.get(iso3);
    }

    /** Every country, in ISO order. */
    public Collection<NameEntry> all() {
        return byIso3.values();
    }

    /** The prose names of the country of ISO-3 code {@code iso3}, canonical first; empty for an unknown code. */
    public List<String> names(String iso3) {
        return List.copyOf(names.getOrDefault(iso3, List.of()));
    }

    /** Adds every country name to {@code index}. */
    public void addTo(NameIndex.Builder index) {
        names.forEach((iso3, list) -> list.forEach(name -> index.add(name, byIso3.get(iso3))));
    }
}
