package org.marsad.analysis.entity;

import java.util.Set;

/**
 * The CAMEO actor role codes Marsad uses as sectors: what part of a country (or of the world) an actor stands
 * for. Government and force: GOV, MIL, COP (police), SPY (intelligence), JUD, LEG; opposition and armed
 * groups: OPP, REB, SEP (separatists), IMG (international militant group), UAF (unaffiliated armed forces),
 * INS (insurgents); society: MED, BUS, CVL, EDU, REL, LAB, AGR, HLH, HRI, REF, ENV, ELI (elites), CRM,
 * DEV, MOD, RAD, PTY (party); international: IGO, NGO, MNC.
 */
public final class Sectors {
    public static final Set<String> CODES = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "REB", "SEP",
            "IMG", "UAF", "INS", "MED", "BUS", "CVL", "EDU", "REL", "LAB", "AGR", "HLH", "HRI", "REF", "ENV", "ELI",
            "CRM", "DEV", "MOD", "RAD", "PTY", "IGO", "NGO", "MNC");

    private Sectors() {
    }

    /** {@code code} when it is a known sector; otherwise an exception quoting it. */
    public static String check(String code) {
        if (code != null && !CODES.contains(code)) {
            throw new IllegalArgumentException("unknown sector '" + code + "': use one of GOV MIL COP SPY JUD LEG OPP"
                    + " REB SEP IMG UAF INS MED BUS CVL EDU REL LAB AGR HLH HRI REF ENV ELI CRM DEV MOD RAD PTY IGO NGO MNC");
        }
        return code;
    }
}
