package org.marsad.analysis.entity;

import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;

/**
 * Retypes the statistical tagger's persons that are products or firms of {@value #FILE}: the tagger reads
 * "غالاكسي نوت" and "سبيس إكس" as persons, their letters those of foreign names.
 *
 * <p>Rule: a person's proposal that holds a listed name, found as {@link WordMatcher} finds phrases (the first word
 * in some reading of its clitics, وإكس بوكس; the longest name first), is of the type the list gives; it starts at
 * that name, the words before it a noun of its kind (لهاتف بلاك بيري, the phone) and the clitics left out; the words
 * after it, a model's, stay (غالاكسي نوت، آيباد ميني).
 * Proposals of other types are left alone: the tagger's own organization or product stands. Stateless.
 */
public final class ProductNames {
    static final String FILE = "product-names.tsv";

    /** The listed names, each with its type. */
    private static final WordMatcher<EntityType> PRODUCTS = load();

    private ProductNames() {
    }

    private static WordMatcher<EntityType> load() {
        WordMatcher.Builder<EntityType> products = WordMatcher.builder();
        for (TsvTable.Row row : TsvTable.readResource(ProductNames.class, FILE, 2)) {
            String type = row.column(1);
            if (!type.equals("ORG") && !type.equals("MISC")) {
                throw row.error("type must be ORG or MISC, got '" + type + "'");
            }
            row.list(0).forEach(name -> products.add(name, EntityType.valueOf(type)));
        }
        return products.build();
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
            WordMatcher.Hit<EntityType> hit = PRODUCTS.match(text, words.spans(), words.normalized(), w);
            if (hit != null && hit.end() <= proposal.end()) {
                return new Proposal(Math.max(proposal.start(), hit.start()), proposal.end(), hit.value(),
                        proposal.confidence());
            }
        }
        return proposal;
    }
}
