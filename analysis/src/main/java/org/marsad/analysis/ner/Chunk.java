package org.marsad.analysis.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity read off a BIO tag sequence: its type and the half-open token range {@code [start, end)}.
 *
 * <p>Rules (those of conlleval):
 * <ul>
 *   <li>{@code B-T} always starts an entity of type T;</li>
 *   <li>{@code I-T} continues the entity before it when that entity has type T, and otherwise starts one, so an
 *       {@code I-} without a {@code B-} still counts as an entity;</li>
 *   <li>{@code O}, or any tag that is neither {@code B-} nor {@code I-}, ends the current entity.</li>
 * </ul>
 */
record Chunk(String type, int start, int end) {

    static List<Chunk> of(List<String> tags) {
        List<Chunk> chunks = new ArrayList<>();
        String type = null;
        int start = 0;
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            boolean begin = tag.startsWith("B-");
            boolean inside = tag.startsWith("I-");
            String tagType = begin || inside ? tag.substring(2) : null;
            boolean continues = inside && tagType.equals(type);
            if (type != null && !continues) {
                chunks.add(new Chunk(type, start, i));
                type = null;
            }
            if (tagType != null && !continues) {
                type = tagType;
                start = i;
            }
        }
        if (type != null) {
            chunks.add(new Chunk(type, start, tags.size()));
        }
        return chunks;
    }

    boolean overlaps(Chunk other) {
        return start < other.end && other.start < end;
    }

    /** The words of this entity in {@code tokens}, apart by spaces. */
    String text(List<String> tokens) {
        return String.join(" ", tokens.subList(start, end));
    }
}
