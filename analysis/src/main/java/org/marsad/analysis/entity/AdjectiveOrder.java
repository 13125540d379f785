package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.analysis.data.TsvTable;

/**
 * The order of a name's adjectives in English.
 *
 * <p>Rules ({@value #FILE} lists the adjectives of scope and the English nouns):
 * <ul>
 *   <li>the English words go in the mirror order of the Arabic ones, as Arabic puts the adjective nearest its noun
 *       first and English last (المنظمة الكشفية العربية is the Arab Scout Organization);</li>
 *   <li>adjectives of scope then stand before the others, the widest first (الحزب الوطني الديمقراطي is the National
 *       Democratic Party, الجامعة الإسلامية العالمية the International Islamic University);</li>
 *   <li>English nouns that stand as adjectives go after the others, next to their noun (الدراسات الاستراتيجية الأمنية
 *       is Strategic Security Studies);</li>
 *   <li>adjectives joined by "and" keep the Arabic order (التقني والمهني is Technical and Vocational).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class AdjectiveOrder {
    static final String FILE = "adjective-order.tsv";
    /** Where the adjectives {@value #FILE} lacks stand among its orders. */
    private static final String UNLISTED = "(unlisted)";
    /** The orders of {@value #FILE}, first to last, and the place of the adjectives it lacks. */
    private static final List<String> ORDERS = List.of("world", "region", "nation", "local", UNLISTED, "noun");
    /** The index in {@link #ORDERS} of each listed adjective's order. */
    private static final Map<String, Integer> RANKS = ranks();

    private AdjectiveOrder() {
    }

    /** The English words of a name's adjectives, given {@code inArabicOrder}, in the order English puts them. */
    static List<String> english(List<String> inArabicOrder) {
        if (inArabicOrder.size() < 2 || inArabicOrder.contains("and")) {
            return inArabicOrder;
        }
        List<String> out = new ArrayList<>(inArabicOrder.reversed());
        out.sort(Comparator.comparingInt(adjective -> RANKS.getOrDefault(adjective, ORDERS.indexOf(UNLISTED))));
        return List.copyOf(out);
    }

    private static Map<String, Integer> ranks() {
        Map<String, Integer> ranks = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(AdjectiveOrder.class, FILE, 2)) {
            int rank = ORDERS.indexOf(row.column(1));
            if (rank < 0 || row.column(1).equals(UNLISTED)) {
                throw row.error("ORDER must be world, region, nation, local or noun, got '" + row.column(1) + "'");
            }
            if (ranks.put(row.column(0), rank) != null) {
                throw row.error("'" + row.column(0) + "' is listed twice");
            }
        }
        return Map.copyOf(ranks);
    }
}
