package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * The nationality adjectives (nisba) of countries, in every form news writes them.
 *
 * <p>Rules:
 * <ul>
 *   <li>The masculine singular nisba is made from every one-word name of a country (CLDR's and the aliases):
 *       the article ال is dropped, then a final ية loses its ة (السعودية: سعودي), another final ة becomes ي
 *       (سنغافورة: سنغافوري), a final يا loses its ا (روسيا: روسي), another final ا becomes ي (فرنسا: فرنسي),
 *       and any other name takes ي (كازاخستان: كازاخستاني، مصر: مصري). A name ending in ي، ى or و gives
 *       nothing (مالي is also "financial"); nor does a name of several words (الولايات المتحدة).</li>
 *   <li>{@value #OVERRIDES} replaces the generated nisbas of a country, for the irregular (النمسا: نمساوي), the
 *       multi-word (كوري جنوبي) and those that would read as common words ({@code -}: none); it also lists
 *       the spellings that normalize like a form but are other words (اليمنى).</li>
 *   <li>Each nisba gives seventeen forms: masculine, feminine (ة), masculine plural (ون، ين), feminine plural
 *       (ات), duals (ان، تان، تين), each with and without the article: روسي، الروسية، الروسيين، روسيون...; and
 *       the masculine's indefinite accusative (ا, its tanween written or not: نفوذا إيرانيا، دعماً سعودياً), which
 *       for a country named so is its name (روسيا، تركيا), where the name, indexed first, keeps it.
 *       In a nisba of several words every word takes the same ending and article: الكورية الجنوبية.</li>
 * </ul>
 */
public final class Nationalities {
    static final String OVERRIDES = "nisba-overrides.tsv";
    private static final String[] ENDINGS = {"", "ة", "ون", "ين", "ات", "ان", "تان", "تين"};
    /** The ending of the masculine's indefinite accusative, which takes no article. */
    private static final String ACCUSATIVE = "ا";
    private static final int MIN_NISBA_LETTERS = 4;

    private final Map<String, List<String>> nisbas;
    private final List<String> notAdjectives;

    private Nationalities(Map<String, List<String>> nisbas, List<String> notAdjectives) {
        this.nisbas = nisbas;
        this.notAdjectives = notAdjectives;
    }

    /** The nisbas of every country of {@code countries}, with the shipped overrides. */
    public static Nationalities load(Countries countries) {
        Map<String, List<String>> nisbas = new LinkedHashMap<>();
        for (NameEntry country : countries.all()) {
            List<String> list = new ArrayList<>();
            for (String name : countries.names(country.kb())) {
                String n = nisbaOf(name);
                if (n != null && !list.contains(n)) {
                    list.add(n);
                }
            }
            if (!list.isEmpty()) {
                nisbas.put(country.kb(), list);
            }
        }
        List<String> notAdjectives = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(Nationalities.class, OVERRIDES, 2)) {
            List<String> given = row.list(1);
            nisbas.put(row.column(0), given.equals(List.of("-")) ? List.of() : given);
            if (row.columns().length > 2) {
                notAdjectives.addAll(row.list(2));
            }
        }
        return new Nationalities(Collections.unmodifiableMap(nisbas), List.copyOf(notAdjectives));
    }

    /** Spellings that normalize like a nationality adjective but are other words (اليمنى "the right one"). */
    public List<String> notAdjectives() {
        return notAdjectives;
    }

    /** Knowledge-base id (ISO-3 for a country) to its masculine singular nisbas; ids of no nisba map to an empty list. */
    public Map<String, List<String>> nisbas() {
        return nisbas;
    }

    /** The masculine singular nisba of a one-word country name, or null when the rules give none. */
    public static String nisbaOf(String name) {
        String w = ArabicNormalizer.normalize(name, EnumSet.of(ArabicNormalizer.Step.REMOVE_DIACRITICS,
                ArabicNormalizer.Step.REMOVE_TATWEEL, ArabicNormalizer.Step.REMOVE_INVISIBLES)).strip();
        if (w.isEmpty() || w.contains(" ")) {
            return null;
        }
        if (w.startsWith("ال") && w.length() > 4) {
            w = w.substring(2);
        }
        char last = w.charAt(w.length() - 1);
        String nisba;
        if (last == 'ي' || last == 'ى' || last == 'و') {
            return null;
        } else if (w.endsWith("ية")) {
            nisba = w.substring(0, w.length() - 1);
        } else if (last == 'ة' || (last == 'ا' && !w.endsWith("يا"))) {
            nisba = w.substring(0, w.length() - 1) + "ي";
        } else if (last == 'ا') {
            nisba = w.substring(0, w.length() - 1);
        } else {
            nisba = w + "ي";
        }
        return nisba.length() >= MIN_NISBA_LETTERS ? nisba : null;
    }

    /** The definite feminine singular of the nisba {@code nisba}: البريطانية، الكورية الجنوبية. */
    public static String definiteFeminine(String nisba) {
        StringBuilder sb = new StringBuilder();
        for (String w : nisba.strip().split("\\s+")) {
            sb.append(sb.isEmpty() ? "" : " ").append("ال").append(w).append('ة');
        }
        return sb.toString();
    }

    /** Every written form of the nisba {@code nisba} (masculine singular, one or more words). */
    public static List<String> forms(String nisba) {
        String[] words = nisba.strip().split("\\s+");
        List<String> out = new ArrayList<>(ENDINGS.length * 2 + 1);
        for (String article : new String[] {"", "ال"}) {
            for (String ending : ENDINGS) {
                out.add(form(words, article, ending));
            }
        }
        out.add(form(words, "", ACCUSATIVE));
        return out;
    }

    private static String form(String[] words, String article, String ending) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(article).append(w).append(ending);
        }
        return sb.toString();
    }
}
