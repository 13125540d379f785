package org.marsad.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.article.Entity;

/**
 * Display names of entity keys for facets, in memory: loaded whole from the database at the first search (the most
 * frequent name of each key), then kept up to date by the writer with the first name of each new key. A search
 * then names its facet values without a query.
 */
final class Labels {
    private final Database db;
    private final Map<String, String> names = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    Labels(Database db) {
        this.db = db;
    }

    /** The names of those of {@code keys} that have one. */
    Map<String, String> of(Set<String> keys) {
        load();
        Map<String, String> out = new HashMap<>();
        for (String k : keys) {
            String name = names.get(k);
            if (name != null) {
                out.put(k, name);
            }
        }
        return out;
    }

    /** Learns the names of the entities of newly stored articles. */
    void learn(List<FactWriter.Row> rows) {
        if (!loaded) {
            return;
        }
        for (FactWriter.Row row : rows) {
            for (Entity e : row.prepared().article().entities()) {
                names.putIfAbsent(EntityKeys.of(e), e.name());
            }
        }
    }

    private void load() {
        if (loaded) {
            return;
        }
        synchronized (this) {
            if (loaded) {
                return;
            }
            db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT key, mode(name) FROM entities GROUP BY key")) {
                    while (r.next()) {
                        names.putIfAbsent(r.getString(1), r.getString(2));
                    }
                }
                return null;
            });
            loaded = true;
        }
    }
}
