package org.marsad.analysis.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.marsad.analysis.data.TsvTable;
import org.marsad.analysis.entity.Role;
import org.marsad.analysis.entity.Sectors;
import org.marsad.article.EntityType;

/**
 * Reads a knowledge-base file of actors (see {@code docs/knowledge-base.md}): one actor a line, eleven
 * tab-separated columns of which the first three are required and the others may be left out, empty or
 * {@code -}:
 * <pre>
 * ID  TYPE  NAME  NAME_EN  ALIASES  COUNTRY  SUBTYPE  SECTOR  ROLES  NOMINALS  WEB
 * </pre>
 * <ul>
 *   <li>ID: letters, digits and {@code _ . : -}, starting with a letter or digit ("NATO", "KAZ", "P-TOKAYEV");</li>
 *   <li>TYPE: PERSON, ORG, GPE, LOC, GROUP or MISC;</li>
 *   <li>NAME: the canonical Arabic name; NAME_EN: the English name;</li>
 *   <li>ALIASES: other names and spellings, {@code |}-separated, written plain (clitics are handled);</li>
 *   <li>COUNTRY: ISO 3166-1 alpha-3 code; SUBTYPE: a lowercase word (media, agency, igo, party, city,
 *       capital, seat, region...); SECTOR: a CAMEO-style code of {@link Sectors};</li>
 *   <li>ROLES: {@code |}-separated {@link Role}s, {@code TITLE[@OF[@FROM..TO]]};</li>
 *   <li>NOMINALS: nouns, {@code |}-separated and without the article, whose definite form refers back to the
 *       actor (صحيفة for a newspaper: "الصحيفة");</li>
 *   <li>WEB: the host names of the actor's websites, {@code |}-separated, lowercase, without scheme or path
 *       ({@code aawsat.com}): an article's URL names its publisher by them.</li>
 * </ul>
 * A bad line is reported as "FILE:LINE: reason" and skipped; the other lines are read.
 */
final class ActorFile {
    static final int COLUMNS = 11;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]*");
    private static final Pattern SUBTYPE = Pattern.compile("[a-z][a-z-]*");
    /** One label of a host name: lowercase letters, digits and inner hyphens. */
    private static final String HOST_LABEL = "[a-z0-9]([a-z0-9-]*[a-z0-9])?";
    /** A host name: two labels or more, dot-separated. */
    private static final Pattern HOST = Pattern.compile(HOST_LABEL + "(\\." + HOST_LABEL + ")+");

    private ActorFile() {
    }

    /** The actors of {@code content}; each bad line adds a message to {@code problems}. */
    static List<Draft> parse(String content, String file, Predicate<String> isCountry, List<String> problems) {
        List<Draft> drafts = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.parse(content, file, 1)) {
            try {
                drafts.add(draft(row, isCountry));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage().startsWith(file + ":") ? e.getMessage() : row.error(e.getMessage()).getMessage());
            }
        }
        return drafts;
    }

    private static Draft draft(TsvTable.Row row, Predicate<String> isCountry) {
        String[] c = row.columns();
        if (c.length < 3) {
            throw row.error("expected at least 3 tab-separated columns (ID, TYPE, NAME), got " + c.length);
        }
        if (c.length > COLUMNS) {
            throw row.error("expected at most " + COLUMNS + " tab-separated columns, got " + c.length);
        }
        if (!ID.matcher(c[0]).matches()) {
            throw row.error("bad id '" + c[0] + "': use letters, digits and _ . : -");
        }
        Draft d = new Draft(c[0], type(row, c[1]), arabicName(row, c[2]), row.file() + ":" + row.line());
        d.nameEn = optional(c, 3);
        for (String alias : list(row, 4)) {
            d.aliases.add(alias);
        }
        d.country = country(row, optional(c, 5), isCountry);
        d.subtype = subtype(row, optional(c, 6));
        d.sector = sector(row, optional(c, 7));
        for (String role : list(row, 8)) {
            d.roles.add(Role.parse(role));
        }
        d.nominals.addAll(list(row, 9));
        for (String host : list(row, 10)) {
            d.websites.add(host(row, host));
        }
        if (("capital".equals(d.subtype) || "seat".equals(d.subtype)) && d.country == null) {
            throw row.error("a " + d.subtype + " stands for a country and needs one in column 6");
        }
        return d;
    }

    private static EntityType type(TsvTable.Row row, String value) {
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown type '" + value + "': use PERSON, ORG, GPE, LOC, GROUP or MISC");
        }
    }

    private static String arabicName(TsvTable.Row row, String value) {
        if (value.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
            throw row.error("name '" + value + "' has no Arabic letter");
        }
        return value;
    }

    private static String country(TsvTable.Row row, String value, Predicate<String> isCountry) {
        if (value != null && !isCountry.test(value)) {
            throw row.error("unknown ISO-3 country code '" + value + "'");
        }
        return value;
    }

    private static String subtype(TsvTable.Row row, String value) {
        if (value != null && !SUBTYPE.matcher(value).matches()) {
            throw row.error("bad subtype '" + value + "': use a lowercase word such as media, igo, city");
        }
        return value;
    }

    private static String host(TsvTable.Row row, String value) {
        if (!HOST.matcher(value).matches()) {
            throw row.error("bad web host '" + value + "': write a lowercase host name such as aawsat.com, "
                    + "without scheme or path");
        }
        return value;
    }

    private static String sector(TsvTable.Row row, String value) {
        try {
            return Sectors.check(value);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    private static String optional(String[] c, int i) {
        return i < c.length && !c[i].isEmpty() && !c[i].equals("-") ? c[i] : null;
    }

    private static List<String> list(TsvTable.Row row, int i) {
        if (i >= row.columns().length || row.column(i).equals("-")) {
            return List.of();
        }
        return row.list(i);
    }
}
