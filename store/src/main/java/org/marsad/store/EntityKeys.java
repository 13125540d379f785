package org.marsad.store;

import java.util.HashMap;
import java.util.Map;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Entity;
import org.marsad.text.ArabicNormalizer;

/**
 * Keys that name one entity across articles: the knowledge-base id when the entity has one ("KAZ", "NATO"),
 * else {@code TYPE:normalized name} ("PERSON:دوسيم ساتبايف"), the name folded by {@link ArabicNormalizer}.
 */
final class EntityKeys {
    private EntityKeys() {
    }

    static String of(Entity entity) {
        return entity.kb() != null ? entity.kb() : entity.type().name() + ":" + ArabicNormalizer.normalize(entity.name());
    }

    /** Each in-article entity id ("e1") of {@code article} to its key. */
    static Map<String, String> byLocalId(AnalyzedArticle article) {
        Map<String, String> keys = new HashMap<>();
        for (Entity e : article.entities()) {
            keys.put(e.id(), of(e));
        }
        return keys;
    }
}
