package org.marsad.analysis.ner;

import java.util.List;

/**
 * The tag set of ANERcorp and its fixed numbering, shared by the features, the weights and the decoder.
 *
 * <p>Rules:
 * <ul>
 *   <li>Labels are {@code O} (0) and {@code B-T}, {@code I-T} for T in PERS, LOC, ORG, MISC, numbered in that
 *       order: a label's index is part of the model format and must never change;</li>
 *   <li>{@code I-T} may only follow {@code B-T} or {@code I-T}; the decoder enforces this so that every
 *       output reads as well-formed BIO;</li>
 *   <li>Marsad's entity type names map onto ANERcorp types: PERSON to PERS, GPE and LOC to LOC, ORG to ORG,
 *       GROUP and MISC to MISC.</li>
 * </ul>
 */
final class Labels {
    static final List<String> TYPES = List.of("PERS", "LOC", "ORG", "MISC");
    static final int COUNT = 1 + 2 * TYPES.size();
    static final int O = 0;
    private static final String[] NAMES = names();

    private Labels() {
    }

    static String name(int label) {
        return NAMES[label];
    }

    /** The index of an ANERcorp tag such as {@code B-PERS}; throws when {@code tag} is no such tag. */
    static int index(String tag) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(tag)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown NER tag '" + tag + "', expected one of " + List.of(NAMES));
    }

    static boolean isInside(int label) {
        return label != O && label % 2 == 0;
    }

    /** The type index (into {@link #TYPES}) of a B- or I- label. */
    static int typeOf(int label) {
        return (label - 1) / 2;
    }

    static int begin(int type) {
        return 1 + 2 * type;
    }

    static int inside(int type) {
        return 2 + 2 * type;
    }

    /** Whether {@code label} may follow {@code previous}; {@code previous} is -1 at the start of a sentence. */
    static boolean allowed(int previous, int label) {
        if (!isInside(label)) {
            return true;
        }
        return previous > O && typeOf(previous) == typeOf(label);
    }

    /** The ANERcorp type for an ANERcorp or Marsad type name, or null when there is none. */
    static String anercorpType(String type) {
        return switch (type) {
            case "PERS", "PER", "PERSON" -> "PERS";
            case "LOC", "GPE" -> "LOC";
            case "ORG" -> "ORG";
            case "MISC", "GROUP" -> "MISC";
            default -> null;
        };
    }

    private static String[] names() {
        String[] names = new String[COUNT];
        names[O] = "O";
        for (int t = 0; t < TYPES.size(); t++) {
            names[begin(t)] = "B-" + TYPES.get(t);
            names[inside(t)] = "I-" + TYPES.get(t);
        }
        return names;
    }
}
