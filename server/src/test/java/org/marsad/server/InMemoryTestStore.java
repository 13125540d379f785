package org.marsad.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Entity;
import org.marsad.article.Event;
import org.marsad.store.AddResult;
import org.marsad.store.EntityProfile;
import org.marsad.store.PairProfile;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.Store;
import org.marsad.store.StoreStats;
import org.marsad.store.TableResult;
import org.marsad.text.ArabicNormalizer;

/**
 * A test double of {@link Store} kept in memory, for the server's tests only (never shipped): substring search,
 * facets counted over the matches, snippets escaped with {@code <mark>}, and profiles aggregated on the fly.
 * It records the last search request so tests can check how parameters were read.
 */
final class InMemoryTestStore implements Store {
    private final Map<String, AnalyzedArticle> articles = new LinkedHashMap<>();
    final List<SearchRequest> searches = new CopyOnWriteArrayList<>();

    InMemoryTestStore(AnalyzedArticle... initial) {
        add(List.of(initial));
    }

    @Override
    public synchronized boolean delete(String id) {
        return articles.remove(id) != null;
    }

    @Override
    public synchronized AddResult add(List<AnalyzedArticle> batch) {
        int added = 0;
        for (AnalyzedArticle a : batch) {
            if (articles.putIfAbsent(a.id(), a) == null) {
                added++;
            }
        }
        return new AddResult(added, batch.size() - added);
    }

    @Override
    public synchronized SearchResult search(SearchRequest r) {
        searches.add(r);
        List<AnalyzedArticle> matches = articles.values().stream().filter(a -> matches(a, r)).toList();
        List<SearchResult.Hit> hits = matches.stream().skip(r.offset()).limit(r.limit())
                .map(a -> new SearchResult.Hit(a.id(), a.title(), a.source().name(), a.published(), snippet(a.text(), r.query()), 1.0))
                .toList();
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        facets.put("entity", facet(matches, a -> a.entities().stream().map(e -> key(e) + "\t" + e.name()).toList()));
        facets.put("country", facet(matches, a -> a.entities().stream().filter(e -> e.country() != null)
                .map(e -> e.country() + "\t" + e.country()).toList()));
        facets.put("type", facet(matches, a -> a.events().stream().map(e -> e.plover() + "\t" + e.plover()).toList()));
        facets.put("source", facet(matches, a -> a.source().name() == null ? List.of() : List.of(a.source().name() + "\t" + a.source().name())));
        facets.put("month", facet(matches, a -> a.published() == null ? List.of() : List.of(a.published().substring(0, 7) + "\t" + a.published().substring(0, 7))));
        return new SearchResult(matches.size(), hits, facets);
    }

    private static boolean matches(AnalyzedArticle a, SearchRequest r) {
        String q = r.query() == null ? "" : r.query().strip();
        boolean text = q.isEmpty() || a.text().contains(q) || (a.title() != null && a.title().contains(q));
        boolean entity = r.entity() == null || a.entities().stream().anyMatch(e -> key(e).equals(r.entity()));
        boolean country = r.country() == null || a.entities().stream().anyMatch(e -> r.country().equals(e.country()));
        boolean type = r.type() == null || a.events().stream().anyMatch(e -> e.plover().equals(r.type()));
        boolean source = r.source() == null || r.source().equals(a.source().name());
        boolean from = r.from() == null || (a.published() != null && a.published().compareTo(r.from().toString()) >= 0);
        boolean to = r.to() == null || (a.published() != null && a.published().substring(0, 10).compareTo(r.to().toString()) <= 0);
        return text && entity && country && type && source && from && to;
    }

    private static List<SearchResult.FacetValue> facet(List<AnalyzedArticle> matches, Function<AnalyzedArticle, List<String>> values) {
        Map<String, Long> counts = new TreeMap<>();
        for (AnalyzedArticle a : matches) {
            values.apply(a).stream().distinct().forEach(v -> counts.merge(v, 1L, Long::sum));
        }
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\t", 2);
            return new SearchResult.FacetValue(parts[0], parts[1], e.getValue());
        }).sorted(Comparator.comparingLong(SearchResult.FacetValue::count).reversed()).toList();
    }

    static String snippet(String text, String query) {
        String cut = text.length() > 200 ? text.substring(0, 200) : text;
        String escaped = escape(cut);
        if (query == null || query.isBlank()) {
            return escaped;
        }
        String q = escape(query.strip());
        return escaped.replace(q, "<mark>" + q + "</mark>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String key(Entity e) {
        return e.kb() != null ? e.kb() : e.type().name() + ":" + ArabicNormalizer.normalize(e.name());
    }

    @Override
    public synchronized Optional<AnalyzedArticle> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public synchronized Optional<EntityProfile> entity(String key) {
        Entity found = null;
        Map<String, Long> mentions = new TreeMap<>();
        Map<String, Long> events = new TreeMap<>();
        Map<String, long[]> partners = new HashMap<>();
        Map<String, String> partnerNames = new HashMap<>();
        List<EntityProfile.QuoteRow> quotes = new ArrayList<>();
        for (AnalyzedArticle a : articles.values()) {
            Entity e = a.entities().stream().filter(x -> key(x).equals(key)).findFirst().orElse(null);
            if (e == null) {
                continue;
            }
            found = e;
            String day = a.published() == null ? "unknown" : a.published().substring(0, 10);
            mentions.merge(day, 1L, Long::sum);
            for (Event v : a.events()) {
                String other = e.id().equals(v.source().entity()) ? (v.target() == null ? null : v.target().entity())
                        : v.target() != null && e.id().equals(v.target().entity()) ? v.source().entity() : null;
                if (other == null) {
                    continue;
                }
                events.merge(day, 1L, Long::sum);
                Entity partner = a.entities().stream().filter(x -> x.id().equals(other)).findFirst().orElseThrow();
                partners.computeIfAbsent(key(partner), k -> new long[2])[0]++;
                partners.get(key(partner))[1] += (long) v.goldstein();
                partnerNames.put(key(partner), partner.name());
            }
            a.quotes().stream().filter(q -> e.id().equals(q.speaker()))
                    .forEach(q -> quotes.add(new EntityProfile.QuoteRow(a.id(), a.published(), q.text(), q.direct())));
        }
        if (found == null) {
            return Optional.empty();
        }
        List<EntityProfile.Partner> partnerList = partners.entrySet().stream()
                .map(p -> new EntityProfile.Partner(p.getKey(), partnerNames.get(p.getKey()), p.getValue()[0], (double) p.getValue()[1] / p.getValue()[0]))
                .toList();
        return Optional.of(new EntityProfile(key, found.name(), found.nameEn(), found.type().name(), found.country(),
                points(mentions), points(events), partnerList, quotes));
    }

    private static List<EntityProfile.TimePoint> points(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new EntityProfile.TimePoint(e.getKey(), e.getValue(), 0)).toList();
    }

    @Override
    public synchronized PairProfile pair(String countryA, String countryB) {
        List<PairProfile.EventRow> rows = new ArrayList<>();
        Map<String, double[]> months = new TreeMap<>();
        for (AnalyzedArticle a : articles.values()) {
            for (Event v : a.events()) {
                String s = v.source().country();
                String t = v.target() == null ? null : v.target().country();
                boolean between = (countryA.equals(s) && countryB.equals(t)) || (countryB.equals(s) && countryA.equals(t));
                if (between) {
                    rows.add(new PairProfile.EventRow(a.id(), v.id(), a.published(), v.plover(), v.cameo(), v.goldstein(), s, t,
                            v.trigger().text(), v.mode().json()));
                    double[] m = months.computeIfAbsent(a.published().substring(0, 7), k -> new double[2]);
                    m[0]++;
                    m[1] += v.goldstein();
                }
            }
        }
        List<EntityProfile.TimePoint> byMonth = months.entrySet().stream()
                .map(e -> new EntityProfile.TimePoint(e.getKey(), (long) e.getValue()[0], e.getValue()[1] / e.getValue()[0])).toList();
        return new PairProfile(countryA, countryB, rows, byMonth);
    }

    @Override
    public TableResult sql(String select, int maxRows) {
        throw new UnsupportedOperationException("the in-memory test store has no SQL");
    }

    @Override
    public synchronized StoreStats stats() {
        long entities = articles.values().stream().flatMap(a -> a.entities().stream()).map(InMemoryTestStore::key).distinct().count();
        long events = articles.values().stream().mapToLong(a -> a.events().size()).sum();
        long quotes = articles.values().stream().mapToLong(a -> a.quotes().size()).sum();
        return new StoreStats(articles.size(), entities, events, quotes, articles.size());
    }

    @Override
    public void close() {
    }
}
