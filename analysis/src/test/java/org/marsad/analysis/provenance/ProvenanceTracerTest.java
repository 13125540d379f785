package org.marsad.analysis.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.analysis.Fixtures;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.analysis.quote.QuoteTagger;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

class ProvenanceTracerTest {
    private static final ProvenanceTracer TRACER = ProvenanceTracer.withShippedCues();

    private static Provenance trace(String text, String publisher, Entity... entities) {
        List<Entity> list = List.of(entities);
        List<Quote> quotes = QuoteTagger.withShippedCues().tag(text, SentenceSplitter.split(text), Words.of(text), new MentionIndex(list));
        return TRACER.trace(text, Words.of(text), list, quotes, publisher);
    }

    private static List<String> chain(Provenance p) {
        return p.chain().stream().map(Provenance.Link::entity).toList();
    }

    @Test
    void putsRelayBeforeTheOriginalSource() {
        String text = "تناول تقرير في صحيفة النهار أزمة الكهرباء. وقالت النهار إن الانقطاع سيطول. وفق ما نقل موقع \"الرصد\".";
        Entity original = Fixtures.entity(text, "e1", EntityType.ORG, "media", "النهار");
        Entity relay = Fixtures.entity(text, "e2", EntityType.ORG, "media", "الرصد");
        Provenance p = trace(text, "e9", original, relay);
        assertEquals(List.of("e2", "e1"), chain(p));
        assertEquals("وفق ما نقل موقع", p.chain().get(0).cue().text());
        assertEquals("e9", p.publisher());
    }

    @Test
    void findsARelayedOutletWhoseNameBeginsWithADescriptor() {
        String text = "أعلنت الحكومة خطة جديدة للنقل، وفق ما نقلت وكالة الأنباء الشرقية عن مصدر رسمي.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, "media", "وكالة الأنباء الشرقية");
        Provenance p = trace(text, null, agency);
        assertEquals(List.of("e1"), chain(p));
        assertEquals("وفق ما نقلت", p.chain().get(0).cue().text());
    }

    @Test
    void readsAMediumAfterAccordingToAsARelay() {
        String text = "ارتفعت أسعار القمح أمس. وبحسب \"الشرق\"، فقد قال وزير الزراعة سامي خليل إن المحصول تراجع.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, "media", "الشرق");
        Entity minister = Fixtures.entity(text, "e2", EntityType.PERSON, null, "سامي خليل");
        Provenance p = trace(text, null, agency, minister);
        assertEquals(List.of("e1"), chain(p), "the agency relays the minister's words");
        assertEquals("بحسب", p.chain().get(0).cue().text());
    }

    @Test
    void readsNoOtherOrganizationAfterAccordingToAsARelay() {
        String text = "ارتفعت أسعار القمح أمس، بحسب وزارة الزراعة.";
        Entity ministry = Fixtures.entity(text, "e1", EntityType.ORG, "ministry", "وزارة الزراعة");
        assertEquals(List.of(), chain(trace(text, null, ministry)), "a ministry is a source, no outlet");
    }

    @Test
    void readsBracketedAgencyAsDateline() {
        String text = "بيروت (وكالة الشرق) - أعلنت الحكومة خطة للطوارئ.";
        Entity agency = Fixtures.entity(text, "e1", EntityType.ORG, "media", "وكالة الشرق");
        Provenance p = trace(text, null, agency);
        assertEquals(List.of("e1"), chain(p));
        assertEquals("(وكالة الشرق)", p.chain().get(0).cue().text());
    }

    @Test
    void neverLinksThePublisherToItself() {
        String text = "وفق ما نقلت صحيفة الغد عن مصادرها.";
        Entity paper = Fixtures.entity(text, "e1", EntityType.ORG, "media", "الغد");
        assertTrue(trace(text, "e1", paper).chain().isEmpty());
    }

    @Test
    void ignoresOrganizationsThatAreNotMedia() {
        String text = "وقالت وزارة الخارجية إن السفير استدعي.";
        Entity ministry = Fixtures.entity(text, "e1", EntityType.ORG, "ministry", "وزارة الخارجية");
        assertTrue(trace(text, null, ministry).chain().isEmpty());
    }

    @Test
    void takesNoGovernmentAgencyForAnOutlet() {
        String text = "وقال البنك المركزي الشرقي إن الأسعار مستقرة.";
        Entity bank = Fixtures.entity(text, "e1", EntityType.ORG, "agency", "البنك المركزي الشرقي");
        assertEquals(List.of(), chain(trace(text, null, bank)), "the knowledge base's agency is a body of government");
    }
}
