package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.marsad.text.ArabicNormalizer.Step;

class ArabicNormalizerPropertiesTest {

    @Property
    void normalizingIsIdempotent(@ForAll("arabicText") String text) {
        String once = ArabicNormalizer.normalize(text);
        assertEquals(once, ArabicNormalizer.normalize(once));
    }

    @Property
    void normalizingAnyUnicodeIsIdempotent(@ForAll String text) {
        String once = ArabicNormalizer.normalize(text);
        assertEquals(once, ArabicNormalizer.normalize(once));
    }

    @Property
    void everyStepSubsetIsIdempotent(@ForAll("arabicText") String text, @ForAll("steps") Set<Step> steps) {
        String once = ArabicNormalizer.normalize(text, steps);
        assertEquals(once, ArabicNormalizer.normalize(once, steps));
    }

    @Property
    void viewHoldsTheNormalizedText(@ForAll("arabicText") String text, @ForAll("steps") Set<Step> steps) {
        assertEquals(ArabicNormalizer.normalize(text, steps), ArabicNormalizer.view(text, steps).text());
    }

    @Property
    void viewMappingIsMonotonicAndWithinOriginal(@ForAll("arabicText") String text) {
        NormalizedText view = ArabicNormalizer.view(text);
        int previous = 0;
        for (int i = 0; i <= view.length(); i++) {
            int original = view.toOriginal(i);
            assertTrue(original >= previous && original <= text.length(), i + " -> " + original);
            previous = original;
        }
    }

    @Property
    void viewMapsEndToEndOfOriginal(@ForAll("arabicText") String text) {
        NormalizedText view = ArabicNormalizer.view(text);
        assertEquals(text.length(), view.toOriginal(view.length()));
    }

    @Property
    void everyNormalizedCharComesFromAnOriginalChar(@ForAll("arabicText") String text) {
        NormalizedText view = ArabicNormalizer.view(text);
        for (int i = 0; i < view.length(); i++) {
            assertTrue(view.toOriginal(i) < text.length(), "offset " + i);
        }
    }

    @Property
    void spanOfViewMapsToSpanOfOriginal(@ForAll("arabicText") String text, @ForAll @IntRange(max = 100) int a,
            @ForAll @IntRange(max = 100) int b) {
        NormalizedText view = ArabicNormalizer.view(text);
        int start = Math.floorMod(a, view.length() + 1);
        int end = start + Math.floorMod(b, view.length() - start + 1);
        Span original = view.toOriginal(new Span(start, end));
        assertTrue(original.start() == view.toOriginal(start) && original.end() >= view.toOriginal(end)
                && original.end() <= text.length(), original.toString());
    }

    @Provide
    Arbitrary<String> arabicText() {
        return Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF')
                .withCharRange('\u0750', '\u077F')
                .withCharRange('\uFB50', '\uFDFF')
                .withCharRange('\uFE70', '\uFEFF')
                .withCharRange('\u200B', '\u200F')
                .withCharRange('\u202A', '\u202E')
                .withCharRange('\u2066', '\u2069')
                .withChars(" .,:0123456789abcXYZ\n")
                .ofMaxLength(80);
    }

    @Provide
    Arbitrary<Set<Step>> steps() {
        return Arbitraries.subsetOf(Step.values())
                .map(s -> s.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(s));
    }
}
