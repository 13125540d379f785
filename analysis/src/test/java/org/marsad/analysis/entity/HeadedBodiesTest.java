package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

class HeadedBodiesTest {

    private static Entity person(String name, String country, String... roles) {
        return new Entity("p" + name.length(), EntityType.PERSON, name, null, null, country, null, List.of(roles), 0.6,
                List.of(new Mention(0, name.length(), name, MentionKind.NAME)));
    }

    private static Entity body(String name, String kb, String country, Mention... mentions) {
        List<Mention> all = mentions.length > 0 ? List.of(mentions)
                : List.of(new Mention(100, 100 + name.length(), name, MentionKind.NAME));
        return new Entity("o" + name.length(), EntityType.ORG, name, null, kb, country, null, List.of(), 0.7, all);
    }

    private static Mention mention(int start, String text, MentionKind kind) {
        return new Mention(start, start + text.length(), text, kind);
    }

    /** The country {@link HeadedBodies#withCountries} gives the body named {@code name} among {@code entities}. */
    private static String countryOf(String name, Entity... entities) {
        return HeadedBodies.withCountries(List.of(entities)).stream().filter(e -> e.name().equals(name))
                .findFirst().orElseThrow().country();
    }

    @Test
    void givesABodyTheCountryOfItsHead() {
        assertEquals("KAZ", countryOf("مجموعة تقييم المخاطر", person("دوسيم ساتباييف", "KAZ", "المحلل السياسي",
                "مدير مجموعة تقييم المخاطر"), body("مجموعة تقييم المخاطر", null, null)));
        assertEquals("TUN", countryOf("حركة الشعب", person("سامر خليل", "TUN", "الأمين العام لحركة الشعب"),
                body("حركة الشعب", null, null)), "ل glued to the body's name");
        assertEquals("USA", countryOf("سبيس إكس", person("سامر خليل", "USA", "الرئيس التنفيذي لشركة سبيس إكس"),
                body("سبيس إكس", null, null)), "the noun of the body's kind before its name");
        assertEquals("FRA", countryOf("الجبهة الوطنية", person("سامرة خليل", "FRA", "رئيسة الجبهة الوطنية"),
                body("الجبهة الوطنية", null, null)), "a woman's office");
    }

    @Test
    void readsTheBodysNameInAnyMentionByName() {
        Entity body = body("مجموعة تقييم المخاطر", null, null, mention(100, "المجموعة", MentionKind.NOMINAL),
                mention(120, "مجموعة تقييم المخاطر", MentionKind.NAME), mention(150, "«المخاطر»", MentionKind.NAME));
        assertEquals("KAZ", countryOf("مجموعة تقييم المخاطر", person("سامر خليل", "KAZ", "مدير «المخاطر»"), body));
        assertNull(countryOf("مجموعة تقييم المخاطر", person("سامر خليل", "KAZ", "مدير المجموعة"), body),
                "a noun that refers back may refer wrongly");
    }

    @Test
    void takesNoCountryFromACoach() {
        assertNull(countryOf("نادي الأمل", person("سامر خليل", "GRC", "المدير الفني لنادي الأمل"),
                body("نادي الأمل", null, null)));
    }

    @Test
    void takesNoCountryFromHeadsWhoDisagree() {
        assertNull(countryOf("حركة الشعب", person("سامر خليل", "TUN", "الأمين العام لحركة الشعب"),
                person("فادي سالم", "DZA", "رئيس حركة الشعب"), body("حركة الشعب", null, null)));
        assertEquals("TUN", countryOf("حركة الشعب", person("سامر خليل", "TUN", "الأمين العام لحركة الشعب"),
                person("فادي سالم", "TUN", "رئيس حركة الشعب"), body("حركة الشعب", null, null)), "two who agree");
    }

    @Test
    void takesNoCountryFromAnOfficeThatIsNoHeads() {
        assertNull(countryOf("حركة الشعب", person("سامر خليل", "TUN", "عضو حركة الشعب"),
                body("حركة الشعب", null, null)));
        assertNull(countryOf("حركة الشعب", person("سامر خليل", "TUN", "رئيس مكتب حركة الشعب"),
                body("حركة الشعب", null, null)), "the head of a part of it");
    }

    @Test
    void leavesKnownInternationalAndPlacedBodiesAlone() {
        Entity head = person("سامر خليل", "EGY", "رئيس اللجنة الدولية للتحكيم", "رئيس الاتحاد العربي للتنس",
                "رئيس الأمم المتحدة", "رئيس هيئة القناة");
        assertNull(countryOf("اللجنة الدولية للتحكيم", head, body("اللجنة الدولية للتحكيم", null, null)));
        assertNull(countryOf("الاتحاد العربي للتنس", head, body("الاتحاد العربي للتنس", null, null)));
        assertNull(countryOf("الأمم المتحدة", head, body("الأمم المتحدة", "UN", null)), "a body of the knowledge base");
        assertEquals("PAN", countryOf("هيئة القناة", head, body("هيئة القناة", null, "PAN")), "a country already");
        assertEquals("EGY", countryOf("هيئة القناة", head, body("هيئة القناة", null, null)));
    }

    @Test
    void takesNoCountryFromAPersonWithout() {
        assertNull(countryOf("هيئة القناة", person("سامر خليل", null, "رئيس هيئة القناة"),
                body("هيئة القناة", null, null)));
    }
}
