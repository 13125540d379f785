package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.TimexType;

class DateMentionsTest {

    /** An entity of {@code text} with a mention at each of {@code mentionWords}, looked up in order. */
    private static Entity entity(String text, EntityType type, String name, String kb, String... mentionWords) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (String word : mentionWords) {
            int at = text.indexOf(word, from);
            mentions.add(Mention.of(text, at, at + word.length(), MentionKind.NAME));
            from = at + word.length();
        }
        return new Entity("e1", type, name, null, kb, null, null, List.of(), 0.8, mentions);
    }

    private static Entity person(String text, String name, String... mentionWords) {
        return entity(text, EntityType.PERSON, name, null, mentionWords);
    }

    /** The date {@code phrase} at {@code at} of {@code text}. */
    private static DateExpression dateAt(String text, int at, String phrase, TimexType type, String value) {
        assertEquals(phrase, text.substring(at, at + phrase.length()));
        return new DateExpression("d1", at, at + phrase.length(), phrase, type, value, null, true);
    }

    private static DateExpression date(String text, String phrase) {
        return dateAt(text, text.indexOf(phrase), phrase, TimexType.DATE, "2014-11");
    }

    private static List<String> mentions(List<Entity> entities) {
        return entities.stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
    }

    @Test
    void dropsAFamilyNameReadIntoALongerDate() {
        String text = "وقال سامر الماضي إن الأسعار ارتفعت منذ نوفمبر الماضي. وأضاف الماضي أن السوق هادئة.";
        Entity samer = person(text, "سامر الماضي", "سامر الماضي", "الماضي", "الماضي");
        List<Entity> out = DateMentions.without(text, List.of(samer), List.of(date(text, "نوفمبر الماضي")));
        assertEquals(List.of("سامر الماضي", "الماضي"), mentions(out));
        assertEquals(text.indexOf("وأضاف الماضي") + "وأضاف ".length(), out.get(0).mentions().get(1).start(),
                "the mention after وأضاف stays");
    }

    @Test
    void dropsAMentionPastTheLettersGluedBeforeTheDate() {
        String text = "وتراجعت السوق في آذار (مارس) ونيسان (أبريل) من هذا العام.";
        Entity month = entity(text, EntityType.ORG, "ونيسان", null, "ونيسان");
        assertEquals(List.of(), DateMentions.without(text, List.of(month),
                List.of(date(text, "نيسان (أبريل) من هذا العام"))), "an entity left with no mention is left out");
        assertTrue(DateMentions.inOneOf(text, text.indexOf("ونيسان"), text.indexOf("ونيسان") + 6,
                List.of(date(text, "نيسان (أبريل)"))));
    }

    @Test
    void keepsAMentionThatIsAllOfADate() {
        String text = "وقال سامر الخميس إن السوق هادئة. وأضاف الخميس أن الأسعار مستقرة.";
        Entity samer = person(text, "سامر الخميس", "سامر الخميس", "الخميس");
        DateExpression thursday = dateAt(text, text.indexOf("الخميس أن"), "الخميس", TimexType.DATE, "2015-07-16");
        assertEquals(List.of("سامر الخميس", "الخميس"),
                mentions(DateMentions.without(text, List.of(samer), List.of(thursday))),
                "Thursday or Mr al-Khamis: the date reader does not decide");
    }

    @Test
    void findsNoNameThatOpensWordsBeforeTheDateInIt() {
        String text = "وزار سامر الماضي المعرض منذ نوفمبر الماضي.";
        DateExpression past = dateAt(text, text.indexOf("الماضي"), "الماضي", TimexType.DATE, "PAST_REF");
        assertFalse(DateMentions.inOneOf(text, text.indexOf("سامر"), past.end(), List.of(past)));
    }

    @Test
    void dropsADateInsideAKnownNameAndNumbersTheRestAgain() {
        String text = "سامر الحلبي – عين اليوم أعلنت الوزارة اليوم (الاثنين) أن الموسم بدأ.";
        Entity known = entity(text, EntityType.ORG, "عين اليوم", "AINALYOUM", "عين اليوم");
        List<DateExpression> times = List.of(
                dateAt(text, text.indexOf("اليوم"), "اليوم", TimexType.DATE, "2015-07-20"),
                dateAt(text, text.indexOf("اليوم (الاثنين)"), "اليوم (الاثنين)", TimexType.DATE, "2015-07-20"));
        List<DateExpression> out = DateMentions.outsideNames(times, List.of(known));
        assertEquals(List.of("اليوم (الاثنين)"), out.stream().map(DateExpression::text).toList());
        assertEquals("d1", out.get(0).id());
    }

    @Test
    void keepsADateThatIsAllOfAKnownNameOrInAnUnknownOne() {
        String text = "وقالت «اليوم» إن الموسم بدأ في سوق اليوم الجديد.";
        Entity known = entity(text, EntityType.ORG, "اليوم", "ALYAUM", "اليوم");
        Entity unknown = entity(text, EntityType.ORG, "سوق اليوم", null, "سوق اليوم");
        List<DateExpression> times = List.of(
                dateAt(text, text.indexOf("اليوم"), "اليوم", TimexType.DATE, "2015-07-20"),
                dateAt(text, text.indexOf("سوق اليوم") + 4, "اليوم", TimexType.DATE, "2015-07-20"));
        assertEquals(times, DateMentions.outsideNames(times, List.of(known, unknown)),
                "a date that is all of a known name stays; an unknown name decides nothing");
    }

    @Test
    void takesADateThatIsAllOfAFamilyNameForThePersonNamedInFull() {
        String text = "وقال سامر الخميس إن السوق هادئة. وكشف الخميس عن خطة جديدة.";
        DateExpression thursday = dateAt(text, text.indexOf("الخميس عن"), "الخميس", TimexType.DATE, "2015-07-16");
        Entity samer = person(text, "سامر الخميس", "سامر الخميس", "الخميس");
        assertEquals(List.of(), DateMentions.outsideNames(List.of(thursday), List.of(samer)));
        Entity sameer = person(text, "سامر", "سامر");
        assertEquals(List.of(thursday), DateMentions.outsideNames(List.of(thursday), List.of(sameer)),
                "no one named so: Thursday");
    }

    @Test
    void keepsAnAdverbOfTimeThatAWrongPersonsNameEndsWith() {
        String text = "وحقق سامر شهريا أرباحا. وتصل الأرباح إلى الملايين شهريا.";
        DateExpression monthly = dateAt(text, text.lastIndexOf("شهريا"), "شهريا", TimexType.SET, "P1M");
        Entity wrong = person(text, "سامر شهريا", "سامر شهريا", "شهريا");
        assertEquals(List.of(monthly), DateMentions.outsideNames(List.of(monthly), List.of(wrong)));
    }
}
