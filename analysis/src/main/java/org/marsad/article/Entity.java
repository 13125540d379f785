package org.marsad.article;

import java.util.List;

/**
 * A person, organization, country, place or group the article speaks of, with every mention of it.
 *
 * @param nameEn  English name from the knowledge base, else a transliteration, else null
 * @param kb      knowledge-base id such as "NATO" or "KAZ", or null
 * @param country ISO 3166-1 alpha-3 code of the country it belongs to, or null
 * @param subtype finer kind such as "media", "igo", "city", or null
 */
public record Entity(String id, EntityType type, String name, String nameEn, String kb, String country,
                     String subtype, List<String> roles, double confidence, List<Mention> mentions) {
    public Entity {
        Preconditions.notNull(id, "entity id");
        Preconditions.notNull(type, "entity type");
        Preconditions.notNull(name, "entity name");
        Preconditions.confidence(confidence);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
