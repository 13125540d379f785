package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;

/**
 * Reads a role word standing alone as a {@code nominal} mention of the person named last with that role: after
 * "سامح شكري وزير الخارجية", "وأضاف الوزير" is Shoukry ({@code role-nominals.tsv} lists the words and the roles
 * they refer to).
 *
 * <p>Rules:
 * <ul>
 *   <li>the role word stands alone: no mention covers it, no definite word or given name follows it (الرئيس
 *       التنفيذي, الوزير السعودي, الرئيس هادي and المدرب سامي name someone else or themselves), and it qualifies no
 *       definite noun before it nor completes another office (المبنى الرئيس "the main building", نائب الرئيس);</li>
 *   <li>a word of an occupation (المدرب، اللاعب، الشاعر، الكاتب) counts only as the subject of a verb of speech
 *       right before it (وأضاف المدرب، ويقول الشاعر): elsewhere it is as often said of anyone ("على الممثل أن",
 *       "بعقل الشاعر") or of another player or coach than the last one named with the role;</li>
 *   <li>the person is the one, among those holding a role that begins with one of the word's roles, whose last
 *       mention before the word comes last;</li>
 *   <li>persons' roles are those the knowledge base and the appositions gave them, so the rule runs after
 *       {@link Appositions#attach}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class RoleNominals {
    /** Nouns of offices in construct with a role word, normalized: نائب الرئيس is not the president. */
    private static final Set<String> OTHER_OFFICES = WordMatcher.normalized("نائب", "نواب", "مساعد", "مستشار", "زوجة", "زوج",
            "مكتب", "ديوان", "منصب", "لمنصب");
    /** Words that open with ال but are no definite nouns: إلى، إلا، الذي، التي, normalized. */
    private static final Set<String> NOT_DEFINITE = WordMatcher.normalized("إلى", "إلا", "الذي", "التي", "الذين",
            "الآن");
    private final WordMatcher<RoleWord> roleWords;
    private final Predicate<String> speechVerb;

    /** The roles a role word refers to (normalized), and whether it counts only after a verb of speech. */
    private record RoleWord(String[] roles, boolean afterSpeechOnly) {
    }

    private RoleNominals(WordMatcher<RoleWord> roleWords, Predicate<String> speechVerb) {
        this.roleWords = roleWords;
        this.speechVerb = speechVerb;
    }

    /**
     * The role words of {@code role-nominals.tsv}; {@code speechVerb} tells whether a normalized word is a verb of
     * speech (قال، وأضاف، يقول), after which the words of occupations count.
     */
    public static RoleNominals shipped(Predicate<String> speechVerb) {
        Objects.requireNonNull(speechVerb, "speechVerb must not be null");
        WordMatcher.Builder<RoleWord> b = WordMatcher.builder();
        for (TsvTable.Row row : TsvTable.readResource(RoleNominals.class, "role-nominals.tsv", 2)) {
            String[] roles = Arrays.stream(row.column(1).split("\\|")).map(r -> ArabicNormalizer.normalize(r.strip()))
                    .toArray(String[]::new);
            b.add(row.column(0), new RoleWord(roles, afterSpeechOnly(row)));
        }
        return new RoleNominals(b.build(), speechVerb);
    }

    private static boolean afterSpeechOnly(TsvTable.Row row) {
        String where = row.columns().length > 2 ? row.column(2).strip() : "";
        return switch (where) {
            case "" -> false;
            case "speech" -> true;
            default -> throw row.error("WHERE must be empty or speech, got '" + where + "'");
        };
    }

    /** {@code entities} with the nominal mentions that standing role words of {@code text} make of persons. */
    public List<Entity> refer(String text, Words words, List<Entity> entities) {
        List<Entity> persons = entities.stream().filter(e -> e.type() == EntityType.PERSON && !e.roles().isEmpty()).toList();
        if (persons.isEmpty()) {
            return entities;
        }
        boolean[] covered = covered(words, entities);
        List<List<Mention>> added = new ArrayList<>();
        persons.forEach(p -> added.add(new ArrayList<>()));
        for (int i = 0; i < words.size(); i++) {
            WordMatcher.Hit<RoleWord> hit = covered[i] ? null : roleWords.match(text, words.spans(), words.normalized(), i);
            if (hit == null || !standsAlone(text, words, hit.endWord(), covered) || qualified(text, words, i)
                    || hit.value().afterSpeechOnly() && !afterSpeechVerb(text, words, i)) {
                continue;
            }
            int person = lastHolder(persons, hit.value().roles(), hit.start());
            if (person >= 0) {
                added.get(person).add(Mention.of(text, hit.start(), hit.end(), MentionKind.NOMINAL));
            }
            i = hit.endWord() - 1;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            int p = persons.indexOf(e);
            out.add(p < 0 || added.get(p).isEmpty() ? e : withMentions(e, added.get(p)));
        }
        return out;
    }

    /**
     * Whether nothing that names someone follows the role word: the next word is neither definite (إلى، الذي are not)
     * nor a mention, nor a given name, nor a complement of the role (باسم، للأمم المتحدة: the spokesman of whom, the
     * secretary-general of what). A quote mark after it mostly opens what is said (وأضاف المتحدث «...»), not a name.
     */
    private static boolean standsAlone(String text, Words words, int next, boolean[] covered) {
        if (next >= words.size() || !WordMatcher.onlySpacesBetween(text, words.span(next - 1), words.span(next))) {
            return true;
        }
        String after = words.normalized(next);
        boolean definite = after.startsWith("ال") && !NOT_DEFINITE.contains(after);
        return !covered[next] && !definite && !after.startsWith("ل") && !after.equals("باسم")
                && !PersonNames.opensWithAGivenName(after);
    }

    /** Whether a verb of speech stands right before word {@code w} (وأضاف المدرب). */
    private boolean afterSpeechVerb(String text, Words words, int w) {
        return w > 0 && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w))
                && speechVerb.test(words.normalized(w - 1));
    }

    /**
     * Whether the word before the role word makes it no role of its own: a definite noun it qualifies, clitics
     * aside (المبنى الرئيس "the main building", بالمركز الرئيس) or a noun of another office in construct with it
     * (نائب الرئيس، زوجة الوزير).
     */
    private static boolean qualified(String text, Words words, int w) {
        if (w == 0 || !WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w))) {
            return false;
        }
        String before = words.normalized(w - 1);
        return WordMatcher.isDefinite(before) || OTHER_OFFICES.contains(before);
    }

    /** The index among {@code persons} of the one holding one of {@code roles} mentioned last before {@code at}. */
    private static int lastHolder(List<Entity> persons, String[] roles, int at) {
        int best = -1;
        int bestStart = -1;
        for (int p = 0; p < persons.size(); p++) {
            if (!holds(persons.get(p), roles)) {
                continue;
            }
            for (Mention m : persons.get(p).mentions()) {
                if (m.end() <= at && m.start() > bestStart) {
                    best = p;
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    private static boolean holds(Entity person, String[] roles) {
        for (String role : person.roles()) {
            String r = ArabicNormalizer.normalize(role);
            for (String prefix : roles) {
                if (r.equals(prefix) || r.startsWith(prefix + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Which words a mention covers, the word a mention starts inside (after a clitic) included. */
    private static boolean[] covered(Words words, List<Entity> entities) {
        boolean[] covered = new boolean[words.size()];
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                int first = words.firstAtOrAfter(m.start());
                if (first > 0 && words.span(first - 1).end() > m.start()) {
                    first--;
                }
                for (int i = first; i < words.size() && words.span(i).start() < m.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        return covered;
    }

    private static Entity withMentions(Entity e, List<Mention> added) {
        List<Mention> mentions = new ArrayList<>(e.mentions());
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Entity(e.id(), e.type(), e.name(), e.nameEn(), e.kb(), e.country(), e.subtype(), e.roles(),
                e.confidence(), mentions);
    }
}
