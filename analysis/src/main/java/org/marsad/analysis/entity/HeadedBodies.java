package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;

/**
 * Gives an organization the knowledge base lacks, and that no rule gave a country, the country of the person who
 * heads it: in "المحلل السياسي الكازاخستاني دوسيم ساتباييف، مدير مجموعة تقييم المخاطر" the Risk Assessment Group is
 * Kazakh, as the analyst is.
 *
 * <p>Rules:
 * <ul>
 *   <li>one of the person's roles is a head's office ({@link #HEADS}: رئيس، مدير، الأمين العام، عميد، الرئيس
 *       التنفيذي...), ل glued to the next word or not, a noun of the body's kind or not ({@link #KINDS}: لشركة), and
 *       then the organization's name or one of its mentions by name, whole: "الأمين العام لحركة الشعب", "الرئيس
 *       التنفيذي لشركة سبيس إكسبلوريشن"; so a technical director (المدير الفني لنادي الأمل, a coach, often a
 *       foreigner) heads no body;</li>
 *   <li>the person has a country, and every head of the organization with one has the same;</li>
 *   <li>the organization has no entry in the knowledge base and no country, and its name says it is neither
 *       international nor of a region (الدولية، العربية، الأفريقية): the heads of a body of many countries come
 *       from any of them.</li>
 * </ul>
 * Stateless.
 */
public final class HeadedBodies {
    /** The offices of a body's head, normalized: masculine and feminine, in construct and with the article. */
    private static final Set<String> HEADS = WordMatcher.normalized("رئيس", "رئيسة", "الرئيس", "الرئيسة", "مدير",
            "مديرة", "المدير", "المديرة", "مدير عام", "مديرة عامة", "المدير العام", "المديرة العامة", "المدير التنفيذي",
            "المديرة التنفيذية", "الرئيس التنفيذي", "الرئيسة التنفيذية", "الأمين العام", "الأمينة العامة", "أمين عام",
            "أمينة عامة", "عميد", "عميدة", "مؤسس", "المؤسس");
    /**
     * Nouns of the kinds of bodies, normalized, that news writes before a body's name and leaves out of it: "الرئيس
     * التنفيذي لشركة سبيس إكس" heads سبيس إكس. Not the nouns of a body's parts (مكتب، لجنة، فرع): "رئيس مكتب حركة
     * الشعب" heads an office of the movement.
     */
    private static final Set<String> KINDS = WordMatcher.normalized("شركة", "مجموعة", "مؤسسة", "مصرف", "بنك",
            "صحيفة", "وكالة", "حزب", "حركة", "نادي", "جمعية", "منظمة");
    /** The most words of a head's office ({@link #HEADS}). */
    private static final int MOST_HEAD_WORDS = 2;

    private HeadedBodies() {
    }

    /** {@code entities}, the organizations among them that their heads give a country to with it. */
    public static List<Entity> withCountries(List<Entity> entities) {
        Map<String, Entity> bodies = bodiesByName(entities);
        if (bodies.isEmpty()) {
            return entities;
        }
        Map<Entity, String> countries = new HashMap<>();
        Set<Entity> disputed = new HashSet<>();
        for (Entity person : entities) {
            if (person.type() != EntityType.PERSON || person.country() == null) {
                continue;
            }
            for (String role : person.roles()) {
                Entity body = bodyHeaded(ArabicNormalizer.normalize(role), bodies);
                if (body != null && !person.country().equals(countries.getOrDefault(body, person.country()))) {
                    disputed.add(body);
                } else if (body != null) {
                    countries.put(body, person.country());
                }
            }
        }
        if (countries.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            String country = disputed.contains(e) ? null : countries.get(e);
            out.add(country == null ? e : new Entity(e.id(), e.type(), e.name(), e.nameEn(), e.kb(), country,
                    e.subtype(), e.roles(), e.confidence(), e.mentions()));
        }
        return out;
    }

    /**
     * The organizations that may take their heads' country, by their normalized names and the normalized texts of
     * their mentions by name (not by a noun, الشركة, which may refer wrongly); the first named so where two are.
     */
    private static Map<String, Entity> bodiesByName(List<Entity> entities) {
        Map<String, Entity> bodies = new HashMap<>();
        for (Entity body : entities) {
            if (body.type() != EntityType.ORG || body.kb() != null || body.country() != null) {
                continue;
            }
            String name = ArabicNormalizer.normalize(body.name());
            if (namesABodyOfManyCountries(name)) {
                continue;
            }
            bodies.putIfAbsent(name, body);
            for (Mention m : body.mentions()) {
                if (m.kind() == MentionKind.NAME) {
                    bodies.putIfAbsent(ArabicNormalizer.normalize(m.text()), body);
                }
            }
        }
        return bodies;
    }

    /**
     * The organization of {@code bodies} whose head's office is the normalized {@code role}: its name follows the
     * head's office, after ل and a noun of its kind or not; or null.
     */
    private static Entity bodyHeaded(String role, Map<String, Entity> bodies) {
        String rest = afterHead(role);
        if (rest == null) {
            return null;
        }
        String bare = rest.startsWith("ل") && !rest.startsWith("ال") ? rest.substring(1) : rest;
        Entity body = bodies.get(rest);
        body = body != null ? body : bodies.get(bare);
        return body != null ? body : bodies.get(withoutKindNoun(bare));
    }

    /** The normalized {@code role} after its head's office, or null when it opens with no head's office. */
    private static String afterHead(String role) {
        List<String> words = List.of(role.split(" "));
        for (int n = Math.min(MOST_HEAD_WORDS, words.size() - 1); n >= 1; n--) {
            if (HEADS.contains(String.join(" ", words.subList(0, n)))) {
                return String.join(" ", words.subList(n, words.size()));
            }
        }
        return null;
    }

    /** Whether the normalized {@code name} says its body is international or regional (الدولية، العربية). */
    private static boolean namesABodyOfManyCountries(String name) {
        return List.of(name.split(" ")).stream().anyMatch(w -> InstitutionPhrases.INTERNATIONAL_ADJECTIVES.contains(w)
                || InstitutionPhrases.REGIONAL_ADJECTIVES.contains(w));
    }

    /** The normalized {@code words} without the first when it is a body's kind ({@link #KINDS}). */
    private static String withoutKindNoun(String words) {
        int space = words.indexOf(' ');
        return space > 0 && KINDS.contains(words.substring(0, space)) ? words.substring(space + 1) : words;
    }
}
