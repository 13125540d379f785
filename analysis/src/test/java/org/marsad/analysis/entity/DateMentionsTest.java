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

    private static Entity person(String text, String name, String... mentionWords) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (String word : mentionWords) {
            int at = text.indexOf(word, from);
            mentions.add(Mention.of(text, at, at + word.length(), MentionKind.NAME));
            from = at + word.length();
        }
        return new Entity("e1", EntityType.PERSON, name, null, null, null, null, List.of(), 0.8, mentions);
    }

    private static DateExpression date(String text, String phrase) {
        int at = text.indexOf(phrase);
        return new DateExpression("d1", at, at + phrase.length(), phrase, TimexType.DATE, "2014-11", null, true);
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
        Entity month = new Entity("e1", EntityType.ORG, "ونيسان", null, null, null, null, List.of(), 0.6,
                List.of(Mention.of(text, text.indexOf("ونيسان"), text.indexOf("ونيسان") + 6, MentionKind.NAME)));
        assertEquals(List.of(), DateMentions.without(text, List.of(month),
                List.of(date(text, "نيسان (أبريل) من هذا العام"))), "an entity left with no mention is left out");
        assertTrue(DateMentions.inOneOf(text, text.indexOf("ونيسان"), text.indexOf("ونيسان") + 6,
                List.of(date(text, "نيسان (أبريل)"))));
    }

    @Test
    void keepsAMentionThatIsAllOfADate() {
        String text = "وقال سامر الخميس إن السوق هادئة. وأضاف الخميس أن الأسعار مستقرة.";
        Entity samer = person(text, "سامر الخميس", "سامر الخميس", "الخميس");
        List<Entity> entities = List.of(samer);
        int at = text.indexOf("الخميس أن");
        DateExpression thursday = new DateExpression("d1", at, at + 6, "الخميس", TimexType.DATE, "2015-07-16", null,
                true);
        assertEquals(List.of("سامر الخميس", "الخميس"), mentions(DateMentions.without(text, entities, List.of(thursday))),
                "Thursday or Mr al-Khamis: the date reader does not decide");
    }

    @Test
    void findsNoNameThatOpensWordsBeforeTheDateInIt() {
        String text = "وزار سامر الماضي المعرض منذ نوفمبر الماضي.";
        int at = text.indexOf("سامر");
        DateExpression past = new DateExpression("d1", text.indexOf("الماضي"), text.indexOf("الماضي") + 6, "الماضي",
                TimexType.DATE, "PAST_REF", null, false);
        assertFalse(DateMentions.inOneOf(text, at, text.indexOf("الماضي") + 6, List.of(past)));
    }

    @Test
    void dropsADateInsideAKnownNameAndNumbersTheRestAgain() {
        String text = "سامر الحلبي – عين اليوم أعلنت الوزارة اليوم (الاثنين) أن الموسم بدأ.";
        int paper = text.indexOf("عين اليوم");
        Entity known = new Entity("e1", EntityType.ORG, "عين اليوم", "Ain Alyoum", "AINALYOUM", "SAU", "media",
                List.of(), 0.9, List.of(Mention.of(text, paper, paper + 9, MentionKind.NAME)));
        int today = text.indexOf("اليوم (الاثنين)");
        List<DateExpression> times = List.of(
                new DateExpression("d1", paper + 4, paper + 9, "اليوم", TimexType.DATE, "2015-07-20", null, true),
                new DateExpression("d2", today, today + 15, "اليوم (الاثنين)", TimexType.DATE, "2015-07-20", null,
                        true));
        List<DateExpression> out = DateMentions.outsideNames(times, List.of(known));
        assertEquals(List.of("اليوم (الاثنين)"), out.stream().map(DateExpression::text).toList());
        assertEquals("d1", out.get(0).id());
    }

    @Test
    void keepsADateThatIsAllOfAKnownNameOrInAnUnknownOne() {
        String text = "وقالت «اليوم» إن الموسم بدأ في سوق اليوم الجديد.";
        int paper = text.indexOf("اليوم");
        int market = text.indexOf("سوق اليوم");
        Entity known = new Entity("e1", EntityType.ORG, "اليوم", "Al Yaum", "ALYAUM", "SAU", "media", List.of(), 0.9,
                List.of(Mention.of(text, paper, paper + 5, MentionKind.NAME)));
        Entity unknown = new Entity("e2", EntityType.ORG, "سوق اليوم", null, null, null, null, List.of(), 0.6,
                List.of(Mention.of(text, market, market + 9, MentionKind.NAME)));
        List<DateExpression> times = List.of(
                new DateExpression("d1", paper, paper + 5, "اليوم", TimexType.DATE, "2015-07-20", null, true),
                new DateExpression("d2", market + 4, market + 9, "اليوم", TimexType.DATE, "2015-07-20", null, true));
        assertEquals(times, DateMentions.outsideNames(times, List.of(known, unknown)),
                "a date that is all of a known name stays; an unknown name decides nothing");
    }

    @Test
    void takesADateThatIsAllOfAFamilyNameForThePersonNamedInFull() {
        String text = "وقال سامر الخميس إن السوق هادئة. وكشف الخميس عن خطة جديدة.";
        Entity samer = person(text, "سامر الخميس", "سامر الخميس", "الخميس");
        int at = text.indexOf("الخميس عن");
        DateExpression thursday = new DateExpression("d1", at, at + 6, "الخميس", TimexType.DATE, "2015-07-16", null,
                true);
        assertEquals(List.of(), DateMentions.outsideNames(List.of(thursday), List.of(samer)));
        Entity sameer = person(text, "سامر", "سامر");
        assertEquals(List.of(thursday), DateMentions.outsideNames(List.of(thursday), List.of(sameer)),
                "no one named so: Thursday");
    }

    @Test
    void keepsAnAdverbOfTimeThatAWrongPersonsNameEndsWith() {
        String text = "وحقق سامر شهريا أرباحا. وتصل الأرباح إلى الملايين شهريا.";
        Entity wrong = person(text, "سامر شهريا", "سامر شهريا");
        int at = text.lastIndexOf("شهريا");
        DateExpression monthly = new DateExpression("d1", at, at + 5, "شهريا", TimexType.SET, "P1M", null, false);
        Entity withShort = new Entity("e1", EntityType.PERSON, "سامر شهريا", null, null, null, null, List.of(), 0.6,
                List.of(wrong.mentions().get(0), Mention.of(text, at, at + 5, MentionKind.NAME)));
        assertEquals(List.of(monthly), DateMentions.outsideNames(List.of(monthly), List.of(withShort)));
    }
}
