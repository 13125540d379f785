package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.EntityType;

class StoreWriteTest {
    private static final String WIRE = MinHashTest.WIRE;

    @TempDir
    Path dir;

    private static AnalyzedArticle simple(String id, String text) {
        return Fixtures.article(id, text).title("عنوان " + id).build();
    }

    /** An article with entities, an event and a quote: facts in every table. */
    private static AnalyzedArticle egyptJordan() {
        return Fixtures.article("egy", "وقعت مصر اتفاقا مع الأردن لتبادل الكهرباء وقال الوزير \"هذا يوم مهم\".")
                .entity(EntityType.GPE, "مصر", "EGY", "EGY").entity(EntityType.GPE, "الأردن", "JOR", "JOR")
                .event("AGREE", "057", 8.0, "وقعت", "مصر", "الأردن").quote("هذا يوم مهم", "مصر").build();
    }

    private static long count(MarsadStore store, String select) {
        return ((Number) store.sql(select, 1).rows().get(0).get(0)).longValue();
    }

    @Test
    void storesAnArticleOnceWhenAddedTwice() {
        AnalyzedArticle a = simple("a", "النص الأول عن الزراعة");
        AnalyzedArticle b = simple("b", "النص الثاني عن الصناعة");
        AnalyzedArticle c = simple("c", "النص الثالث عن التجارة");
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new AddResult(3, 0), store.add(List.of(a, b, c)));
            assertEquals(new AddResult(1, 3), store.add(List.of(a, b, c, simple("d", "النص الرابع عن السياحة"))));
            assertEquals(new AddResult(0, 2), store.add(List.of(a, a)));
            assertEquals(4, store.stats().articles());
            assertEquals(4, store.search(SearchRequest.of("")).total());
            assertEquals(4, count(store, "SELECT count(DISTINCT hash) FROM articles"));
        }
    }

    @Test
    void storesTheSameArticleOnceWithinOneBatch() {
        AnalyzedArticle a = simple("a", "النص الأول عن الزراعة");
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new AddResult(1, 1), store.add(List.of(a, a)));
        }
    }

    @Test
    void givesAnotherIdWhenADifferentArticleHoldsTheAnalysisId() {
        AnalyzedArticle first = Fixtures.article("same", WIRE).source("الأولى").build();
        AnalyzedArticle second = Fixtures.article("same", WIRE).source("الثانية").build();
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(first, second));
            List<String> ids = store.matchingIds(SearchRequest.of("الزيتون"));
            assertEquals(2, ids.size());
            String other = ids.stream().filter(id -> !id.equals("same")).findFirst().orElseThrow();
            assertEquals(16, other.length());
            assertEquals("الثانية", store.article(other).orElseThrow().source().name());
            assertEquals(other, store.article(other).orElseThrow().id());
            assertEquals(List.of("same"), List.of(store.sql("SELECT analysis_id FROM articles WHERE id = '" + other + "'", 1).rows().get(0).get(0)));
        }
    }

    @Test
    void givesBackTheArticleAsAnalysed() {
        AnalyzedArticle a = egyptJordan();
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(a));
            assertEquals(a, store.article("egy").orElseThrow());
            assertTrue(store.article("absent").isEmpty());
        }
    }

    @Test
    void groupsNearDuplicatesIntoAStoryNamingTheEarliestCopyAsOrigin() {
        AnalyzedArticle later = Fixtures.article("later", WIRE + " والله الموفق").source("ب").published("2024-03-05").build();
        AnalyzedArticle earlier = Fixtures.article("earlier", "تونس (وكالات) " + WIRE).source("أ").published("2024-03-03").build();
        AnalyzedArticle other = Fixtures.article("other", "انطلقت في العاصمة المغربية فعاليات المعرض الدولي للكتاب بمشاركة "
                + "مئات دور النشر من العالم العربي وأوروبا وأفريقيا ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات").build();
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(later));
            store.add(List.of(earlier, other));
            List<List<Object>> rows = store.sql("SELECT story, articles, origin FROM stories ORDER BY articles DESC, story", 10).rows();
            assertEquals(List.of(List.of("later", 2L, "earlier"), List.of("other", 1L, "other")), rows);
            assertEquals(1, store.stats().stories());
        }
    }

    @Test
    void keepsACopyPublishedWeeksLaterOutOfTheStory() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(Fixtures.article("march", WIRE).source("أ").published("2024-03-03").build()));
        }
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(Fixtures.article("march-copy", "تونس (وكالات) " + WIRE).source("ب").published("2024-03-05").build(),
                    Fixtures.article("april", WIRE + " والله الموفق").source("ج").published("2024-04-20").build()));
            assertEquals(List.of(List.of("april", "april"), List.of("march", "march"), List.of("march-copy", "march")),
                    store.sql("SELECT id, story FROM articles ORDER BY id", 5).rows());
        }
    }

    @Test
    void mergesTwoStoriesThatANewArticleLinks() {
        String[] words = WIRE.split(" ");
        int third = words.length / 3;
        String a = String.join(" ", List.of(words).subList(0, 2 * third));
        String c = String.join(" ", List.of(words).subList(third, words.length));
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(Fixtures.article("first", a).published("2024-01-02").build(),
                    Fixtures.article("second", c).published("2024-01-01").build()));
            long before = count(store, "SELECT count(DISTINCT story) FROM articles");
            store.add(List.of(Fixtures.article("bridge", WIRE).published("2024-01-03").build()));
            assertEquals(2, before);
            assertEquals(List.of(List.of("first", 3L, "second")), store.sql("SELECT story, articles, origin FROM stories", 5).rows());
        }
    }

    @Test
    void indexesAgainWhatTheIndexLacksOnOpen() throws IOException {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(simple("a", "النص الأول عن الزراعة"), simple("b", "النص الثاني عن الصناعة")));
        }
        deleteTree(dir.resolve(MarsadStore.INDEX_DIRECTORY));
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new MarsadStore.Reconciliation(2, 0), store.reconciliation());
            assertEquals(List.of("a"), store.matchingIds(SearchRequest.of("الزراعة")));
        }
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new MarsadStore.Reconciliation(0, 0), store.reconciliation());
        }
    }

    @Test
    void dropsFromTheIndexWhatTheDatabaseLacksOnOpen() throws IOException {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(simple("a", "النص الأول عن الزراعة")));
        }
        try (TextIndex index = TextIndex.openWritable(dir.resolve(MarsadStore.INDEX_DIRECTORY))) {
            index.add(IndexDocs.of("ghost", 7, simple("ghost", "نص لا تعرفه قاعدة البيانات عن الزراعة")));
            index.commit(7);
        }
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new MarsadStore.Reconciliation(0, 1), store.reconciliation());
            assertEquals(List.of("a"), store.matchingIds(SearchRequest.of("الزراعة")));
        }
    }

    @Test
    void rebuildsAnIndexOfAnotherLayoutFromTheDatabase() throws IOException {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(simple("a", "النص الأول عن الزراعة"), simple("b", "النص الثاني عن الصناعة")));
        }
        try (var lucene = org.apache.lucene.store.FSDirectory.open(dir.resolve(MarsadStore.INDEX_DIRECTORY));
             var writer = new org.apache.lucene.index.IndexWriter(lucene, new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of(TextIndex.SEQ_KEY, "2", TextIndex.FORMAT_KEY, "0").entrySet());
            writer.commit();
        }
        try (MarsadStore store = MarsadStore.openReadOnly(dir)) {
            assertEquals(List.of("b"), store.matchingIds(SearchRequest.of("الصناعة")));
        }
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new MarsadStore.Reconciliation(0, 0), store.reconciliation());
        }
    }

    @Test
    void readsAStoreReadOnlyAndRefusesToWriteIt() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(simple("a", "النص الأول عن الزراعة")));
        }
        try (MarsadStore reader = MarsadStore.openReadOnly(dir); MarsadStore other = MarsadStore.openReadOnly(dir)) {
            assertEquals(1, reader.search(SearchRequest.of("الزراعة")).total());
            assertEquals(1, other.stats().articles());
            assertThrows(StoreException.class, () -> reader.add(List.of(simple("b", "النص الثاني"))));
        }
    }

    @Test
    void refusesToReadADirectoryWithoutStore() {
        StoreException e = assertThrows(StoreException.class, () -> MarsadStore.openReadOnly(dir.resolve("absent")));
        assertTrue(e.getMessage().startsWith("no store in " + dir.resolve("absent")), e.getMessage());
    }

    @Test
    void refusesASecondWriterOfTheSameDirectory() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertThrows(RuntimeException.class, () -> MarsadStore.open(dir).close());
            assertNotEquals(null, store.stats());
        }
    }

    @Test
    void recordsTheInputsItStored() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            AnalyzedArticle a = simple("a", "النص الأول عن الزراعة");
            store.addPrepared(List.of(MarsadStore.prepare(a, "k1"), MarsadStore.prepare(a, "k2")));
            assertTrue(store.holdsInput("k1"));
            assertTrue(store.holdsInput("k2"));
            assertEquals(List.of(List.of("k1", "a"), List.of("k2", "a")),
                    store.sql("SELECT input_key, article FROM ingested ORDER BY input_key", 5).rows());
        }
    }

    @Test
    void deletesAnArticleWithItsFactsFromTheDatabaseAndTheIndex() {
        AnalyzedArticle egypt = egyptJordan();
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(egypt, simple("b", "النص الثاني عن الكهرباء")));
            assertTrue(store.delete("egy"));
            assertTrue(store.article("egy").isEmpty());
            assertEquals(List.of("b"), store.matchingIds(SearchRequest.of("الكهرباء")));
            for (String table : List.of("entities", "mentions", "events", "quotes")) {
                assertEquals(0, count(store, "SELECT count(*) FROM " + table + " WHERE article = 'egy'"), table);
            }
            assertEquals(1, store.stats().articles());
        }
        try (MarsadStore store = MarsadStore.open(dir)) {
            assertEquals(new MarsadStore.Reconciliation(0, 0), store.reconciliation());
            assertEquals(List.of("b"), store.matchingIds(SearchRequest.of("الكهرباء")));
        }
    }

    @Test
    void deletingAnUnknownIdChangesNothing() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(simple("a", "النص الأول عن الزراعة")));
            assertFalse(store.delete("absent"));
            assertEquals(1, store.stats().articles());
        }
    }

    @Test
    void storesADeletedArticleAgainWhenAddedAgainButNotFromTheSameInput() {
        AnalyzedArticle a = simple("a", "النص الأول عن الزراعة");
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.addPrepared(List.of(MarsadStore.prepare(a, "k1")));
            store.awaitIndexed();
            assertTrue(store.delete("a"));
            assertTrue(store.holdsInput("k1"), "the input stays read");
            assertEquals(new AddResult(1, 0), store.add(List.of(a)));
            assertEquals(List.of("a"), store.matchingIds(SearchRequest.of("الزراعة")));
        }
    }

    @Test
    void refusesToDeleteFromAReadOnlyStore() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            store.add(List.of(simple("a", "النص الأول عن الزراعة")));
        }
        try (MarsadStore reader = MarsadStore.openReadOnly(dir)) {
            assertThrows(IllegalStateException.class, () -> reader.delete("a"));
            assertEquals(1, reader.stats().articles());
        }
    }

    @Test
    void countsFacetsAcrossSegmentsKeepingTheFirstValuesOfATieAtTheCut() {
        try (MarsadStore store = MarsadStore.open(dir)) {
            for (int batch = 0; batch < 3; batch++) {
                List<AnalyzedArticle> articles = new java.util.ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    int n = batch * 6 + i;
                    articles.add(Fixtures.article("a" + n, "خبر رقم " + n + " عن الزراعة في الريف " + "و".repeat(n + 1))
                            .title("عنوان " + n).source(String.format("مصدر %02d", 11 - n % 12)).build());
                }
                store.add(articles);
                store.commit();
            }
            List<SearchResult.FacetValue> sources = store.search(SearchRequest.of("الزراعة")).facets().get("source");
            assertEquals(18, store.search(SearchRequest.of("الزراعة")).total());
            // met in the order 11, 10 ... 0: the values tied at the cut are still taken by value
            List<String> expected = List.of("مصدر 06", "مصدر 07", "مصدر 08", "مصدر 09", "مصدر 10", "مصدر 11",
                    "مصدر 00", "مصدر 01", "مصدر 02", "مصدر 03");
            assertEquals(expected, sources.stream().map(SearchResult.FacetValue::value).toList());
            assertEquals(List.of(2L, 2L, 2L, 2L, 2L, 2L, 1L, 1L, 1L, 1L), sources.stream().map(SearchResult.FacetValue::count).toList());
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
