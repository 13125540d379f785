package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

class KnownAsTest {

    private static Entity person(String id, String text, String name, String kb) {
        int at = text.indexOf(name);
        return new Entity(id, EntityType.PERSON, name, null, kb, kb == null ? null : "IRQ", null, List.of(), 0.8,
                List.of(Mention.of(text, at, at + name.length(), MentionKind.NAME)));
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void joinsAPersonToTheKnownPersonHeIsKnownAs() {
        String text = "وكان سامر عواد الحلبي، المعروف باسم أبو بكر الشامي، قد أعلن ذلك.";
        List<Entity> joined = KnownAs.joined(text, List.of(person("e1", text, "سامر عواد الحلبي", null),
                person("e2", text, "أبو بكر الشامي", "P-SHAMI")));
        assertEquals(1, joined.size());
        assertEquals("P-SHAMI", joined.get(0).kb(), "the known person keeps his id");
        assertEquals("e2", joined.get(0).id());
        assertEquals(List.of("سامر عواد الحلبي", "أبو بكر الشامي"), mentions(joined.get(0)));
    }

    @Test
    void joinsANameGluedToBaAndOneInQuotationMarks() {
        String glued = "ولعب سامر عواد المعروف بفادي مع النادي.";
        assertEquals(1, KnownAs.joined(glued, List.of(person("e1", glued, "سامر عواد", null),
                person("e2", glued, "فادي", null))).size());
        String quoted = "وقال سمير الحلبي، المعروف أيضا باسم «حجي بكر»، إن الخطة جاهزة.";
        List<Entity> joined = KnownAs.joined(quoted, List.of(person("e1", quoted, "سمير الحلبي", null),
                person("e2", quoted, "حجي بكر", null)));
        assertEquals("سمير الحلبي", joined.get(0).name(), "neither known: the one named first stays");
    }

    @Test
    void joinsNothingKnownForSomethingElse() {
        String text = "وقال سامر الحلبي المعروف بتذوقه الطعام إن فادي جائع.";
        assertEquals(2, KnownAs.joined(text, List.of(person("e1", text, "سامر الحلبي", null),
                person("e2", text, "فادي", null))).size());
    }

    @Test
    void joinsNoKnownPersonWhoseNameGoesOnInTheNickname() {
        String text = "وانضم سامر الحلبي الملقب باسم \"أبو بكر الشامي الصغير\" إلى الفريق.";
        assertEquals(2, KnownAs.joined(text, List.of(person("e1", text, "سامر الحلبي", null),
                person("e2", text, "أبو بكر الشامي", "P-SHAMI"))).size());
    }

    @Test
    void neverJoinsTwoDifferentKnownPersons() {
        String text = "وكان سامر الحلبي، المعروف باسم أبو بكر الشامي، هناك.";
        assertEquals(2, KnownAs.joined(text, List.of(person("e1", text, "سامر الحلبي", "P-HALABI"),
                person("e2", text, "أبو بكر الشامي", "P-SHAMI"))).size());
    }
}
