package org.marsad.analysis;

import java.util.ArrayList;
import java.util.List;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

/** Builds entities over test sentences by naming the words they are mentioned as. */
public final class Fixtures {
    private Fixtures() {
    }

    /** An entity mentioned at every occurrence of each of {@code names} in {@code text}. */
    public static Entity entity(String text, String id, EntityType type, String subtype, String... names) {
        List<Mention> mentions = new ArrayList<>();
        for (String name : names) {
            for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                mentions.add(Mention.of(text, i, i + name.length(), MentionKind.NAME));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Entity(id, type, names[0], null, null, null, subtype, List.of(), 0.9, mentions);
    }
}
