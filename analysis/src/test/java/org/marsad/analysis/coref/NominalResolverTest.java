package org.marsad.analysis.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.marsad.analysis.Fixtures;
import org.marsad.analysis.Words;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.junit.jupiter.api.Test;

class NominalResolverTest {
    private static final NominalResolver RESOLVER = NominalResolver.withShippedNouns();

    private static List<Entity> resolve(String text, Entity... entities) {
        return RESOLVER.resolve(text, Words.of(text), List.of(entities));
    }

    @Test
    void linksDefiniteNounToTheNearestEntityOfItsSubtype() {
        String text = "نشرت صحيفة الأيام تقريرا مطولا. وقالت الصحيفة إن المفاوضات متعثرة.";
        Entity paper = Fixtures.entity(text, "e1", EntityType.ORG, "media", "الأيام");
        Entity resolved = resolve(text, paper).get(0);
        assertEquals(List.of("الأيام", "الصحيفة"), resolved.mentions().stream().map(Mention::text).toList());
        assertEquals(MentionKind.NOMINAL, resolved.mentions().get(1).kind());
    }

    @Test
    void ignoresEntitiesOfOtherSubtypes() {
        String text = "زار وفد من شركة النور المدينة. وقالت الصحيفة إن الزيارة ناجحة.";
        Entity company = Fixtures.entity(text, "e1", EntityType.ORG, "company", "شركة النور");
        assertEquals(1, resolve(text, company).get(0).mentions().size());
    }

    @Test
    void leavesNounWithoutAntecedentAlone() {
        String text = "وقالت الصحيفة إن الطقس سيتحسن. ونقلت صحيفة الأيام الخبر.";
        Entity paper = Fixtures.entity(text, "e1", EntityType.ORG, "media", "الأيام");
        assertEquals(1, resolve(text, paper).get(0).mentions().size());
    }

    @Test
    void treatsNounBeforeTheNameAsDescriptor() {
        String text = "نشرت الأيام خبرا. ثم عادت الصحيفة الأسبوعية الأيام إلى الموضوع.";
        Entity paper = Fixtures.entity(text, "e1", EntityType.ORG, "media", "الأيام");
        assertEquals(2, resolve(text, paper).get(0).mentions().size());
    }

    @Test
    void acceptsCliticsOnTheNoun() {
        String text = "أجرت قناة الفجر مقابلة مع الوزير. وقال للقناة إن الحوار مستمر.";
        Entity channel = Fixtures.entity(text, "e1", EntityType.ORG, "media", "الفجر");
        assertEquals("لقناة", resolve(text, channel).get(0).mentions().get(1).text());
    }
}
