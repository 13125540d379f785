package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

class BylinesTest {

    /** Entities of {@code typesAndNames} (type, name, type, name...), each mentioned at its first place in {@code text}. */
    private static List<Entity> entities(String text, Object... typesAndNames) {
        List<Entity> out = new ArrayList<>();
        for (int k = 0; k < typesAndNames.length; k += 2) {
            String name = (String) typesAndNames[k + 1];
            int at = text.indexOf(name);
            out.add(new Entity("e" + (k / 2 + 1), (EntityType) typesAndNames[k], name, null, null, null, null, List.of(),
                    0.9, List.of(Mention.of(text, at, at + name.length(), MentionKind.NAME))));
        }
        return out;
    }

    @Test
    void readsTheWritersBeforeADashAndThePaper() {
        String text = "سامر الحلبي، ورنا خليل – الأفق\nأعلنت الوزارة خطة جديدة.";
        List<Entity> entities = entities(text, EntityType.PERSON, "سامر الحلبي", EntityType.PERSON, "رنا خليل",
                EntityType.ORG, "الأفق", EntityType.ORG, "الوزارة");
        Bylines.Byline byline = Bylines.read(text, entities, List.of());
        assertEquals("سامر الحلبي، ورنا خليل – الأفق", byline.text());
        assertEquals(List.of("e1", "e2"), byline.writers());
    }

    @Test
    void readsABylineThatEndsAtAColonAndNamesThePublisherWithoutItsHeadNoun() {
        String text = "سامر الحلبي- الأفق- جدة: أعلنت الوزارة خطة جديدة للنقل في المدينة.";
        List<Entity> entities = entities(text, EntityType.PERSON, "سامر الحلبي", EntityType.GPE, "جدة");
        assertEquals("سامر الحلبي- الأفق- جدة", Bylines.read(text, entities, List.of("صحيفة الأفق")).text());
        assertNull(Bylines.read(text, entities, List.of()), "الأفق names no known publisher and is no mention");
    }

    @Test
    void readsWritersPartedByADash() {
        String text = "سامر الحلبي – رنا خليل: الأفق أعلنت الوزارة خطة جديدة.";
        List<Entity> entities = entities(text, EntityType.PERSON, "سامر الحلبي", EntityType.PERSON, "رنا خليل");
        assertEquals(List.of("e1", "e2"), Bylines.read(text, entities, List.of()).writers());
        String apart = "سامر الحلبي – جدة – رنا خليل: أعلنت الوزارة خطة جديدة.";
        assertNull(Bylines.read(apart, entities(apart, EntityType.PERSON, "سامر الحلبي", EntityType.GPE, "جدة",
                EntityType.PERSON, "رنا خليل"), List.of()), "writers stand together");
    }

    @Test
    void readsADeskWordAfterTheWriter() {
        String text = "رنا خليل – متابعات\nفاز الفريق بالمباراة.";
        assertEquals(List.of("e1"), Bylines.read(text, entities(text, EntityType.PERSON, "رنا خليل"), List.of()).writers());
    }

    @Test
    void readsNoBylineFromAFirstSentence() {
        String sentence = "قال سامر الحلبي – وزير النقل – إن الخطة جاهزة.";
        assertNull(Bylines.read(sentence, entities(sentence, EntityType.PERSON, "سامر الحلبي"), List.of()));
        String noDash = "سامر الحلبي\nأعلنت الوزارة خطة جديدة.";
        assertNull(Bylines.read(noDash, entities(noDash, EntityType.PERSON, "سامر الحلبي"), List.of()));
        String noPerson = "الأفق – جدة\nأعلنت الوزارة خطة جديدة.";
        assertNull(Bylines.read(noPerson, entities(noPerson, EntityType.ORG, "الأفق", EntityType.GPE, "جدة"), List.of()));
    }

    @Test
    void readsNoBylineFromALineLongerThanOne() {
        String text = "سامر الحلبي – جدة " + "وأعلنت الوزارة أمس خطة جديدة للنقل العام في المدينة وما حولها من القرى والبلدات.\nثم";
        assertNull(Bylines.read(text, entities(text, EntityType.PERSON, "سامر الحلبي", EntityType.GPE, "جدة"), List.of()));
    }

    @Test
    void givesTheWritersTheirRoleUnlessTheyHaveOne() {
        String text = "سامر الحلبي – جدة\nأعلنت الوزارة خطة جديدة.";
        List<Entity> entities = entities(text, EntityType.PERSON, "سامر الحلبي", EntityType.GPE, "جدة");
        List<Entity> written = Bylines.withWriters(entities, Bylines.read(text, entities, List.of()));
        assertEquals(List.of(Bylines.WRITER), written.get(0).roles());
        assertEquals(List.of(), written.get(1).roles());
    }
}
