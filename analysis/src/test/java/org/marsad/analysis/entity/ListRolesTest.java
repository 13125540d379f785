package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

class ListRolesTest {

    /** The roles {@link ListRoles} gives the persons named {@code names} in {@code text}, in order. */
    private static List<List<String>> roles(String text, String... names) {
        List<Entity> persons = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            persons.add(new Entity("e" + persons.size(), EntityType.PERSON, name, null, null, null, null, List.of(),
                    0.8, List.of(Mention.of(text, at, at + name.length(), MentionKind.NAME))));
        }
        return ListRoles.attach(text, Words.of(text), persons).stream().map(Entity::roles).toList();
    }

    @Test
    void givesEachPersonOfAListThePluralsRole() {
        assertEquals(List.of(List.of("اللاعب"), List.of("اللاعب")),
                roles("وغاب عن التدريبات اللاعبين سامر الحلبي وفادي خليل بسبب الإصابة.", "سامر الحلبي", "فادي خليل"));
    }

    @Test
    void readsTheDualAndTheFeminineAndSkipsTheAdjectives() {
        assertEquals(List.of(List.of("الشاعر"), List.of("الشاعر")),
                roles("وشارك الشاعران سامر الحلبي، وفادي خليل في الأمسية.", "سامر الحلبي", "فادي خليل"));
        assertEquals(List.of(List.of("الفنانة")), roles("وغنت الفنانتان سلمى الحلبي مع الفرقة.", "سلمى الحلبي"));
        assertEquals(List.of(List.of("الحكم")), roles("وأدار المباراة الحكمين الدوليين سامر الحلبي بنجاح.", "سامر الحلبي"));
    }

    @Test
    void readsAKafOfLikenessGluedToTheFirstName() {
        assertEquals(List.of(List.of("الممثل"), List.of("الممثل")),
                roles("وشارك في الحفل جمع من الممثلين كسامر الحلبي وفادي خليل.", "سامر الحلبي", "فادي خليل"));
    }

    @Test
    void endsTheListAtAnythingButACommaOrWaw() {
        assertEquals(List.of(List.of("اللاعب"), List.of()),
                roles("وغاب اللاعبين سامر الحلبي بسبب الإصابة، وقال المدرب فادي خليل إن الأمر صعب.", "سامر الحلبي",
                        "فادي خليل"));
    }

    @Test
    void givesNoRoleOfATeamsDual() {
        assertEquals(List.of(List.of()), roles("وتعادل الفريقين سامر الحلبي في المباراة.", "سامر الحلبي"));
    }
}
