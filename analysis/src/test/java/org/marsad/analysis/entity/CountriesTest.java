package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class CountriesTest {
    private final Countries countries = Countries.load();

    @Test
    void takesArabicAndEnglishNamesFromCldr() {
        NameEntry kaz = countries.byIso3("KAZ");
        assertEquals("كازاخستان", kaz.nameAr());
        assertEquals("Kazakhstan", kaz.nameEn());
        assertEquals(EntityType.GPE, kaz.type());
        assertEquals("KAZ", kaz.country());
    }

    @Test
    void coversEveryIsoRegion() {
        for (String iso3 : new String[] {"AFG", "CHN", "FRA", "RUS", "TUR", "USA", "YEM", "ZWE"}) {
            assertNotNull(countries.byIso3(iso3), iso3);
        }
        assertNull(countries.byIso3("XYZ"));
    }
}
