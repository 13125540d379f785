package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;

class CounterpartsTest {
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withShippedKnowledge();

    private static Entity person(String text, String name) {
        AnalyzedArticle a = ANALYZER.analyze(Article.of(text));
        return a.entities().stream().filter(e -> e.type() == EntityType.PERSON && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found among " + a.entities()));
    }

    @Test
    void givesTheCounterpartTheOfficeOfTheOneBeforeAndTheCountryOfTheAdjective() {
        Entity guest = person("واستقبل وزير الخارجية سامر خليل أمس نظيره الفرنسي جان مارك إيرولت في الرياض.",
                "جان مارك إيرولت");
        assertEquals(List.of("وزير الخارجية"), guest.roles());
        assertEquals("FRA", guest.country());
    }

    @Test
    void readsACommaBetweenTheAdjectiveAndTheName() {
        Entity guest = person("والتقى وزير الداخلية سامر خليل بنظيره البلجيكي، ديدييه رايندرز، بمقر الوزارة.",
                "ديدييه رايندرز");
        assertEquals(List.of("وزير الداخلية"), guest.roles());
        assertEquals("BEL", guest.country());
    }

    @Test
    void takesNoTitleForAnOffice() {
        Entity guest = person("وبحث الدكتور سامر خليل مع نظيره الأردني زياد العمري خطة العمل.", "زياد العمري");
        assertEquals(List.of(), guest.roles());
        assertEquals("JOR", guest.country());
    }

    @Test
    void takesNoOfficeFromAnotherSentence() {
        Entity guest = person("وقال وزير الخارجية سامر خليل إن الاجتماع مهم. وسيلتقي نظيره الأردني زياد العمري غدا.",
                "زياد العمري");
        assertEquals(List.of(), guest.roles());
    }
}
