package org.marsad.analysis.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.article.DateExpression;

/**
 * The seed article of {@code ../shared}, published on 2022-01-04, matched as its gold file describes: a found
 * expression matches a gold one when either text contains the other (diacritics, tatweel and punctuation
 * aside), it covers at least 60% of the gold text, and the values are equal.
 */
class SeedArticleTest {
    private static final Path SEED = Path.of(System.getProperty("marsad.shared", "../shared"), "seed",
            "000_db3b0fee7140d4de.txt");
    private static List<DateExpression> found;

    @BeforeAll
    static void tagSeed() throws IOException {
        Assumptions.assumeTrue(Files.exists(SEED), "../shared absent: skipping seed test");
        found = Tagged.tag(Files.readString(SEED));
    }

    private static String norm(String s) {
        return s.replaceAll("[\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u0640]", "")
                .replaceAll("[\"'«»“”:،,.\\s]+", " ").strip();
    }

    private static void assertFound(String goldText, String value) {
        String gold = norm(goldText);
        boolean ok = found.stream().anyMatch(d -> {
            String text = norm(d.text());
            return (text.contains(gold) || gold.contains(text)) && text.length() >= 0.6 * gold.length()
                    && d.value().equals(value);
        });
        assertTrue(ok, () -> "missing " + goldText + " = " + value + " in " + found);
    }

    @Test
    void requiredDayOfLastDecember() {
        assertFound("22 كانون الأول/ ديسمبر الماضي", "2021-12-22");
    }

    @Test
    void requiredEndOfDecemberWithEndMod() {
        assertFound("نهاية كانون الأول/ ديسمبر", "2021-12");
        assertTrue(found.stream().anyMatch(d -> d.text().equals("نهاية كانون الأول/ ديسمبر") && "END".equals(d.mod())));
    }

    @Test
    void requiredYear2021() {
        assertFound("سنة 2021", "2021");
    }

    @Test
    void requiredLastMarch() {
        assertFound("آذار/ مارس الماضي", "2021-03");
    }

    @Test
    void optionalLastTwoMonths() {
        assertFound("الشهرين الماضيين", "P2M");
    }

    @Test
    void optionalTwentyFirstCentury() {
        assertFound("القرن الحادي والعشرين", "20");
    }

    @Test
    void optionalRecentYears() {
        assertFound("الأعوام الأخيرة", "PAST_REF");
    }

    @Test
    void anniversaryIsNotTagged() {
        assertTrue(found.stream().noneMatch(d -> d.text().contains("الثلاثين")), () -> found.toString());
    }
}
