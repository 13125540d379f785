package org.marsad.analysis.quote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.marsad.analysis.StringFilter;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.CliticAnalyzer;
import org.marsad.text.Segmentation;

/**
 * The speech cues of {@code speech-cues.tsv}, expanded to the forms news writes.
 *
 * <p>Rules of expansion, on normalized forms:
 * <ul>
 *   <li>Perfect: feminine -ت, dual -ا and -تا, plural -وا (قال، قالت، قالا، قالتا، قالوا); a final ي (from ى,
 *       رأى، نفى) gives way to the suffix (رأت، نفوا).</li>
 *   <li>Imperfect: feminine ت- for ي- (يقول، تقول), plural -ون and dual -ان; a final ي gives way to -ون.</li>
 *   <li>An attribution preposition and a source noun stand as written (حسب، وفقا، مصادر).</li>
 *   <li>A conjunction و or ف in front is allowed (وقالت، فأكد); a cue marked {@code conjunction} is one only with it
 *       (وبين أن: بين alone is mostly the preposition "between").</li>
 * </ul>
 */
final class SpeechCues {
    static final String FILE = "speech-cues.tsv";
    private final Map<String, Set<CueKind>> kindsByForm;
    /** {@link #kindsOf} is asked about every word of a text, nearly none a cue: the filter tells so of most. */
    private final StringFilter forms;

    private SpeechCues(Map<String, Set<CueKind>> kindsByForm) {
        this.kindsByForm = kindsByForm;
        this.forms = new StringFilter(kindsByForm.keySet());
    }

    static SpeechCues shipped() {
        return of(TsvTable.readResource(SpeechCues.class, FILE, 3));
    }

    static SpeechCues of(List<TsvTable.Row> rows) {
        Map<String, Set<CueKind>> map = new HashMap<>();
        for (TsvTable.Row row : rows) {
            CueKind kind = kind(row);
            List<String> forms = kind == CueKind.ATTRIBUTION || kind == CueKind.SOURCE || kind == CueKind.SUBJECT
                    ? List.of(ArabicNormalizer.normalize(row.column(1)))
                    : forms(row.column(1), row.column(2));
            if (onlyWithConjunction(row)) {
                forms = forms.stream().flatMap(f -> Stream.of("و" + f, "ف" + f)).toList();
            }
            for (String form : forms) {
                map.computeIfAbsent(form, f -> EnumSet.noneOf(CueKind.class)).add(kind);
            }
        }
        return new SpeechCues(map);
    }

    /** Whether the row's optional fourth column says {@code conjunction}: a cue only with و or ف in front. */
    private static boolean onlyWithConjunction(TsvTable.Row row) {
        if (row.columns().length < 4 || row.column(3).isBlank()) {
            return false;
        }
        if (!row.column(3).strip().equals("conjunction")) {
            throw row.error("the fourth column may only say conjunction, got '" + row.column(3) + "'");
        }
        return true;
    }

    private static CueKind kind(TsvTable.Row row) {
        try {
            return CueKind.valueOf(row.column(0).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("kind must be that, object, attribution, source or subject, got '" + row.column(0) + "'");
        }
    }

    static List<String> forms(String perfect, String imperfect) {
        String p = ArabicNormalizer.normalize(perfect);
        List<String> out = new ArrayList<>(List.of(p));
        String pStem = p.endsWith("ي") ? p.substring(0, p.length() - 1) : p;
        out.addAll(List.of(pStem + "ت", pStem + "وا", p + "ا", pStem + "تا"));
        if (!imperfect.equals("-")) {
            String i = ArabicNormalizer.normalize(imperfect);
            String iStem = i.endsWith("ي") ? i.substring(0, i.length() - 1) : i;
            out.addAll(List.of(i, "ت" + i.substring(1), iStem + "ون", i + "ان", "ت" + i.substring(1) + "ان"));
        }
        return out;
    }

    /**
     * Whether {@code normalizedWord} is a source noun in some reading of its clitics ({@link CliticAnalyzer}): with
     * a conjunction, ل or ب and the article in front (لمصادر، البيان، وللمصادر), not with a pronoun after it.
     */
    boolean isSourceNoun(String normalizedWord) {
        for (Segmentation reading : CliticAnalyzer.candidates(normalizedWord)) {
            if (reading.enclitics().isEmpty() && hasKind(reading.stem(), CueKind.SOURCE)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code normalizedWord} is a source or subject noun as the subject of a verb stands: bare or with the
     * article (مصادر، المصادر، البيان، الشرطة), no preposition in front.
     */
    boolean isSubjectSourceNoun(String normalizedWord) {
        String bare = normalizedWord.startsWith("ال") ? normalizedWord.substring(2) : null;
        return hasKind(normalizedWord, CueKind.SOURCE) || hasKind(normalizedWord, CueKind.SUBJECT)
                || bare != null && (hasKind(bare, CueKind.SOURCE) || hasKind(bare, CueKind.SUBJECT));
    }

    private boolean hasKind(String form, CueKind kind) {
        Set<CueKind> kinds = kindsByForm.get(form);
        return kinds != null && kinds.contains(kind);
    }

    /** The kinds of cue {@code normalizedWord} is, conjunction allowed in front; empty when it is none. */
    Set<CueKind> kindsOf(String normalizedWord) {
        Set<CueKind> kinds = forms.mayContain(normalizedWord) ? kindsByForm.get(normalizedWord) : null;
        if (kinds == null && normalizedWord.length() > 3 && (normalizedWord.charAt(0) == 'و' || normalizedWord.charAt(0) == 'ف')
                && forms.mayContainSuffix('\0', normalizedWord, 1)) {
            kinds = kindsByForm.get(normalizedWord.substring(1));
        }
        return kinds == null ? Set.of() : kinds;
    }
}
