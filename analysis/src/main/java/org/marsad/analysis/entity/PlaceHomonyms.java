package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * Names that several known places bear ({@value #FILE}: الجوف is a Saudi region and a Yemeni governorate), and the
 * one an article means.
 *
 * <p>Rules:
 * <ul>
 *   <li>a name's candidates are the entries of its ids among those given; a name with fewer than two is left out,
 *       so a knowledge base without some of the places (a test's) reads the file all the same;</li>
 *   <li>the article means the candidate of the country it names most often, the publisher's country counting
 *       {@value #HOME_COUNTRY_WEIGHT} mentions; none on a tie, nor when no candidate's country is named.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class PlaceHomonyms {
    static final String FILE = "place-homonyms.tsv";
    /** How many mentions of its country a publisher's country counts as, as for clubs ({@link ClubShortNames}). */
    static final int HOME_COUNTRY_WEIGHT = ClubShortNames.HOME_COUNTRY_WEIGHT;
    static final PlaceHomonyms NONE = new PlaceHomonyms(Map.of());

    private final Map<String, List<NameEntry>> byName;

    private PlaceHomonyms(Map<String, List<NameEntry>> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** The homonyms of {@value #FILE} whose places are among {@code entries}. */
    static PlaceHomonyms shipped(Collection<NameEntry> entries) {
        Map<String, NameEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.putIfAbsent(e.kb(), e));
        Map<String, List<NameEntry>> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(PlaceHomonyms.class, FILE, 2)) {
            List<NameEntry> places = new ArrayList<>();
            for (String id : row.list(1)) {
                NameEntry e = byId.get(id);
                if (e != null) {
                    places.add(e);
                }
            }
            if (places.size() > 1) {
                out.put(ArabicNormalizer.normalize(row.column(0)), List.copyOf(places));
            }
        }
        return new PlaceHomonyms(out);
    }

    /** The ids of {@value #FILE} that no entry of {@code entries} has, as "file:line: id". */
    static List<String> unknownIds(Collection<NameEntry> entries) {
        List<String> unknown = new ArrayList<>();
        List<String> ids = entries.stream().map(NameEntry::kb).toList();
        for (TsvTable.Row row : TsvTable.readResource(PlaceHomonyms.class, FILE, 2)) {
            row.list(1).stream().filter(id -> !ids.contains(id)).forEach(id -> unknown.add(row.file() + ":" + row.line() + ": " + id));
        }
        return unknown;
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    /** Whether several known places bear the normalized {@code name}. */
    boolean bears(String name) {
        return byName.containsKey(name);
    }

    /**
     * The place the normalized {@code name} means in an article that names each country as often as
     * {@code countryMentions} says, published in {@code homeCountry} (ISO-3, or null); null for none.
     */
    NameEntry placeOf(String name, Map<String, Integer> countryMentions, String homeCountry) {
        List<NameEntry> places = byName.get(name);
        if (places == null) {
            return null;
        }
        NameEntry best = null;
        int most = 0;
        boolean tie = false;
        for (NameEntry place : places) {
            int n = countryMentions.getOrDefault(place.country(), 0)
                    + (place.country().equals(homeCountry) ? HOME_COUNTRY_WEIGHT : 0);
            if (n > most) {
                best = place;
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
