package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;

class QuotedNamesTest {
    private static final NameEntry FRANCE = new NameEntry("FRA", EntityType.GPE, "فرنسا", "France", "FRA", "country");
    private static final NameEntry AGENCY = new NameEntry("AFP", EntityType.ORG, "وكالة فرانس برس", "Agence France-Presse",
            "FRA", "media", "MED", List.of());
    private static final EntityTagger TAGGER = new EntityTagger(NameIndex.builder()
            .add("فرنسا", FRANCE).add("الفرنسية", FRANCE, MentionKind.ADJECTIVE, FRANCE).add("فرانس برس", AGENCY).build(),
            Map.of(), OfficeTitles.NONE, List.of(FRANCE, AGENCY));

    private static List<String> linked(String text) {
        Words w = Words.of(text);
        return TAGGER.tag(text, w.spans(), w.normalized(), new IdSequence("e")).stream()
                .map(e -> e.kb() + ":" + e.mentions().get(0).text()).toList();
    }

    @Test
    void namesTheAgencyByItsAdjectiveAloneBetweenQuoteMarks() {
        assertEquals(List.of("AFP:الفرنسية"), linked("وبحسب \"الفرنسية\"، فقد ارتفعت الأسعار في باريس."));
        assertEquals(List.of("AFP:الفرنسية"), linked("عمال في مصنع للسيارات. «الفرنسية»"), "a photograph's credit");
    }

    @Test
    void leavesTheBareAdjectiveToTheCountry() {
        assertEquals(List.of("FRA:الفرنسية"), linked("وقالت الحكومة الفرنسية إن الأسعار ارتفعت."));
    }

    @Test
    void leavesAQuotedPhraseThatGoesOnToTheCountry() {
        assertEquals(List.of("FRA:الفرنسية"), linked("وبحسب \"الفرنسية الجديدة\" ارتفعت الأسعار."));
    }

    @Test
    void namesNoActorTheEntriesLack() {
        QuotedNames none = QuotedNames.shipped(List.of(FRANCE));
        assertNull(none.named("الفرنسية"));
    }

    @Test
    void everyIdOfTheShippedFileIsKnown() {
        assertEquals(List.of(), QuotedNames.unknownIds(KnowledgeBase.shipped().entries()));
    }
}
