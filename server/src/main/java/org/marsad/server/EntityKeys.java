package org.marsad.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * The store's entity keys, as the web app writes them in links.
 *
 * <p>Rules: a key is the knowledge-base id when the entity has one ({@code KAZ}, {@code NATO}), else
 * {@code TYPE:name}. The app links an entity by its name as the article writes it, so the server tries the key
 * as given, then with the name normalized ({@link ArabicNormalizer}) and the type in upper case.
 */
final class EntityKeys {
    static final int MAX_KEY_CHARS = 300;

    private EntityKeys() {
    }

    /** The keys to try for {@code key}, most literal first. */
    static List<String> candidates(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_CHARS) {
            throw ApiException.badRequest("entity key must be 1.." + MAX_KEY_CHARS + " characters, got " + key.length());
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key);
        int colon = key.indexOf(':');
        if (colon > 0) {
            String type = key.substring(0, colon).toUpperCase(Locale.ROOT);
            String name = key.substring(colon + 1).strip();
            keys.add(type + ":" + name);
            keys.add(type + ":" + ArabicNormalizer.normalize(name));
        }
        return List.copyOf(keys);
    }
}
