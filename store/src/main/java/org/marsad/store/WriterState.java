package org.marsad.store;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the writer must know of the stored articles to plan a batch: content hashes, ids, input keys, the next seq
 * and the story index. Loaded from the database when first needed; after a failed batch it is thrown away and
 * loaded again, so that it never holds what the database does not.
 */
final class WriterState {
    private static final int ID_HEX_CHARS = 16;

    final Map<String, String> idByHash = new HashMap<>();
    final Set<String> ids = new HashSet<>();
    final Set<String> inputs = new HashSet<>();
    final StoryIndex stories = new StoryIndex();
    private long nextSeq = 1;

    /** A planned batch: rows to store, inputs to record, story merges, and the duplicates skipped. */
    record Batch(List<FactWriter.Row> rows, List<FactWriter.Input> inputs, List<FactWriter.Merge> merges, int duplicates) {
    }

    static WriterState load(Database db) {
        WriterState state = new WriterState();
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                try (ResultSet r = s.executeQuery("""
                        SELECT a.id, a.hash, a.seq, a.story, f.first, a.minhash, a.day
                        FROM articles a JOIN (SELECT story, min(seq) AS first FROM articles GROUP BY story) f USING (story)
                        ORDER BY a.seq""")) {
                    while (r.next()) {
                        state.ids.add(r.getString(1));
                        state.idByHash.put(r.getString(2), r.getString(1));
                        state.nextSeq = Math.max(state.nextSeq, r.getLong(3) + 1);
                        byte[] signature = r.getBytes(6);
                        java.time.LocalDate day = r.getObject(7, java.time.LocalDate.class);
                        state.stories.load(r.getString(4), r.getLong(5), signature == null ? null : MinHash.fromBytes(signature),
                                day == null ? StoryIndex.NO_DAY : (int) day.toEpochDay());
                    }
                }
                try (ResultSet r = s.executeQuery("SELECT DISTINCT input_key FROM ingested")) {
                    while (r.next()) {
                        state.inputs.add(r.getString(1));
                    }
                }
            }
            return null;
        });
        return state;
    }

    /** Plans {@code batch}, taking its articles as stored: the caller discards this state if storing fails. */
    Batch plan(List<PreparedArticle> batch) {
        List<FactWriter.Row> rows = new ArrayList<>();
        List<FactWriter.Input> inputRows = new ArrayList<>();
        List<FactWriter.Merge> merges = new ArrayList<>();
        int duplicates = 0;
        for (PreparedArticle p : batch) {
            String stored = idByHash.get(p.hash());
            if (stored != null) {
                duplicates++;
            } else {
                stored = newId(p);
                long seq = nextSeq++;
                java.time.LocalDate day = Published.of(p.article().published()).day();
                StoryIndex.Assignment story = stories.assign(stored, seq, p.signature(),
                        day == null ? StoryIndex.NO_DAY : (int) day.toEpochDay());
                story.merged().forEach(from -> merges.add(new FactWriter.Merge(from, story.story())));
                rows.add(new FactWriter.Row(stored, seq, story.story(), p));
                idByHash.put(p.hash(), stored);
                ids.add(stored);
            }
            if (p.inputKey() != null && inputs.add(p.inputKey())) {
                inputRows.add(new FactWriter.Input(p.inputKey(), stored, p.article().origin()));
            }
        }
        return new Batch(rows, inputRows, merges, duplicates);
    }

    /** The analysis id when free, else the content hash's first hex digits (longer if even those are taken). */
    private String newId(PreparedArticle p) {
        String id = p.article().id();
        if (!ids.contains(id)) {
            return id;
        }
        for (int length = ID_HEX_CHARS; length <= p.hash().length(); length += 4) {
            String candidate = p.hash().substring(0, length);
            if (!ids.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free id for article " + id + " of hash " + p.hash());
    }
}
