package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.text.ArabicNormalizer;

/**
 * Reads the byline a text opens with: the names of its writers, then a dash and the paper, the agency or the
 * city it was written from ("سامر الحلبي – الرياض", "سامر الحلبي، رنا خليل – صحيفة الأفق", "سامر الحلبي- الأفق- جدة:").
 *
 * <p>Rules:
 * <ul>
 *   <li>the byline is the text's first line, or what stands before a colon in its first {@value #MAX_CHARS}
 *       characters; a longer line is none;</li>
 *   <li>dashes (- – ـ) split it into two parts or more;</li>
 *   <li>one part names persons and nothing else: their mentions, with commas or و between them; or several such
 *       parts one after the other, a dash between writers ("سامر الحلبي – رنا خليل: صحيفة الأفق");</li>
 *   <li>every other part is the mention of a place or an organization, a name of the publisher, also without its
 *       first word (سبق of صحيفة سبق, a common word the tagger leaves alone), or a word that stands for the paper's
 *       own desk ({@link #DESK_WORDS}: متابعات، وكالات);</li>
 *   <li>the persons of that part wrote the text: they take the role {@value #WRITER} when they have none. Found
 *       only there, they were the commonest persons without a role of some papers' news (a writer's name at the
 *       head of each of hundreds of texts).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Bylines {
    /** The longest byline, in characters: a first line longer than this is the text's first sentence. */
    static final int MAX_CHARS = 80;
    /** The role of a byline's writers. */
    public static final String WRITER = "الكاتب";
    /** Words that stand where a byline names the paper's own desk: "سامر الحلبي – متابعات". */
    private static final Set<String> DESK_WORDS = Set.of("متابعات", "وكالات", "خاص");

    /** A byline: its text and the ids of the entities of the persons who wrote it. */
    public record Byline(String text, List<String> writers) {
        public Byline {
            Objects.requireNonNull(text, "text must not be null");
            writers = List.copyOf(writers);
        }
    }

    private Bylines() {
    }

    /**
     * The byline {@code text} opens with, its writers among {@code entities}, or null when it opens with none;
     * {@code publisherNames} are the names of the text's publisher (none when it is unknown).
     */
    public static Byline read(String text, List<Entity> entities, List<String> publisherNames) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = lineEnd(text, start);
        if (end < 0) {
            return null;
        }
        List<int[]> parts = parts(text, start, end);
        if (parts.size() < 2) {
            return null;
        }
        Set<String> publisher = shortNames(publisherNames);
        Set<String> writers = new LinkedHashSet<>();
        boolean afterWriters = false;
        for (int[] part : parts) {
            Set<String> persons = onlyPersons(text, part[0], part[1], entities);
            boolean writing = persons != null && (writers.isEmpty() || afterWriters);
            afterWriters = writing;
            if (writing) {
                writers.addAll(persons);
            } else if (!placeOrOrganization(text, part[0], part[1], entities)
                    && !publisher.contains(ArabicNormalizer.normalize(text.substring(part[0], part[1]).strip()))) {
                return null;
            }
        }
        return writers.isEmpty() ? null : new Byline(text.substring(start, end).strip(), new ArrayList<>(writers));
    }

    /** The normalized names of the publisher, each also without its first word (صحيفة سبق: سبق). */
    private static Set<String> shortNames(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String name : names) {
            String normalized = ArabicNormalizer.normalize(name.strip());
            out.add(normalized);
            int space = normalized.indexOf(' ');
            if (space > 0) {
                out.add(normalized.substring(space + 1));
            }
        }
        return out;
    }

    /** {@code entities} with the role {@value #WRITER} given to the byline's writers who have no role. */
    public static List<Entity> withWriters(List<Entity> entities, Byline byline) {
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            out.add(byline.writers().contains(e.id()) && e.roles().isEmpty()
                    ? new Entity(e.id(), e.type(), e.name(), e.nameEn(), e.kb(), e.country(), e.subtype(), List.of(WRITER),
                            e.confidence(), e.mentions())
                    : e);
        }
        return out;
    }

    /** Where the byline that may start at {@code start} ends: at a colon or the line's end, or -1 for none. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        int lineEnd = newline < 0 ? text.length() : newline;
        int colon = text.substring(start, Math.min(lineEnd, start + MAX_CHARS + 1)).indexOf(':');
        if (colon >= 0) {
            return start + colon;
        }
        return lineEnd - start <= MAX_CHARS ? lineEnd : -1;
    }

    /** The stretches of {@code [start, end)} between dashes, each {start, end}. */
    private static List<int[]> parts(String text, int start, int end) {
        List<int[]> parts = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || isDash(text.charAt(i))) {
                parts.add(new int[] {from, i});
                from = i + 1;
            }
        }
        return parts;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == 'ـ';
    }

    /**
     * The ids of the persons whose mentions fill {@code [from, to)}, commas, spaces and a و before a name aside;
     * null when something else stands there or no person does.
     */
    private static Set<String> onlyPersons(String text, int from, int to, List<Entity> entities) {
        Set<String> ids = new LinkedHashSet<>();
        int at = from;
        while (at < to) {
            Entity person = mentionStartingAt(entities, at, to, EntityType.PERSON);
            char c = text.charAt(at);
            if (person != null) {
                ids.add(person.id());
                at = mentionEnd(person, at);
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '،' || c == ',' || c == 'و') {
                at++;
            } else {
                return null;
            }
        }
        return ids.isEmpty() ? null : ids;
    }

    /** Whether one mention of a place or an organization, or a desk word, fills {@code [from, to)}. */
    private static boolean placeOrOrganization(String text, int from, int to, List<Entity> entities) {
        String part = text.substring(from, to).strip();
        if (DESK_WORDS.contains(part)) {
            return true;
        }
        int start = text.indexOf(part, from);
        int end = start + part.length();
        for (Entity e : entities) {
            boolean kind = e.type() == EntityType.GPE || e.type() == EntityType.LOC || e.type() == EntityType.ORG;
            if (kind && e.mentions().stream().anyMatch(m -> m.start() == start && m.end() == end)) {
                return true;
            }
        }
        return false;
    }

    /** The entity of {@code type} with a mention from {@code at} ending by {@code to}, or null. */
    private static Entity mentionStartingAt(List<Entity> entities, int at, int to, EntityType type) {
        for (Entity e : entities) {
            if (e.type() == type && e.mentions().stream().anyMatch(m -> m.start() == at && m.end() <= to)) {
                return e;
            }
        }
        return null;
    }

    private static int mentionEnd(Entity e, int at) {
        return e.mentions().stream().filter(m -> m.start() == at).mapToInt(Mention::end).max().orElseThrow();
    }
}
