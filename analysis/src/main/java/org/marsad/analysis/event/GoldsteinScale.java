package org.marsad.analysis.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;

/**
 * Goldstein scores of CAMEO codes, from {@code goldstein.tsv}: how cooperative (+10) or conflictual (-10) an
 * event is.
 *
 * <p>Rules:
 * <ul>
 *   <li>A code is two to four digits: a root (19), a base code (190) or a finer code (1056).</li>
 *   <li>A code without its own line takes the score of its base code, else of its root; every root is listed,
 *       so every well-formed code has a score.</li>
 *   <li>Scores lie within -10..+10; a line outside is refused with its file and line.</li>
 * </ul>
 */
public final class GoldsteinScale {
    static final String FILE = "goldstein.tsv";
    private static final int ROOT_DIGITS = 2;
    private static final int BASE_DIGITS = 3;
    private static final int MAX_DIGITS = 4;
    private final Map<String, Double> scores;

    private GoldsteinScale(Map<String, Double> scores) {
        this.scores = scores;
    }

    public static GoldsteinScale shipped() {
        return of(TsvTable.readResource(GoldsteinScale.class, FILE, 2));
    }

    static GoldsteinScale of(List<TsvTable.Row> rows) {
        Map<String, Double> scores = new HashMap<>();
        for (TsvTable.Row row : rows) {
            String code = row.column(0);
            if (!isWellFormed(code)) {
                throw row.error("CAMEO code must be 2 to 4 digits, got '" + code + "'");
            }
            scores.put(code, score(row));
        }
        return new GoldsteinScale(Map.copyOf(scores));
    }

    private static double score(TsvTable.Row row) {
        try {
            double score = Double.parseDouble(row.column(1));
            if (score >= -10 && score <= 10) {
                return score;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("Goldstein score must be a number within -10..10, got '" + row.column(1) + "'");
    }

    /** Whether {@code code} is a CAMEO event code: two to four ASCII digits. */
    public static boolean isWellFormed(String code) {
        if (code == null || code.length() < ROOT_DIGITS || code.length() > MAX_DIGITS) {
            return false;
        }
        return code.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The score of {@code cameo}, its base code's or its root's. */
    public double of(String cameo) {
        if (!isWellFormed(cameo)) {
            throw new IllegalArgumentException("CAMEO code must be 2 to 4 digits, got '" + cameo + "'");
        }
        Double score = scores.get(cameo);
        if (score == null && cameo.length() > BASE_DIGITS) {
            score = scores.get(cameo.substring(0, BASE_DIGITS));
        }
        if (score == null) {
            score = scores.get(cameo.substring(0, ROOT_DIGITS));
        }
        if (score == null) {
            throw new IllegalArgumentException("no Goldstein score for CAMEO code '" + cameo + "' nor its root");
        }
        return score;
    }
}
