package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.article.Entity;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.Span;

/**
 * Finds the knowledge base's names in a text and gathers their mentions into entities.
 *
 * <p>Rules:
 * <ul>
 *   <li>Words are scanned left to right; at each word the longest known name wins and the scan goes on after it,
 *       so "الولايات المتحدة الأمريكية" is one mention, not two.</li>
 *   <li>All mentions of one knowledge-base entry make one entity, numbered by first appearance.</li>
 *   <li>A name found in the base gets confidence {@value #NAME_CONFIDENCE}: names can be ambiguous
 *       (عمان is a country and a capital).</li>
 * </ul>
 */
public final class KnownNameTagger {
    static final double NAME_CONFIDENCE = 0.9;
    private final NameIndex index;

    public KnownNameTagger(NameIndex index) {
        this.index = index;
    }

    /** Entities found in {@code text}, whose words are {@code words} with their normalized forms. */
    public List<Entity> tag(String text, List<Span> words, List<String> normalizedWords, IdSequence ids) {
        Map<NameEntry, List<Mention>> found = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); ) {
            NameMatch m = index.match(text, words, normalizedWords, i);
            if (m == null) {
                i++;
                continue;
            }
            found.computeIfAbsent(m.entry(), e -> new ArrayList<>())
                    .add(Mention.of(text, m.start(), m.end(), MentionKind.NAME));
            i = m.endWord();
        }
        List<Entity> entities = new ArrayList<>(found.size());
        found.forEach((entry, mentions) -> entities.add(new Entity(ids.next(), entry.type(), entry.nameAr(),
                entry.nameEn(), entry.kb(), entry.country(), entry.subtype(), List.of(), NAME_CONFIDENCE, mentions)));
        return entities;
    }
}
