package org.marsad.store;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and facet counts by facet name (entity, country, type, source, month). */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One matching article, with a snippet whose matches are marked by {@code <mark>} and all else escaped. */
    public record Hit(String id, String title, String source, String published, String snippetHtml, double score) {
    }

    /** One value of a facet, its display label and how many matching articles have it. */
    public record FacetValue(String value, String label, long count) {
    }
}
