package org.marsad.analysis.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.article.EntityType;

/**
 * What a known name refers to: one actor of the knowledge base.
 *
 * @param kb      the knowledge-base id ("KAZ", "NATO"), unique within the base
 * @param nameAr  the canonical Arabic name
 * @param nameEn  the English name, or null
 * @param country ISO-3 code of the country the actor belongs to, or null
 * @param subtype "country", "media", "igo", "city", "capital", "seat"..., or null
 * @param sector  CAMEO-style sector of {@link Sectors} (GOV, MED, IGO...), or null
 * @param roles   positions held, dated where it matters
 */
public record NameEntry(String kb, EntityType type, String nameAr, String nameEn, String country, String subtype,
                        String sector, List<Role> roles) {
    public NameEntry {
        if (kb == null || kb.isBlank()) {
            throw new IllegalArgumentException("knowledge-base id must not be blank, got '" + kb + "'");
        }
        if (type == null || nameAr == null || nameAr.isBlank()) {
            throw new IllegalArgumentException("entry '" + kb + "' needs a type and an Arabic name");
        }
        Sectors.check(sector);
        roles = List.copyOf(roles);
    }

    /** An entry without sector or roles. */
    public NameEntry(String kb, EntityType type, String nameAr, String nameEn, String country, String subtype) {
        this(kb, type, nameAr, nameEn, country, subtype, null, List.of());
    }

    /** Whether this is a city or a capital, a place organizations and facilities are named after. */
    public boolean isCity() {
        return "city".equals(subtype) || "capital".equals(subtype);
    }

    /** Whether this is a city, a capital or a region, a place hospitals, clubs and universities are named after. */
    public boolean namesFacilities() {
        return isCity() || "region".equals(subtype);
    }

    /**
     * Whether this is a country or a continent, which cups, championships and prizes are named after as well as
     * cities (كأس ألمانيا، بطولة أوروبا), though facilities are not.
     */
    public boolean namesEvents() {
        return namesFacilities() || "country".equals(subtype) || "continent".equals(subtype);
    }

    /** Whether this is a capital or a seat of power, whose name stands for its country's government. */
    public boolean standsForCountry() {
        return country != null && ("capital".equals(subtype) || "seat".equals(subtype));
    }

    /** The titles of the roles held on {@code date} (or still held, for a null date), without repeats. */
    public List<String> titlesOn(LocalDate date) {
        List<String> titles = new ArrayList<>(roles.size());
        for (Role r : roles) {
            if (r.heldOn(date) && !titles.contains(r.title())) {
                titles.add(r.title());
            }
        }
        return titles;
    }
}
