package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.Mention;

/**
 * Settles the words a date expression and a name's mention share.
 *
 * <p>Rules:
 * <ol>
 *   <li>A mention that lies in a date expression, past up to two letters glued before it (و، ف، ب، ل، ك), and is
 *       not all of it is the date's word: the family name of محمد الماضي in "نوفمبر الماضي", محمد رمضان's in "شهر
 *       رمضان", أحمد الخميس's in "يوم الخميس المقبل", a given name in "وصباح الأحد", the Levantine month of
 *       "بنيسان (أبريل)". An entity left with no mention is left out.</li>
 *   <li>A mention that is all of a date stays: "وقال الخميس" is Thursday or Mr al-Khamis, and the article's persons
 *       decide that, not the date reader.</li>
 *   <li>A date that lies in a longer mention of an entity the knowledge base knows is a word of its name: اليوم of
 *       "عين اليوم"، "روسيا اليوم"، "جريدة المصري اليوم" is no today. The dates left are numbered again, d1, d2...
 *       in text order.</li>
 * </ol>
 * Stateless.
 */
public final class DateMentions {
    /** The letters glued before a noun, at most {@value #MOST_GLUED_LETTERS} of them: وبنيسان. */
    private static final String GLUED_LETTERS = "وفبلك";
    private static final int MOST_GLUED_LETTERS = 2;

    private DateMentions() {
    }

    /** {@code entities} without their mentions in a longer date expression of {@code times}. */
    public static List<Entity> without(String text, List<Entity> entities, List<DateExpression> times) {
        if (times.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            List<Mention> kept = e.mentions().stream().filter(m -> !inLongerDate(text, m, times)).toList();
            if (kept.size() == e.mentions().size()) {
                out.add(e);
            } else if (!kept.isEmpty()) {
                out.add(new Entity(e.id(), e.type(), e.name(), e.nameEn(), e.kb(), e.country(), e.subtype(), e.roles(),
                        e.confidence(), kept));
            }
        }
        return out;
    }

    /** {@code times} without the dates inside a longer mention of a known entity of {@code entities}, renumbered. */
    public static List<DateExpression> outsideKnownNames(List<DateExpression> times, List<Entity> entities) {
        List<DateExpression> out = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            DateExpression t = times.get(i);
            if (!inKnownName(t, entities)) {
                out.add(out.size() == i ? t : new DateExpression("d" + (out.size() + 1), t.start(), t.end(), t.text(),
                        t.type(), t.value(), t.mod(), t.anchored()));
            }
        }
        return out.size() == times.size() ? times : out;
    }

    private static boolean inKnownName(DateExpression t, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.kb() == null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.start() <= t.start() && t.end() <= m.end() && m.end() - m.start() > t.end() - t.start()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code start}–{@code end} of {@code text} lies in one of {@code times}, its glued letters aside. */
    public static boolean inOneOf(String text, int start, int end, List<DateExpression> times) {
        for (DateExpression t : times) {
            if (liesIn(text, start, end, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLongerDate(String text, Mention m, List<DateExpression> times) {
        for (DateExpression t : times) {
            if (liesIn(text, m.start(), m.end(), t) && (t.start() < m.start() || m.end() < t.end())) {
                return true;
            }
        }
        return false;
    }

    private static boolean liesIn(String text, int start, int end, DateExpression t) {
        if (end > t.end() || t.start() - start > MOST_GLUED_LETTERS) {
            return false;
        }
        for (int k = start; k < t.start(); k++) {
            if (GLUED_LETTERS.indexOf(text.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }
}
