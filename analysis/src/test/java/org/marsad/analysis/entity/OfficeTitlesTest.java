package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;

class OfficeTitlesTest {

    @Test
    void namesOnlyRolesThatTheShippedKnowledgeBaseGivesSomeone() {
        OfficeTitles titles = OfficeTitles.shipped(KnowledgeBase.shipped().entries());
        assertEquals(Set.of(), titles.rolesWithoutHolder());
    }
}
