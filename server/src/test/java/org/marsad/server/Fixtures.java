package org.marsad.server;

import java.util.List;
import org.marsad.article.Actor;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.EventMode;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.Source;
import org.marsad.article.TextSpan;
import org.marsad.article.TimexType;
import org.marsad.text.Span;

/** Hand-built analysed articles for the server tests: a Kazakhstan–Turkey article and a hostile one. */
final class Fixtures {
    static final String HOSTILE_TITLE = "<script>alert('title')</script> \"><img src=x onerror=alert(1)> عنوان";
    static final String HOSTILE_TEXT = "قال الرئيس \"<b>مرحبا</b>' onmouseover='alert(2)\" في أنقرة <script>alert(3)</script>.";

    private Fixtures() {
    }

    static AnalyzedArticle kazakhstanTurkey() {
        String text = "وقّعت كازاخستان اتفاقية تعاون مع تركيا في 22 ديسمبر.\nوقال الرئيس قاسم جومارت توكاييف: \"نحن شركاء\".";
        Entity kaz = entity("e1", EntityType.GPE, "كازاخستان", "Kazakhstan", "KAZ", "KAZ", text, "كازاخستان");
        Entity tur = entity("e2", EntityType.GPE, "تركيا", "Turkey", "TUR", "TUR", text, "تركيا");
        Entity person = entity("e3", EntityType.PERSON, "قاسم جومارت توكاييف", null, null, "KAZ", text, "قاسم جومارت توكاييف");
        int q = text.indexOf("نحن شركاء");
        Quote quote = new Quote("q1", q, q + "نحن شركاء".length(), "نحن شركاء", true,
                TextSpan.of(text, text.indexOf("وقال") + 1, text.indexOf("وقال") + 4), "e3", "الرئيس قاسم جومارت توكاييف", 0.9);
        int d = text.indexOf("22 ديسمبر");
        DateExpression date = new DateExpression("d1", d, d + "22 ديسمبر".length(), "22 ديسمبر", TimexType.DATE, "2024-12-22", null, true);
        int t = text.indexOf("وقّعت");
        Event event = new Event("v1", "AGREE", "057", 8.0, new Actor("e1", "KAZ", "GOV", "كازاخستان"),
                new Actor("e2", "TUR", "GOV", "تركيا"), TextSpan.of(text, t, t + "وقّعت".length()), 0, "d1", null, EventMode.ASSERTED, 0.8);
        return new AnalyzedArticle("kaz-tur-1", "test", new Source("وكالة الاختبار", "https://example.org/1", null), "2024-12-23",
                "كازاخستان وتركيا توقعان اتفاقية", null, "ar", text, List.of(), sentences(text), List.of(kaz, tur, person),
                List.of(date), List.of(quote), List.of(event), new Provenance(null, List.of()));
    }

    static AnalyzedArticle hostile() {
        String text = HOSTILE_TEXT;
        Entity ankara = entity("e1", EntityType.GPE, "أنقرة", "Ankara", "TUR", "TUR", text, "أنقرة");
        return new AnalyzedArticle("hostile-1", "test", new Source("<b>مصدر</b>", null, null), "2024-12-24", HOSTILE_TITLE, null, "ar",
                text, List.of(), sentences(text), List.of(ankara), List.of(), List.of(), List.of(), new Provenance(null, List.of()));
    }

    private static Entity entity(String id, EntityType type, String name, String nameEn, String kb, String country,
                                 String text, String surface) {
        int at = text.indexOf(surface);
        return new Entity(id, type, name, nameEn, kb, country, null, List.of(), 0.9,
                List.of(Mention.of(text, at, at + surface.length(), MentionKind.NAME)));
    }

    private static List<Span> sentences(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? List.of(new Span(0, text.length())) : List.of(new Span(0, nl), new Span(nl + 1, text.length()));
    }
}
