package org.marsad.analysis.event;

import java.util.List;

/**
 * The sixteen PLOVER event types Marsad codes, each with the CAMEO roots its nearest CAMEO code may come from.
 *
 * <p>The roots follow PLOVER's own correspondence with CAMEO: AGREE takes intents (03) and signed agreements
 * (057), REJECT denials (016) and rejections (12), ASSAULT assaults, fights and mass violence (18–20), and so on.
 * A lexicon line whose code lies under another root is refused when the lexicon is read.
 */
public enum Plover {
    AGREE("03", "05"),
    CONSULT("04"),
    SUPPORT("05"),
    CONCEDE("08"),
    COOPERATE("03", "05", "06"),
    AID("07"),
    RETREAT("08"),
    REQUEST("02", "10"),
    ACCUSE("11"),
    REJECT("01", "12"),
    THREATEN("13"),
    PROTEST("14"),
    SANCTION("16"),
    MOBILIZE("15"),
    COERCE("17"),
    ASSAULT("18", "19", "20");

    private final List<String> cameoRoots;

    Plover(String... cameoRoots) {
        this.cameoRoots = List.of(cameoRoots);
    }

    /** Whether {@code cameo} lies under one of the CAMEO roots this type covers. */
    public boolean covers(String cameo) {
        return cameo.length() >= 2 && cameoRoots.contains(cameo.substring(0, 2));
    }

    public List<String> cameoRoots() {
        return cameoRoots;
    }
}
