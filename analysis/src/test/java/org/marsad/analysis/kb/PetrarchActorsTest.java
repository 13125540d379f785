package org.marsad.analysis.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.data.TsvTable;

class PetrarchActorsTest {
    /** Lines in the dictionary's layout, made up for the test. */
    private static final String DICT = String.join("\n",
            "سامر_وديع_قاسم_",
            "\t[XAAGOV 20010101-20050101]",
            "\t[XAAMIL 20060101-18000101]",
            "سامر_وديع_قاسم_  [XAACVL 19900101-19950101]",
            "وزير_دفاع_زمردي_  [XAAGOV 20010101-20050101]",
            "قاسم  [XAAGOV 20010101-20050101]",
            "نادر_Smith_  [XAAGOV 20010101-20050101]",
            " جميل_سليم_  [XAAGOV]",
            "كريم_ناصر_",
            "\t[IGO > 20100101]",
            "زمرد_الكبرى_  [XAA 20010101-20050101]",
            "أبو_زيد_  [XAAREB 20010101-20050101]",
            "عبد_الكريم_  [XAAGOV 20010101-20050101]",
            "هاني_زمردي_  [XAAGOV 20010101-20050101]",
            "");
    private static final String AGENTS = "SOLDIER [~MIL]جندي\nFARMER [~AGR] # ? مزارع\n";

    private static List<TsvTable.Row> convert() {
        PetrarchActors.Result r = PetrarchActors.convert(DICT, AGENTS, Set.of("زمردي"), "XAA"::equals);
        return TsvTable.parse(r.tsv(), "petrarch", 3);
    }

    @Test
    void startsWithTheLicenceLine() {
        PetrarchActors.Result r = PetrarchActors.convert(DICT, AGENTS, Set.of(), "XAA"::equals);
        assertTrue(r.tsv().startsWith(PetrarchActors.LICENCE_LINE + "\n"));
        assertEquals(11, r.read());
    }

    @Test
    void keepsPersonNamesWithSpacesForUnderscoresAndTheLatestCode() {
        List<TsvTable.Row> rows = convert();
        assertEquals(List.of("سامر وديع قاسم", "كريم ناصر"), rows.stream().map(r -> r.column(2)).toList());
        TsvTable.Row samer = rows.get(0);
        assertEquals("PERSON", samer.column(1));
        assertEquals("XAA", samer.column(5));
        assertEquals("MIL", samer.column(7));
        assertEquals("PETR-0001", samer.column(0));
    }

    @Test
    void mapsIgoCodesToNoCountry() {
        TsvTable.Row karim = convert().get(1);
        assertEquals("-", karim.column(5));
        assertEquals("IGO", karim.column(7));
    }

    @Test
    void dropsTitlesSingleWordsLatinUndatedKunyasGivenNamesAndPlaces() {
        String tsv = PetrarchActors.convert(DICT, AGENTS, Set.of("زمردي"), "XAA"::equals).tsv();
        for (String gone : new String[] {"وزير", "\tقاسم\t", "Smith", "جميل سليم", "زمرد الكبرى", "أبو زيد", "عبد الكريم",
                "هاني زمردي"}) {
            assertTrue(!tsv.contains(gone), gone);
        }
    }

    @Test
    void readsAgentWordsWithAndWithoutTheArticle() {
        assertEquals(Set.of("جندي", "مزارع"), PetrarchActors.agentWords(AGENTS));
        assertTrue(PetrarchActors.agentWords("X [~REF]النازحين").contains("نازحين"));
    }

    @Test
    void shipsAGeneratedFileThatLoadsAndCarriesItsLicence() throws Exception {
        try (var in = KnowledgeBase.class.getResourceAsStream(KnowledgeBase.PETRARCH);
             var notice = KnowledgeBase.class.getResourceAsStream("NOTICE-petrarch.txt")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.startsWith(PetrarchActors.LICENCE_LINE + "\n"));
            assertTrue(new String(notice.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("MIT License"));
        }
        KnowledgeBase kb = KnowledgeBase.shipped();
        long petrarch = kb.entries().stream().filter(e -> e.kb().startsWith("PETR-")).count();
        assertTrue(petrarch > 300, "imported persons: " + petrarch);
        assertTrue(kb.entries().stream().filter(e -> e.kb().startsWith("PETR-"))
                .allMatch(e -> e.nameAr().split(" ").length >= 2));
    }
}
