package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.marsad.analysis.Words;
import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class ProductNamesTest {

    /** The proposal over the first occurrence of {@code proposed} in {@code text}, retyped. */
    private static Proposal retyped(String text, String proposed, EntityType type) {
        int at = text.indexOf(proposed);
        return ProductNames.retype(text, Words.of(text), new Proposal(at, at + proposed.length(), type, 0.8));
    }

    private static String named(String text, Proposal p) {
        return text.substring(p.start(), p.end());
    }

    @Test
    void retypesAPersonThatIsAListedProduct() {
        String text = "وأطلقت الشركة هاتف غالاكسي نوت الجديد في الأسواق";
        Proposal p = retyped(text, "غالاكسي نوت", EntityType.PERSON);
        assertEquals(EntityType.MISC, p.type());
        assertEquals("غالاكسي نوت", named(text, p), "the model's word after the name stays");
        String bank = "ورفع بنك جولدمان ساكس توقعاته للنمو";
        assertEquals(EntityType.ORG, retyped(bank, "جولدمان ساكس", EntityType.PERSON).type(), "a firm");
    }

    @Test
    void startsTheRetypedNameAtTheProduct() {
        String text = "ظهرت صور مسربة لهاتف بلاك بيري الجديد";
        Proposal p = retyped(text, "لهاتف بلاك بيري", EntityType.PERSON);
        assertEquals("بلاك بيري", named(text, p), "the noun of its kind is left out");
        String games = "وتعمل اللعبة على أجهزة بلاي ستيشن وإكس بوكس";
        Proposal console = retyped(games, "وإكس بوكس", EntityType.PERSON);
        assertEquals("إكس بوكس", named(games, console), "the conjunction is left out");
        assertEquals(EntityType.MISC, console.type());
    }

    @Test
    void leavesOtherPersonsAndTypesAlone() {
        String text = "وقال سامي بوكس إن الموسم صعب";
        Proposal person = new Proposal(text.indexOf("سامي"), text.indexOf(" إن"), EntityType.PERSON, 0.8);
        assertSame(person, ProductNames.retype(text, Words.of(text), person), "بوكس alone is no listed name");
        String org = "وأعلنت سبيس إكس عن رحلة جديدة";
        assertEquals(EntityType.ORG, retyped(org, "سبيس إكس", EntityType.ORG).type());
        String misc = "ويباع جهاز آيباد في المتاجر";
        assertEquals(EntityType.LOC, retyped(misc, "آيباد", EntityType.LOC).type(), "only persons are retyped");
    }
}
