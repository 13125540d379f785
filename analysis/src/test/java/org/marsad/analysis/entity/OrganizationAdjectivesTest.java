package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.Words;
import org.marsad.article.EntityType;

class OrganizationAdjectivesTest {
    private static final IntUnaryOperator NOTHING_KNOWN = k -> k;

    /** The text the proposal of {@code proposed} (its first occurrence, as {@code type}) covers once extended. */
    private static String extended(String text, String proposed, EntityType type, IntUnaryOperator knownNameEnd) {
        int start = text.indexOf(proposed);
        Proposal p = OrganizationAdjectives.extend(text, Words.of(text),
                new Proposal(start, start + proposed.length(), type, 0.8), knownNameEnd);
        return text.substring(p.start(), p.end());
    }

    private static String extended(String text, String proposed) {
        return extended(text, proposed, EntityType.ORG, NOTHING_KNOWN);
    }

    @Test
    void takesTheAdjectiveOfAnOrganizationsName() {
        assertEquals("منظمة الطاقة النووية", extended("قال رئيس منظمة الطاقة النووية إن العمل مستمر", "منظمة الطاقة"));
        assertEquals("جامعة نايف للعلوم الأمنية", extended("في جامعة نايف للعلوم الأمنية بالرياض", "جامعة نايف للعلوم"));
    }

    @Test
    void takesAtMostTwoAdjectives() {
        assertEquals("كلية العلوم الطبية التطبيقية",
                extended("في كلية العلوم الطبية التطبيقية الحديثة", "كلية العلوم"));
    }

    @Test
    void leavesAProposalOfOneWord() {
        assertEquals("القاعدة", extended("هبطت الطائرة في القاعدة العسكرية", "القاعدة"));
    }

    @Test
    void leavesAnAdjectiveAfterAnIndefiniteWord() {
        assertEquals("شركة سامسونج", extended("أعلنت شركة سامسونج الكورية عن هاتف", "شركة سامسونج"));
    }

    @Test
    void leavesAnAdjectiveTheKnowledgeBaseKnows() {
        String text = "قال البنك المركزي الألماني إن التضخم تراجع";
        int german = 3;
        assertEquals("البنك المركزي", extended(text, "البنك المركزي", EntityType.ORG,
                k -> k == german ? k + 1 : k));
    }

    @Test
    void leavesANameTheKnowledgeBaseKnowsWhole() {
        String text = "أعلن اتحاد كرة القدم الساعية إلى التطوير";
        assertEquals("اتحاد كرة القدم", extended(text, "اتحاد كرة القدم", EntityType.ORG, k -> k == 1 ? 4 : k));
    }

    @Test
    void leavesOrdinalsWordsOfTimeAndParticiples() {
        assertEquals("المعهد الصناعي", extended("تخرج في المعهد الصناعي الثاني بجدة", "المعهد الصناعي"));
        assertEquals("مجلس الإدارة", extended("قرر مجلس الإدارة الحالي الاستقالة", "مجلس الإدارة"));
        assertEquals("اتحاد الكرة", extended("قال اتحاد الكرة الساعي إلى التطوير", "اتحاد الكرة"));
    }

    @Test
    void takesOnlyAnAdjectiveAfterOnePlainSpace() {
        assertEquals("منظمة الطاقة", extended("قالت منظمة الطاقة، الدولية أيضا", "منظمة الطاقة"));
    }

    @Test
    void leavesOtherTypesOfName() {
        assertEquals("عبد الله الأحمد", extended("قال عبد الله الأحمد الكويتي", "عبد الله الأحمد", EntityType.PERSON,
                NOTHING_KNOWN));
    }
}
