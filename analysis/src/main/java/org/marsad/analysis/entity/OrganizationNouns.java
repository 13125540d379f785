package org.marsad.analysis.entity;

import java.util.Set;
import org.marsad.analysis.data.TsvTable;

/** The nouns that head an organization's name ({@code org-heads.tsv}: مركز، شركة، وزارة...), normalized. */
final class OrganizationNouns {
    static final Set<String> HEADS = TsvTable.normalizedWords(OrganizationNouns.class, "org-heads.tsv");

    private OrganizationNouns() {
    }
}
