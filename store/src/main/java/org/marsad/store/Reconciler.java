package org.marsad.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings the text index in line with the database, the source of truth, when a writable store opens.
 *
 * <p>Rules:
 * <ul>
 *   <li>fast path: when the index's last commit holds exactly the database's articles up to its recorded seq
 *       (equal counts, recorded seq not above the database's highest), the articles stored after that seq are
 *       indexed from the database;</li>
 *   <li>otherwise, a full comparison by id: documents of ids the database lacks, or with another seq, or twice, are
 *       deleted; articles the index lacks are indexed from the database;</li>
 *   <li>either way the index is committed with the database's highest seq.</li>
 * </ul>
 */
final class Reconciler {
    private final Database db;
    private final TextIndex index;

    /** Articles indexed again, documents dropped, and the seq the index now holds. */
    record Result(long reindexed, long dropped, long seq) {
    }

    Reconciler(Database db, TextIndex index) {
        this.db = db;
        this.index = index;
    }

    Result run() throws IOException {
        long committed = index.committedSeq();
        long[] db = counts(committed);
        long maxSeq = db[0];
        long upToCommitted = db[1];
        Result result = committed <= maxSeq && index.count() == upToCommitted ? indexAfter(committed, maxSeq) : full(maxSeq);
        if (result.reindexed() > 0 || result.dropped() > 0 || committed != maxSeq) {
            index.commit(maxSeq);
        }
        return result;
    }

    /** {max seq, articles with seq <= committed}. */
    private long[] counts(long committed) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT coalesce(max(seq), 0), count(*) FILTER (WHERE seq <= ?) FROM articles")) {
                p.setLong(1, committed);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return new long[] {r.getLong(1), r.getLong(2)};
                }
            }
        });
    }

    private Result indexAfter(long committed, long maxSeq) throws IOException {
        long n = reindex("seq > " + committed, List.of());
        return new Result(n, 0, maxSeq);
    }

    private Result full(long maxSeq) throws IOException {
        Map<String, List<Long>> inIndex = index.ids();
        Map<String, Long> inDb = db.read(c -> {
            Map<String, Long> out = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, seq FROM articles")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2));
                }
            }
            return out;
        });
        long dropped = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, List<Long>> e : inIndex.entrySet()) {
            Long seq = inDb.get(e.getKey());
            if (seq == null) {
                index.delete(e.getKey());
                dropped += e.getValue().size();
            } else if (e.getValue().size() != 1 || e.getValue().get(0).longValue() != seq) {
                dropped += e.getValue().size();
                missing.add(e.getKey());
            }
        }
        for (String id : inDb.keySet()) {
            if (!inIndex.containsKey(id)) {
                missing.add(id);
            }
        }
        return new Result(reindex(null, missing), dropped, maxSeq);
    }

    /** Indexes (replacing by id) the articles matching {@code where}, or those of {@code ids}. */
    private long reindex(String where, List<String> ids) throws IOException {
        if (where == null && ids.isEmpty()) {
            return 0;
        }
        long total;
        String sql = "SELECT id, seq, record, text, sentences FROM articles WHERE "
                + (where != null ? where : "list_contains(?, id)") + " ORDER BY seq";
        try {
            total = db.read(c -> {
                long n = 0;
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    if (where == null) {
                        p.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            String id = r.getString(1);
                            index.replace(id, IndexDocs.of(id, r.getLong(2), RecordCodec.decode(r.getString(3), id, r.getString(4), Facts.list(r.getArray(5)))));
                            n++;
                        }
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return n;
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return total;
    }
}
