package org.marsad.analysis.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.NameIndex;
import org.marsad.analysis.entity.NameMatch;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

/**
 * Links common nouns to the entity they stand for: "الصحيفة" to the newspaper named before it.
 *
 * <p>Rules:
 * <ul>
 *   <li>The nouns and the subtypes they can refer to come from {@code nominals.tsv}.</li>
 *   <li>A noun refers to the nearest entity before it whose subtype it allows.</li>
 *   <li>A noun right before a name of such an entity describes it ("الصحيفة الفرنسية لوموند") and is not a
 *       mention of its own: the name is.</li>
 *   <li>A noun with nothing to refer to is left alone.</li>
 * </ul>
 */
public final class NominalResolver {
    static final String FILE = "nominals.tsv";
    static final int DESCRIPTOR_REACH = 3;
    private final NameIndex nouns;
    private final Map<String, Set<String>> subtypesByNoun;

    private NominalResolver(NameIndex nouns, Map<String, Set<String>> subtypesByNoun) {
        this.nouns = nouns;
        this.subtypesByNoun = subtypesByNoun;
    }

    public static NominalResolver withShippedNouns() {
        NameIndex.Builder index = NameIndex.builder();
        Map<String, Set<String>> subtypes = new LinkedHashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(NominalResolver.class, FILE, 2)) {
            String noun = row.column(0);
            index.add(noun, new NameEntry(noun, EntityType.MISC, noun, null, null, null));
            subtypes.put(noun, Set.copyOf(row.list(1)));
        }
        return new NominalResolver(index.build(), subtypes);
    }

    /** The entities with the nominal mentions found in {@code text} added to them. */
    public List<Entity> resolve(String text, Words words, List<Entity> entities) {
        MentionIndex mentions = new MentionIndex(entities);
        Map<String, List<Mention>> added = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            NameMatch m = nouns.match(text, words.spans(), words.normalized(), i);
            if (m == null) {
                continue;
            }
            Set<String> allowed = subtypesByNoun.get(m.entry().kb());
            MentionIndex.Located antecedent = mentions.lastBefore(m.start(), e -> allowed.contains(e.subtype()));
            if (antecedent != null && !describesNextName(words, m, mentions, antecedent.entity())) {
                added.computeIfAbsent(antecedent.entity().id(), k -> new ArrayList<>())
                        .add(Mention.of(text, m.start(), m.end(), MentionKind.NOMINAL));
            }
        }
        return added.isEmpty() ? entities : entities.stream().map(e -> withMentions(e, added.get(e.id()))).toList();
    }

    private static boolean describesNextName(Words words, NameMatch noun, MentionIndex mentions, Entity entity) {
        int reach = Math.min(words.size() - 1, noun.endWord() + DESCRIPTOR_REACH - 1);
        int end = words.span(reach).end();
        return mentions.within(noun.end(), end).stream().anyMatch(l -> l.entity().id().equals(entity.id()));
    }

    private static Entity withMentions(Entity e, List<Mention> more) {
        if (more == null) {
            return e;
        }
        List<Mention> all = new ArrayList<>(e.mentions());
        all.addAll(more);
        all.sort(Comparator.comparingInt(Mention::start));
        return new Entity(e.id(), e.type(), e.name(), e.nameEn(), e.kb(), e.country(), e.subtype(), e.roles(),
                e.confidence(), all);
    }
}
