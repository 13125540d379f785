package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.analysis.StringFilter;
import org.marsad.analysis.Words;
import org.marsad.text.ArabicNormalizer;

/**
 * Every form the event tagger looks for, in one hash table from normalized form to its senses, and the analysis
 * of a text's words against it.
 *
 * <p>Rules:
 * <ul>
 *   <li>Forms come from {@link Morphology}: the lexicons give lemmas, never inflected forms.</li>
 *   <li>A word is looked up as written, then with the clitics of {@link Clitics} taken off its front (a handful
 *       of table lookups at most), then, when nothing was found, with a pronoun taken off its end as well. A form
 *       is kept only when its {@link Aspect} accepts the clitics taken off.</li>
 *   <li>A word written with a final ة has no pronoun at its end, although normalization spells both ه
 *       (حكومة صادقة is no صادقه "befriended him").</li>
 *   <li>Before any lookup, the last two letters of the stem are checked against those of every form, so that most
 *       words of a text cost one bit test; and each stretch probed is checked against a {@link StringFilter} of
 *       the forms before it is cut out of the word.</li>
 *   <li>The first word of a multi-word cue is looked up like any word; the rest must follow as written.</li>
 * </ul>
 */
final class Vocabulary {
    private static final Hit[] NONE = {};
    private static final int MIN_STEM = 2;
    private static final char TAA_MARBUTA = 'ة';
    private final Map<String, Entry[]> forms;
    private final long[] tails;
    /** Most stretches a word is probed with are no form: the filter tells so before a substring is built. */
    private final StringFilter formFilter;

    private record Entry(Sense sense, Aspect aspect, boolean bare, boolean masculine) {
    }

    private Vocabulary(Map<String, Entry[]> forms, long[] tails) {
        this.forms = forms;
        this.tails = tails;
        this.formFilter = new StringFilter(forms.keySet());
    }

    static Builder builder() {
        return new Builder();
    }

    /** The hits of every word of {@code words}, index by index; {@code text} is what the words' spans point into. */
    Hit[][] analyze(Words words, String text) {
        Hit[][] hits = new Hit[words.size()][];
        // one list for every word: most words find nothing, and then cost no allocation
        List<Hit> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            found.clear();
            lookup(words.normalized(i), !endsInTaaMarbuta(text, words.span(i).end()), found);
            hits[i] = found.isEmpty() ? NONE : found.toArray(NONE);
        }
        return hits;
    }

    /** The senses of the normalized word {@code w}, pronouns at its end allowed. */
    List<Hit> lookup(String w) {
        List<Hit> out = new ArrayList<>(0);
        lookup(w, true, out);
        return out;
    }

    /** Adds the senses of the normalized word {@code w} to the empty {@code out}. */
    private void lookup(String w, boolean pronounAllowed, List<Hit> out) {
        if (w.length() < MIN_STEM) {
            return;
        }
        proclitics(w, w.length(), 0, out);
        for (int p = 0; pronounAllowed && out.isEmpty() && p < Clitics.PRONOUNS.length; p++) {
            String pronoun = Clitics.PRONOUNS[p];
            if (w.endsWith(pronoun) && w.length() - pronoun.length() > MIN_STEM) {
                proclitics(w, w.length() - pronoun.length(), Clitics.PRONOUN, out);
            }
        }
    }

    private void proclitics(String w, int end, int flags, List<Hit> out) {
        if (!mayEndAt(w, end)) {
            return;
        }
        probe(w, 0, end, flags, 0, out);
        boolean conjunction = Clitics.isConjunction(w.charAt(0)) && end > MIN_STEM;
        if (conjunction) {
            probe(w, 1, end, flags | Clitics.CONJUNCTION, 1, out);
        }
        afterConjunction(w, 0, end, flags, 0, out);
        if (conjunction) {
            afterConjunction(w, 1, end, flags | Clitics.CONJUNCTION, 1, out);
        }
    }

    private void afterConjunction(String w, int at, int end, int flags, int strip, List<Hit> out) {
        if (end - at <= MIN_STEM) {
            return;
        }
        char c = w.charAt(at);
        if (Clitics.isPreposition(c)) {
            probe(w, at + 1, end, flags | Clitics.PREPOSITION, strip + 1, out);
            if (c == 'ل' && w.charAt(at + 1) == 'ل') {
                probe(w, at + 2, end, flags | Clitics.PREPOSITION | Clitics.ARTICLE, strip + 2, out);
            } else if (w.startsWith(Clitics.ARTICLE_LETTERS, at + 1)) {
                probe(w, at + 3, end, flags | Clitics.PREPOSITION | Clitics.ARTICLE, strip + 1, out);
            }
        }
        if (w.startsWith(Clitics.ARTICLE_LETTERS, at)) {
            probe(w, at + 2, end, flags | Clitics.ARTICLE, strip, out);
        }
        if (c == 'س' && Clitics.isImperfectPrefix(w.charAt(at + 1))) {
            probe(w, at + 1, end, flags | Clitics.FUTURE, strip, out);
        }
    }

    private void probe(String w, int start, int end, int flags, int strip, List<Hit> out) {
        boolean toEnd = end == w.length();
        if (end - start < MIN_STEM || !(toEnd ? formFilter.mayContainSuffix('\0', w, start) : formFilter.mayContain(w, start, end))) {
            return;
        }
        Entry[] entries = forms.get(start == 0 && toEnd ? w : w.substring(start, end));
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            if (e.aspect().allows(flags)) {
                out.add(new Hit(e.sense(), e.aspect(), e.bare(), e.masculine(), flags, strip));
            }
        }
    }

    private boolean mayEndAt(String w, int end) {
        int key = tailKey(w.charAt(end - 2), w.charAt(end - 1));
        return (tails[key >>> 6] & (1L << key)) != 0;
    }

    private static int tailKey(char a, char b) {
        return (a & 0xFF) << 8 | (b & 0xFF);
    }

    private static boolean endsInTaaMarbuta(String text, int end) {
        int i = end - 1;
        while (i > 0 && Clitics.isMark(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == TAA_MARBUTA;
    }

    /** Collects forms; a form may carry many senses, kept in the order added. */
    static final class Builder {
        private final Map<String, List<Entry>> forms = new HashMap<>();

        /** Adds every form of the verb with perfect {@code perfect} (imperfect {@code imperfect}, null: derive). */
        Builder verb(String perfect, String imperfect, Sense sense) {
            String i = imperfect == null ? null : ArabicNormalizer.normalize(imperfect);
            Morphology.verbForms(ArabicNormalizer.normalize(perfect), i).forEach(f -> put(f, sense));
            return this;
        }

        /** Adds every form of the noun {@code noun} with its broken {@code plurals}. */
        Builder noun(String noun, List<String> plurals, Sense sense) {
            List<String> p = plurals.stream().map(ArabicNormalizer::normalize).toList();
            Morphology.nounForms(ArabicNormalizer.normalize(noun), p).forEach(f -> put(f, sense));
            return this;
        }

        /** Adds a phrase whose first word inflects as {@code aspect}; {@code sense} gets the words after it. */
        Builder phrase(String phrase, Aspect aspect, Function<List<String>, Sense> sense) {
            String[] words = ArabicNormalizer.normalize(phrase).strip().split("\\s+");
            Sense s = sense.apply(List.of(Arrays.copyOfRange(words, 1, words.length)));
            return switch (aspect) {
                case PERFECT, IMPERFECT -> verb(words[0], null, s);
                case NOUN -> noun(words[0], List.of(), s);
                case PARTICLE -> put(new Morphology.Form(words[0], Aspect.PARTICLE, true), s);
            };
        }

        private Builder put(Morphology.Form form, Sense sense) {
            forms.computeIfAbsent(form.text(), k -> new ArrayList<>(1))
                    .add(new Entry(sense, form.aspect(), form.bare(), form.masculine()));
            return this;
        }

        Vocabulary build() {
            Map<String, Entry[]> frozen = new HashMap<>(forms.size() * 2);
            long[] tails = new long[1 << 10];
            forms.forEach((k, v) -> {
                frozen.put(k, v.toArray(new Entry[0]));
                if (k.length() < MIN_STEM) {
                    return;
                }
                int key = tailKey(k.charAt(k.length() - 2), k.charAt(k.length() - 1));
                tails[key >>> 6] |= 1L << key;
            });
            return new Vocabulary(frozen, tails);
        }
    }
}
