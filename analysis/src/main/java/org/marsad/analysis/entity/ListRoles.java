package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;

/**
 * Gives each person of a list the role that a dual or plural before the list names: "اللاعبين سامر الحلبي وفادي
 * خليل" are two players, "الشاعران سامر وفادي" two poets.
 *
 * <p>Rules:
 * <ol>
 *   <li>A word right before a person's name that is a definite role head of one word of {@code role-heads.tsv}
 *       (اللاعب، الفنانة، النائب; not a courtesy, nor الفريق or المحافظ, whose duals are teams and conservatives) with the ending of the dual or the sound plural (ـان، ـين، ـون; the feminine's ة
 *       written ت before it: الفنانتان), up to two words of the same ending between (الحكمين الدوليين), gives that
 *       person the head as its role; a ك "like" glued to the name may stand between (الممثلين كمحمد العلي).</li>
 *   <li>The persons named after that one, each after a comma or و and nothing else, take it too; anything else
 *       between two names ends the list.</li>
 * </ol>
 * Stateless.
 */
public final class ListRoles {
    /** Heads whose duals mean something else: الفريقين are two teams, المحافظين conservatives. */
    private static final Set<String> NOT_PLURAL_ROLES = Set.of("الفريق", "المحافظ");
    /** The definite role heads of one word, normalized, and as written. */
    private static final Map<String, String> HEADS = heads();
    private static final String[] ENDINGS = {"ين", "ان", "ون"};
    /** Most words of the dual's or plural's ending between the head and the first name: الحكمين الدوليين. */
    private static final int MAX_ADJECTIVES = 2;
    /** ك "like", glued to the first name of a list of examples after the plural (الممثلين كمحمد العلي). */
    private static final char LIKE = 'ك';
    /** What may stand between two names of one list: a comma, و, spaces. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*[،,]?\\s*و?\\s*");

    private ListRoles() {
    }

    private static Map<String, String> heads() {
        Map<String, String> heads = new HashMap<>();
        for (TsvTable.Row row : Appositions.ROLE_HEAD_ROWS) {
            String head = row.column(0);
            if (head.startsWith("ال") && !head.contains(" ") && !row.column(2).equals("courtesy")
                    && !NOT_PLURAL_ROLES.contains(head)) {
                heads.put(ArabicNormalizer.normalize(head), head);
            }
        }
        return Map.copyOf(heads);
    }

    /** {@code entities} with the roles that duals and plurals before lists of persons give them. */
    public static List<Entity> attach(String text, Words words, List<Entity> entities) {
        List<MentionIndex.Located> names = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                e.mentions().stream().filter(m -> m.kind() == MentionKind.NAME).forEach(m -> names.add(new MentionIndex.Located(m, e)));
            }
        }
        names.sort(Comparator.comparingInt(l -> l.mention().start()));
        Map<String, Set<String>> added = new HashMap<>();
        String role = null;
        int previousEnd = -1;
        for (MentionIndex.Located name : names) {
            String head = pluralHeadBefore(text, words, name.mention().start());
            if (head != null) {
                role = head;
            } else if (role != null && (previousEnd < 0 || previousEnd > name.mention().start()
                    || !LIST_GAP.matcher(text.substring(previousEnd, name.mention().start())).matches())) {
                role = null;
            }
            if (role != null) {
                added.computeIfAbsent(name.entity().id(), k -> new LinkedHashSet<>()).add(role);
            }
            previousEnd = name.mention().end();
        }
        if (added.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            Set<String> more = added.get(e.id());
            if (more == null) {
                out.add(e);
                continue;
            }
            Set<String> roles = new LinkedHashSet<>(e.roles());
            roles.addAll(more);
            out.add(new Entity(e.id(), e.type(), e.name(), e.nameEn(), e.kb(), e.country(), e.subtype(),
                    List.copyOf(roles), e.confidence(), e.mentions()));
        }
        return out;
    }

    /** The singular role head whose dual or plural stands right before {@code offset}, past its adjectives; or null. */
    private static String pluralHeadBefore(String text, Words words, int offset) {
        int w = words.firstAtOrAfter(offset) - 1;
        if (w >= 0 && words.span(w).start() == offset - 1 && text.charAt(offset - 1) == LIKE) {
            offset--; // الممثلين كمحمد العلي: "actors such as"
            w--;
        }
        if (w < 0 || words.span(w).end() > offset || !text.substring(words.span(w).end(), offset).isBlank()) {
            return null;
        }
        for (int n = 0; n <= MAX_ADJECTIVES && w >= 0; n++, w--) {
            String head = singular(words.normalized(w));
            if (head != null) {
                return head;
            }
            if (!hasEnding(words.normalized(w)) || w == 0
                    || !text.substring(words.span(w - 1).end(), words.span(w).start()).isBlank()) {
                return null;
            }
        }
        return null;
    }

    /** The role head, as written in {@code role-heads.tsv}, whose dual or plural the normalized {@code word} is. */
    private static String singular(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() > ending.length() + 2) {
                String base = word.substring(0, word.length() - ending.length());
                String head = HEADS.get(base);
                if (head == null && base.endsWith("ت")) {
                    head = HEADS.get(base.substring(0, base.length() - 1) + "ه"); // الفنانتان: الفنانة
                }
                if (head != null) {
                    return head;
                }
            }
        }
        return null;
    }

    private static boolean hasEnding(String word) {
        return word.startsWith("ال") && (word.endsWith("ين") || word.endsWith("ان") || word.endsWith("ون"));
    }
}
