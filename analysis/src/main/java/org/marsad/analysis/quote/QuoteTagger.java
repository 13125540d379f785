package org.marsad.analysis.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.analysis.entity.IdSequence;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.article.Quote;
import org.marsad.article.TextSpan;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Finds what is said in an article and who says it.
 *
 * <p>Rules:
 * <ol>
 *   <li><b>Direct</b>: words in quotation marks, at least {@value #MIN_DIRECT_WORDS} words long (shorter ones are
 *       names and terms), with a speech cue before them in the same sentence ({@code قال الوزير: "..."}) or right
 *       after them ({@code "..."، قال الوزير}). The speaker is named between the cue and the marks, or after the
 *       cue; a complementizer between the cue and the marks ends the speaker's stretch, since the words after it
 *       open the clause said (وأضاف أن السندات ... "..."، ورأى أن تركيا "..."), and the editor's يذكر أن is no cue
 *       here either.</li>
 *   <li><b>Reported, that-clause</b>: a speech verb, its subject, then أن / إن / بأن / إلى أن within
 *       {@value #MAX_SUBJECT_WORDS} words and before any colon or quotation mark; the content runs from the word
 *       after the complementizer to the end of the sentence. قبل أن، بعد أن، دون أن open a clause of time or
 *       manner, no content.</li>
 *   <li><b>Reported, object</b>: a verb such as يستبعد whose subject is set off by commas
 *       ({@code لا يستبعد المحلل س، مدير ...، إمكانية ...}); the content follows the subject.</li>
 *   <li><b>Attribution</b>: حسب / وفق / بحسب and a source, then فإن and the content; or, late in a sentence, the
 *       content before it, the source then being named within {@value #MAX_UNNAMED_SOURCE_WORDS} words of the cue
 *       and before a comma (the rest of the sentence may go on with the news). The source must follow: a mention
 *       or a source noun of {@code speech-cues.tsv} (مصادر، بيان، مدير) within {@value #SOURCE_REACH} words; else the preposition means "in accordance with". {@code وفق ما نقل} relays a report: that is provenance, not a quote.</li>
 *   <li>A negation right before the cue (لا، لم، لن) belongs to the cue: لا يستبعد.</li>
 *   <li>A cue is no cue where it is a verbal noun: after عدم، دون، بدون (طالبا عدم ذكر اسمه), and a verb without و
 *       or ف after a preposition or the passive's تم، يتم، جرى (في نقل الأخبار، تم نقل المصابين، من يقول إن: "those
 *       who say", no one's words); so are the editor's يذكر أن and the passive يُدعى "is named" (رجل يدعى خالد),
 *       told from يدعي "claims" by its ى.</li>
 *   <li><b>Speaker</b>: the principal entity mentioned between the cue and the content (a person before an
 *       organization before a country; never a country after a preposition, الشرطة في سريلانكا, see {@link
 *       MentionIndex#principal}). A cue with no subject after it has its subject right before it, or before
 *       the particle قد, when no و or ف opens it (لكن سامي يقول إن، «الخطيب» يقول إن، وكان سامي قد قال إن); else it
 *       continues the previous speaker, named or unnamed (وأضاف أن، وأضاف أن "..."، تقول: «...»). A speaker found only as a nationality adjective is named by
 *       the subject up to it (وزير الخارجية المصري), not by the adjective alone; an adjective past a comma or colon
 *       or more than {@value #MAX_UNNAMED_SOURCE_WORDS} words into the subject names none. A subject that names no
 *       entity but opens with a source noun (وقالت مصادر أمنية، وأشار التقرير، وقال شهود عيان، وقال أحد المسؤولين)
 *       names an unnamed source: its words, up to
 *       {@value #MAX_UNNAMED_SOURCE_WORDS} of them and the first comma, are the speaker's text, with no speaker.</li>
 * </ol>
 */
public final class QuoteTagger {
    static final int MIN_DIRECT_WORDS = 3;
    /** The longest quoted stretch that a that-clause passes over as a name («الشرق الأوسط»، "أرامكو السعودية"). */
    static final int MAX_QUOTED_NAME_CHARS = 30;
    static final int MAX_SUBJECT_WORDS = 15;
    static final int MAX_APPOSITION_WORDS = 14;
    static final int SOURCE_REACH = 5;
    static final int MAX_UNNAMED_SOURCE_WORDS = 8;
    /** How far back a name ending right before its cue may start, in chars. */
    private static final int MAX_SUBJECT_CHARS = 80;
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم");
    private static final Set<String> LINKS = Set.of("الي", "علي", "من");
    /** Words of quantity before a source noun (normalized): أحد المسؤولين، بعض المواطنين، عدد من الخبراء. */
    private static final Set<String> QUANTIFIERS = Set.of("احد", "احدي", "بعض", "عدد", "معظم", "غالبيه", "اغلب",
            "كثير", "عشرات", "مئات");
    /** Words that make أن after them open a clause of time or manner, not of speech (normalized): قبل أن، بعد أن، دون أن. */
    private static final Set<String> ADVERBIAL_BEFORE_AN = Set.of("قبل", "بعد", "دون", "بدون", "منذ", "لمجرد", "حتي");
    /** Words that make the verbal noun after them "without" (normalized): طالبا عدم ذكر اسمه، دون كشف هويته. */
    private static final Set<String> NEGATING_NOUNS = Set.of("عدم", "وعدم", "لعدم", "بعدم", "دون", "بدون");
    /**
     * Words after which a verb's form without a conjunction is its verbal noun (normalized): prepositions, which no
     * verb follows (في نقل المصابين، إلى نقل خبرته، عند نقل الأحداث; على only as written, with ى: normalized, it is
     * the given name علي), and the auxiliaries of the passive (تم نقل، جرى ذكره). With و it is the verb (التفت إليّ
     * وقال).
     */
    private static final Set<String> BEFORE_VERBAL_NOUNS = Set.of("في", "من", "الي", "عن", "عند", "حول", "خلال",
            "لدي", "تم", "وتم", "يتم", "ويتم", "سيتم", "جري", "يجري");
    /** يدعي، تدعي ("claims") normalized, with و; written يدعى، تدعى they are the passive "is named" (رجل يدعى خالد). */
    private static final Set<String> CLAIMS = Set.of("يدعي", "تدعي", "ويدعي", "وتدعي");
    /** The editor's formulas of background (normalized): يذكر أن، ويذكر أن. */
    private static final Set<String> NOTE_FORMULAS = Set.of("يذكر", "ويذكر");
    /** What parts two words: spaces, no-break spaces too, and the marks of direction. */
    private static final Pattern WORD_GAPS = Pattern.compile("[\\s\\p{Z}\\u200c-\\u200f]+");
    /**
     * Words besides the complementizers that end an unnamed source's words (normalized): إلى، لكن; words of time,
     * the days of the week among them (مصدر أمني الجمعة، مسؤولون يوم الثلاثاء، في بيان مساء أمس), but not صباح,
     * which is a Malaysian state and a given name as well; the adverbs that add a source to others (المصادر أيضا،
     * مصادر عسكرية بدورها); and the asking not to be named that follows a source (طالبا عدم ذكر اسمه، الذي طلب عدم
     * الكشف عن هويته).
     */
    private static final Set<String> SUBJECT_ENDS = Stream.of("إلى", "لكن", "أمس", "اليوم", "يوم", "مساء",
            "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "أيضا", "كذلك", "بدوره", "بدورها",
            "بدورهم", "طالبا", "طلب", "مشترطا", "مفضلا", "رافضا", "الذي", "التي", "والذي")
            .map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> FA_INNA = Set.of("فان", "فانه", "فانها", "فانهم");
    /** Words with ف that open the next clause (normalized): فإن and its forms, فهو، فهي، فهم، فقد. */
    private static final Set<String> FA_CLAUSES = Stream.concat(FA_INNA.stream(), Stream.of("فهو", "فهي", "فهم", "فهما",
            "فقد")).collect(Collectors.toUnmodifiableSet());
    /** The particles of the perfect that may stand before a verb of speech (normalized): فقد قال، قد أعلن. */
    private static final Set<String> PERFECT_PARTICLES = Set.of("فقد", "قد", "وقد");
    private static final Set<String> NEGATIONS = Set.of("لا", "لم", "لن");
    /** كان and its forms with و or ف (normalized), which open a clause whose verb comes after قد. */
    private static final Set<String> KANA = Set.of("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت");

    private final SpeechCues cues;

    private QuoteTagger(SpeechCues cues) {
        this.cues = cues;
    }

    public static QuoteTagger withShippedCues() {
        return new QuoteTagger(SpeechCues.shipped());
    }

    /** A quote before its speaker is resolved: content, cue and the stretch naming the speaker. */
    record Draft(int start, int end, int cueStart, int cueEnd, int regionStart, int regionEnd, boolean direct,
                 double confidence) {
    }

    public List<Quote> tag(String text, List<Span> sentences, Words words, MentionIndex mentions) {
        Sentences sents = new Sentences(sentences);
        List<Draft> drafts = new ArrayList<>();
        Set<Integer> usedCues = new HashSet<>();
        for (Span marked : QuoteMarks.find(text)) {
            Draft d = direct(text, marked, sents, words, usedCues);
            if (d != null) {
                drafts.add(d);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            Draft d = usedCues.contains(i) || insideAny(words.span(i), drafts) ? null : reported(text, i, sents, words, mentions);
            if (d != null && !overlapsDirect(d, drafts)) {
                drafts.add(d);
            }
        }
        drafts.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return resolve(text, nearestCues(text, drafts, mentions), mentions);
    }

    /**
     * {@code drafts} with one draft per content. Of the cues that reach the same words, the one nearest them whose
     * subject names a speaker (an entity, or an unnamed source) says them: "وأشارت إلى تصريحات للوزيرة، قالت فيها
     * الوزيرة إن ..." is قالت's. A nearer cue without a subject (ونفى فلان ...، وقال إنه) or with one that names nobody
     * (وأفاد مصدر أمني، لم يكشف عن اسمه، بأن), or one that relays (قال الشيخ ...، كما نقل عنه موقع ... إنه), leaves the
     * words to the first cue.
     */
    private List<Draft> nearestCues(String text, List<Draft> drafts, MentionIndex mentions) {
        Map<Long, List<Draft>> byContent = new LinkedHashMap<>();
        for (Draft d : drafts) {
            byContent.computeIfAbsent(((long) d.start() << 32) | d.end(), k -> new ArrayList<>()).add(d);
        }
        List<Draft> out = new ArrayList<>(byContent.size());
        for (List<Draft> same : byContent.values()) {
            same.sort(Comparator.comparingInt(Draft::cueStart));
            Draft chosen = same.get(0);
            for (int k = same.size() - 1; k > 0; k--) {
                if (!relays(text, same.get(k)) && namesSpeaker(text, same.get(k), mentions)) {
                    chosen = same.get(k);
                    break;
                }
            }
            out.add(chosen);
        }
        return out;
    }

    /**
     * Whether nothing but punctuation and a complementizer stands between the cue and the words said: وأضاف أن
     * "..."، تقول: «...» continue the speaker before.
     */
    private static boolean noSubject(String text, Draft d) {
        int wordStart = -1;
        for (int i = d.regionStart(); i <= d.regionEnd(); i++) {
            boolean inWord = i < d.regionEnd() && Character.isLetterOrDigit(text.charAt(i));
            if (inWord && wordStart < 0) {
                wordStart = i;
            } else if (!inWord && wordStart >= 0) {
                if (!COMPLEMENTIZERS.contains(ArabicNormalizer.normalize(text.substring(wordStart, i)))) {
                    return false;
                }
                wordStart = -1;
            }
        }
        return true;
    }

    /**
     * The person, organization or country whose mention ends right before the cue, quote marks, spaces and the
     * particle قد aside, when the cue has no و or ف in front (لكن سامي يقول إن، وكان سامي قد قال إن): a subject
     * before its verb; else null. Not one that
     * cannot speak ({@link MentionIndex#maySpeak}: مدير فرع الهيئة بمنطقة الرياض قال is not said by the region).
     */
    private static MentionIndex.Located subjectBefore(String text, Draft d, MentionIndex mentions) {
        char first = text.charAt(d.cueStart());
        if (first == 'و' || first == 'ف') {
            return null;
        }
        int end = skipBack(text, d.cueStart());
        boolean qad = end >= 2 && text.startsWith("قد", end - 2) && (end == 2 || !Character.isLetter(text.charAt(end - 3)));
        if (qad) {
            end = skipBack(text, end - 2);
        }
        MentionIndex.Located subject = null;
        for (MentionIndex.Located l : mentions.within(Math.max(0, end - MAX_SUBJECT_CHARS), end)) {
            if (l.mention().end() == end && MentionIndex.maySpeak(l.entity()) && l.mention().kind() != MentionKind.ADJECTIVE
                    && !MentionIndex.isCountryAfterPreposition(text, l)
                    && (!qad || l.entity().type() == EntityType.PERSON || opensClause(text, l.mention().start()))) {
                subject = l;
            }
        }
        return subject;
    }

    /**
     * Whether a name starting at {@code start} opens its clause: a form of كان (وكانت الإمارات قد أعلنت) or nothing
     * but punctuation stands before it in its sentence. Before قد, an organization or country that does not is the
     * complement of the subject's head noun (وكان مدرب برشلونة قد أعلن: the coach speaks, not the club).
     */
    private static boolean opensClause(String text, int start) {
        int end = skipBack(text, start);
        int wordStart = end;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return wordStart == end || KANA.contains(ArabicNormalizer.normalize(text.substring(wordStart, end)));
    }

    /** {@code offset} moved back over spaces and quote marks. */
    private static int skipBack(String text, int offset) {
        int end = offset;
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || "«»\"“”".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }

    /** Whether the draft's subject names a speaker: an entity, or an unnamed source. */
    private boolean namesSpeaker(String text, Draft d, MentionIndex mentions) {
        return !noSubject(text, d) && (speakerIn(text, d, mentions) != null || unnamedSource(text, d) != null);
    }

    /**
     * The principal mention of the draft's subject ({@link MentionIndex#principal}), unless it is a nationality
     * adjective past a comma or colon or more than {@value #MAX_UNNAMED_SOURCE_WORDS} words into it: هشام مروة، نائب
     * رئيس «الائتلاف الوطني السوري» المعارض قال ... إن is not said by Syria. Null when there is none.
     */
    private static MentionIndex.Located speakerIn(String text, Draft d, MentionIndex mentions) {
        MentionIndex.Located speaker = mentions.principal(text, d.regionStart(), d.regionEnd());
        boolean farAdjective = speaker != null && speaker.mention().kind() == MentionKind.ADJECTIVE
                && !isPhrase(subjectTo(text, speaker, d));
        return farAdjective ? null : speaker;
    }

    /** Whether the draft's cue is a verb of relaying (نقل، ونقلت، نقلا), which passes on another's words. */
    private static boolean relays(String text, Draft d) {
        String cue = ArabicNormalizer.normalize(text.substring(d.cueStart(), d.cueEnd()));
        return cue.startsWith("نقل") || cue.startsWith("ونقل") || cue.startsWith("فنقل");
    }

    private Draft direct(String text, Span inside, Sentences sents, Words words, Set<Integer> usedCues) {
        int first = words.firstAtOrAfter(inside.start());
        int afterQuote = words.firstAtOrAfter(inside.end());
        if (afterQuote - first < MIN_DIRECT_WORDS) {
            return null;
        }
        Span sentence = sents.containing(inside.start() - 1);
        for (int i = first - 1; i >= 0 && words.span(i).start() >= sentence.start(); i--) {
            if (isNoteFormula(words, i)) {
                break;
            }
            if (isSpeechVerbAt(text, words, i)) {
                usedCues.add(i);
                int regionEnd = trimEnd(text, words.span(i).end(), subjectEnd(words, i, first, inside.start() - 1));
                return new Draft(inside.start(), inside.end(), cueStart(words, i), words.span(i).end(),
                        words.span(i).end(), regionEnd, true, 0.9);
            }
        }
        Span after = sents.containing(inside.end());
        for (int i = afterQuote; i < words.size() && i < afterQuote + 3 && words.span(i).end() <= after.end(); i++) {
            if (isSpeechVerbAt(text, words, i)) {
                usedCues.add(i);
                return new Draft(inside.start(), inside.end(), words.span(i).start(), words.span(i).end(),
                        words.span(i).end(), after.end(), true, 0.85);
            }
        }
        return null;
    }

    /**
     * Where the subject of the cue at word {@code cue} ends before a direct quote whose first word is {@code first}
     * and whose mark opens at {@code mark}: at the first complementizer between them, else at the mark.
     */
    private static int subjectEnd(Words words, int cue, int first, int mark) {
        for (int k = cue + 1; k < first; k++) {
            if (COMPLEMENTIZERS.contains(words.normalized(k))) {
                return words.span(k).start();
            }
        }
        return mark;
    }

    private Draft reported(String text, int i, Sentences sents, Words words, MentionIndex mentions) {
        Set<CueKind> kinds = cues.kindsOf(words.normalized(i));
        if (kinds.isEmpty() || isNoteFormula(words, i) || isNamedPassive(text, words, i)
                || isVerbalNoun(text, words, i, kinds.contains(CueKind.THAT) || kinds.contains(CueKind.OBJECT))) {
            return null;
        }
        Span sentence = sents.containing(words.span(i).start());
        Draft d = kinds.contains(CueKind.THAT) ? thatClause(text, i, sentence, words) : null;
        if (d == null && kinds.contains(CueKind.OBJECT)) {
            d = objectClause(text, i, sentence, words);
        }
        if (d == null && kinds.contains(CueKind.ATTRIBUTION) && namesASource(words, i, mentions)) {
            d = attribution(text, i, sentence, words);
        }
        return d;
    }

    /**
     * Whether word {@code i} opens the editor's formula "it is to be mentioned that" (يذكر أن، ويُذكر أنه), which
     * gives background, not anyone's words: the passive reads like ذكر's imperfect, with no subject before أن.
     */
    private static boolean isNoteFormula(Words words, int i) {
        return NOTE_FORMULAS.contains(words.normalized(i)) && i + 1 < words.size()
                && COMPLEMENTIZERS.contains(words.normalized(i + 1));
    }

    /** Whether word {@code i} is a verb of speech, as a verb: no verbal noun, no يُدعى. */
    private boolean isSpeechVerbAt(String text, Words words, int i) {
        return isSpeechVerb(words.normalized(i)) && !isVerbalNoun(text, words, i, true) && !isNamedPassive(text, words, i);
    }

    /**
     * Whether word {@code i} is the passive يُدعى، تُدعى, "is named", which its last letter ى tells from يدعي
     * "claims" once normalization has folded the two: no speech (وقال شاهد يدعى أحمد: the cue is وقال).
     */
    private static boolean isNamedPassive(String text, Words words, int i) {
        return CLAIMS.contains(words.normalized(i)) && endsInAlefMaqsura(text, words.span(i));
    }

    /** Whether the word written at {@code word} ends in ى, short vowels after it aside. */
    private static boolean endsInAlefMaqsura(String text, Span word) {
        int last = word.end() - 1;
        while (last > word.start() && text.charAt(last) >= '\u064B' && text.charAt(last) <= '\u0652') {
            last--;
        }
        return text.charAt(last) == 'ى';
    }

    /**
     * Whether word {@code i}, a cue, is a verbal noun by the word right before it: a negating noun, or, for a verb
     * ({@code verb}) without a conjunction, a word of {@link #BEFORE_VERBAL_NOUNS}. No speech then. Only spaces may
     * part the two: the word list leaves numbers out, and في 2014، حسب is no verbal noun; nor is the attribution
     * of كما تم، وفق المصدر، إيقاف a verbal noun.
     */
    private static boolean isVerbalNoun(String text, Words words, int i, boolean verb) {
        String before = i == 0 ? "" : words.normalized(i - 1);
        String word = words.normalized(i);
        boolean conjunction = word.length() > 3 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف');
        boolean preposition = BEFORE_VERBAL_NOUNS.contains(before)
                || before.equals("علي") && endsInAlefMaqsura(text, words.span(i - 1)); // على, not the name علي
        if (!NEGATING_NOUNS.contains(before) && !(verb && !conjunction && preposition)) {
            return false;
        }
        int gapStart = words.span(i - 1).end();
        int gapEnd = words.span(i).start();
        return gapStart == gapEnd || WORD_GAPS.matcher(text).region(gapStart, gapEnd).matches();
    }

    private Draft thatClause(String text, int i, Span sentence, Words words) {
        int stop = stopAt(text, words.span(i).end(), sentence.end());
        for (int k = i + 1; k < words.size() && k <= i + MAX_SUBJECT_WORDS && words.span(k).start() < stop; k++) {
            String w = words.normalized(k);
            if (k > i + 1 && ADVERBIAL_BEFORE_AN.contains(words.normalized(k - 1))) {
                continue; // بخلافات بين المدرب والنجم قبل أن تتحسن: a time, not the words said
            }
            int contentWord = COMPLEMENTIZERS.contains(w) ? k + 1
                    : LINKS.contains(w) && k + 1 < words.size() && COMPLEMENTIZERS.contains(words.normalized(k + 1)) ? k + 2 : -1;
            if (contentWord > 0) {
                return content(text, i, words, words.span(k).start(), contentWord, sentence, 0.8);
            }
        }
        return null;
    }

    private Draft objectClause(String text, int i, Span sentence, Words words) {
        int cueEnd = words.span(i).end();
        int c1 = commaAfter(text, cueEnd, sentence.end());
        int c2 = c1 < 0 ? -1 : commaAfter(text, c1 + 1, sentence.end());
        int subjectEnd = c2 >= 0 && words.firstAtOrAfter(c2) - i <= MAX_APPOSITION_WORDS ? c2
                : c1 >= 0 && words.firstAtOrAfter(c1) - i <= MAX_APPOSITION_WORDS ? c1 : -1;
        if (subjectEnd < 0) {
            return null;
        }
        return content(text, i, words, subjectEnd, words.firstAtOrAfter(subjectEnd), sentence, 0.7);
    }

    /**
     * Whether an attribution preposition at {@code cue} is followed by who says it: a mention or a source noun
     * within {@value #SOURCE_REACH} words (وفقا لمصادر، حسب مدير الإدارة، وفقا لما ذكرته وسائل الإعلام). Without
     * one, وفق المعايير and حسب الخطة mean "in accordance with" and introduce no quote.
     */
    private boolean namesASource(Words words, int cue, MentionIndex mentions) {
        int reach = Math.min(words.size() - 1, cue + SOURCE_REACH);
        for (int k = cue + 1; k <= reach; k++) {
            if (cues.isSourceNoun(words.normalized(k))) {
                return true;
            }
        }
        return cue + 1 <= reach && mentions.principal(null, words.span(cue + 1).start(), words.span(reach).end()) != null;
    }

    private Draft attribution(String text, int i, Span sentence, Words words) {
        if (i + 1 < words.size() && words.normalized(i + 1).equals("ما")) {
            return null;
        }
        for (int k = i + 1; k < words.size() && k <= i + MAX_SUBJECT_WORDS + 5 && words.span(k).start() < sentence.end(); k++) {
            if (FA_INNA.contains(words.normalized(k))) {
                return content(text, i, words, words.span(k).start(), k + 1, sentence, 0.75);
            }
        }
        if (i - words.firstAtOrAfter(sentence.start()) >= 3) {
            int end = trimEnd(text, sentence.start(), words.span(i).start());
            int sourceEnd = Math.min(clauseAfter(words, i, sentence.end()), sourceLimit(text, words, i, sentence.end()));
            return end <= sentence.start() ? null : new Draft(sentence.start(), end, words.span(i).start(),
                    words.span(i).end(), words.span(i).end(), trimEnd(text, words.span(i).end(), sourceEnd), false, 0.6);
        }
        int comma = commaAfter(text, words.span(i).end(), sentence.end());
        if (comma < 0 || speakerOfItsOwnOpens(text, words, words.firstAtOrAfter(comma), sentence)) {
            return null;
        }
        return content(text, i, words, comma, words.firstAtOrAfter(comma), sentence, 0.6);
    }

    /**
     * Whether the clause at word {@code first} (after فقد or قد) is a verb of speech with a subject of its own and a
     * complementizer: in "وبحسب «الفرنسية»، فقد قال الوزير إن ..." the minister says the words and the agency only
     * relays them, which the provenance chain tells. Without a subject (وبحسب مصادر، أكدت أن) the source says them.
     */
    private boolean speakerOfItsOwnOpens(String text, Words words, int first, Span sentence) {
        int k = first < words.size() && PERFECT_PARTICLES.contains(words.normalized(first)) ? first + 1 : first;
        if (k >= words.size() || !isSpeechVerbAt(text, words, k)) {
            return false;
        }
        Draft own = thatClause(text, k, sentence, words);
        return own != null && !noSubject(text, own);
    }

    /**
     * How far the source of an attribution at word {@code cue} that ends its sentence's content may reach: to the
     * first comma, at most {@value #MAX_UNNAMED_SOURCE_WORDS} words, else {@code end}. "وفقا لتقرير فريق الإحصاء
     * بالمهرجان 1554 سيارة ... لأسواق المملكة" names its source in the first words; the rest is news.
     */
    private static int sourceLimit(String text, Words words, int cue, int end) {
        int comma = commaAfter(text, words.span(cue).end(), end);
        int limit = comma >= 0 ? comma : end;
        int last = cue + MAX_UNNAMED_SOURCE_WORDS;
        return last + 1 < words.size() ? Math.min(limit, words.span(last + 1).start()) : limit;
    }

    /**
     * Where the clause that ف opens after the source of the attribution at word {@code cue} starts (وبحسب أنباء
     * صحفية فهم والدة ...: the names after فهم are no source), else {@code end}.
     */
    private static int clauseAfter(Words words, int cue, int end) {
        for (int k = cue + 1; k < words.size() && words.span(k).start() < end; k++) {
            if (FA_CLAUSES.contains(words.normalized(k))) {
                return words.span(k).start();
            }
        }
        return end;
    }

    /** A reported quote whose subject ends at {@code regionEnd} and whose content starts at word {@code first}. */
    private Draft content(String text, int cue, Words words, int regionEnd, int first, Span sentence, double confidence) {
        if (first >= words.size() || words.span(first).start() >= sentence.end()) {
            return null;
        }
        int start = words.span(first).start();
        int end = trimEnd(text, start, sentence.end());
        return new Draft(start, end, cueStart(words, cue), words.span(cue).end(), words.span(cue).end(),
                trimEnd(text, words.span(cue).end(), regionEnd), false, confidence);
    }

    private List<Quote> resolve(String text, List<Draft> drafts, MentionIndex mentions) {
        IdSequence ids = new IdSequence("q");
        List<Quote> quotes = new ArrayList<>(drafts.size());
        MentionIndex.Located previous = null;
        String previousText = null;
        for (Draft d : drafts) {
            MentionIndex.Located speaker;
            String speakerText;
            if (noSubject(text, d)) {
                MentionIndex.Located before = subjectBefore(text, d, mentions);
                speaker = before != null ? before : previous;
                speakerText = before != null ? speakerText(text, before, null) : previousText;
            } else {
                speaker = speakerIn(text, d, mentions);
                speakerText = speaker != null ? speakerText(text, speaker, d) : unnamedSource(text, d);
            }
            double confidence = speaker != null ? d.confidence() : d.confidence() / 2;
            quotes.add(new Quote(ids.next(), d.start(), d.end(), text.substring(d.start(), d.end()), d.direct(),
                    TextSpan.of(text, d.cueStart(), d.cueEnd()), speaker != null ? speaker.entity().id() : null,
                    speakerText, confidence));
            if (speaker != null || speakerText != null) {
                previous = speaker;
                previousText = speakerText; // وزير الخارجية المصري goes on speaking as such, not as المصري
            }
        }
        return quotes;
    }

    /**
     * The words naming the speaker: its mention, or, when that is only a nationality adjective of the subject
     * (وزير الخارجية المصري), the whole subject up to and with the adjective, which is one phrase: {@link
     * #speakerIn} takes no adjective further into the subject.
     */
    private static String speakerText(String text, MentionIndex.Located speaker, Draft d) {
        Mention m = speaker.mention();
        if (d == null || m.kind() != MentionKind.ADJECTIVE || m.start() <= d.regionStart()) {
            return m.text();
        }
        return subjectTo(text, speaker, d);
    }

    /** The draft's subject from its first word up to and with the speaker's mention. */
    private static String subjectTo(String text, MentionIndex.Located speaker, Draft d) {
        int start = d.regionStart();
        while (start < speaker.mention().start() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return text.substring(Math.min(start, speaker.mention().start()), speaker.mention().end());
    }

    /** Whether {@code subject} is one phrase: no comma or colon, at most {@value #MAX_UNNAMED_SOURCE_WORDS} words. */
    private static boolean isPhrase(String subject) {
        return firstOf(subject, "،,:") == subject.length()
                && WORD_GAPS.splitAsStream(subject).filter(w -> !w.isEmpty()).count() <= MAX_UNNAMED_SOURCE_WORDS;
    }

    /**
     * The words of a subject that opens with a source noun ({@code speech-cues.tsv}: مصادر، التقرير، شهود): the
     * unnamed source (مصادر أمنية), up to {@value #MAX_UNNAMED_SOURCE_WORDS} words and the first comma; else null.
     */
    private String unnamedSource(String text, Draft d) {
        String subject = text.substring(d.regionStart(), Math.max(d.regionStart(), d.regionEnd()));
        String[] subjectWords = WORD_GAPS.splitAsStream(subject.substring(0, firstOf(subject, "،,:«\"“(")))
                .filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (subjectWords.length == 0 || !opensWithSourceNoun(subjectWords)) {
            return null;
        }
        int end = 1;
        while (end < Math.min(subjectWords.length, MAX_UNNAMED_SOURCE_WORDS) && !endsSubject(subjectWords[end])) {
            end++;
        }
        return String.join(" ", Arrays.copyOf(subjectWords, end));
    }

    /**
     * Whether {@code words} open with a source noun, alone or after a quantifier and من (أحد المسؤولين، بعض
     * المواطنين، عدد من الخبراء).
     */
    private boolean opensWithSourceNoun(String[] words) {
        String first = ArabicNormalizer.normalize(words[0]);
        if (cues.isSubjectSourceNoun(first)) {
            return true;
        }
        if (!QUANTIFIERS.contains(first) || words.length < 2) {
            return false;
        }
        int noun = ArabicNormalizer.normalize(words[1]).equals("من") ? 2 : 1;
        return noun < words.length && cues.isSubjectSourceNoun(ArabicNormalizer.normalize(words[noun]));
    }

    /**
     * Whether a word ends the subject before it: a complementizer (أن، إلى أن), لـ and whom it is said to (مصدر
     * لـ"الوطن"), or one of {@link #SUBJECT_ENDS} (أمس، الجمعة، أيضا، لكن، طالبا عدم ذكر اسمه).
     */
    private static boolean endsSubject(String word) {
        String w = ArabicNormalizer.normalize(word);
        return COMPLEMENTIZERS.contains(w) || SUBJECT_ENDS.contains(w) || word.startsWith("لـ");
    }

    /** The index of the first of {@code chars} in {@code s}, or its length when none is there. */
    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    /** Whether the normalized word is a verb of speech (قال، وأضاف، يقول), a conjunction allowed in front. */
    public boolean isSpeechVerb(String normalizedWord) {
        Set<CueKind> kinds = cues.kindsOf(normalizedWord);
        return kinds.contains(CueKind.THAT) || kinds.contains(CueKind.OBJECT);
    }

    private static int cueStart(Words words, int cue) {
        return cue > 0 && NEGATIONS.contains(words.normalized(cue - 1)) ? words.span(cue - 1).start() : words.span(cue).start();
    }

    // loops rather than streams: both run once per word of the article
    private static boolean insideAny(Span word, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.start() <= word.start() && word.end() <= d.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsDirect(Draft d, List<Draft> drafts) {
        for (Draft o : drafts) {
            if (o.direct() && o.start() < d.end() && d.start() < o.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first colon or quotation mark in {@code [from, end)}, or {@code end}: a that-clause cannot pass them. A
     * quoted name is passed over: in "قال مصدر لـ«الشرق الأوسط»، إن" the marks close within
     * {@value #MAX_QUOTED_NAME_CHARS} characters and hold no quotation.
     */
    private static int stopAt(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == ':' || QuoteMarks.isMark(text.charAt(i))) {
                int close = QuoteMarks.closing(text, i);
                if (close < 0 || close >= end || close - i > MAX_QUOTED_NAME_CHARS) {
                    return i;
                }
                i = close;
            }
        }
        return end;
    }

    private static int commaAfter(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.charAt(i) == '،' || text.charAt(i) == ',') {
                return i;
            }
        }
        return -1;
    }

    /** {@code end} moved back over spaces, punctuation and quotation marks, but not before {@code start}. */
    static int trimEnd(String text, int start, int end) {
        while (end > start && isTrailing(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isTrailing(char c) {
        return Character.isWhitespace(c) || ".،,:;!؟?؛".indexOf(c) >= 0 || QuoteMarks.isMark(c);
    }

    /** Sentence lookup by offset. */
    private static final class Sentences {
        private final List<Span> spans;

        Sentences(List<Span> spans) {
            this.spans = spans;
        }

        /** The sentence holding {@code offset}, or the gap around it as a span when it falls between sentences. */
        Span containing(int offset) {
            int i = Collections.binarySearch(spans, new Span(Math.max(0, offset), Math.max(0, offset)),
                    (a, b) -> Integer.compare(a.start(), b.start()));
            int index = i >= 0 ? i : -i - 2;
            return index >= 0 && index < spans.size() ? spans.get(index) : new Span(0, 0);
        }
    }
}
