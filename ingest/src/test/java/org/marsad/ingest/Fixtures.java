package org.marsad.ingest;

/** Arabic sentences written for these tests. */
final class Fixtures {
    static final String FARMERS = "أعلنت وزارة الزراعة اليوم عن خطة جديدة لدعم صغار المزارعين في المناطق الريفية.";
    static final String MINISTER = "وقال الوزير في مؤتمر صحفي إن الخطة تشمل قروضا ميسرة وتدريبا على أساليب الري الحديثة.";
    static final String LIBRARY = "افتتح المجلس البلدي مكتبة عامة جديدة في وسط المدينة بحضور عدد من الكتاب والطلاب.";
    static final String RAIN = "توقعت هيئة الأرصاد هطول أمطار غزيرة على المناطق الساحلية خلال عطلة نهاية الأسبوع.";
    static final String FINAL = "فاز فريق المدينة بكأس البطولة بعد مباراة نهائية مثيرة انتهت بركلات الترجيح.";

    /** A short news item laid out like the seed: brand line on top, share prompt at the bottom. */
    static final String NEWS_ITEM = "وكالة الأنباء المحلية\n" + FARMERS + "\n" + MINISTER + "\nشارك الخبر مع أصدقائك!\n";

    private Fixtures() {
    }
}
