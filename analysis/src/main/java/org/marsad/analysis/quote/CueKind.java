package org.marsad.analysis.quote;

/** How a speech cue frames the words it introduces; see {@code speech-cues.tsv}. */
enum CueKind {
    /** قال X إن ...: the content follows a complementizer. */
    THAT,
    /** لا يستبعد X، ...، إمكانية ...: the content is the verb's object, after the subject. */
    OBJECT,
    /** حسب X، فإن ...: a preposition names the source. */
    ATTRIBUTION,
    /** مصادر، بيان: a noun that names a source without saying who, after an attribution preposition. */
    SOURCE,
    /**
     * الشرطة، الباحثون: a noun that names the kind of speaker as a verb's subject only; after an attribution
     * preposition it reads "in accordance with" as often (حسب تعليمات الطبيب), and makes no quote there.
     */
    SUBJECT
}
