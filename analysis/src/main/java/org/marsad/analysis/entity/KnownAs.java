package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;

/**
 * Joins a person to the name news says the person is known by: "إبراهيم عواد البدري، المعروف باسم أبو بكر
 * البغدادي" are one man, and so are "إيدسون أرانتيس دو ناسيمنتو المعروف ببيليه".
 *
 * <p>Rules:
 * <ol>
 *   <li>A person's mention followed, a comma aside, by a word of naming ({@code المعروف، الملقب، المكنى، الشهير},
 *       feminine too, و before it allowed), أيضا if written, then باسم or ب (glued or apart) and an opening quote if
 *       any, and a person's mention right there: the two are one person. A known person's name is so only when
 *       punctuation closes it: "الملقب باسم "ميسي اليونان"" likens a footballer to Messi, and so does
 *       "الشهير بميسي والبالغ".</li>
 *   <li>The person the knowledge base knows keeps its name, id and country, the other's mentions and roles joining
 *       it; when neither or both are known, the one named first does. Two different known persons are never
 *       joined: the text would contradict the knowledge base.</li>
 *   <li>Anything but a person's name after the words ("المعروف بتذوقه الطعام", known for his taste) joins
 *       nothing.</li>
 * </ol>
 * Stateless.
 */
public final class KnownAs {
    /** From a name's end to where the name it is known by starts. */
    private static final Pattern CUE = Pattern.compile("\\s*[،,]?\\s*و?(?:المعروف|المعروفة|الملقب|الملقبة|المكنى"
            + "|المكناة|الشهير|الشهيرة)\\s+(?:(?:أيضا|أيضاً|ايضا)\\s+)?(?:باسم|ب)\\s*ـ*\\s*[«\"“(]?\\s*");

    /** Punctuation or the text's end right after a known person's name: the whole nickname, not "ميسي اليونان". */
    private static final Pattern ENDED = Pattern.compile("\\s*(?:[،,.:؛;»\"”)]|$)");

    private KnownAs() {
    }

    /** {@code entities} with each person joined to the person it is said to be known as; the others unchanged. */
    public static List<Entity> joined(String text, List<Entity> entities) {
        List<Entity> out = new ArrayList<>(entities);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size() && !changed; i++) {
                Entity alias = aliasOf(text, out.get(i), out);
                if (alias != null) {
                    Entity kept = out.get(i).kb() == null && alias.kb() != null ? alias : out.get(i);
                    Entity gone = kept == alias ? out.get(i) : alias;
                    out.set(out.indexOf(kept), union(kept, gone));
                    out.remove(gone);
                    changed = true;
                }
            }
        }
        return out;
    }

    /** The other person that a mention of {@code person} is said to be known as, or null. */
    private static Entity aliasOf(String text, Entity person, List<Entity> entities) {
        if (person.type() != EntityType.PERSON) {
            return null;
        }
        for (Mention m : person.mentions()) {
            Matcher cue = CUE.matcher(text).region(m.end(), text.length());
            if (!cue.lookingAt()) {
                continue;
            }
            for (Entity other : entities) {
                Mention alias = other == person || other.type() != EntityType.PERSON ? null
                        : startingAt(other, cue.end());
                if (alias != null && (person.kb() == null || other.kb() == null || person.kb().equals(other.kb()))
                        && (other.kb() == null || person.kb() != null || ENDED.matcher(text).region(alias.end(),
                                text.length()).lookingAt())) {
                    return other;
                }
            }
        }
        return null;
    }

    /** The mention of {@code e} that starts at {@code offset}, or null. */
    private static Mention startingAt(Entity e, int offset) {
        return e.mentions().stream().filter(m -> m.start() == offset).findFirst().orElse(null);
    }

    private static Entity union(Entity kept, Entity gone) {
        List<Mention> mentions = new ArrayList<>(kept.mentions());
        mentions.addAll(gone.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start));
        Set<String> roles = new LinkedHashSet<>(kept.roles());
        roles.addAll(gone.roles());
        return new Entity(kept.id(), kept.type(), kept.name(), kept.nameEn(), kept.kb(),
                kept.country() != null ? kept.country() : gone.country(),
                kept.subtype(), List.copyOf(roles), Math.max(kept.confidence(), gone.confidence()), mentions);
    }
}
