package org.marsad.store;

import java.util.List;
import java.util.Optional;
import org.marsad.article.AnalyzedArticle;

/**
 * What Marsad keeps and what can be asked of it. Implementations are thread-safe: many readers, one writer.
 *
 * <p>Entity keys are stable across articles: the knowledge-base id when the entity has one ("KAZ", "NATO"),
 * else {@code TYPE:normalized name} ("PERSON:دوسيم ساتبايف").
 */
public interface Store extends AutoCloseable {

    /**
     * Stores analysed articles. An article whose content hash is already stored is skipped, so adding the same
     * articles twice stores them once; a batch is stored whole or not at all.
     */
    AddResult add(List<AnalyzedArticle> batch);

    /**
     * Deletes the stored article of id {@code id} with its facts, from the database and the text index; returns
     * false when no article has that id. The inputs that gave it stay recorded, so ingesting them again does not
     * bring it back.
     */
    boolean delete(String id);

    /** Full-text search with filters and facets. */
    SearchResult search(SearchRequest request);

    /** The stored article of id {@code id}. */
    Optional<AnalyzedArticle> article(String id);

    /** Everything known about the entity of key {@code key}: mentions and events over time, partners, quotes. */
    Optional<EntityProfile> entity(String key);

    /** Events between two countries (ISO-3) over time, both directions. */
    PairProfile pair(String countryA, String countryB);

    /** A read-only SQL query over the facts tables; at most {@code maxRows} rows. */
    TableResult sql(String select, int maxRows);

    /** Counts of what is stored. */
    StoreStats stats();

    @Override
    void close();
}
