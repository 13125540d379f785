package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzerTest {

    private static List<String> tokens(SearchAnalyzer.Mode mode, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (Analyzer analyzer = new SearchAnalyzer(mode); TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add((inc.getPositionIncrement() == 0 ? "+" : "") + term);
            }
            ts.end();
        }
        return out;
    }

    @Test
    void indexesTheExactFormAndTheStemAtTheSamePosition() throws IOException {
        assertEquals(List.of("=وكازاخستان", "+كازاخست"), tokens(SearchAnalyzer.Mode.INDEX, "وكازاخستان"));
    }

    @Test
    void foldsAlefVariantsTaaMarbutaAndDiacritics() throws IOException {
        assertEquals(List.of("=اعلنت", "=المدرسه"), tokens(SearchAnalyzer.Mode.EXACT, "أعلنتْ المدرسةُ"));
    }

    @Test
    void keepsOnlyTheExactFormOfAStopWord() throws IOException {
        assertEquals(List.of("=في", "=مصر", "+مصر"), tokens(SearchAnalyzer.Mode.INDEX, "في مصر"));
    }

    @Test
    void stemsQueryWordsWithoutMarker() throws IOException {
        assertEquals(List.of("كازاخست"), tokens(SearchAnalyzer.Mode.STEM, "كازاخستان"));
    }

    @Test
    void turnsArabicIndicDigitsIntoAscii() throws IOException {
        assertEquals(List.of("=2024"), tokens(SearchAnalyzer.Mode.EXACT, "٢٠٢٤"));
    }
}
