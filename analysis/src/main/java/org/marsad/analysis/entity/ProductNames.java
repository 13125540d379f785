package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;

/**
 * Retypes the statistical tagger's persons that are products or firms of {@value #FILE}: the tagger reads
 * "غالاكسي نوت" and "سبيس إكس" as persons, their letters those of foreign names.
 *
 * <p>Rule: a person's proposal that holds a listed name, its first word in some reading of its clitics (وإكس
 * بوكس), is of the type the list gives; it starts at that name, the words before it a noun of its kind (لهاتف
 * بلاك بيري, the phone) and the clitics left out; the words after it, a model's, stay (غالاكسي نوت، آيباد ميني).
 * Proposals of other types are left alone: the tagger's own organization or product stands. Stateless.
 */
public final class ProductNames {
    static final String FILE = "product-names.tsv";

    /** A listed name: its normalized words and its type. */
    private record Product(String[] words, EntityType type) {
    }

    /** The listed names by their first normalized word. */
    private static final Map<String, List<Product>> BY_FIRST_WORD = load();

    private ProductNames() {
    }

    private static Map<String, List<Product>> load() {
        Map<String, List<Product>> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(ProductNames.class, FILE, 2)) {
            EntityType type;
            try {
                type = EntityType.valueOf(row.column(1));
            } catch (IllegalArgumentException e) {
                throw row.error("type must be ORG or MISC, got '" + row.column(1) + "'");
            }
            if (type != EntityType.ORG && type != EntityType.MISC) {
                throw row.error("type must be ORG or MISC, got '" + row.column(1) + "'");
            }
            for (String name : row.list(0)) {
                String[] words = WordMatcher.wordsOf(name);
                out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Product(words, type));
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }

    /**
     * {@code proposal} over {@code text}, retyped and started at the product or firm it names when it is a person's
     * that holds a listed name; else {@code proposal} itself.
     */
    public static Proposal retype(String text, Words words, Proposal proposal) {
        if (proposal.type() != EntityType.PERSON) {
            return proposal;
        }
        int first = words.firstAtOrAfter(proposal.start());
        if (first > 0 && words.span(first - 1).end() > proposal.start()) {
            first--; // the proposal starts inside a word, after a clitic
        }
        for (int w = first; w < words.size() && words.span(w).start() < proposal.end(); w++) {
            for (WordMatcher.Variant v : WordMatcher.Variant.of(words.normalized(w))) {
                for (Product product : BY_FIRST_WORD.getOrDefault(v.word(), List.of())) {
                    if (holds(words, w, product.words(), proposal.end())) {
                        int start = Math.max(proposal.start(),
                                WordMatcher.skipLetters(text, words.span(w).start(), v.cliticLetters()));
                        return new Proposal(start, proposal.end(), product.type(), proposal.confidence());
                    }
                }
            }
        }
        return proposal;
    }

    /** Whether the words after word {@code w} are the later words of {@code name}, all before {@code end}. */
    private static boolean holds(Words words, int w, String[] name, int end) {
        if (w + name.length > words.size() || words.span(w + name.length - 1).end() > end) {
            return false;
        }
        for (int k = 1; k < name.length; k++) {
            if (!words.normalized(w + k).equals(name[k])) {
                return false;
            }
        }
        return true;
    }
}
