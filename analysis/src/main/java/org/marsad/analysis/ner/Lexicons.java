package org.marsad.analysis.ner;

import java.util.Objects;

/** The word lists the features consult, stored with the model: gazetteers, trigger words and word classes. */
record Lexicons(Gazetteer gazetteer, TriggerWords triggers, WordClusters clusters) {

    static final Lexicons EMPTY = new Lexicons(Gazetteer.EMPTY, TriggerWords.EMPTY, WordClusters.EMPTY);

    Lexicons {
        Objects.requireNonNull(gazetteer, "gazetteer must not be null");
        Objects.requireNonNull(triggers, "triggers must not be null");
        Objects.requireNonNull(clusters, "clusters must not be null");
    }
}
