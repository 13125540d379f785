package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashTest {
    static final String WIRE = "أعلنت وزارة الزراعة التونسية اليوم أن موسم جني الزيتون سيبدأ في منتصف الشهر المقبل "
            + "وأن الإنتاج المتوقع يفوق إنتاج العام الماضي بنسبة كبيرة بفضل الأمطار التي هطلت في الربيع "
            + "وقال مسؤول في الوزارة إن الدولة ستدعم الفلاحين الصغار بقروض ميسرة لشراء المعدات وتخزين المحصول";

    @Test
    void givesNoSignatureToAShortText() {
        assertNull(MinHash.signature("خبر قصير جدا"));
    }

    @Test
    void findsACopyWithADifferentDatelineSimilar() {
        int[] a = MinHash.signature("تونس (وكالات) " + WIRE);
        int[] b = MinHash.signature(WIRE + " والله الموفق");
        assertTrue(MinHash.similarity(a, b) >= StoryIndex.SIMILARITY, () -> "similarity " + MinHash.similarity(a, b));
    }

    @Test
    void ignoresDiacriticsAndAlefVariants() {
        assertArrayEquals(MinHash.signature(WIRE), MinHash.signature(WIRE.replace("أعلنت", "اعلنتْ")));
    }

    @Test
    void findsUnrelatedTextsDissimilar() {
        int[] a = MinHash.signature(WIRE);
        int[] b = MinHash.signature("انطلقت في العاصمة المغربية فعاليات المعرض الدولي للكتاب بمشاركة مئات دور النشر "
                + "من العالم العربي وأوروبا وأفريقيا ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية "
                + "ولقاءات مع الكتاب والمترجمين حول مستقبل القراءة في العصر الرقمي");
        assertTrue(MinHash.similarity(a, b) < 0.2, () -> "similarity " + MinHash.similarity(a, b));
    }

    @Test
    void roundTripsThroughBytes() {
        int[] a = MinHash.signature(WIRE);
        assertArrayEquals(a, MinHash.fromBytes(MinHash.toBytes(a)));
        assertEquals(MinHash.SIZE * 4, MinHash.toBytes(a).length);
    }
}
