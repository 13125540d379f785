package org.marsad.analysis.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.clean.BoilerplateRemover;
import org.marsad.analysis.entity.EntityTagger;
import org.marsad.analysis.entity.IdSequence;
import org.marsad.analysis.entity.SectorPhrases;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/** The knowledge base's entities on the seed article (../shared), tagged directly on its cleaned text. */
class SeedAcceptanceTest {
    private static final Path SEED = Path.of("../../shared/seed/000_db3b0fee7140d4de.txt");
    private static String text;
    private static List<Span> words;
    private static List<String> normalized;
    private static List<Entity> entities;

    @BeforeAll
    static void tagSeed() throws Exception {
        assumeTrue(Files.exists(SEED), "seed article absent (" + SEED.toAbsolutePath() + "): skipping the seed acceptance test");
        text = BoilerplateRemover.withShippedCues().clean(Files.readString(SEED), null).text();
        words = new java.util.ArrayList<>();
        normalized = new java.util.ArrayList<>();
        for (Token t : Tokenizer.tokenize(text)) {
            if (t.type().isWord()) {
                words.add(new Span(t.start(), t.end()));
                normalized.add(ArabicNormalizer.normalize(text.substring(t.start(), t.end())));
            }
        }
        entities = KnowledgeBase.shipped().tagger().tag(text, words, normalized, new IdSequence("e"),
                EntityTagger.dateOf("2022-01-04"), List.of());
    }

    private static Entity named(String name) {
        return entities.stream().filter(e -> e.name().equals(name) || e.mentions().stream().anyMatch(m -> m.text().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities.stream().map(Entity::name).toList()));
    }

    private static List<String> mentionTexts(Entity e, MentionKind kind) {
        return e.mentions().stream().filter(m -> m.kind() == kind).map(Mention::text).distinct().toList();
    }

    @Test
    void findsTheMediaWithTheirCountry() {
        Entity lemonde = named("لوموند");
        assertEquals(EntityType.ORG, lemonde.type());
        assertEquals("media", lemonde.subtype());
        assertEquals("FRA", lemonde.country());
        assertEquals(List.of("الصحيفة"), mentionTexts(lemonde, MentionKind.NOMINAL));
        assertEquals("media", named("عربي21").subtype());
    }

    @Test
    void linksTheOrganizationsToTheirIds() {
        assertEquals("NATO", named("الناتو").kb());
        assertEquals("CSTO", named("منظمة معاهدة الأمن الجماعي").kb());
        assertEquals("OTS", named("منظمة الدول التركية").kb());
    }

    @Test
    void findsTheCountriesWithMoscowStandingForRussia() {
        Map<String, String> countries = Map.of("كازاخستان", "KAZ", "تركيا", "TUR", "روسيا", "RUS", "الصين", "CHN",
                "فرنسا", "FRA", "الولايات المتحدة", "USA", "أفغانستان", "AFG");
        countries.forEach((name, iso) -> {
            Entity e = named(name);
            assertEquals(EntityType.GPE, e.type(), name);
            assertEquals(iso, e.country(), name);
        });
        assertTrue(mentionTexts(named("روسيا"), MentionKind.METONYM).contains("موسكو"));
    }

    @Test
    void findsTheRegions() {
        assertEquals(EntityType.LOC, named("آسيا الوسطى").type());
        Entity crimea = named("شبه جزيرة القرم");
        assertEquals(EntityType.LOC, crimea.type());
        assertEquals("UKR", crimea.country());
    }

    @Test
    void findsThePresidentWithHisRoleAndSurname() {
        Entity tokayev = named("قاسم جومارت توكاييف");
        assertEquals(EntityType.PERSON, tokayev.type());
        assertEquals("KAZ", tokayev.country());
        assertEquals(List.of("الرئيس"), tokayev.roles());
        assertEquals(List.of("قاسم جومارت توكاييف", "توكاييف"), mentionTexts(tokayev, MentionKind.NAME));
    }

    @Test
    void findsTheNationalityAdjectives() {
        Map<String, String> adjectives = Map.of("الكازاخستاني", "KAZ", "الكازاخستانية", "KAZ", "الكازاخستانيين", "KAZ",
                "الروسية", "RUS", "الروسي", "RUS", "الصيني", "CHN", "أمريكية", "USA", "الفرنسية", "FRA", "الأوكراني", "UKR");
        Map<String, String> found = entities.stream().flatMap(e -> e.mentions().stream()
                        .filter(m -> m.kind() == MentionKind.ADJECTIVE).map(m -> Map.entry(m.text(), e.kb())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        adjectives.forEach((adj, iso) -> assertEquals(iso, found.get(adj), adj));
        assertEquals(List.of("الأوكراني", "الأوكرانية"), mentionTexts(named("أوكرانيا"), MentionKind.ADJECTIVE));
    }

    @Test
    void makesNoEntityOfCommonWords() {
        for (Entity e : entities) {
            assertNotNull(e.kb(), e.name());
            assertTrue(!e.kb().startsWith("PETR-"), "an imported name matched the seed: " + e.name());
        }
    }

    @Test
    void findsTheSectorPhrases() {
        SectorPhrases phrases = KnowledgeBase.shipped().sectorPhrases();
        List<String> found = phrases.find(text, words, normalized).stream()
                .map(p -> text.substring(p.start(), p.end()) + "=" + p.sector() + "/" + p.country()).toList();
        for (String want : new String[] {"البرلمان الكازاخستاني=LEG/KAZ", "الحكومة الكازاخستانية=GOV/KAZ",
                "السلطات الكازاخستانية=GOV/KAZ", "القنوات التلفزيونية الحكومية الروسية=MED/RUS", "موسكو=GOV/RUS"}) {
            assertTrue(found.contains(want), want + " not in " + found);
        }
    }
}
