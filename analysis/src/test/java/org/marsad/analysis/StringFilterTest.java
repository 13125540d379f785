package org.marsad.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A filter never says no to a string it holds, however the string is given, and says no to most others. */
class StringFilterTest {
    private static final List<String> WORDS = List.of("الصين", "مصر", "وزير", "الرياض", "ا", "");
    private static final StringFilter FILTER = new StringFilter(WORDS);

    @Test
    void holdsItsStringsWholeAsStretchesAndAsSuffixes() {
        for (String w : WORDS) {
            assertTrue(FILTER.mayContain(w), w);
            assertTrue(FILTER.mayContain("ب" + w + "ها", 1, 1 + w.length()), w);
            assertTrue(FILTER.mayContainSuffix('\0', "وب" + w, 2), w);
            if (!w.isEmpty()) {
                assertTrue(FILTER.mayContainSuffix(w.charAt(0), "لل" + w.substring(1), 2), w);
            }
        }
    }

    @Test
    void suffixHashesAreThoseOfTheSuffixes() {
        Random random = new Random(7);
        List<String> strings = new ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(90); n > 0; n--) {
                b.append((char) ('\u0621' + random.nextInt(40)));
            }
            strings.add(b.toString());
        }
        StringFilter filter = new StringFilter(strings);
        for (String s : strings) {
            for (int from = 0; from <= Math.min(3, s.length()); from++) {
                String suffix = s.substring(from);
                assertTrue(new StringFilter(List.of(suffix)).mayContainSuffix('\0', s, from), s);
                assertTrue(new StringFilter(List.of('ا' + suffix)).mayContainSuffix('ا', s, from), s);
            }
            assertTrue(filter.mayContainSuffix('\0', s, 0));
        }
    }

    @Test
    void joinedHashesAreThoseOfTheJoinedStrings() {
        Random random = new Random(11);
        for (int k = 0; k < 2000; k++) {
            String prefix = k % 3 == 0 ? "" : "ال";
            String word = randomWord(random, 1 + random.nextInt(70));
            String rest = k % 2 == 0 ? "" : " " + randomWord(random, random.nextInt(20));
            int from = random.nextInt(Math.min(5, word.length()));
            String joined = prefix + word.substring(from) + rest;
            assertTrue(new StringFilter(List.of(joined)).mayContainJoined(prefix, word, from, rest), joined);
        }
    }

    private static String randomWord(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int n = 0; n < length; n++) {
            b.append((char) ('\u0621' + random.nextInt(40)));
        }
        return b.toString();
    }

    @Test
    void mostOtherStringsAreRefused() {
        int passed = 0;
        for (int k = 0; k < 1000; k++) {
            passed += FILTER.mayContain("كلمة" + k) ? 1 : 0;
        }
        assertFalse(passed > 100, passed + " of 1000 strings passed a filter of " + WORDS.size());
    }
}
