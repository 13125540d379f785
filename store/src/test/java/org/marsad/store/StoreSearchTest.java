package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.article.EntityType;

class StoreSearchTest {
    @TempDir
    static Path dir;
    static MarsadStore store;

    @BeforeAll
    static void fill() {
        store = MarsadStore.open(dir);
        store.add(List.of(
                Fixtures.article("kaz", "وكازاخستان أعلنت أمس عن استضافة قمة إقليمية للمياه في العاصمة أستانا. وقال الوزير إن المياه أولوية للبلاد.")
                        .title("كازاخستان تستضيف قمة المياه").source("وكالة السهوب").published("2024-03-01")
                        .entity(EntityType.GPE, "كازاخستان", "KAZ", "KAZ").build(),
                Fixtures.article("egy", "أعلنت الحكومةُ في مصر عن خطة جديدة للطاقة الشمسية في أسوان، ووقعت مصر اتفاقا مع الأردن لتبادل الكهرباء.")
                        .title("خطة مصرية للطاقة").source("جريدة النيل").author("القاهرة - سامر الحلبي").published("2024-03-10")
                        .entity(EntityType.GPE, "مصر", "EGY", "EGY").entity(EntityType.GPE, "الأردن", "JOR", "JOR")
                        .event("AGREE", "057", 8.0, "ووقعت", "مصر", "الأردن").build(),
                Fixtures.article("school", "افتتحت مدرسة جديدة في القاهرة لتعليم الفتيات القراءة والحساب، وحضر الافتتاح أولياء الأمور.")
                        .title("مدرسة جديدة").source("جريدة النيل").published("2024-04-02").build(),
                Fixtures.article("xss", "خبر عن \"الاقتصاد\" <script>alert(1)</script> و'اقتباس' & رموز تكسر السمات.")
                        .title("<script>alert('x')</script> عنوان").source("مدونة").published("2024-04-05").build()));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Set<String> ids(String query) {
        return ids(SearchRequest.of(query));
    }

    private static Set<String> ids(SearchRequest request) {
        Set<String> out = new TreeSet<>();
        store.search(request).hits().forEach(h -> out.add(h.id()));
        return out;
    }

    private static SearchRequest filtered(String entity, String country, String type, String source, LocalDate from, LocalDate to) {
        return new SearchRequest(null, entity, country, type, source, from, to, 20, 0);
    }

    @Test
    void findsAWordBehindAClitic() {
        assertEquals(Set.of("kaz"), ids("كازاخستان"));
    }

    @Test
    void ignoresHamzaOnAlefTaaMarbutaAndDiacritics() {
        assertEquals(Set.of("egy"), ids("اعلنت الحكومه"));
        assertEquals(Set.of("school"), ids("مدرسه"));
        assertEquals(Set.of("egy"), ids("الحُكومةُ"));
    }

    @Test
    void matchesAPhraseExactlyAndInOrder() {
        assertEquals(Set.of("kaz"), ids("\"قمة إقليمية\""));
        assertEquals(Set.of(), ids("\"إقليمية قمة\""));
        assertEquals(Set.of(), ids("\"كازاخستان أعلنت\""), "a phrase keeps the clitic: the text says وكازاخستان");
    }

    @Test
    void requiresEveryWordByDefault() {
        assertEquals(Set.of("kaz"), ids("كازاخستان المياه"));
        assertEquals(Set.of(), ids("كازاخستان الكهرباء"));
    }

    @Test
    void combinesWithAndOrNot() {
        assertEquals(Set.of("kaz"), ids("كازاخستان AND المياه"));
        assertEquals(Set.of("kaz", "egy"), ids("كازاخستان OR أسوان"));
        assertEquals(Set.of("egy"), ids("(كازاخستان OR أسوان) NOT المياه"));
        assertEquals(Set.of("egy", "school", "xss"), ids("NOT كازاخستان"));
    }

    @Test
    void expandsAPrefix() {
        assertEquals(Set.of("kaz"), ids("كازاخ*"));
        assertEquals(Set.of("egy"), ids("الطاق*"));
    }

    @Test
    void readsBrokenSyntaxLiterally() {
        assertEquals(Set.of("kaz"), ids("\"كازاخستان"));
        assertEquals(Set.of("kaz"), ids("كازاخستان AND"));
        assertEquals(Set.of(), ids("foo:bar"));
    }

    @Test
    void findsAWordOfTheBylineOnlyWhenTheQueryNamesTheField() {
        assertEquals(Set.of("egy"), ids("author:الحلبي"));
        assertEquals(Set.of("egy"), ids("author:\"سامر الحلبي\""));
        assertEquals(Set.of(), ids("الحلبي"));
    }

    @Test
    void findsATitleWord() {
        assertEquals(Set.of("egy"), ids("مصرية"));
    }

    @Test
    void filtersByEntityCountryTypeSourceAndDates() {
        assertEquals(Set.of("kaz"), ids(filtered("KAZ", null, null, null, null, null)));
        assertEquals(Set.of("egy"), ids(filtered(null, "jor", null, null, null, null)));
        assertEquals(Set.of("egy"), ids(filtered(null, null, "agree", null, null, null)));
        assertEquals(Set.of("egy", "school"), ids(filtered(null, null, null, "جريدة النيل", null, null)));
        assertEquals(Set.of("egy", "school"), ids(filtered(null, null, null, null, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 4, 2))));
    }

    @Test
    void listsEverythingNewestFirstForAnEmptyQuery() {
        SearchResult r = store.search(SearchRequest.of(""));
        assertEquals(4, r.total());
        assertEquals(List.of("xss", "school", "egy", "kaz"), r.hits().stream().map(SearchResult.Hit::id).toList());
    }

    @Test
    void countsFacetsOverAllMatchesWithLabels() {
        SearchResult r = store.search(new SearchRequest(null, null, null, null, null, null, null, 1, 0));
        assertEquals(1, r.hits().size());
        assertEquals(4, r.total());
        assertEquals(List.of(new SearchResult.FacetValue("جريدة النيل", "جريدة النيل", 2), new SearchResult.FacetValue("مدونة", "مدونة", 1),
                new SearchResult.FacetValue("وكالة السهوب", "وكالة السهوب", 1)), r.facets().get("source"));
        assertTrue(r.facets().get("entity").contains(new SearchResult.FacetValue("KAZ", "كازاخستان", 1)), r.facets().toString());
        assertEquals(List.of(new SearchResult.FacetValue("2024-03", "2024-03", 2), new SearchResult.FacetValue("2024-04", "2024-04", 2)),
                r.facets().get("month"));
        assertEquals(List.of(new SearchResult.FacetValue("AGREE", "AGREE", 1)), r.facets().get("type"));
    }

    @Test
    void pagesWithOffset() {
        SearchResult second = store.search(new SearchRequest("", null, null, null, null, null, null, 2, 2));
        assertEquals(List.of("egy", "kaz"), second.hits().stream().map(SearchResult.Hit::id).toList());
    }

    @Test
    void marksMatchesInTheSnippet() {
        SearchResult.Hit hit = store.search(SearchRequest.of("كازاخستان")).hits().get(0);
        assertTrue(hit.snippetHtml().contains("<mark>وكازاخستان</mark>"), hit.snippetHtml());
        assertEquals("كازاخستان تستضيف قمة المياه", hit.title());
        assertEquals("وكالة السهوب", hit.source());
        assertEquals("2024-03-01", hit.published());
    }

    @Test
    void marksTheWordsAPrefixBegins() {
        SearchResult.Hit hit = store.search(SearchRequest.of("أستا*")).hits().get(0);
        assertTrue(hit.snippetHtml().contains("<mark>أستانا</mark>"), hit.snippetHtml());
    }

    @Test
    void escapesEverythingInTheSnippetButTheMarks() {
        SearchResult.Hit hit = store.search(SearchRequest.of("الاقتصاد")).hits().get(0);
        String html = hit.snippetHtml();
        assertTrue(html.contains("<mark>"), html);
        assertFalse(html.replace("<mark>", "").replace("</mark>", "").matches("(?s).*[<>\"'].*"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("&quot;") && html.contains("&#x27;") && html.contains("&amp;"), html);
    }

    @Test
    void escapesASnippetWithoutMatchesToo() {
        SearchResult.Hit hit = store.search(new SearchRequest(null, null, null, null, "مدونة", null, null, 5, 0)).hits().get(0);
        assertFalse(hit.snippetHtml().contains("<script"), hit.snippetHtml());
        assertTrue(hit.snippetHtml().contains("&lt;script&gt;"), hit.snippetHtml());
        assertEquals("<script>alert('x')</script> عنوان", hit.title(), "titles are plain text, for the caller to escape");
    }

    @Test
    void listsEveryMatchingIdForExport() {
        assertEquals(List.of("xss", "school", "egy", "kaz"), store.matchingIds(new SearchRequest(null, null, null, null, null, null, null, 1, 0)));
    }
}
