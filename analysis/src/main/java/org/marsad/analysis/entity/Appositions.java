package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Reads the role phrases news sets beside a person's name: who the person is, for which country and where.
 *
 * <p>Rules ({@code role-heads.tsv} lists the role words, {@code org-heads.tsv} the nouns that head an
 * organization's name):
 * <ol>
 *   <li><b>Role before the name</b>: a role word, up to {@value #MAX_ADJECTIVES} adjectives (السياسي،
 *       الكازاخستاني) and the words that date it (السابق، الأسبق، الجديد: الوزير السابق), then two or three name
 *       words ending at punctuation or a function word: the name words are
 *       a person ({@link #propose}), a role word with a possessive pronoun too (رئيسها التنفيذي، مدربه: {@link
 *       PossessedRoles} makes the role the office itself, الرئيس التنفيذي), unless the role word is an occupation
 *       (اللاعب، الشاعر), which sports and
 *       arts news follow with anything; nor after a role word without the article and a word without it that
 *       opens no name before a given name, the place of the office (محافظ تنومة عبدالرحمن الهزاني), where the
 *       tagger's own proposal stands. The role is the role word with its adjectives, less nationality adjectives,
 *       which give the person's country instead (but for one of a body's name before its complement with ل:
 *       "رئيس الاتحاد السعودي للمبارزة"); not a lone role word without the article right before the
 *       name, which is in construct with it ("نائب الملا عمر" is Mullah Omar's deputy), nor a role before a name
 *       with a letter glued to it ("النائب السابق للملا عمر"). A role word without the article takes its definite
 *       complement (وزير الشؤون الاجتماعية السابق), unless that is an office of its own, whose holder the name is
 *       ("نائب المستشارة أنجيلا ميركل"); such a role after a bare role word or وكيل، مساعد is the deputy's
 *       ("نائب وزير الصحة"), and so is one whose complement stands between it and the name ("نائب الأمين العام
 *       للصندوق هناء الزهير"). A role takes the organization named right after it, after باسم or an organization's
 *       noun with ل (المتحدث الرسمي باسم وزارة الخدمة المدنية، المتحدث الرسمي لوزارة الصحة، المدير التنفيذي
 *       لشركة أرامكو), or a complement with لل، بال, or ل or ب and an organization's or a state body's noun
 *       (الناطق الإعلامي بشرطة منطقة مكة المكرمة; not one that holds the title of the name after it: "الصحفي بمكتب
 *       الرئيس اليمني عبد ربه منصور هادي"), its adjectives, the body after
 *       في by its definite noun (رئيس اللجنة الاقتصادية في البرلمان الإيراني أحمد توكلي) and a place
 *       after في or ب ("المدير العام للتعليم بمنطقة عسير جلوي بن محمد"; not "المستشار الخاص للرئيس سامر خليل", whose
 *       complement is a title the name holds, nor an airport's whose name the name goes on: "المدير العام لمطار
 *       المنستير الحبيب بورقيبة الدولي"); and a place's name after في or لدى right before the name, where the role is held
 *       ("السفير السعودي في القاهرة أحمد قطان"، "رئيس الجالية اليمنية في جدة"), and a member of parliament's party
 *       after عن ("النائب عن الجبهة الشعبية عمار عمروسية"); a state's body gives its country to a
 *       holder without one (a ministry, agency, legislature, court or army: the State Department's spokesman is American). The name right after باسم is the
 *       one spoken for: "الناطقة باسم دي ميستورا جيسي شاهين" is her role. A body referred to by its definite noun
 *       alone is passed over to a given name after it ("مدير الهيئة سامر الحلبي", "المتحدث الرسمي للمركز رأفت
 *       الصباغ"), a name of three words then only where punctuation closes it, and so is a construct chain opened by
 *       ل and an organization's noun ("الأمين العام لرابطة العلماء سامر الحلبي"), whose plural of a people after it
 *       is an adjective (اتحاد المقاولين العرب). A role word right after آل is a family's name: آل الشيخ. A role
 *       runs over a body's name in quotation marks that at most {@value #MAX_LINK_WORDS} linking words (ل، بـ، في،
 *       باسم, an organization's noun, a definite complement) part from it, to the name right after the closing mark:
 *       "المدير التنفيذي لشركة «سبورتس ون وي» نايف جنبي"، "مدير الإعلام في "عكاظ" محمد سمان". A name ends before و or ف glued to a
 *       function word or a definite word (وذلك، واللاعبين), which goes on the sentence.</li>
 *   <li><b>Office before an honorific</b>: "رئيس مجلس إدارة الهيئة السعودية للمهندسين الدكتور سامر خليل": the
 *       role words of kind {@code honorific} right before the name (الدكتور، الأستاذ، اللواء، الشيخ) are a role,
 *       and so is an office whose words run up to them with nothing but words between (no punctuation, clause
 *       word, person's name or function word, though في or لدى may stand before a place's name that ends at the
 *       honorific) or that ends at a comma right before them ("مدير الجامعة، الأستاذ الدكتور …"; "مدير الشرطة في جدة العميد …").
 *       An honorific of address at the office's end (معالي، سعادة، فضيلة، سماحة، صاحب السمو الملكي) is left out
 *       of it. A bare office word right before the honorific is in construct with it: "نائب الأمير". The
 *       office's state body gives its country as before the name, and an aide's word before it (وكيل، مساعد)
 *       makes it the aide's: "مساعد الرئيس للشؤون الفنية المهندس خالد المغلوث". An honorific glued to و opens
 *       another person of a list, and the office before it is the one named before: "متعب بن عبدالله وزير الحرس
 *       الوطني، والأمير محمد بن فهد". A courtesy title (السيد، السيدة:
 *       kind {@code courtesy}) ends an office as an honorific does, but is no role itself, nor a sign of a name
 *       after it (news writes "السيد فارغا يقول"): "المدير التنفيذي للفريق السيد حسين جنيح". A rank (kind {@code
 *       rank}: المقدم، النقيب، وكيل رقيب) is an honorific but no sign of a name either, being a family name too
 *       (إبراهيم النقيب). An abbreviated title (د.، م.، أ.د.) is an honorific only with its full stop, which it keeps
 *       in the role ("الأمين العام للجامعة د. نبيل العربي"; "د ب أ" is an agency), and proposes no name, the full
 *       stop parting it from the name. Of the honorifics that end at one word, the longest counts: وكيل رقيب. A rank
 *       after a bare role word or an organization's noun completes it, and is no rank: "مدرب الرائد" coaches the
 *       club Al-Raed. الفريق is a lieutenant general's rank only after punctuation, a definite word or a verb of
 *       speech and before no definite word but الركن ("مدير عام الدفاع المدني الفريق …"; "قاد الفريق …", "الفريق
 *       الأولمبي" are teams); المحافظ is a governor only without a clitic but و and after neither a definite word
 *       (رئيس الوزراء المحافظ, conservative) nor a bare role word (وكيل المحافظ).</li>
 *   <li><b>Role phrase, comma, name, comma</b>: "الخبير في شؤون آسيا الوسطى في مركز …، تيمور عمروف،": the
 *       phrase is the role; an organization head after في starts the person's affiliation. Not when the phrase
 *       holds another person's name (a list: "الأمير خالد بن سعد، الأمير ماجد") or a word that opens a clause
 *       (إنه، الذي، قد...), nor when the role word completes an organization noun before it (مركز الملك سلمان).</li>
 *   <li><b>Name, comma, role</b>: "دوسيم ساتباييف، مدير مجموعة تقييم المخاطر،": the role word and what follows up
 *       to the next comma are a further role, whose nationality adjective, place or body gives the country as a role
 *       before the name does ("رياض ياسين، وزير الخارجية اليمني،"); an organization head in it starts an organization, which becomes an
 *       entity of its own when nothing known is mentioned there. Not when a conjunction joins the role word ("،
 *       ورئيس البرلمان": the next item of a list), when a person's name follows the role word and its adjectives
 *       (that person's title), nor when the phrase holds a word that opens a clause.</li>
 *   <li><b>Another's role</b>: a role of either kind that ends in another person's name of two words or more, right
 *       after a title, an occupation or a word that dates it, is that person's, and neither role nor country goes to
 *       this one ("طالب الكاتب حسن عسيري، وزير التعليم الدكتور عزام الدخيل"); a name after an office word stays in
 *       the role as its complement ("علي يونسي، مستشار الرئيس حسن روحاني"), and so does one after a word of an era
 *       ("في عهد الرئيس المعزول حسني مبارك").</li>
 *   <li><b>Name, title</b>: "سامح شكري وزير الخارجية المصري": a role word without the article right after the
 *       name, with its complement up to the first definite noun (رئيس لجنة الحكام), adjectives and a qualifier
 *       that dates it (السابق، المنتخب: the {@code after} words of {@code office-title-cues.tsv}), is a role, its
 *       nationality adjective the country. One with the article is a role where an organization, a complement with
 *       لل، بال، لدى، باسم or ل and an organization's noun, or a qualifier binds it to the name ("بندر المهنا الرئيس
 *       التنفيذي لمجموعة ناس القابضة"، "نور الدين البحيري الوزير السابق"), and a spokesman's role ending in باسم
 *       takes whom he speaks for ("المتحدث باسم الشرطة", "باسم «بوينغ»"), else it begins another phrase ("التقى
 *       شكري الرئيس الفرنسي"), as a conjunction does ("شكري والمدير العام"); so does a title followed by its own
 *       holder's name ("استقبل عباس وزير الخارجية الأمريكي جون كيري"). A member of parliament's role takes the
 *       party or body named after عن ("بشير خليفي نائب عن حركة النهضة"). An aide's word (مساعد) may open it:
 *       "حمدان العمري مساعد مدير شؤون المعلمين".</li>
 *   <li><b>Gazette's job</b>: "تعيين سامر الحلبي على وظيفة (سفير) بوزارة الخارجية": the job in brackets after
 *       على وظيفة, or up to its rank (بالمرتبة) without them, and the body named after the rank with ب and an
 *       organization's noun, are a role.</li>
 *   <li><b>Place of the office</b>: a role before or right after the name that gives no country by a nationality
 *       adjective gives that of the first place or body of a state it names: "مدير الشؤون الصحية بمنطقة عسير" is
 *       Saudi, "رئيس جمهورية كولومبيا" Colombian, "الناطق باسم رئيس مجلس نواب الشعب" Tunisian. Not a post held
 *       away from home (an ambassador's, consul's, envoy's, delegate's or correspondent's, a mission's or a
 *       bureau's: "مدير مكتب القناة في بيروت"), which takes the country of the state or head of state named before
 *       the في، لدى or إلى of its place ("سفير تونس لدى فرنسا" is Tunisian, "سفير خادم الحرمين الشريفين" Saudi;
 *       none when an international body sends it: "بعثة صندوق النقد الدولي إلى تونس"); nor an occupation ("مدرب
 *       تشيلي"); nor an office of an international body in a place after في or لدى ("المتحدث باسم الأمم المتحدة في
 *       جنيف"). A public institution counts as a body of a state here (a university, hospital, library or research
 *       centre of the knowledge base, or an institution it lacks named by an institution's head noun, not a
 *       company's: "مدير جامعة تبوك" is Saudi), unless its name makes it international or regional. Failing
 *       those, a role that leads a party, club or union named by name (its president, deputy, secretary or member)
 *       gives that body's country: "رئيس نادي الزمالك" is Egyptian.</li>
 *   <li><b>Offices run on together</b>: an office's head, bare or with و, after a definite word opens a further
 *       role: "وزير العدل رئيس المجلس الأعلى للقضاء" are two. Not after an indefinite word or ل, whose complement
 *       the head is (نائب رئيس مجلس الوزراء، مدير الحملة الانتخابية للرئيس), nor after another office's bare head
 *       (الرئيس المدير العام, one title).</li>
 *   <li><b>Nationality before the name</b>: a person whose roles give no country takes that of a nationality
 *       adjective right before the name, as sports news writes a player: "الإسباني سيسك فابريجاس". Here and in a
 *       role, a country's name that is a feminine nisba too (السعودية) is that country's adjective right after a
 *       definite noun: "الطالبة السعودية ريم الزهراني" (not "السفير لدى السعودية").</li>
 *   <li><b>Minister</b>: a person whose roles and nationality give no country and whose role is a minister's
 *       portfolio takes the country of the article's ministry of that portfolio: "وزير الحج الدكتور بندر حجار" beside
 *       وزارة الحج is Saudi; none when ministries of two countries hold it. In an article without that ministry, the
 *       country the article dwells on ({@link Homonyms#countryDwelledOn}): the one it plainly is about (a Saudi
 *       paper's report on Egypt's cabinet names Egyptian ministers), else the publisher's where it names no other (a
 *       Tunisian radio's "قال وزير العدل"). Not a foreign minister, whom diplomacy brings into reports on other
 *       countries.</li>
 *   <li><b>State title</b>: a person whose roles and nationality give no country and who bears a title or rank only a
 *       state confers (the honorifics and ranks of sector MIL or GOV in {@code role-heads.tsv}: اللواء، العريف،
 *       الأمير) takes the country the article dwells on ({@link Homonyms#countryDwelledOn}): "العميد الركن
 *       محمد المقدشي" in a report on Yemen's war is Yemeni. Not a doctor's, engineer's or sheikh's title, which
 *       scholars of any country bear.</li>
 *   <li>A role that another of the person's roles begins with is left out: "الأمين العام" beside "الأمين العام
 *       للأمم المتحدة". A role is written without tatweel, a clitic drawn out before quotation marks glued to its
 *       word (لـ«أوبك» as لأوبك, لـ«الشرق الأوسط» as للشرق الأوسط), and ends before a news outlet after a detached
 *       لـ, whom the holder spoke to ("وزير الخارجية لـ«الشرق الأوسط»"), unless it is a role of the media (مراسل).</li>
 *   <li>Name words are not function words, و and a noun with a pronoun (عصام الملا ومساعده) or a title, which
 *       opens the next person of a list (الأمير سلطان والأمير نايف), quantifiers (أحد
 *       الأجنحة، بعض), verbs of speech (قال القطان is al-Qattan
 *       saying; a first word may be none of the verbs news puts before who speaks or acts, of either gender, as
 *       وذكر، وأشارت, but رأى alone, as often Ray: "الجنرال راي أوديرنو"), words with tanween (قائلاً: names take
 *       no case ending) nor a blessing's (الملك عبدالله يرحمه
 *       الله), and none opens with ل + article (للفريق) nor is ب with a noun and a pronoun (بانتمائها); the first
 *       has no article, unless it is a given name the Maghreb writes with it (النائب الصحبي بن فرج, the article's
 *       given names of {@code given-names.tsv}, which are no adjective of the role either), and is no organization
 *       noun (نادي، دائرة، إدارة: "مدير دائرة الطيران المدني" heads a department) nor عام, which completes a title
 *       (مدير عام الفندق is no man named عام الفندق), later ones may have the article (رشيد العلوي). A known name inside a
 *       proposal makes the knowledge base win (see {@link EntityTagger}).</li>
 * </ol>
 */
public final class Appositions {
    static final int MAX_ADJECTIVES = 3;
    /** The subtype of a country's entity. */
    private static final String COUNTRY = "country";
    /** The feminine nisba ending, normalized (السعودية). */
    private static final String FEMININE_NISBA = "يه";
    /** A definite noun has more letters than this, normalized: إلى normalizes as الي, a preposition. */
    private static final int SHORTEST_DEFINITE_NOUN = 3;
    static final int MAX_ROLE_WORDS = 12;
    /** The most words of one honorific: الأستاذ الدكتور is two, الفريق أول ركن three. */
    static final int MAX_HONORIFIC_WORDS = 3;
    static final int MAX_COMPLEMENT_WORDS = 5;
    /** Most words of a body's name in quotation marks between a role and its holder: «سبورتس ون وي». */
    static final int MAX_QUOTED_WORDS = 6;
    /** Most words that link a role to a body's name in quotation marks: لشركة، الإعلامي بـ، الإعلام في. */
    static final int MAX_LINK_WORDS = 3;
    /** Words that link a role to the body named after them, normalized: لـ، بـ، في، لدى، باسم، الـ. */
    private static final Set<String> LINK_WORDS = Set.of("ل", "ب", "في", "لدي", "باسم", "ال");
    /** Words of an era, normalized, after which a person's name in a role dates it: في عهد، إبان حكم. */
    private static final Set<String> ERA_WORDS = WordMatcher.normalized("عهد", "حكم", "إبان", "زمن");
    /** The kinds of role heads that take a possessive pronoun: رئيسها التنفيذي، مدربه ({@link PossessedRoles}). */
    private static final Set<String> POSSESSED_KINDS = Set.of("office", "occupation");
    /** The rows of {@code role-heads.tsv}, read once for the role rules here and in the other name passes. */
    static final List<TsvTable.Row> ROLE_HEAD_ROWS = TsvTable.readResource(Appositions.class, "role-heads.tsv", 3);
    /** The normalized role heads that take a possessive pronoun ({@link PossessedRoles}). */
    private static final Set<String> POSSESSABLE_HEADS = possessableHeads();
    /** The normalized role heads of one word, of every kind: الفنان، الكابتن، رئيس. */
    private static final Set<String> ONE_WORD_HEADS = ROLE_HEAD_ROWS.stream().map(row -> row.column(0))
            .filter(head -> !head.contains(" ")).map(ArabicNormalizer::normalize).collect(Collectors.toUnmodifiableSet());
    static final double PROPOSAL_CONFIDENCE = 0.6;
    static final double ORG_CONFIDENCE = 0.5;
    private static final Set<String> FUNCTION_WORDS = Set.of("و", "في", "من", "علي", "الي", "عن", "مع", "ان", "انه", "ما",
            "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "لا", "لم", "لن", "قد", "كان", "كانت", "بعد", "قبل",
            "حيث", "او", "ثم", "بين", "عند", "حول", "خلال", "منذ", "امس", "اليوم", "ايضا", "كما", "وهو", "وهي", "هو", "هي",
            "انها", "انهم", "بان", "بانه", "بانها", "حسب", "بحسب", "وفق", "وفقا", "لدي", "لديه", "لديها", "لديهم", "الا",
            "اذا", "لو", "كل", "غير", "هل", "وراء", "ضد", "نحو", "تحت", "فوق", "عبر", "مناسبه");
    /**
     * Function words that, with و or ف glued, end a name (وذلك، ومن، وقد): not ان or الي, since فان and والي are
     * name words (جيرارد فان بوهيمن، محمد عيسى والي).
     */
    private static final Set<String> CONJOINED_CLOSERS = Set.of("ذلك", "هذا", "هذه", "تلك", "التي", "الذي", "الذين",
            "لا", "لم", "لن", "قد", "كان", "كانت", "بعد", "قبل", "من", "في", "علي", "عن", "مع", "هو", "هي", "منذ",
            "ايضا", "كما");
    /**
     * Words that are no part of a name, though a name may run up to them: quantifiers (أحد الأجنحة), لكن and إذ,
     * the verbs of speech that follow a speaker's name (قال القطان is al-Qattan saying), عام, the year after a
     * name (في عهد الملك خالد عام 1977), العهد of the crown prince's title (ولي ولي العهد is his deputy's), and
     * the words of a time (أصدر الملك يوم الخميس أمرا).
     */
    private static final Set<String> NOT_NAME_WORDS = Set.of("احد", "احدي", "بعض", "جميع", "معظم", "لكن", "لكنه",
            "لكنها", "قال", "قالت", "اضاف", "اضافت", "اكد", "اكدت", "اوضح", "اوضحت", "اذ", "عام", "العهد", "يوم",
            "يومي", "مساء", "ليله");
    /** رأى "saw" without a glued و, normalized: the given name Ray as often (الجنرال راي أوديرنو). */
    private static final String RAY = "راي";
    /** The word that makes a military rank a staff rank: اللواء ركن حمد بن علي. */
    private static final Set<String> STAFF = Set.of("ركن", "الركن");
    /**
     * The adjective that makes a director general (المدير العام، المديرة العامة), no nisba form though one; after an
     * organization's head noun it makes another body ({@link EntityTagger}: الأمانة العامة).
     */
    static final Set<String> GENERAL = WordMatcher.normalized("العام", "العامة");
    /** على ("on"), وظيفة ("post") and المرتبة ("grade") as gazettes write them, normalized: على وظيفة (سفير) بالمرتبة. */
    private static final String ON = "علي";
    private static final String JOB = "وظيفه";
    private static final String RANK = "بالمرتبه";
    /** The most words of a job named in a gazette's formula. */
    static final int MAX_JOB_WORDS = 10;
    /** Words in construct with an office that make its deputy or aide: وكيل وزارة، مساعد وزير; normalized. */
    private static final Set<String> DEPUTIES = Set.of("وكيل", "مساعد");
    /**
     * Words of fame that qualify a role as the words that date it do (قائد الهلال الشهير مبارك العبدالكريم),
     * normalized.
     */
    private static final Set<String> FAME = WordMatcher.normalized("الشهير", "الشهيرة", "المخضرم", "المخضرمة",
            "المعروف", "المعروفة");
    /**
     * The offices of {@code role-heads.tsv} of one word without the article (مدير، رئيس، نائب، محافظ) and أمين,
     * normalized: in the accusative after a name, an appointment to them ({@link #appointedOfficeAfter}).
     */
    private static final Set<String> ACCUSATIVE_OFFICES = accusativeOffices();
    private static Set<String> possessableHeads() {
        Set<String> heads = new HashSet<>();
        ROLE_HEAD_ROWS.stream()
                .filter(row -> POSSESSED_KINDS.contains(row.column(2)) && PossessedRoles.possessable(row.column(0)))
                .forEach(row -> heads.add(ArabicNormalizer.normalize(row.column(0))));
        return Set.copyOf(heads);
    }

    private static Set<String> accusativeOffices() {
        Set<String> offices = new HashSet<>(WordMatcher.normalized("أمين")); // a given name too, but never أمينا
        ROLE_HEAD_ROWS.stream()
                .filter(row -> row.column(2).equals("office") && !row.column(0).contains(" ")
                        && !row.column(0).startsWith("ال"))
                .forEach(row -> offices.add(ArabicNormalizer.normalize(row.column(0))));
        return Set.copyOf(offices);
    }
    /** The role head المحافظ as written: a governor, or the adjective "conservative" ({@link #governorsTitle}). */
    private static final String GOVERNOR_OR_CONSERVATIVE = "المحافظ";
    /** The role head الفريق as written: a lieutenant general's rank, or "the team" ({@link #generalsRank}). */
    private static final String TEAM_OR_GENERAL = "الفريق";
    /** Plurals of peoples that stand as adjectives after a plural noun, normalized: المقاولين العرب، العلماء المسلمين. */
    private static final Set<String> PEOPLES = WordMatcher.normalized("العرب", "الأجانب", "المسلمين", "المسلمون");
    /**
     * Words that complete the title before them and open no name: مدير عام الفندق is a director-general's title,
     * أستاذ علم البيئة a professor of ecology, رئيس قسم الجراحة a head of department, وزيرة شؤون الأسرة a minister,
     * عضو شرف النادي an honorary member.
     */
    private static final Set<String> TITLE_COMPLEMENTS = WordMatcher.normalized("عام", "علم", "علوم", "قسم", "شؤون",
            "شئون", "شرف");
    /** Role words of a spokesman, after which باسم is "on behalf of" (المتحدث باسم القوات الخاصة), not Basem. */
    private static final Set<String> SPOKESMEN = WordMatcher.normalized("المتحدث", "المتحدثة", "الناطق", "الناطقة", "متحدث",
            "ناطق", "متحدثا", "ناطقا");
    private static final String ON_BEHALF_OF = "باسم";
    /** تحرير of an editor-in-chief's office, which an appointment writes with ل: "رئيسا لتحرير صحيفة الشرق". */
    private static final String EDITING = "تحرير";
    /** ل written apart from its word, drawn out before quotation marks (لـ«أوبك»), normalized. */
    private static final String DETACHED_LAM = "ل";
    /** The subtype of news outlets in the knowledge base, and the sector of role words in the media. */
    private static final String MEDIA = "media";
    private static final String MEDIA_SECTOR = "MED";
    /** Marks that open and close a name in quotation marks; the plain " does both. */
    private static final String OPENING_QUOTES = "«“\"";
    private static final String CLOSING_QUOTES = "»”\"";
    /** The marks that open and close a body's name after a role's complement: quotation marks and brackets. */
    private static final String OPENING_MARKS = OPENING_QUOTES + "(";
    private static final String CLOSING_MARKS = CLOSING_QUOTES + ")";
    /** Second words of compound given names: صلاح الدين، حسام الدين، سيف الإسلام، فتح الله. */
    private static final Set<String> COMPOUND_SECONDS = WordMatcher.normalized("الدين", "الله", "الإسلام", "الرحمن");

    /** Whom one speaks to, with لل: "قال المتحدث للصحفيين" tells no office. */
    private static final Set<String> ADDRESSEES = WordMatcher.normalized("للصحفيين", "للصحافيين", "للصحافة",
            "للإعلاميين", "للصحيفة", "للقناة", "للوكالة", "للتلفزيون", "للإذاعة", "للمواطنين", "للحضور");

    /** Words after a role that make its holder an acting one (مدير التعليم بالإنابة). */
    private static final Set<String> ACTING = WordMatcher.normalized("بالإنابة", "بالنيابة", "بالتكليف", "المكلف",
            "المكلفة");

    /** Nouns of the units a place's name may follow where a role is held in it: "مدير التعليم بمنطقة عسير". */
    private static final Set<String> PLACE_UNITS = WordMatcher.normalized("منطقة", "محافظة", "مدينة", "مركز", "قرية",
            "بلدة", "ولاية", "إمارة", "إقليم", "مقاطعة", "معتمدية", "جمهورية", "مملكة", "دولة");
    /**
     * The region or governorate an article is about, with بال: "مدير التعليم بالمنطقة"; not بالمدينة, which opens the
     * name المدينة المنورة as often. Normalized.
     */
    private static final Set<String> REGION_UNITS = WordMatcher.normalized("بالمنطقة", "بالمحافظة");
    /** آل, the word before a family's name, normalized (it reads as the article). */
    private static final String FAMILY = "ال";
    /**
     * Words of the posts held away from home, normalized: an ambassador, consul, envoy, delegate, attaché or
     * correspondent, a mission or a bureau is no national of the place it is posted to.
     */
    /** The subtype of the knowledge base's international bodies (the UN, the Arab League). */
    private static final String INTERNATIONAL_BODY = "igo";
    /** إلى, normalized: before a place's name it says where a mission goes. */
    private static final String TO = "الي";
    /** في and لدى, normalized: before a place's name they say where a role is held. */
    private static final Set<String> IN_OR_AT = WordMatcher.normalized("في", "لدى");
    private static final Set<String> POSTINGS = WordMatcher.normalized("سفير", "السفير", "سفيرة", "السفيرة", "قنصل",
            "القنصل", "مبعوث", "المبعوث", "مبعوثة", "المبعوثة", "مندوب", "المندوب", "ممثل", "الممثل", "ملحق", "الملحق",
            "مراسل", "المراسل", "مراسلة", "المراسلة", "بعثة", "البعثة", "مكتب", "لدى");
    /** Subtypes of the knowledge base's bodies of a state, whose officials are of that state. */
    private static final Set<String> STATE_BODIES = Set.of("ministry", "agency", "legislature", "court", "military",
            "religious");
    /**
     * Subtypes of the knowledge base's public institutions of a country, whose officials and staff are of that country
     * by affiliation, as event coding reads an actor (a dean of King Saud University is SAU), though not always by
     * passport.
     */
    private static final Set<String> PUBLIC_INSTITUTIONS = Set.of("university", "hospital", "library", "think-tank");
    /** The head nouns of a company's name, normalized. */
    private static final Set<String> COMPANY_HEADS = WordMatcher.normalized("الشركة", "شركة");
    /** الإسلامي، الإسلامية, normalized: in an institution's name, a national one's mostly (الجامعة الإسلامية). */
    private static final Set<String> ISLAMIC = WordMatcher.normalized("الإسلامي", "الإسلامية");
    /**
     * Subtypes of the knowledge base's bodies whose leaders are of their country: a party's, a club's, a union's or a
     * national sports federation's president, deputy, secretary-general or member (رئيس نادي الزمالك، الأمين العام
     * للحزب، رئيس الجامعة التونسية لكرة القدم; FIFA and the continental bodies have no country); not its coach,
     * player or director, hired abroad as often, nor a company's or a newspaper's officers.
     */
    private static final Set<String> NATIONAL_BODIES = Set.of("party", "club", "union", "sports");
    /**
     * The first words of the roles that lead a body of {@link #NATIONAL_BODIES}, normalized, and those of its members
     * of parliament ("النائبة عن حزب نداء تونس" is Tunisian).
     */
    private static final Set<String> LEADERS = WordMatcher.normalized("رئيس", "الرئيس", "رئيسة", "نائب", "عضو",
            "الأمين", "أمين", "النائب", "النائبة", "نائبة", "عضوة", "العضوة");

    /** A minister's role words, normalized: وزير الحج holds the portfolio of وزارة الحج. */
    private static final Set<String> MINISTERS = WordMatcher.normalized("وزير", "وزيرة");
    /** The nouns of a ministry's name, normalized. */
    private static final Set<String> MINISTRY_NOUNS = WordMatcher.normalized("وزارة");
    /**
     * The portfolios of foreign ministers, normalized, whom diplomacy brings into reports on other countries' ministries:
     * Cuba's foreign minister in Washington is no American, though the article's وزارة الخارجية is the State Department.
     */
    private static final Set<String> FOREIGN_AFFAIRS = WordMatcher.normalized("الخارجية", "الشؤون الخارجية",
            "الشئون الخارجية", "الدولة للشؤون الخارجية", "الدولة للشئون الخارجية");
    /** The sectors of the titles and ranks a state confers: its army's and its government's (a prince's). */
    private static final Set<String> STATE_SECTORS = Set.of("MIL", "GOV");
    /** The mark of a portfolio whose ministries in an article are of two countries. */
    private static final String AMBIGUOUS = "";

    /** The role words of a member of parliament, who sits for a party or body named after عن, normalized. */
    private static final Set<String> REPRESENTATIVES = WordMatcher.normalized("نائب", "نائبة", "النائب", "النائبة");

    /** Words that open a clause, and أمس that dates one: a role phrase that holds one has run on into a sentence. */
    private static final Set<String> CLAUSE_WORDS = Set.of("ان", "انه", "انها", "بان", "بانه", "التي", "الذي",
            "الذين", "لا", "لم", "لن", "قد", "كان", "كانت", "هذا", "هذه", "ذلك", "تلك", "ما", "حيث", "ثم", "كما", "امس");
    private static final Set<String> COMPLEMENTIZERS = Set.of("ان", "انه", "انها", "بان");

    private final NameIndex roleHeads;
    /** The role heads of kind {@code honorific}: titles and ranks set right before the name (الدكتور، اللواء). */
    private final Set<String> honorifics;
    /** The role heads of kind {@code occupation} (اللاعب، الشاعر): roles, but no sign of a name after them. */
    private final Set<String> occupations;
    /** The honorifics of kind {@code courtesy} (السيد، السيدة): titles before a name, but no role. */
    private final Set<String> courtesies;
    /**
     * The honorifics of kind {@code rank} (المقدم، النقيب): roles, but no sign of a name after them, since many are
     * family names too (إبراهيم النقيب).
     */
    private final Set<String> ranks;
    /**
     * The titles and ranks of a state's service, normalized: the role heads of kind {@code honorific} or {@code rank}
     * of a sector of {@link #STATE_SECTORS} (اللواء، العريف، الأمير), which none but a state confers.
     */
    private final Set<String> stateTitles;
    private final Set<String> orgHeads;
    /** Words after a title that make it a former or future one (السابق، المنتخب): part of the role. */
    private final Set<String> qualifiers;

    private Appositions(NameIndex roleHeads, Set<String> honorifics, Set<String> occupations, Set<String> courtesies,
                        Set<String> ranks, Set<String> stateTitles, Set<String> orgHeads, Set<String> qualifiers) {
        this.roleHeads = roleHeads;
        this.honorifics = Set.copyOf(honorifics);
        this.occupations = Set.copyOf(occupations);
        this.courtesies = Set.copyOf(courtesies);
        this.ranks = Set.copyOf(ranks);
        this.stateTitles = Set.copyOf(stateTitles);
        this.orgHeads = orgHeads;
        this.qualifiers = qualifiers;
    }

    public static Appositions shipped() {
        NameIndex.Builder heads = NameIndex.builder();
        Set<String> honorifics = new LinkedHashSet<>();
        Set<String> occupations = new LinkedHashSet<>();
        Set<String> courtesies = new LinkedHashSet<>();
        Set<String> ranks = new LinkedHashSet<>();
        Set<String> stateTitles = new LinkedHashSet<>();
        Set<String> written = new HashSet<>();
        ROLE_HEAD_ROWS.forEach(row -> written.add(ArabicNormalizer.normalize(row.column(0))));
        for (TsvTable.Row row : ROLE_HEAD_ROWS) {
            String head = row.column(0);
            // an abbreviation (د.، أ.د.) is found by its letters; roleAt asks for its full stop in the text
            String letters = isAbbreviation(head) ? head.substring(0, head.length() - 1) : head;
            NameEntry entry = new NameEntry(head, EntityType.MISC, head, null, null, row.column(1));
            heads.add(letters, entry);
            if (POSSESSABLE_HEADS.contains(ArabicNormalizer.normalize(head))) {
                PossessedRoles.forms(head).stream().filter(form -> !written.contains(ArabicNormalizer.normalize(form)))
                        .forEach(form -> heads.add(form, entry)); // رئيسه reads as رئيسة, a head of its own
            }
            if (!row.column(2).equals("office") && STATE_SECTORS.contains(row.column(1))) {
                stateTitles.add(ArabicNormalizer.normalize(head));
            }
            switch (row.column(2)) {
                case "honorific" -> honorifics.add(row.column(0));
                case "courtesy" -> {
                    honorifics.add(row.column(0));
                    courtesies.add(row.column(0));
                }
                case "rank" -> {
                    honorifics.add(row.column(0));
                    ranks.add(row.column(0));
                }
                case "occupation" -> occupations.add(row.column(0));
                case "office" -> { }
                default -> throw row.error("KIND must be office, honorific, rank, courtesy or occupation, got '"
                        + row.column(2) + "'");
            }
        }
        Set<String> qualifiers = new HashSet<>(OfficeTitles.shippedQualifiers());
        qualifiers.addAll(FAME);
        return new Appositions(heads.build(), honorifics, occupations, courtesies, ranks, stateTitles,
                OrganizationNouns.HEADS, qualifiers);
    }

    /** Person names that a role phrase introduces, as proposals for the entity tagger, knowing no names. */
    public List<Proposal> propose(String text, Words words) {
        return propose(text, words, k -> k);
    }

    /**
     * Person names that a role phrase introduces, as proposals for the entity tagger; {@code knownEnd} tells after
     * which word the longest name of the knowledge base that begins at a word ends (the word itself when none does).
     * A bare role word's complement that is a known name is passed over to the name after it: "عضو مجلس نواب الشعب
     * سعيد الخرشوفي" names the member.
     */
    public List<Proposal> propose(String text, Words words, IntUnaryOperator knownEnd) {
        List<Proposal> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            NameMatch role = roleAt(text, words, i);
            if (role == null || occupations.contains(role.entry().kb()) || courtesies.contains(role.entry().kb())
                    || ranks.contains(role.entry().kb()) || isAbbreviation(role.entry().kb())) {
                continue; // السيد comes before the foreign names the tagger finds, and the words after them
            }
            int afterRole = skipAdjectivesAndQualifiers(text, words, knownComplementEnd(text, words, role, knownEnd));
            afterRole = afterRole > role.endWord() ? knownPlaceEnd(text, words, afterRole, knownEnd) : afterRole;
            int chain = afterRole == role.endWord() || opensWithLamAndOrganizationNoun(text, words, afterRole)
                    ? chainBeforeAGivenName(text, words, role, afterRole, knownEnd) : -1;
            afterRole = chain > 0 ? chain : afterRole;
            int quoted = afterQuotedBody(text, words, skipAdjectivesAndQualifiers(text, words, role.endWord()));
            if (quoted > 0 && PersonNames.opensWithAGivenName(words.normalized(quoted))) {
                int end = nameEnd(text, words, quoted, false);
                if (end > 0) {
                    out.add(new Proposal(words.span(quoted).start(), words.span(end - 1).end(), EntityType.PERSON,
                            PROPOSAL_CONFIDENCE));
                    i = end - 1;
                    continue;
                }
            }
            int first = referredBodyEnd(text, words, role, afterRole);
            int end = first < words.size() && adjacent(text, words, first) && !placeComplement(words, role, first)
                    ? nameEnd(text, words, first, false) : -1;
            boolean longRun = first != afterRole || chain > 0;
            if (longRun && end - first > 2 && end < words.size() && adjacent(text, words, end)) {
                end = -1; // "رئيس الاتحاد فهد الحريشي عقدا مع": a third word that no punctuation closes goes on
            }
            if (end - first == 3 && familyNameWithArticle(words, first + 1)
                    && !WordMatcher.isDefinite(words.normalized(first + 2))) {
                end--; // "سعيد الحلبي وقال"، "سامر الحلبي يمتنع عن": a family name with the article ends the name
            }
            if (end < 0) {
                int comma = commaAfter(text, words, role.endWord());
                first = comma < 0 ? -1 : words.firstAtOrAfter(comma);
                end = first < 0 ? -1 : nameEnd(text, words, first, true);
            }
            if (end > 0) {
                out.add(new Proposal(words.span(first).start(), words.span(end - 1).end(), EntityType.PERSON, PROPOSAL_CONFIDENCE));
                i = end - 1;
            }
        }
        return out;
    }

    /**
     * The word after the known name that completes {@code role}, a bare role word (عضو مجلس نواب الشعب), with only
     * spaces between; else the role's own end.
     */
    private static int knownComplementEnd(String text, Words words, NameMatch role, IntUnaryOperator knownEnd) {
        int w = role.endWord();
        if (w >= words.size() || WordMatcher.isDefinite(words.normalized(w - 1)) || !adjacent(text, words, w)) {
            return w;
        }
        int end = knownEnd.applyAsInt(w);
        return end > w + 1 ? end : w; // one known word is as often the name itself (نائب الملا عمر)
    }

    /**
     * Whether word {@code w}, the second of a name, is a family name with the article (الحلبي), not آل nor the second
     * word of a compound given name (صلاح الدين، عبد الله، أبو بكر).
     */
    private static boolean familyNameWithArticle(Words words, int w) {
        String word = words.normalized(w);
        String before = words.normalized(w - 1);
        return word.startsWith("ال") && !word.equals(FAMILY) && !COMPOUND_SECONDS.contains(word)
                && !needsComplement(before) && !before.equals("عبد");
    }

    /**
     * The word where a given name opens after {@code role}'s complement, read without the article's entities (the
     * tagger misses many names after a long role): a construct chain of bare words up to its first definite word
     * (رئيس لجنة التنمية الاجتماعية; after a definite role, one opened by ل and an organization's noun: الأمين العام
     * لرابطة العلماء), a known name or the role's own end, then the adjectives, the words of {@link
     * #continuesTheRole} and a known place after ب or في; -1 when no given name follows, or a word on the way goes on
     * the sentence. A definite noun with و is left out here: names open with the article too (والطيب مصطفى).
     */
    private int chainBeforeAGivenName(String text, Words words, NameMatch role, int from, IntUnaryOperator knownEnd) {
        int k = from;
        boolean bare = from == role.endWord() && !WordMatcher.isDefinite(words.normalized(from - 1))
                || opensWithLamAndOrganizationNoun(text, words, from);
        for (int n = 0; bare && k < words.size() && n < MAX_COMPLEMENT_WORDS; n++) {
            String word = words.normalized(k);
            if (!adjacent(text, words, k) || FUNCTION_WORDS.contains(word) || ProposalBounds.goesOnTheSentence(word)
                    || PersonNames.opensAName(word) || roleAt(text, words, k) != null) {
                return -1;
            }
            int known = knownEnd.applyAsInt(k);
            if (known > k) {
                k = known; // a known name ends the chain: رئيس جامعة الملك سعود
                break;
            }
            k++;
            if (word.startsWith("ال") || word.startsWith("لل")) {
                break;
            }
        }
        for (int n = 0; k < words.size() && n < MAX_ROLE_WORDS; n++) {
            int next = skipAdjectivesAndQualifiers(text, words, k);
            String word = next < words.size() ? words.normalized(next) : "";
            if (next < words.size() && adjacent(text, words, next) && roleAt(text, words, next) == null
                    && continuesTheRole(word)) {
                next++;
            } else {
                next = knownPlaceEnd(text, words, next, knownEnd);
            }
            if (next == k) {
                break;
            }
            k = next;
        }
        return k > from && k < words.size() && adjacent(text, words, k)
                && PersonNames.opensWithAGivenName(words.normalized(k)) ? k : -1;
    }

    /**
     * Adds the job that an appointment or promotion in the formula of official gazettes names right after the name:
     * "تعيين سامر الحلبي على وظيفة (سفير) بوزارة الخارجية" is an ambassador at the foreign ministry. The job is the
     * words in brackets after على وظيفة, or without brackets the words up to its rank (بالمرتبة), at most {@value
     * #MAX_JOB_WORDS}: "على وظيفة جديدة" names no job; the rank and its ordinal are left out, and the body after
     * them, ب and an organization's noun (بوزارة الخارجية، بالمؤسسة العامة للموانئ), goes with the job up to the
     * next mark.
     */
    private void addGazetteJob(String text, Words words, Mention name, Set<String> roles) {
        int w = words.firstAtOrAfter(name.end());
        if (w + 2 >= words.size() || !words.normalized(w).equals(ON) || !words.normalized(w + 1).equals(JOB)
                || !text.substring(name.end(), words.span(w).start()).isBlank() || !adjacent(text, words, w + 1)) {
            return;
        }
        int open = skipSpaces(text, words.span(w + 1).end());
        int next;
        String job;
        if (text.charAt(open) == '(') {
            int close = text.indexOf(')', open);
            next = close < 0 ? -1 : words.firstAtOrAfter(close);
            job = next < 0 || next - (w + 2) > MAX_JOB_WORDS ? "" : text.substring(open + 1, close).strip();
        } else {
            next = w + 2;
            while (next < words.size() && next - (w + 2) <= MAX_JOB_WORDS && adjacent(text, words, next)
                    && !words.normalized(next).equals(RANK)) {
                next++;
            }
            boolean ranked = next < words.size() && words.normalized(next).equals(RANK);
            job = ranked && next > w + 2 ? text.substring(words.span(w + 2).start(), words.span(next - 1).end()) : "";
        }
        if (job.isEmpty()) {
            return;
        }
        roles.add(cleanRole(job + body(text, words, next)));
    }

    /** The body after a gazette's job and its rank (" بوزارة الخارجية"), with a space before it, or "". */
    private String body(String text, Words words, int w) {
        if (w < words.size() && words.normalized(w).equals(RANK)) {
            w++;
            for (int n = 0; n < 2 && w < words.size() && adjacent(text, words, w)
                    && (words.normalized(w).startsWith("ال") || words.normalized(w).startsWith("عشر")); n++) {
                w++; // الخامسة عشرة
            }
        }
        String word = w < words.size() ? words.normalized(w) : "";
        if (word.length() < 4 || word.charAt(0) != 'ب' || !isOrganizationNoun(word.substring(1))) {
            return "";
        }
        int end = w + 1;
        while (end < words.size() && end - w < MAX_COMPLEMENT_WORDS && adjacent(text, words, end)
                && !words.normalized(end).equals(RANK)) {
            end++;
        }
        return " " + text.substring(words.span(w).start(), words.span(end - 1).end());
    }

    /**
     * Adds the office an appointment names in the accusative right after the name, a comma allowed between ("تعيين
     * سامر الحلبي مديرا عاما للتعليم"، "وعثمان العريني أمينا عاما"): the office word, a second one ("رئيسا مديرا
     * عاما", chairman and managing director) and an adjective after it without the alef of their tanween (مدير
     * عام), then its complement up to its first definite word or one with
     * لل, and that word's adjectives, or up to the end of a name it mentions (رئيسا للولايات المتحدة); ل opens it
     * only before an organization's noun, a name or تحرير ("رئيسا لتحرير صحيفة الشرق"; "رئيسا له"، "رئيسا لأنه" are
     * no complement). Not after a name glued to a letter, another's complement ("النائب السابق للملا سامر قائدا"),
     * nor after a word with an object pronoun, whose subject the name is ("رشحه ترامب سفيرا": Trump nominated him).
     * Returns the country of a place named in it when {@code country} is null.
     */
    private String appointedOfficeAfter(String text, Words words, Mention name, MentionIndex mentions,
                                        Set<String> roles, String country) {
        int h = words.firstAtOrAfter(name.end());
        int first = words.firstAtOrAfter(name.start());
        // للملا سامر: the name inside a word, or opening with ل and the article
        boolean glued = first > 0 && words.span(first - 1).end() > name.start()
                || first < words.size() && gluedToLetter(words, name, first);
        String before = first > 0 && !glued ? words.normalized(first - 1) : "";
        boolean objectBefore = !before.startsWith("ال") && (before.endsWith("ه") || before.endsWith("ها"));
        if (h >= words.size() || glued || objectBefore
                || !text.substring(name.end(), words.span(h).start()).matches("\\s*[،,]?\\s*")) {
            return country; // "نائب الملا للملا سامر قائدا", "رشحه ترامب سفيرا": another is appointed
        }
        String head = withoutTanweenAlef(words.span(h).of(text));
        if (head == null || !ACCUSATIVE_OFFICES.contains(ArabicNormalizer.normalize(head))) {
            return country;
        }
        StringBuilder office = new StringBuilder(head);
        int k = h + 1;
        String second = adjacentWithoutTanweenAlef(text, words, k);
        if (second != null && ACCUSATIVE_OFFICES.contains(ArabicNormalizer.normalize(second))) {
            office.append(' ').append(second); // "رئيسا مديرا عاما": a chairman and managing director
            k++;
        }
        String adjective = adjacentWithoutTanweenAlef(text, words, k);
        if (adjective != null && (adjective.endsWith("ي") || adjective.equals("عام") || adjective.equals("أول"))) {
            office.append(' ').append(adjective);
            k++;
        }
        for (int n = 0; n < MAX_COMPLEMENT_WORDS && k < words.size() && adjacent(text, words, k); n++, k++) {
            String word = words.normalized(k);
            boolean accusative = !word.startsWith("ل") && !word.startsWith("ال") && word.endsWith("ا");
            MentionIndex.Located known = longestMentionIn(words, mentions, k, false);
            boolean lam = word.startsWith("ل") && !word.startsWith("لل");
            if (FUNCTION_WORDS.contains(word) || word.charAt(0) == 'و' || ProposalBounds.hasTanween(text, words, k)
                    || accusative || lam && known == null && !isOrganizationNoun(word.substring(1))
                    && !word.substring(1).equals(EDITING)
                    || ProposalBounds.goesOnTheSentence(word) || roleAt(text, words, k) != null) {
                break; // "زعيما جديدا لها", "رئيسا لأنه": the sentence goes on
            }
            if (known != null && known.mention().end() > words.span(k).end()) {
                int end = words.firstAtOrAfter(known.mention().end());
                office.append(' ').append(text, words.span(k).start(), known.mention().end());
                k = end;
                break; // رئيسا للولايات المتحدة: the known name is the whole complement
            }
            office.append(' ').append(words.span(k).of(text));
            if (word.startsWith("ال") || word.startsWith("لل")) {
                int adjectivesEnd = skipAdjectives(text, words, k + 1);
                for (int a = k + 1; a < adjectivesEnd; a++) {
                    office.append(' ').append(words.span(a).of(text));
                }
                k = adjectivesEnd;
                break;
            }
        }
        roles.add(cleanRole(office.toString()));
        return country != null ? country : placeCountry(words, mentions, words.span(h).start(), words.span(k - 1).end());
    }

    /** Word {@code k} without its tanween's alef ({@link #withoutTanweenAlef}) when it follows the word before. */
    private static String adjacentWithoutTanweenAlef(String text, Words words, int k) {
        return k < words.size() && adjacent(text, words, k) ? withoutTanweenAlef(words.span(k).of(text)) : null;
    }

    /**
     * {@code word} without the alef (and the fathatan) of the accusative's tanween: مديرا، مديراً are مدير; null when it
     * has none.
     */
    private static String withoutTanweenAlef(String word) {
        String bare = word.endsWith("اً") || word.endsWith("ًا") ? word.substring(0, word.length() - 2)
                : word.endsWith("ا") ? word.substring(0, word.length() - 1) : null;
        return bare == null || bare.length() < 2 ? null : bare;
    }

    /**
     * The word right after a body's name in quotation marks that follows the role ending before word {@code w}, past
     * at most {@value #MAX_LINK_WORDS} words linking the two ({@link #linksToABody}), when only spaces part its
     * closing mark from that word: where the holder's name may open ("المدير التنفيذي لشركة «سبورتس ون وي» نايف
     * جنبي"، "المتحدث الإعلامي بـ"صحة حائل" عارف الشمري"); -1 when there is none.
     */
    private int afterQuotedBody(String text, Words words, int w) {
        for (int k = w; k < words.size() && k > 0 && k - w <= MAX_LINK_WORDS; k++) {
            String gap = text.substring(words.span(k - 1).end(), words.span(k).start()).strip();
            if (gap.length() == 1 && OPENING_QUOTES.indexOf(gap.charAt(0)) >= 0) {
                return afterClosingQuote(text, words, k);
            }
            if (!gap.isEmpty() || !linksToABody(text, words, k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether word {@code k} may stand between a role and the quoted name of its body: ل، بـ، في، لدى، باسم and a
     * detached article (لـ«أوبك»، الـ«بي بي سي»), an organization's noun with or without ل (مراسل صحيفة، لشركة), or a
     * definite complement (مدير الإعلام في); not a role's word, which opens another phrase.
     */
    private boolean linksToABody(String text, Words words, int k) {
        String word = words.normalized(k);
        return LINK_WORDS.contains(word) || roleAt(text, words, k) == null && (isOrganizationNoun(withoutPreposition(word))
                || WordMatcher.isDefinite(word) && !FUNCTION_WORDS.contains(word));
    }

    /**
     * The word after a name in quotation marks or brackets that opens right before word {@code first} and closes
     * after at most {@value #MAX_QUOTED_WORDS} words, whatever follows the closing mark ("لشركة (كامبل سوب)، أن");
     * -1 when no such name opens there.
     */
    private static int afterMarkedName(String text, Words words, int first) {
        if (first >= words.size()) {
            return -1;
        }
        String gap = text.substring(words.span(first - 1).end(), words.span(first).start()).strip();
        if (gap.length() != 1 || OPENING_MARKS.indexOf(gap.charAt(0)) < 0
                || !Character.isLetter(text.charAt(words.span(first).start()))) {
            return -1; // "للشركة (45 عاما)" gives an age
        }
        for (int j = first; j < words.size() && j - first < MAX_QUOTED_WORDS; j++) {
            int after = j + 1 < words.size() ? words.span(j + 1).start() : text.length();
            String next = text.substring(words.span(j).end(), after).strip();
            if (!next.isEmpty()) {
                return CLOSING_MARKS.indexOf(next.charAt(0)) >= 0 ? j + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * The word after the closing quotation mark of a name opened right before word {@code first}, at most {@value
     * #MAX_QUOTED_WORDS} words on, when only spaces stand between that mark and the word; -1 otherwise.
     */
    private static int afterClosingQuote(String text, Words words, int first) {
        for (int j = first; j + 1 < words.size() && j - first < MAX_QUOTED_WORDS; j++) {
            String gap = text.substring(words.span(j).end(), words.span(j + 1).start()).strip();
            if (gap.length() == 1 && CLOSING_QUOTES.indexOf(gap.charAt(0)) >= 0) {
                return j + 1;
            }
            if (!gap.isEmpty()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether word {@code w} is ل glued to an organization's noun without the article: لرابطة، لجمعية. */
    private boolean opensWithLamAndOrganizationNoun(String text, Words words, int w) {
        String word = w < words.size() && adjacent(text, words, w) ? words.normalized(w) : "";
        return word.length() > 2 && word.charAt(0) == 'ل' && !word.startsWith("لل") && isOrganizationNoun(word.substring(1));
    }

    /**
     * The word after a known name that a ب glued to word {@code w} or في before it introduces, with or without the
     * noun of its unit or of the body that serves it between ("مدير الدفاع المدني بجازان محمد الصميلي"، "بمنطقة
     * جازان"، "بصحة عسير"، "في محافظة جدة"), when a name opens after it: where the role is held, not the name's first
     * word; else {@code w}.
     */
    private static int knownPlaceEnd(String text, Words words, int w, IntUnaryOperator knownEnd) {
        if (w + 1 >= words.size() || !adjacent(text, words, w)) {
            return w;
        }
        String word = words.normalized(w);
        int end = -1;
        if (word.equals("في")) {
            boolean unit = PLACE_UNITS.contains(words.normalized(w + 1)) && w + 2 < words.size();
            end = adjacent(text, words, w + 1) ? knownEnd.applyAsInt(unit ? w + 2 : w + 1) : -1;
            end = end > (unit ? w + 2 : w + 1) ? end : -1;
        } else if (word.startsWith("ب") || governsPlace(word)) {
            int glued = knownEnd.applyAsInt(w); // بجازان
            boolean served = governsPlace(word) && adjacent(text, words, w + 1); // بمنطقة جازان، بصحة عسير
            int after = served ? knownEnd.applyAsInt(w + 1) : w + 1;
            end = glued > w ? glued : after > w + 1 ? after : -1;
        }
        return end > 0 && end < words.size() && PersonNames.opensAName(words.normalized(end)) ? end : w;
    }

    /**
     * The word after the body that {@code role} is held in, and its adjectives, where that body is referred to by its
     * definite head noun alone and a given name follows: "مدير الهيئة سامر الحلبي", "المتحدث الرسمي باسم الجامعة
     * سامر الحلبي", "المدير التنفيذي للشركة سامر الحلبي" (the tagger proposes such a name after محمد but seldom after
     * a rarer given name); else {@code first}, the word after the role and its known complement.
     */
    private int referredBodyEnd(String text, Words words, NameMatch role, int first) {
        int at = first < words.size() && words.normalized(first).equals(ON_BEHALF_OF) ? first + 1 : first;
        int name = at < words.size() ? skipAdjectivesAndQualifiers(text, words, at + 1) : at;
        if (name >= words.size() || !adjacent(text, words, at) || !adjacent(text, words, name)
                || !PersonNames.opensWithAGivenName(words.normalized(name))) {
            return first;
        }
        String body = words.normalized(at);
        // a bare role word governs the definite noun (مدير الهيئة); a definite role takes it after باسم or ل
        boolean construct = at == role.endWord() && !WordMatcher.isDefinite(words.normalized(at - 1));
        String head = body.startsWith("لل") && at == first ? body.substring(2)
                : body.startsWith("ال") && (at > first || construct) ? body.substring(2) : null;
        return head != null && orgHeads.contains(head) ? name : first;
    }

    /**
     * Whether word {@code first}, right after a role word without the article, is the place the office is of, which
     * news names without the article (محافظ تنومة عبدالرحمن الهزاني, the governor of Tanomah), rather than the name:
     * it has no article, opens no name and a given name or a family's آل follows it (عميد أسرة آل سالم is the
     * family's elder). A complement with the article may be the name itself ("نائب الملا عمر").
     */
    private static boolean placeComplement(Words words, NameMatch role, int first) {
        if (first != role.endWord() || WordMatcher.isDefinite(words.normalized(first - 1)) || first + 1 >= words.size()) {
            return false;
        }
        String next = words.normalized(first + 1);
        return !words.normalized(first).startsWith("ال") && !PersonNames.opensAName(words.normalized(first))
                && (PersonNames.opensWithAGivenName(next) || next.equals(FAMILY));
    }

    /**
     * The proposals of {@link #propose} that the name tagger or the list of given names bears out: the tagger
     * ({@code tagged}) proposes a person overlapping the name or a name of another type that starts within it
     * ("تيمور" of تيمور عمروف as a place: the tagger sees a name, the role its type), or the name's first word is a
     * given name (محمد، عبد...). Of the others more than nine in ten were no names in 3,817 Saudi articles (تمديد
     * حالة الطوارئ، لمساعدة الحكم، وسمو نائبه): the words after a role are as often the sentence going on.
     */
    public List<Proposal> confirmed(Words words, List<Proposal> proposed, List<Proposal> tagged) {
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposed) {
            boolean tagger = tagged.stream().anyMatch(t -> t.start() < p.end() && p.start() < t.end()
                    && (t.type() == EntityType.PERSON || t.start() >= p.start()));
            if (tagger || PersonNames.opensAName(words.normalized(words.firstAtOrAfter(p.start())))) {
                out.add(p);
            }
        }
        return out;
    }

    /** As {@link #attach(String, Words, List, IdSequence, String)} in an article of a publisher of no known country. */
    public List<Entity> attach(String text, Words words, List<Entity> entities, IdSequence ids) {
        return attach(text, words, entities, ids, null);
    }

    /**
     * The entities with the roles and countries their appositions give, and the organizations these name, in an
     * article whose publisher is of {@code homeCountry} (ISO 3166-1 alpha-3, or null when unknown).
     */
    public List<Entity> attach(String text, Words words, List<Entity> entities, IdSequence ids, String homeCountry) {
        MentionIndex mentions = new MentionIndex(entities);
        Map<String, Entity> byId = new LinkedHashMap<>();
        entities.forEach(e -> byId.put(e.id(), e));
        List<Entity> created = new ArrayList<>();
        Map<String, String> ministries = null;
        for (Entity person : entities) {
            if (person.type() != EntityType.PERSON) {
                continue;
            }
            Set<String> roles = new LinkedHashSet<>(person.roles());
            String country = person.country();
            for (Mention m : person.mentions()) {
                if (m.kind() == MentionKind.NAME) {
                    country = rolesBefore(text, words, m, mentions, roles, country, person.kb() != null);
                    country = rolesAfter(text, words, m, mentions, roles, country, ids, created);
                    country = appointedOfficeAfter(text, words, m, mentions, roles, country);
                    addGazetteJob(text, words, m, roles);
                    country = country != null ? country : adjectiveBefore(text, words, m, mentions);
                }
            }
            String portfolio = country == null ? ministerialPortfolio(roles) : null;
            if (portfolio != null) {
                ministries = ministries == null ? ministriesByPortfolio(entities) : ministries;
                country = ministerCountry(portfolio, ministries, entities, homeCountry);
            } else if (country == null && holdsStateTitle(roles)) {
                country = Homonyms.countryDwelledOn(countryMentions(entities), homeCountry);
            }
            byId.put(person.id(), new Entity(person.id(), person.type(), person.name(), person.nameEn(), person.kb(),
                    country, person.subtype(), withoutShorterForms(roles), person.confidence(), person.mentions()));
        }
        List<Entity> out = new ArrayList<>(byId.values());
        out.addAll(created);
        return Counterparts.attach(text, words, out, honorifics::contains);
    }

    /**
     * The countries of the article's ministries by their portfolios: the normalized words after the ministry's noun in
     * each of its mentions (وزارة الحج → الحج), with {@link #AMBIGUOUS} for a portfolio that ministries of two
     * countries share in the article.
     */
    private static Map<String, String> ministriesByPortfolio(List<Entity> entities) {
        Map<String, String> byPortfolio = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.ORG && MinistryPhrases.SUBTYPE.equals(e.subtype()) && e.country() != null) {
                for (Mention m : e.mentions()) {
                    String portfolio = portfolioOf(m.text(), MINISTRY_NOUNS);
                    if (portfolio != null) {
                        byPortfolio.merge(portfolio, e.country(), (a, b) -> a.equals(b) ? a : AMBIGUOUS);
                    }
                }
            }
        }
        return byPortfolio;
    }

    /**
     * The portfolio, normalized and without the words that date it, of the first minister's role among {@code roles}
     * (وزير الحج، وزيرة الثقافة السابقة → الحج، الثقافه); null for none, or for a foreign minister ({@link
     * #FOREIGN_AFFAIRS}).
     */
    private String ministerialPortfolio(Set<String> roles) {
        for (String role : roles) {
            String portfolio = portfolioOf(role, MINISTERS);
            while (portfolio != null && portfolio.lastIndexOf(' ') > 0
                    && qualifiers.contains(portfolio.substring(portfolio.lastIndexOf(' ') + 1))) {
                portfolio = portfolio.substring(0, portfolio.lastIndexOf(' ')); // وزير الدفاع الأسبق
            }
            if (portfolio != null) {
                return FOREIGN_AFFAIRS.contains(portfolio) ? null : portfolio;
            }
        }
        return null;
    }

    /**
     * The country of a minister of {@code portfolio}: that of the article's ministry of the portfolio (وزارة الحج,
     * Saudi, for وزير الحج), none when ministries of two countries hold it; else the country the article dwells on
     * ({@link Homonyms#countryDwelledOn}): a Saudi paper's report on Egypt's new cabinet names Egyptian ministers, a
     * Tunisian radio's report that names no other country Tunisian ones. A country that merely leads is no sign: a report on the Nile dam names Ethiopia a little more often
     * than the Egyptian minister's own country.
     */
    private static String ministerCountry(String portfolio, Map<String, String> ministries, List<Entity> entities,
                                          String homeCountry) {
        String named = ministries.get(portfolio);
        if (named != null) {
            return named.equals(AMBIGUOUS) ? null : named;
        }
        return Homonyms.countryDwelledOn(countryMentions(entities), homeCountry);
    }

    /** How often the article names each country, by its entities' mentions. */
    private static Map<String, Integer> countryMentions(List<Entity> entities) {
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            if (e.country() != null) {
                counts.merge(e.country(), e.mentions().size(), Integer::sum);
            }
        }
        return counts;
    }

    /** Whether one of {@code roles} opens with a title or rank of a state's service ({@link #stateTitles}): اللواء الركن. */
    private boolean holdsStateTitle(Set<String> roles) {
        for (String role : roles) {
            String normalized = ArabicNormalizer.normalize(role.strip());
            for (String title : stateTitles) {
                if (normalized.equals(title) || normalized.startsWith(title + " ")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The normalized words after the first word of {@code phrase} when that word is one of {@code heads}, else null. */
    private static String portfolioOf(String phrase, Set<String> heads) {
        String normalized = ArabicNormalizer.normalize(phrase.strip());
        int space = normalized.indexOf(' ');
        return space > 0 && heads.contains(normalized.substring(0, space)) ? normalized.substring(space + 1) : null;
    }

    /**
     * The roles but those another role begins with: "الأمين العام" beside "الأمين العام للأمم المتحدة", "مدرب" beside
     * "مدرب فريق مانشستر يونايتد" says nothing more.
     */
    private static List<String> withoutShorterForms(Set<String> roles) {
        Set<String> plain = new LinkedHashSet<>();
        roles.forEach(role -> plain.add(PossessedRoles.plain(role, POSSESSABLE_HEADS, ONE_WORD_HEADS)));
        return plain.stream().filter(r -> plain.stream().noneMatch(longer -> longer.startsWith(r + " "))).toList();
    }

    /** The country of a nationality adjective right before the name ("الإسباني سيسك فابريجاس"), or null. */
    private static String adjectiveBefore(String text, Words words, Mention name, MentionIndex mentions) {
        int w = words.firstAtOrAfter(name.start());
        if (w == 0 || w >= words.size() || !adjacent(text, words, w)) {
            return null;
        }
        MentionIndex.Located adjective = adjectiveAt(text, mentions, words, w - 1);
        return adjective == null ? null : adjective.entity().country();
    }

    /** Adds the role written before the name; returns the country its nationality adjective gives. */
    private String rolesBefore(String text, Words words, Mention name, MentionIndex mentions, Set<String> roles,
                               String country, boolean known) {
        int nameWord = words.firstAtOrAfter(name.start());
        NameMatch titles = honorificsBefore(text, words, nameWord);
        if (titles != null && !afterOrganizationNoun(text, words, titles.firstWord())) {
            String found = conjoined(text, words, titles) ? country
                    : officeBeforeHonorifics(text, words, titles.firstWord(), mentions, roles, country);
            return courtesy(titles, nameWord) ? found
                    : addRole(text, words, titles.start(), name.start(), mentions, roles, found);
        }
        int from = Math.max(0, nameWord - MAX_ROLE_WORDS);
        for (int i = from; i < nameWord; i++) {
            NameMatch role = roleAt(text, words, i);
            if (role == null || courtesies.contains(role.entry().kb())) {
                continue;
            }
            if (afterOrganizationNoun(text, words, i)) {
                continue; // "مركز الملك سلمان للإغاثة": the title names the centre, not the person after it
            }
            if (!known && i > 0 && adjacent(text, words, i) && words.normalized(i - 1).equals(ON_BEHALF_OF)) {
                continue; // "الناطق باسم رئيس البرلمان": the speaker's office is whom the spokesman speaks for
            }
            if (afterQuotedBody(text, words, skipAdjectivesAndQualifiers(text, words, role.endWord())) == nameWord
                    && !namesAPerson(mentions, role.end(), name.start())) {
                return addRole(text, words, deputyStart(text, words, role, nameWord), words.span(nameWord - 1).end(),
                        mentions, roles, country);
            }
            int organization = organizationEnd(text, words, mentions, role);
            boolean ofOrganization = organization >= 0
                    && extendedComplementEnd(text, words, mentions, organization) == nameWord
                    && !heldInUnlinkedFacility(text, words, mentions, role);
            int complement = skipAdjectivesAndQualifiers(text, words, complementOf(text, words, mentions, role));
            complement = complement == nameWord || extendedComplementEnd(text, words, mentions, complement) == nameWord
                    ? nameWord : complement;
            complement = representedEnd(text, words, mentions, role, complement) == nameWord ? nameWord : complement;
            boolean bound = boundComplementEnd(text, words, mentions, role, known) == nameWord;
            boolean direct = (complement == nameWord || ofOrganization || bound)
                    && !gluedToLetter(words, name, nameWord);
            if (direct && role.endWord() == nameWord && role.endWord() - role.firstWord() == 1
                    && !WordMatcher.isDefinite(words.normalized(role.firstWord()))) {
                continue; // "نائب الملا عمر": a bare role word in construct with the name is someone else's office
            }
            if (role.endWord() == nameWord && words.normalized(nameWord - 1).equals(ON_BEHALF_OF)) {
                continue; // "الناطقة باسم دي ميستورا": the spokeswoman speaks for him
            }
            int end = direct ? name.start() : commaBefore(text, name.start(), role.end());
            if (end > role.start() && (direct || noSentenceEnd(text, role.end(), end) && !runsOn(words, mentions, role, end, true))) {
                int start = direct ? deputyStart(text, words, role, nameWord) : role.start();
                return addRole(text, words, start, end, mentions, roles,
                        country != null || !ofOrganization ? country : stateHolding(text, words, mentions, role, nameWord));
            }
        }
        return country;
    }

    /**
     * Where a bare role right before a name starts: at the bare role word or deputy's word in construct with it, if
     * any ("نائب وزير الصحة حمد الضويلع" is the deputy minister, "مساعد وزير الدفاع"), else at the role itself. A
     * definite role right before the name at {@code nameWord} is the name's own ("نائب المستشارة أنجيلا ميركل" is
     * her deputy), but after an aide's word ({@link #aideStart}): "مساعد المدرب فرانك باسي" is the assistant coach;
     * with its complement between, it is the deputy's ("نائب الأمين العام للصندوق هناء الزهير").
     */
    private int deputyStart(String text, Words words, NameMatch role, int nameWord) {
        int w = role.firstWord() - 1;
        if (w < 0 || !adjacent(text, words, w + 1)) {
            return role.start();
        }
        if (WordMatcher.isDefinite(words.normalized(w + 1))) {
            int aide = aideStart(text, words, role); // "مساعد المدرب فرانك باسي" is the assistant coach
            if (aide != role.start() || skipAdjectivesAndQualifiers(text, words, role.endWord()) == nameWord) {
                return aide;
            }
        }
        NameMatch before = roleAt(text, words, w);
        if (before != null && before.endWord() == w + 1 && !WordMatcher.isDefinite(words.normalized(w))) {
            return before.start(); // its conjunction left out: ونائب رئيس النادي
        }
        return DEPUTIES.contains(words.normalized(w)) ? words.span(w).start() : role.start();
    }

    /**
     * Where an office before an honorific starts: at the aide's word in construct with it, if any ("ومساعد الرئيس
     * للشؤون الفنية المهندس خالد" is the president's aide, whose name the honorific opens), its conjunction left
     * out; else at the office.
     */
    private static int aideStart(String text, Words words, NameMatch office) {
        int w = office.firstWord() - 1;
        if (w < 0 || !adjacent(text, words, w + 1) || !DEPUTIES.contains(WordMatcher.withoutConjunction(words.normalized(w)))) {
            return office.start();
        }
        String word = words.normalized(w);
        return WordMatcher.skipLetters(text, words.span(w).start(), word.length() - WordMatcher.withoutConjunction(word).length());
    }

    /**
     * Whether a conjunction is glued to the first honorific {@code titles}: "متعب وزير الحرس الوطني، والأمير محمد"
     * starts another person of a list, and the office before it is the one named before.
     */
    private static boolean conjoined(String text, Words words, NameMatch titles) {
        int wordStart = words.span(titles.firstWord()).start();
        return titles.start() > wordStart && "وف".indexOf(text.charAt(wordStart)) >= 0;
    }

    /** Whether {@code titles}, the first honorific before the name at {@code nameWord}, is a courtesy alone: السيد. */
    private boolean courtesy(NameMatch titles, int nameWord) {
        return courtesies.contains(titles.entry().kb()) && titles.endWord() == nameWord;
    }

    /**
     * The first of the honorifics (الأستاذ الدكتور، د. م.) right before word {@code nameWord}, or null when none is;
     * only spaces stand after each, and an abbreviation's full stop.
     */
    private NameMatch honorificsBefore(String text, Words words, int nameWord) {
        NameMatch first = null;
        int w = nameWord;
        while (w > 0 && w < words.size()) {
            NameMatch title = honorificEndingAt(text, words, w);
            if (title == null || !(adjacent(text, words, w) || isAbbreviation(title.entry().kb())
                    && text.substring(words.span(w - 1).end(), words.span(w).start()).strip().equals("."))
                    || ranks.contains(title.entry().kb()) && inConstruct(text, words, title.firstWord())) {
                break;
            }
            first = title;
            w = title.firstWord();
        }
        return first;
    }

    /**
     * Whether word {@code w} completes a bare role word or an organization's noun before it: "مدرب الرائد" coaches
     * the club, "نادي الرائد" is one; a rank there is no rank.
     */
    private boolean inConstruct(String text, Words words, int w) {
        if (w == 0 || !adjacent(text, words, w) || WordMatcher.isDefinite(words.normalized(w - 1))) {
            return false;
        }
        return afterOrganizationNoun(text, words, w) || roleAt(text, words, w - 1) != null;
    }

    /**
     * The longest honorific of up to {@value #MAX_HONORIFIC_WORDS} words that ends right before word {@code w}, or
     * null: وكيل الرقيب is a rank of its own.
     */
    private NameMatch honorificEndingAt(String text, Words words, int w) {
        for (int from = Math.max(0, w - MAX_HONORIFIC_WORDS); from < w; from++) {
            NameMatch title = roleAt(text, words, from);
            if (title != null && title.endWord() == w && honorifics.contains(title.entry().kb())) {
                return title;
            }
        }
        return null;
    }

    /**
     * The role head that starts at word {@code w}, or null; an abbreviation (د.، م.) only with its full stop after
     * it: "د ب أ" is the German agency.
     */
    private NameMatch roleAt(String text, Words words, int w) {
        if (w > 0 && words.span(w - 1).of(text).equals(PersonNames.FAMILY_WORD)) {
            return null; // آل الشيخ is a family's name
        }
        NameMatch role = roleHeads.match(text, words.spans(), words.normalized(), w);
        if (role != null && PossessedRoles.writtenFeminine(words.span(role.endWord() - 1).of(text), role.entry().kb())) {
            return null; // محافظة is a governorate, مهاجمة an attack: read as محافظه only written with ه
        }
        if (role != null && role.entry().kb().equals(TEAM_OR_GENERAL) && !generalsRank(text, words, w)
                || role != null && role.entry().kb().equals(GOVERNOR_OR_CONSERVATIVE) && !governorsTitle(text, words, w)) {
            return null;
        }
        return role == null || !isAbbreviation(role.entry().kb()) || fullStopAfter(text, role.end()) ? role : null;
    }

    /**
     * Whether الفريق at word {@code w} is the rank of a lieutenant general, not "the team": written without a clitic
     * but و, after punctuation, a definite word (مدير عام الدفاع المدني الفريق سعيد القحطاني، رئيس هيئة قناة السويس
     * الفريق مهاب مميش) or a verb of speech (قال الفريق), never after a bare word or a preposition, whose object the
     * team is (مدرب الفريق، قاد الفريق، المشرف العام على الفريق).
     */
    private static boolean generalsRank(String text, Words words, int w) {
        String word = words.normalized(w);
        if (!word.equals("الفريق") && !word.equals("والفريق")) {
            return false;
        }
        if (w + 1 < words.size() && WordMatcher.isDefinite(words.normalized(w + 1))
                && !STAFF.contains(words.normalized(w + 1))) {
            return false; // الفريق الأولمبي: the team and its adjective
        }
        if (w == 0 || !adjacent(text, words, w) || word.charAt(0) == 'و') {
            return true;
        }
        String before = words.normalized(w - 1);
        return WordMatcher.isDefinite(before) && !FUNCTION_WORDS.contains(before)
                || ProposalBounds.isVerbOfEitherGenderBeforeAName(before);
    }

    /**
     * Whether المحافظ at word {@code w} is a governor's title: written without a clitic but و, not after a definite
     * word, whose adjective it is ("رئيس الوزراء المحافظ", the conservative prime minister), nor after a bare role
     * word, whose complement it is (وكيل المحافظ، نائب المحافظ).
     */
    private boolean governorsTitle(String text, Words words, int w) {
        String word = words.normalized(w);
        if (!word.equals("المحافظ") && !word.equals("والمحافظ")) {
            return false; // للمحافظ: to the governor, no title before a name
        }
        if (w == 0 || !adjacent(text, words, w)) {
            return true;
        }
        String before = words.normalized(w - 1);
        return !WordMatcher.isDefinite(before) && roleHeads.match(text, words.spans(), words.normalized(), w - 1) == null;
    }

    /** Whether {@code head}, a role head as written in {@code role-heads.tsv}, is an abbreviation: د.، أ.د. */
    private static boolean isAbbreviation(String head) {
        return head.endsWith(".");
    }

    /** Whether a full stop stands right at {@code offset} of {@code text}. */
    private static boolean fullStopAfter(String text, int offset) {
        return offset < text.length() && text.charAt(offset) == '.';
    }

    /**
     * Adds the office written before the honorifics that start at word {@code titles} ("رئيس مجلس إدارة الهيئة
     * السعودية للمهندسين الدكتور سامر خليل"; "مدير الجامعة، الأستاذ الدكتور سامر خليل"): an office whose words run
     * up to them (no punctuation, function word, clause word or person's name between) or up to a comma right
     * before them. A bare office word right before the honorific is in construct with it ("نائب الأمير" is the
     * prince's deputy), and one inside a name is part of it (مطار الملك عبدالعزيز). Returns the country its
     * nationality adjective gives.
     */
    private String officeBeforeHonorifics(String text, Words words, int titles, MentionIndex mentions,
                                          Set<String> roles, String country) {
        int titleStart = words.span(titles).start();
        for (int i = Math.max(0, titles - MAX_ROLE_WORDS); i < titles; i++) {
            NameMatch office = roleAt(text, words, i);
            if (office == null || office.endWord() > titles || honorifics.contains(office.entry().kb())
                    || afterOrganizationNoun(text, words, i) || mentions.inside(office.start())
                    || namesAPerson(mentions, office.start(), titleStart)
                    || office.endWord() == titles && !WordMatcher.isDefinite(words.normalized(office.firstWord()))) {
                continue;
            }
            int end = onlyWordsBetween(text, words, mentions, office.endWord(), titles) ? words.span(titles - 1).end()
                    : commaBefore(text, titleStart, office.end());
            if (end > office.start() && noSentenceEnd(text, office.end(), end)
                    && !runsOn(words, mentions, office, end, true)) {
                return addRole(text, words, aideStart(text, words, office), end, mentions, roles, country != null ? country
                        : stateHolding(text, words, mentions, office, words.firstAtOrAfter(end)));
            }
        }
        return country;
    }

    /**
     * Whether a person is named by name in {@code [start, end)}: "الملك سلمان بن عبدالعزيز برقية تهنئة لفخامة السيدة"
     * is no office of the woman after it.
     */
    private static boolean namesAPerson(MentionIndex mentions, int start, int end) {
        return mentions.startingWithin(start, end).stream()
                .anyMatch(l -> l.entity().type() == EntityType.PERSON && l.mention().kind() == MentionKind.NAME);
    }

    /**
     * Whether words {@code from} to {@code to} follow each other with only spaces between, none a function word but
     * في or لدى before a place's name that ends at {@code to} ({@link #postingPlaceEnd}: "السفير العماني في المملكة
     * الدكتور …").
     */
    private static boolean onlyWordsBetween(String text, Words words, MentionIndex mentions, int from, int to) {
        for (int w = from; w <= to; w++) {
            if (!adjacent(text, words, w)) {
                return false;
            }
            if (w < to && FUNCTION_WORDS.contains(words.normalized(w)) && postingPlaceEnd(text, words, mentions, w) != to) {
                return false;
            }
        }
        return true;
    }

    /**
     * The word after a place's name that في or لدى at word {@code w} introduces, with only spaces between: where a
     * role is held ("السفير السعودي في القاهرة أحمد قطان"، "رئيس الجالية اليمنية في جدة"); else -1.
     */
    private static int postingPlaceEnd(String text, Words words, MentionIndex mentions, int w) {
        if (w + 1 >= words.size() || !IN_OR_AT.contains(words.normalized(w)) || !adjacent(text, words, w + 1)) {
            return -1;
        }
        int end = placeEnd(mentions, words, w + 1);
        return end > w + 1 ? end : -1;
    }

    private String addRole(String text, Words words, int start, int end, MentionIndex mentions, Set<String> roles, String country) {
        List<StringBuilder> offices = new ArrayList<>(List.of(new StringBuilder()));
        String found = country;
        int first = words.firstAtOrAfter(start);
        if (first > 0 && words.span(first - 1).end() > start) {
            first--; // the role word after its clitic: "ووزير الثقافة" starts inside the word
        }
        if (endsInAnotherPersonsName(text, words, first, end, mentions)) {
            return null; // "رئيس البلدية الأستاذ خالد الحميدان، عائض الحربي": the role and its country are Khalid's
        }
        for (int w = first; w < words.size() && words.span(w).end() <= end; w++) {
            MentionIndex.Located adj = adjectiveAt(text, mentions, words, w);
            if (adj != null) {
                found = found == null ? adj.entity().country() : found;
                if (!keepsBodysAdjective(text, words, first, w, end)) {
                    continue;
                }
            }
            if (w > 0 && words.normalized(w - 1).equals("في") && orgHeads.contains(words.normalized(w))
                    && !offices.get(0).isEmpty()) {
                break; // an organization after في starts the affiliation, no part of the role
            }
            if (words.normalized(w).equals(DETACHED_LAM) && w > first && toMedia(mentions, words, w + 1)
                    && !isMediaRole(text, words, first)) {
                break; // "وزير النقل لـ«الشرق الأوسط»" spoke to the paper: no part of his role
            }
            int wordEnd = words.span(w).end();
            // an abbreviated title keeps its full stop: د., أ. د.
            wordEnd = words.normalized(w).length() == 1 && fullStopAfter(text, wordEnd) ? wordEnd + 1 : wordEnd;
            int from = Math.max(start, words.span(w).start());
            StringBuilder office = offices.get(offices.size() - 1);
            NameMatch next = office.isEmpty() ? null : anotherOfficeAt(text, words, w);
            if (next != null) {
                office = new StringBuilder();
                offices.add(office);
                from = next.start(); // without the و of "ورئيس مجلس إدارة الشركة"
            }
            appendWord(office, text.substring(from, wordEnd));
        }
        String written = cleanRole(String.join(" ", offices));
        for (StringBuilder office : offices) {
            String held = cleanRole(office.toString());
            if (!held.isEmpty()) {
                roles.add(held);
            }
        }
        if (found == null && heldAbroad(written)) {
            return sendingState(text, words, mentions, start, end);
        }
        if (found != null || occupationAt(text, words, first)) {
            return found;
        }
        String place = placeCountry(words, mentions, start, end);
        return place != null || !leads(written) ? place : nationalBodyCountry(mentions, start, end);
    }

    /**
     * Whether the role's words from {@code first} to offset {@code end} end in a person's name of two words or more
     * right after a title, an occupation or a word that dates it: the role is that person's, named before this one
     * ("وزير التعليم الدكتور عزام الدخيل"، "الوزير السابق بوب كار"، "المحامي مصعب الرويشد"), not a relation to them,
     * whose name completes the role ("مستشار الرئيس حسن روحاني") or dates it ("في عهد الرئيس المعزول حسني مبارك").
     */
    private boolean endsInAnotherPersonsName(String text, Words words, int first, int end, MentionIndex mentions) {
        if (first >= words.size()) {
            return false;
        }
        for (MentionIndex.Located l : mentions.within(words.span(first).start(), end)) {
            Mention m = l.mention();
            if (l.entity().type() == EntityType.PERSON && m.kind() == MentionKind.NAME && m.end() == end
                    && m.text().strip().indexOf(' ') >= 0) {
                int name = words.firstAtOrAfter(m.start());
                return name > first && !namesAnEra(words, first, name)
                        && (qualifiers.contains(words.normalized(name - 1)) || titleEndsAt(text, words, first, name));
            }
        }
        return false;
    }

    /** Whether a word of an era stands among words {@code from} to {@code to}: "في عهد الرئيس المعزول حسني مبارك". */
    private static boolean namesAnEra(Words words, int from, int to) {
        for (int w = from; w < to; w++) {
            if (WordMatcher.inSomeReading(words.normalized(w), ERA_WORDS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an honorific, a rank, a courtesy or an occupation of the role heads ends right before word {@code w}. */
    private boolean titleEndsAt(String text, Words words, int from, int w) {
        for (int k = w - 1; k >= Math.max(from, w - 3); k--) {
            NameMatch head = roleAt(text, words, k);
            if (head != null && head.endWord() == w && !isOffice(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Appends {@code word} to the role {@code office}, a space between, but for a clitic drawn out before quotation
     * marks, which goes on the word as Arabic writes it without them: لـ«أوبك» is لأوبك، لـ«الشرق الأوسط» للشرق الأوسط.
     */
    private static void appendWord(StringBuilder office, String word) {
        int drawnOut = office.length();
        while (drawnOut > 0 && office.charAt(drawnOut - 1) == ArabicNormalizer.TATWEEL) {
            drawnOut--;
        }
        if (drawnOut == office.length()) {
            office.append(office.isEmpty() ? "" : " ").append(word);
            return;
        }
        office.setLength(drawnOut);
        boolean lamBeforeArticle = drawnOut > 0 && office.charAt(drawnOut - 1) == 'ل' && word.startsWith("ال");
        office.append(lamBeforeArticle ? word.substring(1) : word);
    }

    /** Whether a mention of a news outlet of the knowledge base starts at word {@code w}. */
    private static boolean toMedia(MentionIndex mentions, Words words, int w) {
        return w < words.size() && mentions.startingAt(words.span(w).start()).stream()
                .anyMatch(l -> l.entity().type() == EntityType.ORG && MEDIA.equals(l.entity().subtype()));
    }

    /** Whether the role word at word {@code w} is of the media's sector (مراسل، الكاتب), whose outlet is its own. */
    private boolean isMediaRole(String text, Words words, int w) {
        NameMatch role = roleAt(text, words, w);
        return role != null && MEDIA_SECTOR.equals(role.entry().subtype());
    }

    /**
     * The role's words as written, without a trailing في or comma, a ل glued to its article or an honorific of
     * address.
     */
    private static String cleanRole(String role) {
        String written = withoutLam(role.replace(String.valueOf(ArabicNormalizer.TATWEEL), "").replaceAll("\\s+في$", "")
                .replaceAll("[،,]+$", "").strip());
        return ADDRESS_AT_END.matcher(written).replaceFirst("");
    }

    /**
     * The head of a second office that word {@code w} opens inside a role, where one holder's offices run on
     * together ("وزير العدل رئيس المجلس الأعلى للقضاء"، "أمين العاصمة المقدسة ورئيس مجلس إدارة الشركة"): an office's
     * head, bare or with و, after a definite word, which ends the construct chain of the office before; or null.
     * After an indefinite word the head is that office's complement (نائب رئيس المجلس، مدير مكتب وزير الدفاع); after
     * another office's bare head the two make one title (الرئيس المدير العام).
     */
    private NameMatch anotherOfficeAt(String text, Words words, int w) {
        NameMatch head = roleAt(text, words, w);
        if (head == null || !isOffice(head) || !WordMatcher.isDefinite(words.normalized(w - 1))) {
            return null;
        }
        NameMatch before = roleAt(text, words, w - 1);
        String clitics = text.substring(words.span(w).start(), head.start());
        if (before != null && before.endWord() == w && isOffice(before) && clitics.isEmpty()
                && WordMatcher.isDefinite(words.normalized(w))) {
            return null; // الرئيس المدير العام, the Maghreb's chairman and managing director, is one office
        }
        boolean lam = words.normalized(w).startsWith("لل"); // للرئيس: "for the president", the office's complement
        return !lam && (clitics.isEmpty() || clitics.equals("و")) ? head : null;
    }

    /** Whether a role head is an office's: none of the honorifics, occupations, courtesy titles and ranks. */
    private boolean isOffice(NameMatch head) {
        String kb = head.entry().kb();
        return !honorifics.contains(kb) && !occupations.contains(kb) && !courtesies.contains(kb) && !ranks.contains(kb);
    }

    /** Whether the {@code role} leads a body: its first word, without و, is one of {@link #LEADERS}. */
    private static boolean leads(String role) {
        String[] roleWords = ArabicNormalizer.normalize(role).split("\\s+");
        return LEADERS.contains(WordMatcher.withoutConjunction(roleWords[0]));
    }

    /**
     * The country of the first party, club or union ({@link #NATIONAL_BODIES}) named in {@code [start, end)}: the
     * president of Zamalek is Egyptian; or null. One referred to (رئيس النادي) gives its country only where every
     * body of its kind that the article names is of that country, the one the article is about: which club "the club"
     * is goes wrong too often to tell a man's country by it, but in a report on two Saudi clubs either is Saudi.
     */
    private static String nationalBodyCountry(MentionIndex mentions, int start, int end) {
        for (MentionIndex.Located l : mentions.within(start, end)) {
            Entity body = l.entity();
            if (body.subtype() != null && NATIONAL_BODIES.contains(body.subtype()) && body.country() != null
                    && (l.mention().kind() == MentionKind.NAME || allOfOneCountry(mentions, body))) {
                return body.country();
            }
        }
        return null;
    }

    /**
     * Whether every entity of the article of the subtype of {@code body} is of the country of {@code body}, and that
     * country is the one the article plainly is about ({@link Homonyms#dominantCountry}): a Saudi club's report that
     * names its friendly's Tunisian opponent alone by name still refers to its own club as "النادي".
     */
    private static boolean allOfOneCountry(MentionIndex mentions, Entity body) {
        Map<String, Integer> countries = new HashMap<>();
        for (MentionIndex.Located l : mentions.within(0, Integer.MAX_VALUE)) {
            if (body.subtype().equals(l.entity().subtype()) && !body.country().equals(l.entity().country())) {
                return false;
            }
            if (l.entity().country() != null) {
                countries.merge(l.entity().country(), 1, Integer::sum);
            }
        }
        return body.country().equals(Homonyms.dominantCountry(countries));
    }

    /** Whether an occupation's role word starts at word {@code w}: a coach or player is of no team's country. */
    private boolean occupationAt(String text, Words words, int w) {
        NameMatch head = w < words.size() ? roleAt(text, words, w) : null;
        return head != null && occupations.contains(head.entry().kb());
    }

    /**
     * Whether {@code role} is held away from the place it names: an ambassador's, envoy's or correspondent's post,
     * a mission or a bureau (سفير المملكة في القاهرة، مدير مكتب القناة في بيروت).
     */
    private static boolean heldAbroad(String role) {
        for (String word : ArabicNormalizer.normalize(role).split("\\s+")) {
            if (POSTINGS.contains(WordMatcher.withoutConjunction(word))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before the one at offset {@code at} is في or لدى ({@link #IN_OR_AT}). */
    private static boolean afterInOrAt(Words words, int at) {
        int w = words.firstAtOrAfter(at);
        return w > 0 && IN_OR_AT.contains(words.normalized(w - 1));
    }

    /**
     * The state a post abroad in {@code [start, end)} serves: the country, or the head of state, named before the
     * في، لدى or إلى of the place where it is held ("سفير تونس لدى فرنسا" is Tunisian, "سفير خادم الحرمين الشريفين
     * لدى الأردن" Saudi); null where an international body is named first (بعثة صندوق النقد الدولي إلى تونس) or
     * no state is.
     */
    private static String sendingState(String text, Words words, MentionIndex mentions, int start, int end) {
        int posting = end;
        for (int w = words.firstAtOrAfter(start); w < words.size() && words.span(w).end() <= end; w++) {
            if (IN_OR_AT.contains(words.normalized(w)) || words.normalized(w).equals(TO)) {
                posting = words.span(w).start();
                break;
            }
        }
        for (MentionIndex.Located l : mentions.within(start, posting)) {
            Entity e = l.entity();
            if (INTERNATIONAL_BODY.equals(e.subtype())) {
                return null; // بعثة صندوق النقد الدولي إلى تونس: the body sends it
            }
            boolean headOfState = e.type() == EntityType.PERSON && e.kb() != null;
            String state = headOfState ? e.country() : stateOf(e);
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /**
     * The country of the first place named by name in {@code [start, end)} or of the first body of a state named there
     * ({@link #stateOf}), the office's: a director of health affairs in Asir is Saudi, the president of Colombia
     * Colombian, the spokesman of the Tunisian parliament's speaker Tunisian; or null, as for an office of an
     * international body held in a place that في or لدى names after it (المتحدث باسم الأمم المتحدة في جنيف).
     */
    private static String placeCountry(Words words, MentionIndex mentions, int start, int end) {
        boolean international = false;
        for (MentionIndex.Located l : mentions.within(start, end)) {
            international |= INTERNATIONAL_BODY.equals(l.entity().subtype());
            if (international && afterInOrAt(words, l.mention().start())) {
                return null;
            }
            MentionKind kind = l.mention().kind();
            if (isPlace(l.entity()) && kind == MentionKind.NAME && l.entity().country() != null) {
                return l.entity().country();
            }
            String state = kind == MentionKind.NAME || kind == MentionKind.NOMINAL ? stateOf(l.entity()) : null;
            if (state != null) {
                return state;
            }
        }
        return null;
    }

    /**
     * An honorific of address at a role's end, between the office and the title before the name ("الأمين العام للجنة
     * معالي الدكتور سعد"، "سفير خادم الحرمين الشريفين في المملكة المتحدة صاحب السمو الملكي الأمير …"): no part of
     * the office.
     */
    private static final Pattern ADDRESS_AT_END = Pattern.compile("\\s+(معالي|سعادة|فضيلة|سماحة|صاحب السمو( الملكي)?)$");

    /** The role without a ل glued to its article: "للرئيس" is written "الرئيس" (ل + ال loses the alef). */
    private static String withoutLam(String role) {
        return role.startsWith("لل") && role.length() > 3 ? "ال" + role.substring(2) : role;
    }

    /**
     * Adds "، مدير مجموعة …،" after the name as a role, and its organization as an entity when unknown; or, with no
     * comma, a title in the construct state right after the name ({@link #titleAfter}). Returns the country.
     */
    private String rolesAfter(String text, Words words, Mention name, MentionIndex mentions, Set<String> roles,
                              String country, IdSequence ids, List<Entity> created) {
        int c = skipSpaces(text, name.end());
        if (c >= text.length() || (text.charAt(c) != '،' && text.charAt(c) != ',')) {
            return titleAfter(text, words, name, mentions, roles, country);
        }
        int w = words.firstAtOrAfter(c);
        int opens = w < words.size() ? headAfterAideWord(text, words, w) : w;
        NameMatch role = opens < words.size() ? roleAt(text, words, opens) : null;
        role = role == null || courtesies.contains(role.entry().kb()) ? null : role;
        int close = role == null ? -1 : commaAfter(text, words, role.endWord());
        if (role == null || close < 0 || words.firstAtOrAfter(close) - w > MAX_ROLE_WORDS) {
            return country;
        }
        int titled = skipAdjectives(text, words, role.endWord());
        boolean titlesAnother = titled < words.size() && personAt(mentions, words, titled);
        if (role.start() != words.span(opens).start() || titlesAnother || runsOn(words, mentions, role, close, false)) {
            return country; // "تاسك، ورئيس البرلمان شولتز،", "الأمير خالد، الأمير ماجد،": a list, not one role
        }
        // as a role before the name: its nationality adjective, place or body gives the country
        String found = addRole(text, words, words.span(w).start(), close, mentions, roles, country);
        int head = role.endWord();
        if (head < words.size() && orgHeads.contains(words.normalized(head)) && mentions.within(words.span(head).start(), close).isEmpty()
                && created.stream().noneMatch(e -> e.mentions().get(0).start() == words.span(head).start())) {
            Mention org = Mention.of(text, words.span(head).start(), close, MentionKind.NAME);
            String english = englishOfOrganization(text, words, head, close);
            created.add(new Entity(ids.next(), EntityType.ORG, org.text(), english, null, null, null, List.of(),
                    ORG_CONFIDENCE, List.of(org)));
        }
        return found;
    }

    /**
     * The English name of the organization a role names from word {@code head} to the comma at {@code close}, as
     * {@link EntityTagger#organizationEnglish} gives names the knowledge base lacks ("مجموعة تقييم المخاطر" is Risk
     * Assessment Group), else the name in Latin letters.
     */
    private static String englishOfOrganization(String text, Words words, int head, int close) {
        String english = EntityTagger.organizationEnglish(text, words.spans(), words.normalized(), head,
                words.firstAtOrAfter(close));
        return english != null ? english : NameTransliterator.toLatin(text.substring(words.span(head).start(), close));
    }

    /**
     * "سامح شكري وزير الخارجية المصري": a role word without the article (a title in the construct state) right
     * after the name, its complement and up to {@value #MAX_ADJECTIVES} adjectives are a role, their nationality
     * adjective the country. A role word with the article is one only where something binds it to the name
     * ({@link #boundTitleEnd}), else it starts a phrase of its own ("التقى شكري الرئيس الفرنسي": the president is
     * whom he met), and so does a conjunction there.
     */
    private String titleAfter(String text, Words words, Mention name, MentionIndex mentions, Set<String> roles,
                              String country) {
        int w = words.firstAtOrAfter(name.end());
        if (w >= words.size() || !adjacent(text, words, w)) {
            return country;
        }
        int head = headAfterAideWord(text, words, w);
        NameMatch role = roleAt(text, words, head);
        if (role == null || role.start() != words.span(head).start() || honorifics.contains(role.entry().kb())) {
            return country; // a conjunction before it starts another phrase: "شكري والمدير العام"
        }
        // رئيس فرنسا السابق: a former president
        int end = WordMatcher.isDefinite(words.normalized(head)) ? boundTitleEnd(text, words, mentions, role)
                : skipAdjectivesAndQualifiers(text, words, complementEnd(text, words, mentions, role.endWord()));
        if (end < 0 || end < words.size() && adjacent(text, words, end) && personAt(mentions, words, end)) {
            return country; // the title's own holder follows: "استقبل عباس وزير الخارجية الأمريكي جون كيري"
        }
        end = representedEnd(text, words, mentions, role, end);
        return addRole(text, words, words.span(w).start(), words.span(end - 1).end(), mentions, roles, country);
    }

    /**
     * Word {@code w + 1} where word {@code w} is an aide's word (مساعد) that no role opens, in construct with the
     * word after it: the role after a name opens there and is the aide's ("حمدان العمري مساعد مدير شؤون المعلمين");
     * else {@code w}.
     */
    private int headAfterAideWord(String text, Words words, int w) {
        return w + 1 < words.size() && DEPUTIES.contains(words.normalized(w)) && adjacent(text, words, w + 1)
                && roleAt(text, words, w) == null ? w + 1 : w;
    }

    /**
     * The word after the party or body a member of parliament sits for, named after عن right after the role ("بشير
     * خليفي نائب عن حركة النهضة"), or {@code end} when none is: it is the role's, and gives its country.
     */
    private static int representedEnd(String text, Words words, MentionIndex mentions, NameMatch role, int end) {
        if (end != role.endWord() || !REPRESENTATIVES.contains(WordMatcher.withoutConjunction(words.normalized(role.firstWord())))
                || end + 1 >= words.size() || !words.normalized(end).equals("عن") || !adjacent(text, words, end)
                || !adjacent(text, words, end + 1)) {
            return end;
        }
        MentionIndex.Located body = longestMentionIn(words, mentions, end + 1, false);
        return body == null || body.entity().type() != EntityType.ORG ? end
                : words.firstAtOrAfter(body.mention().end());
    }

    /**
     * Where a definite role right after a name ends when something binds it to the name: the organization named
     * after it (باسم، ل: "حمد المنيف المتحدث الرسمي لوزارة الخدمة المدنية"), a complement with لل، بال، لدى، باسم or
     * ل and an organization's noun up to the construct's end ("تور سكولارد المدير الفني لنادي مولده النرويجي"), or a
     * word that dates it ("نور الدين البحيري الوزير السابق"); -1 otherwise, as the role then begins a phrase of its
     * own: "التقى شكري الرئيس الفرنسي" names whom he met.
     */
    private int boundTitleEnd(String text, Words words, MentionIndex mentions, NameMatch role) {
        int organization = organizationEnd(text, words, mentions, role);
        if (organization > 0) {
            return organization;
        }
        if (words.normalized(role.endWord() - 1).equals(ON_BEHALF_OF) && role.endWord() < words.size()) {
            return onBehalfEnd(text, words, mentions, role.endWord());
        }
        int x = skipAdjectivesAndQualifiers(text, words, role.endWord());
        boolean dated = false;
        for (int k = role.endWord(); k < x; k++) {
            dated |= qualifiers.contains(words.normalized(k));
        }
        int quoted = x < words.size() && adjacent(text, words, x) && opensComplement(words.normalized(x))
                ? afterMarkedName(text, words, x + 1) : -1;
        if (quoted > 0) {
            return quoted; // "دينيس موريسون الرئيس التنفيذي لشركة (كامبل سوب)"
        }
        if (x + 1 < words.size() && adjacent(text, words, x) && adjacent(text, words, x + 1)) {
            String word = words.normalized(x);
            boolean onBehalf = word.equals(ON_BEHALF_OF) || word.equals("لدي");
            if (onBehalf || opensComplement(word)) {
                return skipAdjectivesAndQualifiers(text, words,
                        complementEnd(text, words, mentions, onBehalf ? x + 1 : x));
            }
        }
        return dated ? x : -1;
    }

    /**
     * The end of what a role ending in باسم speaks for, from word {@code w}: a name in quotation marks ("المتحدث باسم
     * «بوينغ»") or a complement ("الناطق باسم الشرطة"); -1 when neither follows.
     */
    private int onBehalfEnd(String text, Words words, MentionIndex mentions, int w) {
        int quoted = afterMarkedName(text, words, w);
        int end = quoted > 0 ? quoted
                : skipAdjectivesAndQualifiers(text, words, complementEnd(text, words, mentions, w));
        return end > w ? end : -1;
    }

    /**
     * Where the complement that binds a role to the name right after it ends: one with لل، بال or ل and an
     * organization's noun, with its adjectives and the place after في or ب ("المدير العام للتعليم بمنطقة عسير جلوي
     * بن محمد"), or, before a name the knowledge base lacks, after باسم ("الناطق باسم رئيس البرلمان سامر خليل"; a
     * known holder of the office after باسم holds that office: "الناطق باسم رئيس الحكومة فلاديمير بوتين"). -1 when
     * none follows the role, when it is a title of its own, whose holder the name is ("المستشار الخاص للرئيس عبد ربه
     * منصور هادي" advises him), or when it ends in a title that opens the name ("الناطق باسم كتائب الشهيد عز الدين
     * القسام": the brigades bear his name).
     */
    private int boundComplementEnd(String text, Words words, MentionIndex mentions, NameMatch role, boolean known) {
        int x = skipAdjectivesAndQualifiers(text, words, role.endWord());
        if (x + 1 >= words.size() || !adjacent(text, words, x) || !adjacent(text, words, x + 1)
                || roleAt(text, words, x) != null) {
            return -1;
        }
        String word = words.normalized(x);
        boolean onBehalf = word.equals(ON_BEHALF_OF)
                && !(known && roleAt(text, words, x + 1) != null);
        if (!onBehalf && !opensComplement(word)) {
            return -1;
        }
        int end = skipAdjectivesAndQualifiers(text, words, word.startsWith("بال") ? x + 1
                : complementEnd(text, words, mentions, onBehalf ? x + 1 : x));
        if (onBehalf && end == x + 1 || end > x + 1 && ProposalBounds.isTitle(words.normalized(end - 1))) {
            return -1; // "الناطق باسم كتائب الشهيد عز الدين القسام": the brigades bear his name
        }
        if (!onBehalf && word.charAt(0) == 'ب' && roleWithin(text, words, x + 1, end, r -> true)) {
            return -1; // "السكرتير الصحفي بمكتب الرئيس اليمني عبد ربه منصور هادي" is the president's secretary
        }
        return end > x ? placePhraseEnd(text, words, mentions, end) : -1;
    }

    /** Whether a role that {@code test} accepts opens at a word of {@code [from, to)}. */
    private boolean roleWithin(String text, Words words, int from, int to, Predicate<NameMatch> test) {
        for (int w = from; w < to; w++) {
            NameMatch role = roleAt(text, words, w);
            if (role != null && test.test(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code word} opens a role's complement: لل، بال, or ل or ب and an organization's or a state body's noun
     * (لشركة، بوزارة، بشرطة).
     */
    private boolean opensComplement(String word) {
        if (word.startsWith("لل") || word.startsWith("بال")) {
            return true;
        }
        String noun = withoutPreposition(word);
        return (word.startsWith("ل") || word.startsWith("ب"))
                && (isOrganizationNoun(noun) || NationalBodyPhrases.isNoun(noun));
    }

    /**
     * The word after what may follow a role's complement ending before word {@code w} and still be the role's, before
     * the holder's name: adjectives and words that date it, a definite noun joined by و (مدير العلاقات العامة
     * والإعلام) that opens no other office, the body referred to with بال (مدير الكرة بالنادي، مدير الشؤون المالية
     * بالجامعة), an acting holder's word (بالإنابة، بالتكليف), and the place it is held in ({@link #postingPlaceEnd},
     * {@link #placePhraseEnd}), in any order; {@code w} itself when nothing follows.
     */
    private int extendedComplementEnd(String text, Words words, MentionIndex mentions, int w) {
        int k = w;
        for (int step = 0; step < MAX_ROLE_WORDS && k < words.size(); step++) {
            int next = skipAdjectivesAndQualifiers(text, words, k);
            if (next < words.size() && adjacent(text, words, next) && roleAt(text, words, next) == null
                    && !personWithin(mentions, words, next)) {
                next = Math.max(next, complementWordEnd(text, words, mentions, next));
            }
            if (next == k) {
                return k;
            }
            k = next;
        }
        return k;
    }

    /**
     * Whether the normalized {@code word} carries a role's complement on toward the holder's name: an acting holder's
     * word (بالإنابة، المكلف), بال and a body's noun (بالنادي) or a region's noun ({@link #REGION_UNITS}: the one the
     * article is about), or لل and a noun (للطائرة), not whom one speaks to (للصحفيين).
     */
    private boolean continuesTheRole(String word) {
        return ACTING.contains(word) || word.startsWith("بال") && isOrganizationNoun(word.substring(1))
                || word.startsWith("لل") && word.length() > 4 && !ADDRESSEES.contains(word)
                || REGION_UNITS.contains(word);
    }

    /**
     * The word after one step of {@link #extendedComplementEnd} from word {@code w}, or {@code w}: a definite noun
     * with و (والإعلام), a word of {@link #continuesTheRole}, ل and a bare noun in construct (لانتخابات المجلس), a
     * known body or place after في or a ب glued to it (في البرلمان الإيراني، بوزارة الحج، في جدة، بمنطقة عسير).
     */
    private int complementWordEnd(String text, Words words, MentionIndex mentions, int w) {
        String word = words.normalized(w);
        if (word.startsWith("وال") && word.length() > 4 || continuesTheRole(word)) {
            return w + 1;
        }
        boolean in = word.equals("في");
        int at = in ? w + 1 : w;
        if ((in || word.startsWith("ب")) && at < words.size() && adjacent(text, words, at)) {
            MentionIndex.Located body = longestMentionIn(words, mentions, at, false);
            boolean glued = body != null && (in || body.mention().start() > words.span(at).start());
            if (glued && body.entity().type() == EntityType.ORG) {
                return words.firstAtOrAfter(body.mention().end());
            }
            String next = words.normalized(at);
            if (in && next.startsWith("ال") && orgHeads.contains(next.substring(2))) {
                return skipAdjectives(text, words, at + 1); // في البرلمان الإيراني: the body it is held in
            }
        }
        if (word.charAt(0) == 'ل' && governsPlace(word) && w + 1 < words.size()
                && adjacent(text, words, w + 1) && words.normalized(w + 1).startsWith("ال")) {
            return w + 2; // لانتخابات المجلس البلدي: the definite word after it ends the chain
        }
        int posting = postingPlaceEnd(text, words, mentions, w);
        return Math.max(posting, placePhraseEnd(text, words, mentions, w));
    }

    /**
     * Whether the normalized {@code word} is ب or ل glued to a bare noun that a place's name may follow in construct:
     * the noun of its unit (بمنطقة عسير) or of the body that serves it (بصحة عسير، لشرطة منطقة جازان).
     */
    private static boolean governsPlace(String word) {
        return word.length() > 3 && (word.charAt(0) == 'ب' || word.charAt(0) == 'ل') && !word.startsWith("ال", 1)
                && !word.startsWith("ل", 1);
    }

    /**
     * The word after a place named from word {@code w} after في or a ب glued to it, with or without the noun of its
     * unit between (في عسير، بعسير، في منطقة عسير، بمنطقة عسير، بمحافظة جدة), or after the noun of the body that
     * serves it, ب or ل glued to it (بصحة عسير، لشرطة منطقة جازان); {@code w} when none is.
     */
    private static int placePhraseEnd(String text, Words words, MentionIndex mentions, int w) {
        if (w < 0 || w >= words.size() || !adjacent(text, words, w)) {
            return w;
        }
        String word = words.normalized(w);
        if (w + 1 < words.size() && adjacent(text, words, w + 1) && (word.equals("في") || governsPlace(word))) {
            int place = placeNameEnd(mentions, words, w + 1);
            if (place == w + 1 && w + 2 < words.size() && PLACE_UNITS.contains(words.normalized(w + 1))
                    && adjacent(text, words, w + 2)) {
                place = Math.max(place, placeNameEnd(mentions, words, w + 2)); // في منطقة: the unit's noun, the name
            }
            if (place > w + 1) {
                return place;
            }
        }
        if (word.startsWith("ب")) {
            for (MentionIndex.Located l : mentions.startingWithin(words.span(w).start() + 1, words.span(w).end())) {
                if (isPlace(l.entity())) {
                    return words.firstAtOrAfter(l.mention().end());
                }
            }
        }
        return w;
    }

    /** Whether a person's mention starts in word {@code w}, after a letter glued to it or not (والطيب مصطفى). */
    private static boolean personWithin(MentionIndex mentions, Words words, int w) {
        return mentions.startingWithin(words.span(w).start(), words.span(w).end()).stream()
                .anyMatch(l -> l.entity().type() == EntityType.PERSON);
    }

    private static boolean personAt(MentionIndex mentions, Words words, int w) {
        return mentions.startingAt(words.span(w).start()).stream()
                .anyMatch(l -> l.entity().type() == EntityType.PERSON);
    }

    /**
     * Whether the name at word {@code w} carries a letter glued in front (للملا عمر، وسامر): the role before it is
     * someone else's ("النائب السابق للملا عمر" is his deputy) or the name opens the next item of a list.
     */
    private static boolean gluedToLetter(Words words, Mention name, int w) {
        return name.start() > words.span(w).start() || words.normalized(w).startsWith("لل");
    }

    /**
     * Where the complement of a bare role word before a name ends, a definite word or a place opening it: "وزير
     * الشؤون الاجتماعية السابق سامر خليل" is a former minister of social affairs. Not where the complement is a
     * title of its own, whose holder the name is ("نائب المستشارة أنجيلا ميركل" is Merkel's deputy), nor where a
     * bare word opens it, which may be the sentence going on ("مدرب يخلف"); then the role word's end.
     */
    private int complementOf(String text, Words words, MentionIndex mentions, NameMatch role) {
        int w = role.endWord();
        if (PLACE_UNITS.contains(words.normalized(w - 1)) && placeNameEnd(mentions, words, w - 1) > w) {
            return placeNameEnd(mentions, words, w - 1); // أمين منطقة جازان: the unit's noun opens the place's name
        }
        NameMatch title = w < words.size() ? roleAt(text, words, w) : null;
        if (w >= words.size() || WordMatcher.isDefinite(words.normalized(w - 1))
                || !WordMatcher.isDefinite(words.normalized(w)) && placeEnd(mentions, words, w) == w
                && !opensConstruct(words.normalized(w)) && !beforeAPlaceOrDefiniteWord(text, words, mentions, w)
                || title != null && !ranks.contains(title.entry().kb())) {
            return w; // a rank completing the role word is a club's name: مدرب الرائد
        }
        int end = complementEnd(text, words, mentions, w);
        boolean titleOpensTheName = end > w && end <= words.size() && ProposalBounds.isTitle(words.normalized(end - 1));
        return titleOpensTheName && !WordMatcher.isDefinite(words.normalized(w)) ? w : end; // كتائب الشهيد عز الدين
    }

    /**
     * The word after the organization or country that {@code role} is held in, its adjectives and the words that
     * date the role after it ({@link #organizationAt}); -1 when none follows the role.
     */
    private int organizationEnd(String text, Words words, MentionIndex mentions, NameMatch role) {
        MentionIndex.Located organization = organizationAt(text, words, mentions,
                skipAdjectivesAndQualifiers(text, words, role.endWord()));
        return organization == null ? -1
                : skipAdjectivesAndQualifiers(text, words, words.firstAtOrAfter(organization.mention().end()));
    }

    /**
     * The country of the state body that {@code role} is held in ({@link #stateOf}) when that body runs up to word
     * {@code end}; else null.
     */
    private String stateHolding(String text, Words words, MentionIndex mentions, NameMatch role, int end) {
        MentionIndex.Located organization = organizationAt(text, words, mentions,
                skipAdjectivesAndQualifiers(text, words, role.endWord()));
        return organization != null && organizationEnd(text, words, mentions, role) == end
                ? stateOf(organization.entity()) : null;
    }

    /**
     * The organization or country a role ending before word {@code w} is held in, when its name or nominal starts at
     * {@code w}, after باسم (a person's too: "الناطقة باسم دي ميستورا جيسي شاهين"), or after an organization's noun
     * with ل or ب glued to it: "المتحدث الرسمي باسم وزارة الخدمة المدنية"، "المتحدث الرسمي لوزارة الصحة"، "الرئيس
     * التنفيذي لشركة أرامكو"; else null.
     */
    private MentionIndex.Located organizationAt(String text, Words words, MentionIndex mentions, int w) {
        boolean onBehalf = w + 1 < words.size() && words.normalized(w).equals(ON_BEHALF_OF) && adjacent(text, words, w + 1);
        int at = onBehalf ? w + 1 : w;
        if (at >= words.size() || !adjacent(text, words, at)) {
            return null;
        }
        MentionIndex.Located named = longestMentionIn(words, mentions, at, words.normalized(at - 1).equals(ON_BEHALF_OF));
        if (named == null && at + 1 < words.size() && adjacent(text, words, at + 1)
                && isOrganizationNoun(withoutPreposition(words.normalized(at)))) {
            named = longestMentionIn(words, mentions, at + 1, false);
        }
        return named;
    }

    /**
     * Whether {@code role} is held in a place's facility that the knowledge base lacks, whose name a person's may go
     * on: "المدير العام لمطار المنستير الحبيب بورقيبة الدولي" directs one airport, named after a city and a man.
     */
    private boolean heldInUnlinkedFacility(String text, Words words, MentionIndex mentions, NameMatch role) {
        MentionIndex.Located named = organizationAt(text, words, mentions,
                skipAdjectivesAndQualifiers(text, words, role.endWord()));
        if (named == null || named.entity().kb() != null || named.entity().type() != EntityType.LOC) {
            return false;
        }
        int first = words.firstAtOrAfter(named.mention().start() + 1) - 1; // the word it starts in, after its clitic
        return Facilities.SHIPPED.isPlaceNoun(withoutPreposition(words.normalized(first)));
    }

    private static boolean isPlace(Entity entity) {
        return entity.type() == EntityType.GPE || entity.type() == EntityType.LOC;
    }

    /**
     * The longest mention by name or nominal that starts in word {@code w} (after a clitic glued to it: لوزارة), of
     * an entity other than a person unless {@code persons}, or null.
     */
    private static MentionIndex.Located longestMentionIn(Words words, MentionIndex mentions, int w, boolean persons) {
        MentionIndex.Located longest = null;
        for (MentionIndex.Located l : mentions.startingWithin(words.span(w).start(), words.span(w).end())) {
            MentionKind kind = l.mention().kind();
            boolean named = kind == MentionKind.NAME || kind == MentionKind.NOMINAL;
            if (named && (persons || l.entity().type() != EntityType.PERSON)
                    && (longest == null || l.mention().end() > longest.mention().end())) {
                longest = l;
            }
        }
        return longest;
    }

    /**
     * The country of a state's own body or a public institution that a role is held in, which is its holder's: a
     * country, a ministry, agency, legislature, court, army or religious authority, known or found by its pattern
     * (وزارة العدل الأمريكية); a university, hospital, library or research centre the knowledge base knows
     * ({@link #PUBLIC_INSTITUTIONS}); or an institution it lacks whose name opens with a head of
     * {@code institution-words.tsv} and that has a country (الإدارة العامة للتعليم بمنطقة الباحة). Not an institution
     * of many countries, whose name says so (الجامعة العربية المفتوحة, seated in Kuwait, runs branches in every Gulf
     * state); nor a cabinet, since a bare مجلس الوزراء reads as the publisher's and the office often goes on with the
     * country after it (نائب رئيس مجلس الوزراء وزير الداخلية بدولة الإمارات). Else null: a reporter of Al Jazeera is
     * not Qatari for it, nor a manager of Hyundai Korean.
     */
    private static String stateOf(Entity body) {
        String subtype = body.subtype();
        boolean state = body.type() == EntityType.GPE && body.kb() != null && body.kb().equals(body.country())
                || subtype != null && STATE_BODIES.contains(subtype);
        boolean institution = subtype != null && PUBLIC_INSTITUTIONS.contains(subtype) || isUnknownInstitution(body);
        return state || institution && !ofManyCountries(body) ? body.country() : null;
    }

    /**
     * Whether {@code body} is an organization the knowledge base lacks, named by an institution's head noun or a
     * state body's noun ({@link NationalBodyPhrases}: مكتب الرئاسة اليمنية), but a company's (a firm's officers are
     * of any country).
     */
    private static boolean isUnknownInstitution(Entity body) {
        if (body.kb() != null || body.type() != EntityType.ORG) {
            return false;
        }
        String name = ArabicNormalizer.normalize(body.name());
        int space = name.indexOf(' ');
        String head = space > 0 ? name.substring(0, space) : "";
        return (InstitutionPhrases.isHead(head) || NationalBodyPhrases.isNoun(head)) && !COMPANY_HEADS.contains(head);
    }

    /** Whether the name of {@code body} holds an international or regional adjective other than Islamic. */
    private static boolean ofManyCountries(Entity body) {
        for (String word : ArabicNormalizer.normalize(body.name()).split(" ")) {
            if (InstitutionPhrases.INTERNATIONAL_ADJECTIVES.contains(word)
                    || InstitutionPhrases.REGIONAL_ADJECTIVES.contains(word) && !ISLAMIC.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The word without a ل or ب glued to it (لشركة، بهيئة), when letters enough stay. */
    private static String withoutPreposition(String w) {
        return w.length() > 3 && (w.charAt(0) == 'ل' || w.charAt(0) == 'ب') ? w.substring(1) : w;
    }

    /**
     * Whether the bare word {@code w} stands in construct before a place's name or a definite word, one space apart,
     * as a role's complement does (رئيس شرطة كابول، رئيس غرفة الشرقية، رئيس وزراء نيوزيلندا); a function word or
     * one that goes on the sentence does not.
     */
    private static boolean beforeAPlaceOrDefiniteWord(String text, Words words, MentionIndex mentions, int w) {
        String word = words.normalized(w);
        if (w + 1 >= words.size() || !adjacent(text, words, w) || !adjacent(text, words, w + 1)
                || FUNCTION_WORDS.contains(word) || ProposalBounds.goesOnTheSentence(word)) {
            return false;
        }
        String next = words.normalized(w + 1);
        return placeNameEnd(mentions, words, w + 1) > w + 1 || next.startsWith("ال") && !isAdjective(next);
    }

    /**
     * Whether the normalized {@code word}, without the article, may open a bare role word's complement: a word that
     * completes a title (مدير عام، رئيس قسم) or an organization's noun (مدير فرع الوزارة، رئيس لجنة التنمية), which
     * goes on as a construct chain; another bare word may be the sentence going on ("مدرب يخلف").
     */
    private boolean opensConstruct(String word) {
        return TITLE_COMPLEMENTS.contains(word) || orgHeads.contains(word);
    }

    /**
     * The end of a title's complement from word {@code w}: nouns without the article go on the construct chain
     * (رئيس لجنة الحكام، نائب رئيس مجلس الوزراء), the first definite one or a place's name ends it (رئيس
     * بوليفيا), a known organization's name that starts there ends with it (رئيس هيئة الهلال الأحمر السعودي, whose
     * الأحمر no adjective rule would take), and so do punctuation, a function word or an adjective after it (نائب
     * رئيس مجموعة «…»); none when {@value #MAX_COMPLEMENT_WORDS} words pass without an end or a person's name comes
     * first.
     */
    private static int complementEnd(String text, Words words, MentionIndex mentions, int w) {
        for (int k = w; k < words.size(); k++) {
            String word = words.normalized(k);
            if (!adjacent(text, words, k) || FUNCTION_WORDS.contains(word) || isAdjective(word)
                    || ProposalBounds.goesOnTheSentence(word)) {
                return k; // punctuation, a function word, an adjective or the sentence going on (قائلا) closes it
            }
            if (k - w == MAX_COMPLEMENT_WORDS || personAt(mentions, words, k)) {
                return w;
            }
            int place = nameEnd(mentions, words, k, Appositions::placeOrKnownOrganization);
            if (place > k) {
                return place;
            }
            if (word.startsWith("ال") || word.startsWith("لل")) {
                return k + 1;
            }
        }
        return words.size();
    }

    /**
     * The word after the name of a country or place that starts at word {@code w} (رئيس بوليفيا: definite without
     * the article), or {@code w} when none does.
     */
    private static int placeEnd(MentionIndex mentions, Words words, int w) {
        return nameEnd(mentions, words, w, l -> isPlace(l.entity()));
    }

    /**
     * The word after a place named by its name from word {@code w}, or {@code w}: not its adjective ("بنظيره الروسي"
     * is his counterpart, of no place).
     */
    private static int placeNameEnd(MentionIndex mentions, Words words, int w) {
        return nameEnd(mentions, words, w, l -> isPlace(l.entity()) && l.mention().kind() == MentionKind.NAME);
    }

    /**
     * The word after the longest name that starts at word {@code w} and passes {@code test}, or {@code w} when none
     * does.
     */
    private static int nameEnd(MentionIndex mentions, Words words, int w, Predicate<MentionIndex.Located> test) {
        int end = w;
        for (MentionIndex.Located l : mentions.startingAt(words.span(w).start())) {
            if (test.test(l)) {
                end = Math.max(end, words.firstAtOrAfter(l.mention().end()));
            }
        }
        return end;
    }

    /** Whether {@code l} names a place, or by its name an organization the knowledge base knows. */
    private static boolean placeOrKnownOrganization(MentionIndex.Located l) {
        Entity body = l.entity();
        return isPlace(body) || body.type() == EntityType.ORG && body.kb() != null
                && l.mention().kind() == MentionKind.NAME;
    }

    /**
     * Whether the role from word {@code first} to {@code end} keeps the nationality adjective at word {@code w}: where
     * the word after it opens a complement with ل, the adjective belongs to a body's name ("الأمين العام للاتحاد
     * السعودي للرياضات البحرية"), unless it qualifies the role word itself, one that ends right before it ("السفير
     * السعودي لدى الأردن").
     */
    private boolean keepsBodysAdjective(String text, Words words, int first, int w, int end) {
        if (w + 1 >= words.size() || words.span(w + 1).end() > end) {
            return false;
        }
        String next = words.normalized(w + 1);
        return next.length() > 2 && next.charAt(0) == 'ل' && !roleWithin(text, words, first, w, r -> r.endWord() == w);
    }

    /**
     * The nationality adjective at word {@code w}, or null: a mention of kind adjective over the word, one of two
     * words too (الكوري الجنوبي, at either word), or a country's name of one word that is a feminine nisba too, right
     * after a definite noun ({@link #nisbaNameAfterDefiniteNoun}).
     */
    private static MentionIndex.Located adjectiveAt(String text, MentionIndex mentions, Words words, int w) {
        Span word = words.span(w);
        for (MentionIndex.Located l : mentions.startingWithin(words.span(Math.max(0, w - 1)).start(), word.end())) {
            Mention m = l.mention();
            boolean overlaps = m.start() < word.end() && m.end() > word.start();
            // a club's adjective is the role's own word: المدرب الهلالي is Al-Hilal's coach, of no nationality
            boolean nationality = m.kind() == MentionKind.ADJECTIVE && !"club".equals(l.entity().subtype());
            if (overlaps && nationality || nisbaNameAfterDefiniteNoun(text, words, w, l)) {
                return l;
            }
        }
        return null;
    }

    /**
     * Whether {@code l}, at word {@code w}, is a country's name that is a feminine nisba too (السعودية), the whole
     * word, right after a definite noun with only spaces between: the knowledge base reads it as the country's name
     * (إلى السعودية), but after a definite noun it qualifies that noun, as an adjective does: "الطالبة السعودية ريم
     * الزهراني" is a Saudi student.
     */
    private static boolean nisbaNameAfterDefiniteNoun(String text, Words words, int w, MentionIndex.Located l) {
        String word = words.normalized(w);
        Span span = words.span(w);
        return l.mention().kind() == MentionKind.NAME && COUNTRY.equals(l.entity().subtype())
                && l.mention().start() == span.start() && l.mention().end() == span.end()
                && word.startsWith("ال") && word.endsWith(FEMININE_NISBA) && w > 0
                && words.normalized(w - 1).length() > SHORTEST_DEFINITE_NOUN && WordMatcher.isDefinite(words.normalized(w - 1))
                && adjacent(text, words, w);
    }

    /**
     * As {@link #skipAdjectives}, then the words that date a role ({@code after} words of {@code
     * office-title-cues.tsv}): "وزير الخارجية السابق سامر خليل" is a former minister.
     */
    private int skipAdjectivesAndQualifiers(String text, Words words, int from) {
        int w = skipAdjectives(text, words, from);
        while (w < words.size() && adjacent(text, words, w) && qualifiers.contains(words.normalized(w))) {
            w++;
        }
        return w;
    }

    /**
     * The word after up to {@value #MAX_ADJECTIVES} adjectives (definite nisba forms and the adjectives of {@code
     * complement-words.tsv}: المتجددة، المستدامة) right after {@code from}, and
     * the ركن that makes a rank a staff rank (اللواء ركن) and the العام of a director general.
     */
    private static int skipAdjectives(String text, Words words, int from) {
        int w = from;
        while (w < words.size() && w - from < MAX_ADJECTIVES && adjacent(text, words, w)
                && (isAdjective(words.normalized(w)) || ComplementEnglish.knowsAdjective(words.normalized(w), a -> null)
                    || STAFF.contains(words.normalized(w))
                    || GENERAL.contains(words.normalized(w)))) {
            w++;
        }
        return w;
    }

    /**
     * Whether the words from a role word's end to {@code end} hold a word that opens a clause ("وزير الخارجية إنه بعد
     * أسابيع…، أعلم" is no role) or, when {@code noPersons}, a person's name: "الأمير منصور بن فيصل، الأمير نواف"
     * lists two princes; a name that opens with the role word too, as the knowledge base names some with their
     * title ("المشير خليفة حفتر مع رئيس المجلس الرئاسي، فائز السراج" is no role of Sarraj's). A title that mentions
     * a person (للرئيس التونسي) may stand in a role.
     */
    private static boolean runsOn(Words words, MentionIndex mentions, NameMatch role, int end, boolean noPersons) {
        boolean person = noPersons && mentions.within(role.start(), end).stream()
                .anyMatch(l -> l.entity().type() == EntityType.PERSON && l.mention().kind() == MentionKind.NAME);
        if (person) {
            return true;
        }
        for (int w = role.endWord(); w < words.size() && words.span(w).end() <= end; w++) {
            if (CLAUSE_WORDS.contains(words.normalized(w))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before word {@code w} is an organization noun that {@code w} completes (مركز الملك). */
    private boolean afterOrganizationNoun(String text, Words words, int w) {
        return adjacent(text, words, w) && orgHeads.contains(WordMatcher.withoutConjunction(words.normalized(w - 1)));
    }

    /**
     * A definite nisba form (الكازاخستاني، السياسيون) of five letters or more: إلى، التي، الذي end in ي too but are
     * function words; nor a given name of {@value PersonNames#GIVEN_NAMES_FILE}, as the Maghreb writes some with the
     * article: "النائب الصحبي بن فرج" is Sahbi Ben Fredj. Or a plural of peoples that news sets after a plural noun as
     * its adjective: "رئيس اتحاد المقاولين العرب".
     */
    private static boolean isAdjective(String w) {
        return w.length() >= 5 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يين") || w.endsWith("يون"))
                && !PersonNames.GIVEN_NAMES.containsKey(w) || PEOPLES.contains(w);
    }

    /**
     * The end of two or three name words from {@code first}, followed by punctuation or a function word (by a
     * comma or by إن / أن, when {@code enclosed}: a name set off after a comma); else -1. A word that stands in no
     * name ({@link ProposalBounds#isNoNameWord}) is none of them: "الشيخ سالم معه" names no سالم معه.
     */
    private int nameEnd(String text, Words words, int first, boolean enclosed) {
        if (first >= words.size() || !canOpenName(text, words, first)) {
            return -1;
        }
        int w = first;
        while (w < words.size() && w - first < 3
                && (w == first || adjacent(text, words, w) && !PersonNames.isConjoinedNoun(words.normalized(w))
                        && !ProposalBounds.isTitleAfterWaw(words.normalized(w)))
                && !ProposalBounds.hasTanween(text, words, w) && !ProposalBounds.blessingAt(words.normalized(), w)
                && (w == first || !conjoinedWordAfterAName(words.normalized(w))
                        && !ProposalBounds.isNoNameWord(text, words, w))
                && (isNameWord(words.normalized(w)) || w > first && needsComplement(words.normalized(w - 1)))) {
            w++; // علي after بن is Ali, not the preposition على
        }
        if (w - first < 2 || needsComplement(words.normalized(w - 1))) {
            return -1; // a name never ends in بن or أبو
        }
        int after = skipSpaces(text, words.span(w - 1).end());
        boolean comma = after < text.length() && (text.charAt(after) == '،' || text.charAt(after) == ',');
        boolean followed = w < words.size() && adjacent(text, words, w);
        boolean functionWord = followed && (FUNCTION_WORDS.contains(words.normalized(w))
                || conjoinedFunctionWord(words.normalized(w)) || ProposalBounds.blessingAt(words.normalized(), w));
        boolean speech = followed && COMPLEMENTIZERS.contains(words.normalized(w));
        boolean closed = enclosed ? comma || speech : w == words.size() || !adjacent(text, words, w) || functionWord;
        return closed ? w : -1;
    }

    /**
     * Whether {@code word} is و or ف glued to a function word or a definite word, which goes on the sentence after a
     * name, never the name itself: "المدير التنفيذي للشركة هزاع العتيبي وذلك في مقر الاتحاد", "للفريق حامد البلوي
     * واللاعبين".
     */
    private static boolean conjoinedWordAfterAName(String word) {
        return conjoinedFunctionWord(word) || isConjoined(word) && word.startsWith("ال", 1) && word.length() > 4
                && !PersonNames.GIVEN_NAMES.containsKey(word.substring(1));
    }

    /**
     * Whether {@code word} is و or ف glued to a function word (وذلك), which closes a name as the function word does;
     * not a definite word after و, which may as well go on a role after the name ("الدكتور دونالد تايرمان المختص
     * والاستشاري").
     */
    private static boolean conjoinedFunctionWord(String word) {
        return isConjoined(word) && CONJOINED_CLOSERS.contains(word.substring(1));
    }

    private static boolean isConjoined(String word) {
        return word.length() > 2 && (word.charAt(0) == 'و' || word.charAt(0) == 'ف');
    }

    /**
     * A name's first word has no article, not even after ب or ل (بالنسبة، للمنتخب), unless it is a given name of
     * {@value PersonNames#GIVEN_NAMES_FILE} that the Maghreb writes with it (الصحبي، الباجي), and is neither a role word, nor
     * a word completing the title before it (عام), nor, clitics aside, an organization noun or a function word (ولم
     * يتعرض، بهذا الخصوص), nor a verb that news puts before who speaks or acts, of either gender (وذكر الحقباني،
     * وأشارت: the name starts after it), but رأى alone, which is as often Ray (الجنرال راي أوديرنو).
     */
    private boolean canOpenName(String text, Words words, int w) {
        String word = words.normalized(w);
        if (word.equals(ON_BEHALF_OF) && afterSpokesman(words, w)) {
            return false;
        }
        boolean clitic = word.length() > 2 && "وفبلك".indexOf(word.charAt(0)) >= 0;
        String bare = clitic ? word.substring(1) : word;
        boolean definite = (word.startsWith("ال") || word.startsWith("بال") || word.startsWith("لل"))
                && !PersonNames.GIVEN_NAMES.containsKey(word);
        return !(definite || TITLE_COMPLEMENTS.contains(word)
                || FUNCTION_WORDS.contains(bare) || NOT_NAME_WORDS.contains(bare)
                || ProposalBounds.isVerbOfEitherGenderBeforeAName(word) && !word.equals(RAY)
                || roleAt(text, words, w) != null
                || WordMatcher.inSomeReading(word, this::isOrganizationNoun));
    }

    /** Whether {@code word}, with or without its article, is a noun heading an organization's name. */
    private boolean isOrganizationNoun(String word) {
        return orgHeads.contains(word.startsWith("ال") ? word.substring(2) : word);
    }

    /** Whether a spokesman's role word stands right before word {@code w} or before the adjective before it. */
    static boolean afterSpokesman(Words words, int w) {
        return w > 0 && SPOKESMEN.contains(words.normalized(w - 1))
                || w > 1 && SPOKESMEN.contains(words.normalized(w - 2)) && isAdjective(words.normalized(w - 1));
    }

    private static boolean needsComplement(String w) {
        return PersonNames.PATRONYMICS.contains(w) || PersonNames.COMPOUND_HEADS.contains(w);
    }

    /**
     * Whether {@code w} may be a word of a name: no function word, number or لل, nor ب or ل glued to a word with a
     * pronoun (بانتمائها "of her belonging", لاعتمادها "for its approval").
     */
    private static boolean isNameWord(String w) {
        return w.length() >= 2 && !FUNCTION_WORDS.contains(w) && !NOT_NAME_WORDS.contains(w)
                && !ProposalBounds.goesOnTheSentence(w) && !Character.isDigit(w.charAt(0)) && !w.startsWith("لل")
                && !((w.startsWith("ب") || w.startsWith("ل")) && WordMatcher.endsWithPronoun(w));
    }

    /** Whether only spaces separate word {@code w} from the word before it. */
    private static boolean adjacent(String text, Words words, int w) {
        return w > 0 && text.substring(words.span(w - 1).end(), words.span(w).start()).isBlank();
    }

    private static int commaAfter(String text, Words words, int fromWord) {
        int start = fromWord < words.size() ? words.span(fromWord).start() : text.length();
        int limit = words.span(Math.min(words.size() - 1, fromWord + MAX_ROLE_WORDS)).end();
        for (int c = Math.min(start, text.length()); c < limit; c++) {
            char ch = text.charAt(c);
            if (ch == '،' || ch == ',') {
                return c;
            }
            if (ch == '.' || ch == '\n' || ch == '؟' || ch == ':') {
                return -1;
            }
        }
        return -1;
    }

    /** The comma right before {@code nameStart} (spaces between allowed), if it lies after {@code after}; else -1. */
    private static int commaBefore(String text, int nameStart, int after) {
        int c = nameStart - 1;
        while (c > after && text.charAt(c) == ' ') {
            c--;
        }
        return c > after && (text.charAt(c) == '،' || text.charAt(c) == ',') ? c : -1;
    }

    private static boolean noSentenceEnd(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '.' || ch == '\n' || ch == '؟' || ch == ':' || ch == '،' || ch == ',') {
                return false;
            }
        }
        return true;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
