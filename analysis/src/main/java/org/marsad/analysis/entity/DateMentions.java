package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.TimexType;

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
 *       "عين اليوم"، "روسيا اليوم"، "جريدة المصري اليوم" is no today. So is a date that is all of a person's family
 *       name alone, the person named in full in the article, where the date names a day or a month: "وكشف الخميس"
 *       after محمد الخميس is Mr al-Khamis speaking, not Thursday. The dates left are numbered again, d1, d2... in
 *       text order.</li>
 * </ol>
 * Stateless.
 */
public final class DateMentions {
    /** The letters glued before a noun, at most {@value #MOST_GLUED_LETTERS} of them: وبنيسان. */
    private static final String GLUED_LETTERS = "وفبلك";
    private static final int MOST_GLUED_LETTERS = 2;
    /** The TIMEX3 value of a day or a month: 2015-07-16, 2015-02. */
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

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

    /**
     * {@code times} without the dates inside a longer mention of a known entity of {@code entities} or that are a
     * person's family name alone, renumbered.
     */
    public static List<DateExpression> outsideNames(List<DateExpression> times, List<Entity> entities) {
        List<DateExpression> out = new ArrayList<>(times.size());
        for (int i = 0; i < times.size(); i++) {
            DateExpression t = times.get(i);
            if (!inName(t, entities)) {
                out.add(out.size() == i ? t : new DateExpression("d" + (out.size() + 1), t.start(), t.end(), t.text(),
                        t.type(), t.value(), t.mod(), t.anchored()));
            }
        }
        return out.size() == times.size() ? times : out;
    }

    private static boolean inName(DateExpression t, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                boolean inside = m.start() <= t.start() && t.end() <= m.end();
                boolean longer = m.end() - m.start() > t.end() - t.start();
                if (inside && (longer ? e.kb() != null : namesADayOrMonth(t) && isFamilyNameOf(e, m))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code t} names a day or a month (الخميس، شباط), as family names do; not an adverb (الآن، شهريا), which
     * a person's name the tagger ran on over it may end with (فريد شهريا).
     */
    private static boolean namesADayOrMonth(DateExpression t) {
        return t.type() == TimexType.DATE && DAY_OR_MONTH.matcher(t.value()).matches();
    }

    /** Whether {@code m} is the family name alone of person {@code e}, named in full in the article: الخميس. */
    private static boolean isFamilyNameOf(Entity e, Mention m) {
        return e.type() == EntityType.PERSON && e.name().length() > m.text().length() + 1
                && e.name().endsWith(" " + m.text());
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
