package org.marsad.analysis.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterLearnerTest {

    /**
     * Forty invented "words" w0..w39 in five families; a family's words always stand between the same two
     * neighbours, f0..f4 and g0..g4, so each family's words have identical context vectors.
     */
    private static ClusterLearner learnerOverFamilies() {
        ClusterLearner learner = new ClusterLearner();
        for (int round = 0; round < ClusterLearner.MIN_COUNT; round++) {
            for (int w = 0; w < 40; w++) {
                int family = w % 5;
                learner.add(List.of("f" + family, "w" + w, "g" + family));
            }
        }
        return learner;
    }

    @Test
    void givesEveryWordTheLevelsOfTwoPartitions() {
        WordClusters classes = learnerOverFamilies().learn(7);
        assertEquals(2 * ClusterLearner.BRANCHING.length, classes.levels());
        assertTrue(classes.packedOf(FeatureHash.of("w3")) >= 0);
        assertEquals(-1, classes.packedOf(FeatureHash.of("w40")), "a word never seen has no class");
    }

    @Test
    void putsWordsBetweenTheSameNeighboursInOneClassOfEachPartition() {
        WordClusters classes = learnerOverFamilies().learn(7);
        long first = classes.packedOf(FeatureHash.of("w1"));
        long sibling = classes.packedOf(FeatureHash.of("w6"));
        long stranger = classes.packedOf(FeatureHash.of("w2"));
        for (int partition = 0; partition < 2; partition++) {
            int coarsest = partition * ClusterLearner.BRANCHING.length;
            assertEquals(WordClusters.classAt(first, coarsest), WordClusters.classAt(sibling, coarsest));
            assertNotEquals(WordClusters.classAt(first, coarsest), WordClusters.classAt(stranger, coarsest));
        }
    }

    @Test
    void learnsTheSameClassesFromTheSameSeed() {
        assertEquals(learnerOverFamilies().learn(7).classes(), learnerOverFamilies().learn(7).classes());
    }

    @Test
    void drawsTheSecondPartitionFromOtherSeeds() {
        List<Long> firstLevels = new ArrayList<>();
        List<Long> secondLevels = new ArrayList<>();
        learnerOverFamilies().learn(7).classes().values().forEach(packed -> {
            int bits = WordClusters.BITS_PER_LEVEL * ClusterLearner.BRANCHING.length;
            firstLevels.add(packed & ((1L << bits) - 1));
            secondLevels.add(packed >>> bits);
        });
        assertNotEquals(firstLevels, secondLevels, "two partitions with the same class ids would add nothing");
    }
}
