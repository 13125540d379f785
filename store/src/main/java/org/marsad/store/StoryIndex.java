package org.marsad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups near-duplicate articles into stories, in memory, for the writer.
 *
 * <p>Rules:
 * <ul>
 *   <li>an article with a {@link MinHash} signature joins the story of every stored article whose signature shares a
 *       band with its own, is at least {@value #SIMILARITY} similar, and was published at most {@value #MAX_DAYS_APART}
 *       days before or after it (when both dates are known): copies travel within days, while a statement made from
 *       the same template weeks later is news of its own; groups are transitive;</li>
 *   <li>a story is named after its first stored article; when an article links two stories, they merge into the
 *       one whose first article was stored first;</li>
 *   <li>an article without signature, or like no other, founds a story of its own;</li>
 *   <li>which article of a story is its origin (the earliest published) is the database's {@code stories} view's
 *       business, not this index's.</li>
 * </ul>
 */
final class StoryIndex {
    static final double SIMILARITY = 0.5;
    static final int MAX_DAYS_APART = 3;
    /** The day of a member without publication date. */
    static final int NO_DAY = Integer.MIN_VALUE;

    private final BandTable buckets = new BandTable();
    private final List<int[]> signatures = new ArrayList<>();
    private final List<Integer> days = new ArrayList<>();
    private final List<String> storyOfMember = new ArrayList<>();
    /** Union-find over story names: a merged story points to the story it merged into. */
    private final Map<String, String> mergedInto = new HashMap<>();
    /** The seq of each story's first article, to decide which name a merge keeps. */
    private final Map<String, Long> founded = new HashMap<>();

    /** Where a new article goes: its story, and the stories that merged into that one. */
    record Assignment(String story, Set<String> merged) {
    }

    /** Adds a stored article (at load time) without searching for its copies; {@code day} is an epoch day or {@link #NO_DAY}. */
    void load(String story, long storyFoundedSeq, int[] signature, int day) {
        founded.merge(story, storyFoundedSeq, Math::min);
        if (signature != null) {
            index(signature, story, day);
        }
    }

    /** Finds the story of a new article, stored as {@code id} with {@code seq}, and adds it to the index. */
    Assignment assign(String id, long seq, int[] signature, int day) {
        if (signature == null) {
            founded.put(id, seq);
            return new Assignment(id, Set.of());
        }
        Set<String> stories = new LinkedHashSet<>();
        Set<Integer> seen = new java.util.HashSet<>();
        for (long key : MinHash.bandKeys(signature)) {
            for (int entry = buckets.first(key); entry >= 0; entry = buckets.next(entry)) {
                int member = buckets.member(entry);
                if (seen.add(member) && close(day, days.get(member))
                        && MinHash.similarity(signature, signatures.get(member)) >= SIMILARITY) {
                    stories.add(find(storyOfMember.get(member)));
                }
            }
        }
        String story = stories.isEmpty() ? id : earliest(stories);
        if (stories.isEmpty()) {
            founded.put(id, seq);
        }
        Set<String> merged = new LinkedHashSet<>(stories);
        merged.remove(story);
        merged.forEach(s -> mergedInto.put(s, story));
        index(signature, story, day);
        return new Assignment(story, merged);
    }

    private static boolean close(int a, int b) {
        return a == NO_DAY || b == NO_DAY || Math.abs(a - b) <= MAX_DAYS_APART;
    }

    private String earliest(Set<String> stories) {
        String best = null;
        for (String s : stories) {
            if (best == null || founded.getOrDefault(s, Long.MAX_VALUE) < founded.getOrDefault(best, Long.MAX_VALUE)) {
                best = s;
            }
        }
        return best;
    }

    private void index(int[] signature, String story, int day) {
        int member = signatures.size();
        signatures.add(signature);
        days.add(day);
        storyOfMember.add(story);
        for (long key : MinHash.bandKeys(signature)) {
            buckets.add(key, member);
        }
    }

    private String find(String story) {
        String s = story;
        while (mergedInto.containsKey(s)) {
            s = mergedInto.get(s);
        }
        if (!s.equals(story)) {
            mergedInto.put(story, s);
        }
        return s;
    }

    /** A multimap from band key to members in primitive arrays: open addressing for keys, chains for members. */
    private static final class BandTable {
        private long[] keys = new long[1 << 12];
        private int[] heads = new int[1 << 12];
        private boolean[] used = new boolean[1 << 12];
        private int size;
        private int[] members = new int[1 << 12];
        private int[] nexts = new int[1 << 12];
        private int entries;

        int first(long key) {
            int slot = slot(key);
            return used[slot] ? heads[slot] : -1;
        }

        int next(int entry) {
            return nexts[entry];
        }

        int member(int entry) {
            return members[entry];
        }

        void add(long key, int member) {
            if (entries == members.length) {
                members = java.util.Arrays.copyOf(members, entries * 2);
                nexts = java.util.Arrays.copyOf(nexts, entries * 2);
            }
            int slot = slot(key);
            members[entries] = member;
            if (used[slot]) {
                nexts[entries] = heads[slot];
            } else {
                nexts[entries] = -1;
                used[slot] = true;
                keys[slot] = key;
                size++;
            }
            heads[slot] = entries++;
            if (size * 2 > keys.length) {
                grow();
            }
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            int slot = (int) MinHash.mix(key) & mask;
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldHeads = heads;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            heads = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int slot = slot(oldKeys[i]);
                    used[slot] = true;
                    keys[slot] = oldKeys[i];
                    heads[slot] = oldHeads[i];
                }
            }
        }
    }
}
