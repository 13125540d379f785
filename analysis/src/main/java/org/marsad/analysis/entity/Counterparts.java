package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

/**
 * Reads "his counterpart" before a person's name, as diplomatic news writes it: "استقبل وزير الخارجية عادل الجبير
 * نظيره الفرنسي جان مارك إيرولت" makes Ayrault France's foreign minister.
 *
 * <p>Rules:
 * <ol>
 *   <li>a counterpart's word ({@link #COUNTERPARTS}: نظيره، نظيرته، with و، ب or ل glued in front) stands before the
 *       name, with up to {@value #MOST_ADJECTIVES} nationality adjectives and a comma between (بنظيره البلجيكي،
 *       ديدييه رايندرز);</li>
 *   <li>a person without a role of his own takes the first office of the person named last before the word in the
 *       same sentence who holds one, a title (الدكتور، الأمير) being no office, nor a name with a letter glued
 *       before it a holder's (لنتنياهو);</li>
 *   <li>a person without a country takes that of the nationality adjective.</li>
 * </ol>
 * Stateless.
 */
final class Counterparts {
    /** The words for a counterpart, normalized, with the pronoun of whose: نظيره "his", نظيرته "her", نظيرها. */
    private static final Set<String> COUNTERPARTS = WordMatcher.normalized("نظير", "نظيره", "نظيرته", "نظيرها",
            "نظيرتها", "نظيرهم");
    /** What every counterpart's word holds, as written. */
    private static final String WORD = "نظير";
    /** Most nationality adjectives between the counterpart's word and the name: نظيره الكوري الجنوبي. */
    private static final int MOST_ADJECTIVES = 2;

    private Counterparts() {
    }

    /** {@code entities} with the roles and countries the counterpart's words before persons' names give. */
    static List<Entity> attach(String text, Words words, List<Entity> entities, Predicate<String> title) {
        if (!text.contains(WORD)) {
            return entities; // most articles
        }
        MentionIndex mentions = new MentionIndex(entities);
        List<Entity> out = new ArrayList<>(entities);
        for (int k = 0; k < out.size(); k++) {
            Entity person = out.get(k);
            if (person.type() == EntityType.PERSON && (person.roles().isEmpty() || person.country() == null)) {
                out.set(k, withCounterpartsOffice(text, words, person, out, mentions, title));
            }
        }
        return out;
    }

    private static Entity withCounterpartsOffice(String text, Words words, Entity person, List<Entity> entities,
                                                 MentionIndex mentions, Predicate<String> title) {
        for (Mention m : person.mentions()) {
            int counterpart = m.kind() == MentionKind.NAME ? counterpartWordBefore(text, words, m) : -1;
            if (counterpart < 0) {
                continue;
            }
            List<String> roles = person.roles();
            if (roles.isEmpty()) {
                String office = officeOfHolderBefore(text, words.span(counterpart).start(), person, entities, title);
                roles = office == null ? roles : List.of(office);
            }
            String country = person.country() != null ? person.country()
                    : adjectiveCountry(words, counterpart, m, mentions);
            return new Entity(person.id(), person.type(), person.name(), person.nameEn(), person.kb(), country,
                    person.subtype(), roles, person.confidence(), person.mentions());
        }
        return person;
    }

    /** The word of a counterpart before the name {@code m}, adjectives and a comma allowed between (rule 1), or -1. */
    private static int counterpartWordBefore(String text, Words words, Mention m) {
        int w = words.firstAtOrAfter(m.start()) - 1;
        for (int adjectives = 0; w >= 0 && adjectives <= MOST_ADJECTIVES; adjectives++, w--) {
            String gap = text.substring(words.span(w).end(), words.span(w + 1).start()).strip();
            if (!gap.isEmpty() && !gap.equals("،") && !gap.equals(",")) {
                return -1;
            }
            if (WordMatcher.inSomeReading(words.normalized(w), COUNTERPARTS::contains)) {
                return w;
            }
            if (!WordMatcher.isDefiniteNisba(words.normalized(w))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first office of the person other than {@code person} named last before offset {@code before} in its
     * sentence who holds one (rule 2), or null. An office is a role but a {@code title} (الدكتور، الأمير) or an
     * abbreviated one (د.); a name with a letter glued before it is no holder's (مستشار لنتنياهو: his adviser's
     * counterpart is no prime minister).
     */
    private static String officeOfHolderBefore(String text, int before, Entity person, List<Entity> entities,
                                               Predicate<String> title) {
        int sentence = sentenceStart(text, before);
        String office = null;
        int last = -1;
        for (Entity e : entities) {
            String first = e.type() != EntityType.PERSON || e.id().equals(person.id()) ? null
                    : e.roles().stream().filter(r -> !title.test(r) && !r.endsWith(".")).findFirst().orElse(null);
            for (Mention m : first == null ? List.<Mention>of() : e.mentions()) {
                boolean glued = m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1));
                if (m.start() >= sentence && m.end() <= before && m.start() > last && !glued) {
                    last = m.start();
                    office = first;
                }
            }
        }
        return office;
    }

    /** Where the sentence around offset {@code at} starts: after the last full stop, mark or line break before it. */
    private static int sentenceStart(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') {
                return k + 1;
            }
        }
        return 0;
    }

    /** The country of the nationality adjective between the counterpart's word and the name {@code m}, or null. */
    private static String adjectiveCountry(Words words, int counterpart, Mention m, MentionIndex mentions) {
        for (MentionIndex.Located l : mentions.within(words.span(counterpart).end(), m.start())) {
            if (l.mention().kind() == MentionKind.ADJECTIVE && l.entity().country() != null) {
                return l.entity().country();
            }
        }
        return null;
    }
}
