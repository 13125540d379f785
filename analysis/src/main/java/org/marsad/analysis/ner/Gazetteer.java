package org.marsad.analysis.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;

/**
 * Lists of known names per type (ANERGazet: persons, locations, organizations) matched against a sentence to give
 * each token a membership mask.
 *
 * <p>Rules:
 * <ul>
 *   <li>entries and tokens are compared after {@link ArabicNormalizer#normalize}, word by word; an entry line
 *       without any letter (ANERGazet's {@code ====} separators) is ignored, and so is a repeated entry;</li>
 *   <li>the first word of a name may carry proclitics, so it is looked up as written, without a conjunction,
 *       without conjunction and preposition, with لل read as ل + ال, and without its article (see
 *       {@link Clitics}); later words must match whole, since Arabic attaches clitics to a phrase's first word;</li>
 *   <li>every match marks its tokens, for its type: {@link #UNIT} for a one-word name, {@link #BEGIN} on the first
 *       and {@link #INSIDE} on the later words of a longer one; overlapping matches all mark.</li>
 * </ul>
 * Immutable and thread-safe once built.
 */
final class Gazetteer {
    static final int UNIT = 1;
    static final int BEGIN = 2;
    static final int INSIDE = 4;
    static final int BITS_PER_TYPE = 3;
    private static final int[] NO_GROUPS = {};
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call, 8,000 times a model load. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final Gazetteer EMPTY = new Gazetteer(List.of(List.of(), List.of(), List.of(), List.of()));

    private final List<List<String>> entries;
    private final LongIntMap byFirstWord;
    /** The names by group, the group of their first word's hash in {@link #byFirstWord}. */
    private final Group[] groups;

    private record Candidate(long[] rest, int type) {
    }

    /**
     * The names of one first word: the mask its one-word names give, and the longer ones in increasing order of
     * their second word's hash ({@code seconds}), so that a token is compared only with the names its next word
     * may continue (عبد starts 65 names of the shipped model's gazetteer).
     */
    private record Group(int unitMask, long[] seconds, Candidate[] longer) {

        static Group of(List<Candidate> candidates) {
            // loops, not streams: a model's load builds thousands of groups, most of one word, before any JIT
            int unitMask = 0;
            List<Candidate> longerNames = new ArrayList<>();
            for (Candidate c : candidates) {
                if (c.rest().length == 0) {
                    unitMask |= UNIT << (BITS_PER_TYPE * c.type());
                } else {
                    longerNames.add(c);
                }
            }
            longerNames.sort(Comparator.comparingLong(c -> c.rest()[0]));
            Candidate[] longer = longerNames.toArray(new Candidate[0]);
            long[] seconds = new long[longer.length];
            for (int k = 0; k < longer.length; k++) {
                seconds[k] = longer[k].rest()[0];
            }
            return new Group(unitMask, seconds, longer);
        }

        /** The index of the first longer name whose second word hashes to {@code second}, or seconds' length. */
        int firstAfter(long second) {
            int k = Arrays.binarySearch(seconds, second);
            if (k < 0) {
                return seconds.length;
            }
            while (k > 0 && seconds[k - 1] == second) {
                k--;
            }
            return k;
        }
    }

    /** A gazetteer of {@code entries.get(t)} for type {@code Labels.TYPES.get(t)}; entries are normalized here. */
    Gazetteer(List<List<String>> entries) {
        Objects.requireNonNull(entries, "entries must not be null");
        if (entries.size() != Labels.TYPES.size()) {
            throw new IllegalArgumentException("need one entry list per type " + Labels.TYPES + ", got " + entries.size());
        }
        List<List<String>> kept = new ArrayList<>();
        List<List<Candidate>> candidates = new ArrayList<>();
        byFirstWord = new LongIntMap(1024);
        for (int type = 0; type < entries.size(); type++) {
            Set<String> names = new LinkedHashSet<>();
            for (String entry : entries.get(type)) {
                String name = String.join(" ", words(entry));
                if (hasLetter(name) && names.add(name)) {
                    index(name, type, candidates);
                }
            }
            kept.add(List.copyOf(names));
        }
        this.entries = List.copyOf(kept);
        this.groups = candidates.stream().map(Group::of).toArray(Group[]::new);
    }

    /** The normalized entries per type, as stored in a model. */
    List<List<String>> entries() {
        return entries;
    }

    /**
     * The membership masks of a sentence, given its normalized words and their {@link FeatureHash#of} hashes:
     * bit {@code BITS_PER_TYPE * type + k} for k in UNIT, BEGIN, INSIDE.
     */
    int[] masks(String[] normalized, long[] wordHashes) {
        int[][] starts = new int[normalized.length][];
        for (int i = 0; i < normalized.length; i++) {
            starts[i] = startGroups(normalized[i], wordHashes[i]);
        }
        return masks(starts, wordHashes);
    }

    /** The membership masks of a sentence, given the {@link #startGroups} and the hashes of its words. */
    int[] masks(int[][] startGroups, long[] wordHashes) {
        int[] masks = new int[wordHashes.length];
        for (int i = 0; i < wordHashes.length; i++) {
            for (int group : startGroups[i]) {
                mark(group, wordHashes, i, masks);
            }
        }
        return masks;
    }

    /**
     * The groups of names (by first word) that the normalized word {@code w}, hashing to {@code wordHash}, may
     * start: read as written, without a conjunction, without conjunction and preposition, with لل read as ل + ال,
     * and without its article. They depend on the word alone, so that a caller may keep them per word.
     */
    int[] startGroups(String w, long wordHash) {
        if (byFirstWord.size() == 0) {
            return NO_GROUPS;
        }
        int conj = Clitics.afterConjunction(w);
        int prep = Clitics.afterPreposition(w);
        int stem = Clitics.afterArticle(w);
        int article = Clitics.articleStart(w);
        boolean lamLam = article >= 0 && w.charAt(article) == 'ل';
        int[] groups = new int[5];
        int count = 0;
        count = add(byFirstWord.get(wordHash, -1), groups, count);
        if (conj > 0) {
            count = add(byFirstWord.get(FeatureHash.of(w, conj, w.length()), -1), groups, count);
        }
        if (prep > 0) {
            count = add(byFirstWord.get(FeatureHash.of(w, prep, w.length()), -1), groups, count);
        }
        if (lamLam) {
            count = add(byFirstWord.get(withArticle(w, stem), -1), groups, count);
        }
        if (stem > 0) {
            count = add(byFirstWord.get(FeatureHash.of(w, stem, w.length()), -1), groups, count);
        }
        return count == 0 ? NO_GROUPS : Arrays.copyOf(groups, count);
    }

    private static int add(int group, int[] groups, int count) {
        if (group >= 0) {
            groups[count++] = group;
        }
        return count;
    }

    /** Marks the tokens of every name of {@code group} that starts at token i. */
    private void mark(int group, long[] wordHashes, int i, int[] masks) {
        Group g = groups[group];
        masks[i] |= g.unitMask();
        if (i + 1 == wordHashes.length) {
            return;
        }
        long second = wordHashes[i + 1];
        for (int n = g.firstAfter(second); n < g.seconds().length && g.seconds()[n] == second; n++) {
            Candidate c = g.longer()[n];
            if (followsOn(c.rest(), wordHashes, i + 1)) {
                int shift = BITS_PER_TYPE * c.type();
                masks[i] |= BEGIN << shift;
                for (int k = 1; k <= c.rest().length; k++) {
                    masks[i + k] |= INSIDE << shift;
                }
            }
        }
    }

    private static boolean followsOn(long[] rest, long[] wordHashes, int from) {
        if (from + rest.length > wordHashes.length) {
            return false;
        }
        for (int k = 0; k < rest.length; k++) {
            if (rest[k] != wordHashes[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void index(String name, int type, List<List<Candidate>> candidates) {
        String[] words = name.split(" ");
        long[] rest = new long[words.length - 1];
        for (int k = 1; k < words.length; k++) {
            rest[k - 1] = FeatureHash.of(words[k]);
        }
        long first = FeatureHash.of(words[0]);
        int group = byFirstWord.get(first, -1);
        if (group < 0) {
            group = candidates.size();
            candidates.add(new ArrayList<>());
            byFirstWord.put(first, group);
        }
        candidates.get(group).add(new Candidate(rest, type));
    }

    /** The hash of ال followed by {@code w[stem..]}: how لل+stem is written after a non-ل proclitic. */
    private static long withArticle(String w, int stem) {
        return FeatureHash.of("ال" + w.substring(stem));
    }

    private static String[] words(String entry) {
        String normalized = ArabicNormalizer.normalize(entry).strip();
        return normalized.isEmpty() ? new String[0] : SPACES.split(normalized);
    }

    private static boolean hasLetter(String name) {
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isLetter(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
