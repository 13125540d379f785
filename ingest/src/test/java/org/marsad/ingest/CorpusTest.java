package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.article.Article;

/** Reads the real corpora of the shared data beside the checkout; skipped when they are absent. */
class CorpusTest {

    @Test
    void readsEveryArticleOfTheAntCorpusWithTitlesAndDates() {
        Tally tally = readCorpus("ant-jawharafm");

        assertEquals(List.of(), tally.failures);
        assertEquals(10_161, tally.articles);
        assertEquals(10_161, tally.published, "every ANT document carries a readable TIME");
        assertTrue(tally.titled >= 10_150, () -> "titled: " + tally.titled);
        assertTrue(tally.withId == 10_161 && tally.withUrl == 10_161 && tally.withSource >= 10_160, tally::toString);
    }

    @Test
    void readsEveryArticleOfSaudiNewsNetWithTitlesAndDates() {
        Tally tally = readCorpus("saudinewsnet");

        assertEquals(List.of(), tally.failures);
        assertEquals(31_030, tally.articles);
        assertEquals(31_030, tally.published, "every SaudiNewsNet record carries date_extracted");
        assertTrue(tally.titled >= 30_950, () -> "titled: " + tally.titled);
        assertTrue(tally.withUrl == 31_030 && tally.withSource == 31_030, tally::toString);
    }

    @Test
    void readsTheSeedArticleAsOneArticleExactlyAsWritten() throws Exception {
        Path seed = sharedDirectory().resolve("seed").resolve("000_db3b0fee7140d4de.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "../shared/seed absent: skipping seed test");

        Collected collected = Collected.read(seed);

        assertEquals(Files.readString(seed), collected.onlyArticle().text());
    }

    private static Tally readCorpus(String name) {
        Path corpus = sharedDirectory().resolve("corpora").resolve(name);
        Assumptions.assumeTrue(Files.isDirectory(corpus), "../shared/corpora absent: skipping corpus test");
        Tally tally = new Tally();
        Inputs.read(List.of(corpus.toString()), ReadOptions.defaults(), tally::count);
        return tally;
    }

    /**
     * The shared data: the {@code marsad.shared} property Maven sets, else {@code ../shared} beside the checkout,
     * found from the module directory (where Maven runs tests) or from the checkout itself (where IDEs may).
     */
    static Path sharedDirectory() {
        String property = System.getProperty("marsad.shared");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        Path fromModule = Path.of("..", "..", "shared").toAbsolutePath().normalize();
        return Files.isDirectory(fromModule) ? fromModule : Path.of("..", "shared").toAbsolutePath().normalize();
    }

    /** Counts instead of keeping: the corpora are large. */
    private static final class Tally {
        final List<String> failures = new ArrayList<>();
        int articles;
        int titled;
        int published;
        int withId;
        int withUrl;
        int withSource;

        void count(InputItem item) {
            switch (item) {
                case InputItem.Failed failed -> failures.add(failed.toString());
                case InputItem.Read read -> count(read.article());
            }
        }

        private void count(Article article) {
            articles++;
            titled += has(article, a -> a.title() != null);
            published += has(article, a -> a.published() != null);
            withId += has(article, a -> a.id() != null);
            withUrl += has(article, a -> a.url() != null);
            withSource += has(article, a -> a.sourceName() != null);
        }

        private static int has(Article article, Predicate<Article> test) {
            return test.test(article) ? 1 : 0;
        }

        @Override
        public String toString() {
            return "articles=" + articles + " titled=" + titled + " published=" + published + " id=" + withId
                    + " url=" + withUrl + " source=" + withSource;
        }
    }
}
