package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.article.EntityType;
import org.junit.jupiter.api.Test;

class BlessedNamesTest {
    private static final NameEntry PROPHET = new NameEntry("P-PROPHET", EntityType.PERSON, "النبي محمد", "Prophet Muhammad",
            null, null);
    private static final BlessedNames BLESSED = BlessedNames.shipped(List.of(PROPHET));

    private static NameEntry afterName(String text) {
        return BLESSED.after(text, text.indexOf("محمد") + "محمد".length());
    }

    @Test
    void namesThePersonOfABlessingRightAfterAName() {
        assertEquals(PROPHET, afterName("وسنة نبيه محمد صلى الله عليه وسلم."));
        assertEquals(PROPHET, afterName("وسنة نبيه محمد صلّى الله عليه وسلّم."), "diacritics aside");
    }

    @Test
    void readsTheBlessingAfterBracketsOrDashes() {
        assertEquals(PROPHET, afterName("لرسول الله محمد (صلى الله عليه وسلم)."));
        assertEquals(PROPHET, afterName("وسنة نبيه محمد - صلى الله عليه وسلم -."));
    }

    @Test
    void readsTheBlessingWrittenAsOneSign() {
        assertEquals(PROPHET, afterName("بمولد النبي محمد ﷺ غدا."));
    }

    @Test
    void namesNoOneWithoutTheBlessingOrWhereTheNameGoesOn() {
        assertNull(afterName("وقال محمد العلي إن الاحتفال يبدأ غدا."));
        assertNull(afterName("وقال محمد رحمه الله إن الاحتفال يبدأ غدا."), "a blessing said of many");
        assertNull(BLESSED.after("وقال محمدصلى الله عليه وسلم", 8), "no word boundary");
        assertNull(afterName("خطبة الجمعة محمد صلاح"), "a text ending shorter than the blessing after a name");
    }

    @Test
    void tellsWhetherABlessingMayStandInATextAtAll() {
        String blessed = "وسنة نبيه محمد صلى الله عليه وسلم.";
        assertTrue(BLESSED.mayOccurIn(blessed, org.marsad.analysis.Words.of(blessed).normalized()));
        String sign = "بمولد النبي محمد ﷺ غدا.";
        assertTrue(BLESSED.mayOccurIn(sign, org.marsad.analysis.Words.of(sign).normalized()));
        String plain = "وقال محمد العلي إن الاحتفال يبدأ غدا.";
        assertFalse(BLESSED.mayOccurIn(plain, org.marsad.analysis.Words.of(plain).normalized()));
    }

    @Test
    void namesNoOneTheKnowledgeBaseLacks() {
        assertNull(BlessedNames.shipped(List.of()).after("نبيه محمد صلى الله عليه وسلم", 9));
    }

    @Test
    void givesEveryShippedBlessingAKnownPerson() {
        assertEquals(List.of(), BlessedNames.unknownIds(KnowledgeBase.shipped().entries()));
    }
}
