package org.marsad.analysis.entity;

import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/** The nouns that head an organization's name ({@code org-heads.tsv}: مركز، شركة، وزارة...), normalized. */
final class OrganizationNouns {
    static final Set<String> HEADS = TsvTable.readResource(OrganizationNouns.class, "org-heads.tsv", 1).stream()
            .map(r -> ArabicNormalizer.normalize(r.column(0))).collect(Collectors.toUnmodifiableSet());

    private OrganizationNouns() {
    }
}
