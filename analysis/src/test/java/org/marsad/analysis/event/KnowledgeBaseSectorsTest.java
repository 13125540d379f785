package org.marsad.analysis.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.article.Event;

/** Sector phrases taken from the knowledge base's SectorPhrases instead of the event package's own nouns. */
class KnowledgeBaseSectorsTest {
    private static final EventTagger TAGGER = EventTagger.withShippedLexicon(KnowledgeBase.shipped().sectorPhrases());

    private static Event only(Scene scene) {
        List<Event> events = scene.events(TAGGER);
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void readsALegislatureWithItsNationalityAdjective() {
        Event e = only(new Scene("صادق البرلمان الكازاخستاني على الاتفاقية مع روسيا.").country("KAZ", "كازاخستان").country("RUS", "روسيا"));
        assertEquals("KAZ", e.source().country());
        assertEquals("LEG", e.source().sector());
        assertEquals("KAZ", e.source().entity());
        assertEquals("RUS", e.target().country());
    }

    @Test
    void readsMediaPastTheirOtherAdjectives() {
        Event e = only(new Scene("وهاجمت القنوات التلفزيونية الحكومية الروسية أوكرانيا.").country("RUS", "روسيا").country("UKR", "أوكرانيا"));
        assertEquals("RUS", e.source().country());
        assertEquals("MED", e.source().sector());
    }

    @Test
    void takesTheNameAfterATitleAsTheActor() {
        Event e = only(new Scene("التقى الرئيس التركي رجب أردوغان وزير الخارجية الروسي.")
                .country("TUR", "تركيا").person("p1", "TUR", List.of(), "رجب أردوغان").country("RUS", "روسيا"));
        assertEquals("p1", e.source().entity());
        assertEquals("GOV", e.source().sector());
        assertEquals("RUS", e.target().country());
    }
}
