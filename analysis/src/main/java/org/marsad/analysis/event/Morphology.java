package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the inflected forms of a verb or noun from its lemma, on normalized text (ة written ه, ى written ي,
 * hamza seats folded), so that the lexicon lists lemmas, never forms. Clitics are not derived here: they are
 * taken off the text's words at lookup ({@link Clitics}).
 *
 * <p>Verbs, from the perfect third person masculine singular P:
 * <ul>
 *   <li>perfect: P, and the third person suffixes -ت -تا -وا (feminine, feminine dual, plural) with a final weak
 *       letter dropped before them (دعا: دعت، دعوا; نفى: نفت، نفوا), and -ا -ن -تم -نا after P itself;</li>
 *   <li>imperfect stem, unless the lexicon gives the imperfect: an initial ا of derived forms IV, VII, VIII and X
 *       is dropped (انسحب → ينسحب, استنكر → يستنكر, أنكر → ينكر); a hollow form IV أفال becomes يفيل (أدان →
 *       يدين); a final ا becomes و (دعا → يدعو); else ي is put before P (وقّع → يوقع, طالب → يطالب, تعاون →
 *       يتعاون, نفى → ينفي). Hollow and assimilated form I verbs (زار → يزور) need their imperfect in the
 *       lexicon;</li>
 *   <li>imperfect: prefixes ي ت ن, suffixes -ون -وا -ان -ا -ن -ين, a final weak letter dropped before -ون -وا
 *       -ين and in the jussive (لم يدع).</li>
 * </ul>
 * Nouns, from the singular N: N, the accusative -ا, the plural -ات and dual -ان -ين (for N in ة: -ات -تان -تين,
 * and -ت before a pronoun, مطالبته), plus the broken plurals the lexicon gives. A lemma already in -ات is a
 * plural noun and stands alone.
 */
final class Morphology {
    private static final char ALEF = 'ا';
    private static final char YAA = 'ي';
    private static final char WAW = 'و';
    private static final char HAA = 'ه';
    private static final String FORM_X = "است";
    private static final String SOUND_PLURAL = "ات";
    private static final int MIN_FORM_LETTERS = 3;

    /**
     * A derived form with its aspect; {@code bare} when it is the lemma itself, uninflected; {@code masculine}
     * when it is a verb in the third person masculine singular (وقع، يوقع), which a feminine subject cannot take.
     */
    record Form(String text, Aspect aspect, boolean bare, boolean masculine) {
        Form(String text, Aspect aspect, boolean bare) {
            this(text, aspect, bare, false);
        }
    }

    private Morphology() {
    }

    /** The imperfect third person masculine singular of the normalized perfect {@code p}, by the class rules. */
    static String imperfectOf(String p) {
        int n = p.length();
        if (p.startsWith(FORM_X) && n >= 5) {
            return YAA + p.substring(1);
        }
        if (p.charAt(0) == ALEF && n == 4 && p.charAt(2) == ALEF) {
            return "" + YAA + p.charAt(1) + YAA + p.charAt(3);
        }
        if (p.charAt(0) == ALEF && n >= 4) {
            return YAA + p.substring(1);
        }
        if (p.charAt(n - 1) == ALEF) {
            return YAA + p.substring(0, n - 1) + WAW;
        }
        return YAA + p;
    }

    /** Every form of the verb with normalized perfect {@code p} and imperfect {@code i} (null: derive it). */
    static List<Form> verbForms(String p, String i) {
        Set<String> seen = new LinkedHashSet<>();
        List<Form> out = new ArrayList<>();
        add(out, seen, new Form(p, Aspect.PERFECT, true, true));
        String s = weakFinal(p, ALEF, YAA) ? chop(p) : p;
        for (String suffix : List.of("ت", "تا", "وا")) {
            add(out, seen, s + suffix, Aspect.PERFECT, false);
        }
        for (String suffix : List.of("ا", "ن", "تم", "نا")) {
            add(out, seen, p + suffix, Aspect.PERFECT, false);
        }
        String imperfect = i != null ? i : imperfectOf(p);
        for (char prefix : new char[] {YAA, 'ت', 'ن'}) {
            imperfectForms(out, seen, prefix + imperfect.substring(1), prefix == YAA);
        }
        return out;
    }

    private static void imperfectForms(List<Form> out, Set<String> seen, String base, boolean masculine) {
        boolean weak = weakFinal(base, WAW, YAA);
        String b = weak ? chop(base) : base;
        add(out, seen, new Form(base, Aspect.IMPERFECT, false, masculine));
        for (String suffix : List.of("ون", "وا", "ين")) {
            add(out, seen, b + suffix, Aspect.IMPERFECT, false);
        }
        for (String suffix : List.of("ان", "ا", "ن")) {
            add(out, seen, base + suffix, Aspect.IMPERFECT, false);
        }
        if (weak) {
            add(out, seen, new Form(b, Aspect.IMPERFECT, false, masculine));
        }
    }

    /** Every form of the noun with normalized singular {@code n} and broken plurals {@code plurals}. */
    static List<Form> nounForms(String n, List<String> plurals) {
        Set<String> seen = new LinkedHashSet<>();
        List<Form> out = new ArrayList<>();
        add(out, seen, n, Aspect.NOUN, true);
        if (n.endsWith(SOUND_PLURAL)) {
            return out;
        }
        List<String> suffixed = n.charAt(n.length() - 1) == HAA
                ? List.of(chop(n) + "ات", chop(n) + "تان", chop(n) + "تين", chop(n) + "ت")
                : List.of(n + "ا", n + "ات", n + "ان", n + "ين");
        suffixed.forEach(f -> add(out, seen, f, Aspect.NOUN, false));
        plurals.forEach(p -> add(out, seen, p, Aspect.NOUN, false));
        return out;
    }

    private static void add(List<Form> out, Set<String> seen, String text, Aspect aspect, boolean bare) {
        add(out, seen, new Form(text, aspect, bare));
    }

    private static void add(List<Form> out, Set<String> seen, Form form) {
        if (form.text().length() >= MIN_FORM_LETTERS - (form.bare() ? 1 : 0) && seen.add(form.text())) {
            out.add(form);
        }
    }

    private static boolean weakFinal(String word, char a, char b) {
        char last = word.charAt(word.length() - 1);
        return word.length() > MIN_FORM_LETTERS - 1 && (last == a || last == b);
    }

    private static String chop(String word) {
        return word.substring(0, word.length() - 1);
    }
}
