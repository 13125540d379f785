package org.marsad.analysis.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.data.TsvTable;

class SpeechCuesTest {
    private static final SpeechCues SHIPPED = SpeechCues.shipped();

    @Test
    void takesASourceNounAsASubjectAndAfterAnAttribution() {
        assertTrue(SHIPPED.isSubjectSourceNoun("المصادر"));
        assertTrue(SHIPPED.isSourceNoun("لمصادر"));
    }

    @Test
    void takesASubjectNounAsASubjectOnly() {
        assertTrue(SHIPPED.isSubjectSourceNoun("الشرطه"));
        assertFalse(SHIPPED.isSourceNoun("الشرطه"), "بحسب تعليمات الشرطة is \"in accordance with\" as often");
    }

    @Test
    void namesTheFileAndLineOfAnUnknownKind() {
        TsvTable.Row row = new TsvTable.Row("speech-cues.tsv", 7, new String[] {"speaker", "الشرطة", "-"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeechCues.of(List.of(row)));
        assertTrue(e.getMessage().contains("speech-cues.tsv") && e.getMessage().contains("7")
                && e.getMessage().contains("subject"), e.getMessage());
    }

    @Test
    void takesACueMarkedConjunctionOnlyWithItsConjunction() {
        assertTrue(SHIPPED.kindsOf("وبين").contains(CueKind.THAT));
        assertTrue(SHIPPED.kindsOf("وبينت").contains(CueKind.THAT));
        assertTrue(SHIPPED.kindsOf("بين").isEmpty(), "بين alone is mostly \"between\"");
        assertTrue(SHIPPED.kindsOf("تبين").isEmpty(), "تبين أن is \"it turned out that\"");
    }

    @Test
    void namesTheFileAndLineOfAnUnknownFourthColumn() {
        TsvTable.Row row = new TsvTable.Row("speech-cues.tsv", 9, new String[] {"that", "بين", "-", "always"});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeechCues.of(List.of(row)));
        assertTrue(e.getMessage().contains("speech-cues.tsv:9") && e.getMessage().contains("conjunction"), e.getMessage());
    }
}
