package org.marsad.analysis.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.data.TsvTable;
import org.marsad.analysis.entity.Countries;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.Nationalities;
import org.marsad.analysis.entity.Role;
import org.marsad.article.EntityType;

class ShippedDataTest {
    private static final KnowledgeBase KB = KnowledgeBase.shipped();

    @Test
    void givesEveryNisbaOverrideAKnownId() {
        for (String id : Nationalities.load(Countries.load()).nisbas().keySet()) {
            assertNotNull(KB.entry(id), "nisba-overrides.tsv names unknown id " + id);
        }
    }

    @Test
    void givesEveryCapitalAndSeatACountryEntity() {
        for (NameEntry e : KB.entries()) {
            if (e.standsForCountry()) {
                NameEntry country = KB.entry(e.country());
                assertNotNull(country, e.kb());
                assertEquals(EntityType.GPE, country.type(), e.kb());
            }
        }
    }

    @Test
    void pointsEveryRoleAtAKnownId() {
        List<String> unknown = new ArrayList<>();
        for (NameEntry e : KB.entries()) {
            for (Role r : e.roles()) {
                if (r.of() != null && KB.entry(r.of()) == null) {
                    unknown.add(e.kb() + ": " + r);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void endsNoRoleTitleWithAPreposition() {
        // a title is shown alone, without the body its role points at: "نائب المتحدث باسم" reads as cut off
        List<String> cut = new ArrayList<>();
        for (NameEntry e : KB.entries()) {
            for (Role r : e.roles()) {
                String last = r.title().substring(r.title().lastIndexOf(' ') + 1);
                if (List.of("باسم", "لدى", "في", "عن", "على", "من", "إلى", "مع", "ل").contains(last)) {
                    cut.add(e.kb() + ": " + r.title());
                }
            }
        }
        assertEquals(List.of(), cut);
    }

    @Test
    void givesEveryCuratedPersonACurrentOrPastRole() {
        for (NameEntry e : KB.entries()) {
            if (e.type() == EntityType.PERSON && e.kb().startsWith("P-")) {
                assertTrue(!e.roles().isEmpty(), e.kb());
            }
        }
    }

    @Test
    void repeatsAnIdOnlyForTheSameActor() {
        Map<String, String> actorOf = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(KnowledgeBase.class, KnowledgeBase.ACTORS, 3)) {
            String actor = row.column(1) + " " + row.column(2);
            String before = actorOf.putIfAbsent(row.column(0), actor);
            if (before != null && !before.equals(actor)) {
                clashes.add(row.column(0) + ": " + before + " and " + actor);
            }
        }
        assertEquals(List.of(), clashes, "a later line with an id adds to the actor of the first");
    }

    @Test
    void keepsShippedNamesApartBetweenActors() {
        List<String> clashes = new ArrayList<>();
        for (NameEntry e : KB.entries()) {
            if (e.kb().startsWith("PETR-")) {
                continue;
            }
            for (String name : KB.names(e.kb())) {
                NameEntry owner = KB.findByName(name);
                if (!owner.equals(e) && !owner.kb().startsWith("PETR-")) {
                    clashes.add(name + ": " + owner.kb() + " and " + e.kb());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }
}
