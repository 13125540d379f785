package org.marsad.analysis.entity;

import org.marsad.article.EntityType;

/**
 * What a known name refers to: one actor of the knowledge base.
 *
 * @param kb      the knowledge-base id ("KAZ", "NATO"), unique within the base
 * @param nameAr  the canonical Arabic name
 * @param nameEn  the English name, or null
 * @param country ISO-3 code of the country the actor belongs to, or null
 * @param subtype "country", "media", "igo", "city"..., or null
 */
public record NameEntry(String kb, EntityType type, String nameAr, String nameEn, String country, String subtype) {
    public NameEntry {
        if (kb == null || kb.isBlank()) {
            throw new IllegalArgumentException("knowledge-base id must not be blank, got '" + kb + "'");
        }
        if (type == null || nameAr == null || nameAr.isBlank()) {
            throw new IllegalArgumentException("entry '" + kb + "' needs a type and an Arabic name");
        }
    }
}
