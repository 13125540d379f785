package org.marsad.analysis.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marsad.analysis.data.TsvTable;
import org.marsad.analysis.Words;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Finds the entities of a text in one pass over its words: the knowledge base's names, the nationality
 * adjectives and metonyms that stand for countries, the names a statistical tagger proposes, and the short
 * mentions that refer back to them.
 *
 * <p>Rules, tried at each word in this order:
 * <ol>
 *   <li>A known name ({@link NameIndex}, longest first) is a mention of its entry: a name by {@code name}
 *       (كازاخستان), a nationality adjective by {@code adjective} (الكازاخستانية, and a country's name written as
 *       its feminine nisba after a definite noun it agrees with: الأسهم السعودية; not one naming a language:
 *       اللغة الفرنسية، بالعربية والفرنسية, nor a currency: مليون دولار أمريكي), a capital or seat of
 *       power by {@code metonym} of its country (موسكو, الكرملين); not a person's given and father's name that
 *       opens a longer person's name the tagger proposes, a family name after it ("عبدالله بن عبدالعزيز الربيعة"
 *       is not King Abdullah), nor one whose lineage goes on with a grandfather unknown to the father's name ("فهد
 *       بن عبد العزيز بن معمر" is not King Fahd; "محمد بن سلمان بن عبد العزيز" is the crown prince). A country
 *       mentioned only by adjectives
 *       is an entity all the same. A blocked phrase mentions nothing, but a proposal may cover it; a proposal
 *       inside it is no name either (الرباط of الرباط الصليبي, the ligament). A name
 *       that is a common word too needs a licence ({@link NameIndex}), which a proposal of the same words as an
 *       organization gives.</li>
 *   <li>A medium's name without its head noun, alone between quote marks, is that medium: "لـ«الشرق الأوسط»" is
 *       the paper صحيفة الشرق الأوسط, not the region, «الرياض» the paper, not the city; unless two media share
 *       it (الجزيرة).</li>
 *   <li>A capital right after في or إلى or a noun of places (مدينة، منطقة، شمال، ريف...), carrying ب, or followed
 *       by a dash (the dateline "الرياض -") is a place, not its government: "في موسكو" and "منطقة الرياض" are
 *       mentions by name of the city.</li>
 *   <li>A person's name, known or proposed, right after a facility noun ({@link Facilities}: طريق، جامعة،
 *       جائزة...) or after a title right after one, names the road, university or prize, an entity of its own,
 *       not the person: "طريق الملك فهد". So does a known city's name right after one (مطار عدن الدولي: Aden
 *       International Airport, of the city's country), and a country's or a continent's after the noun of a cup,
 *       championship or prize (كأس ألمانيا، بطولة أوروبا: the competition, not the country), though not after an
 *       agreement's, whose country is party to it (اتفاق إيران النووي).</li>
 *   <li>A proposal ({@link Proposal}) is an entity of its own, unless a known name starts among its words:
 *       the knowledge base wins. But an organization named after its city wins over the city (سبارتاك موسكو، نيويورك
 *       بوست), a person over ك read before a known name (كلاوس is no ك + لاوس) and over a nationality adjective
 *       without the article after or as a given name (خالد مغربي، تركي الخضير) and over a known person's one-word
 *       name after another given name (جيمس كاميرون is not David Cameron), and a known city's, capital's or region's
 *       one-word name after a foreigner's given name is his family name, named in English as the place is (أليكس
 *       فيرجسون, Alex Ferguson; not after an Arab's: زار خالد لندن); an organization's name that opens
 *       with an organization's noun and ends in a nationality adjective is the organization's, of that country
 *       (منظمة التحرير الفلسطينية); and a given name before a known person's whole name is that person's
 *       child (أحمد علي عبد الله صالح). A و، ف، ب or ل glued to its first word is left out of it when that word is
 *       then a compound head (وعبد اللطيف المكي), a noun opening an organization's or a facility's name (بجامعة
 *       حلوان) or a given name that the whole word is not (وياسر القحطاني), or
 *       when the name without it stands elsewhere in the text on its own (وفرانك جاكسون beside فرانك جاكسون); a و
 *       right after another name is the conjunction of a list (غرناطة وقرطبة), unless the word is a given name
 *       (وليد); an organization or place proposed over two clubs' short names joined by و (النصر والهلال) is the
 *       two clubs.
 *       A name written ل + article (للشيشان) is named with its article (الشيشان), but a person's. A proposal right
 *       after a noun of {@value #MEDIA_NOUNS_FILE} (صحيفة، قناة، وكالة), an opening quote mark allowed between, is an
 *       organization, whatever the tagger's type: صحيفة كوريرو دالو سبورت, قناة «تليموندو». A proposal, or a known
 *       person's or place's name, that fills the quote marks or brackets right after a word of {@value
 *       #WORK_NOUNS_FILE} (فيلم، رواية، برنامج، بعنوان) is a work's title, MISC: فيلم «بيردمان», مسرحية «لبيد بن ربيعة»
 *       (the play, not the poet). Proposals of the
 *       same type and normalized text are one entity; its English name is a transliteration
 *       ({@link NameTransliterator}).</li>
 *   <li>After a person's name of two words or more, the last word alone is a mention of that person
 *       (توكاييف after قاسم جومارت توكاييف, المكي after عبد اللطيف المكي), a one-word person proposal included;
 *       not after a name with a title or a patronymic ("الملك سلمان", "سلمان بن عبد العزيز"), whose last word
 *       is a given name or a father's, nor when the last word completes a compound with the word before it
 *       ("محمد عبد الله", "أبو مازن"; the compound then is the mention: شرف الدين after رضا شرف الدين), nor
 *       when a nisba (العربي) follows a definite noun it agrees with (العمل العربي after نبيل العربي), nor right
 *       after a medium's noun (تلفزيون «فوكس» after سايمون فوكس is the channel). Such a
 *       nisba right after a verb of who speaks or acts is the person's, not the country's adjective (وقال التركي
 *       after منصور التركي); where no one named before bears it, the masculine one is a person of that country
 *       (وقال الفرنسي: the Frenchman), a nominal mention of the last the knowledge base knows of that country
 *       before it, else no mention; before a person's name the tagger proposes with it,
 *       none of it known, it is that person's country's adjective and the person of that country (وقال الكرواتي
 *       زلاتكو داليتش). A definite nisba that ends a lineage (عبدالله بن عبدالمحسن التركي) is the family's name.</li>
 *   <li>A proposed name of two words or more that shortens one longer person's name met before it, as its first
 *       words or its first and last, is a mention of that person, when the person is known or named more than
 *       once (علي صالح after علي عبد الله صالح); a proposed name of two words that opens and ends the name of one
 *       known person, of three words or more ending in a family name, is a mention of that person where the
 *       article names the person's country and no definite word follows it (علي صالح in an article about Yemen).
 *       A person proposed by one word right after a definite nationality adjective is the one known person of that
 *       country whose family name it is, where it is no given name and bears no article: "المهاجم الفنزويلي ريفاس"
 *       is Gelmin Rivas, "المدرب السويسري غروس" Christian Gross (not الدوسري, which a country's news gives to
 *       many).</li>
 *   <li>A title of an office ({@link OfficeTitles}: خادم الحرمين الشريفين، الرئيس الأمريكي) is a {@code nominal}
 *       mention of the entry holding that office on the article's date, unless a person's name follows it
 *       (which names itself); a proposal of the statistical tagger that lies within such a title is no name.</li>
 *   <li>A known club's name without its head noun or nationality (الهلال of نادي الهلال) is
 *       a mention of it in an article that names it in full, unless a definite word follows (الهلال الأحمر).
 *       A known company's word after its head noun (إيني of شركة إيني) is a mention of it where the article names it
 *       so and the name tagger proposes that word alone, whatever the type it gives.</li>
 *   <li>A definite noun that the knowledge base lists as an entry's nominal head (الصحيفة for a newspaper)
 *       is a {@code nominal} mention of the entity with that head mentioned last, if any; so is a definite noun of
 *       {@code nominal-heads.tsv} (الحزب، التنظيم) of the organization named last whose name opens with it, known
 *       or proposed, else of the one known entry named so far of a subtype the file gives the noun (النادي after
 *       ريال مدريد); a country's head with no such entity refers to the country of the known place named last
 *       ("المملكة" after "منطقة الرياض"), else to the country the article is published in. Where the name tagger
 *       proposes that noun alone as a name ("المدينة" after Aden), the nominal mention wins.</li>
 *   <li>A name the knowledge base lacks that another name of the article extends only by الدولي or الدولية is a
 *       mention of that one (مطار عدن beside مطار عدن الدولي).</li>
 *   <li>An organization's name the knowledge base lacks, of two words or more, right before a known organization's
 *       name between brackets or quote marks, or one so enclosed right after a known organization's name (not a
 *       company's, whose products are so named), is a mention of that known entry: الاتحاد الدولي (الفيفا),
 *       منظمة الأمم المتحدة للطفولة «يونيسيف».</li>
 *   <li>A name in Latin letters the knowledge base lacks, each of whose mentions stands between brackets or quote
 *       marks right after the Arabic name of one organization or thing, is a mention of that name, and its English
 *       name where the knowledge base lacks it too: سويس بورت (Swissport); not after a person's, whose works follow
 *       so.</li>
 *   <li>An organization the knowledge base lacks takes the country of a nationality adjective right after one of
 *       its mentions (فياريال الإسباني، معهد البترول الأميركي), unless a person's name or a definite word follows
 *       the adjective (ضم يونايتد الأرجنتيني [الدولي] سيرخيو روميرو: the player's nationality).</li>
 *   <li>An organization or place the knowledge base lacks, still without a country, takes the country of a known
 *       place after one of its mentions with ب or في, or after words that say where it lies (منطقة زلفان من معتمدية
 *       تالة، قرية الخوبة التابعة لمحافظة جازان، مدينة العين، جنوب مدينة لودر: {@code Pass.countriesByPlace}).</li>
 *   <li>An organization the knowledge base lacks, still without a country, whose name holds a known city's after its
 *       first word takes that city's country (نادي حائل الأدبي، غرفة تجارة الرياض، سبارتاك موسكو), unless the name
 *       says it is international ({@code Pass.countriesOfCities}).</li>
 *   <li>An organization or place the knowledge base lacks, still without a country, that is named after a person the
 *       knowledge base knows takes that person's country (مستشفى الملك فهد، طريق الأمير نايف بن عبد العزيز), unless
 *       the article is about another country ({@code Pass.countriesOfNamesakes}).</li>
 *   <li>A bare ministry's name in an article that names its publisher's country takes no country from the article,
 *       the publisher's own ministries speaking of others, unless a foreign country plainly dominates the article
 *       ({@link Homonyms#dominantForeignCountry}).</li>
 * </ol>
 * Entities are numbered by first appearance; each carries the roles of its entry held on the article's
 * date (or still held, without a date), and its English name, else a transliteration. Its confidence is that of
 * its surest mention: {@value #NAME_CONFIDENCE} for a known name, {@value #METONYM_CONFIDENCE} for a metonym,
 * {@value #ADJECTIVE_CONFIDENCE} for an adjective, {@value #FACILITY_CONFIDENCE} for a facility's name, the
 * tagger's own for a proposal. Immutable and thread-safe.
 */
public final class EntityTagger {
    static final double NAME_CONFIDENCE = 0.9;
    static final double METONYM_CONFIDENCE = 0.8;
    static final double ADJECTIVE_CONFIDENCE = 0.75;
    static final double NOMINAL_CONFIDENCE = 0.5;
    static final double FACILITY_CONFIDENCE = 0.7;
    /** Quote marks inside a facility's name, which its canonical name leaves out: مستشفى «ألبرت أينشتاين». */
    private static final Pattern QUOTE_MARKS = Pattern.compile("[«»\"“”]");
    /** The confidence of a name that several entities bear, as the one of the article's country. */
    static final double HOMONYM_CONFIDENCE = 0.7;
    /** The marks that end a sentence, for the country a sentence names ({@code Pass.countryOfSentence}). */
    private static final Set<Character> SENTENCE_ENDS = Set.of('.', '!', '?', '؟', '\n');
    /** Compiled once: {@code String.split("\\s+")} compiles its pattern on every call. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Of a name linked as another spelling of a known one ({@link SpellingVariants}). */
    static final double VARIANT_CONFIDENCE = 0.7;
    private static final Facilities FACILITIES = Facilities.SHIPPED;
    /** The step that writes presentation forms (ﺟ، ﻷ) as the letters they shape, and changes nothing else. */
    private static final Set<ArabicNormalizer.Step> BASE_LETTERS =
            EnumSet.of(ArabicNormalizer.Step.FOLD_PRESENTATION_FORMS);
    /** Letters glued in front of a word that are no part of a name: وعبد اللطيف، لأبو مازن. */
    private static final String PROCLITICS = "وفبل";
    /**
     * ك "like", glued in front of a person's given name only where a list of examples opens (نجومه كأحمد الفريدي
     * وإبراهيم غالب): many names begin with the letter (كريم، كمال، كاظم), so it goes only before a given name.
     */
    private static final char KAF = 'ك';
    /** The nouns of a capital city, normalized: العاصمة البريطانية لندن. */
    private static final Set<String> CAPITAL_NOUNS = WordMatcher.normalized("العاصمة", "عاصمة");
    /**
     * The complements of sports federations' names, normalized: لكرة (القدم، السلة، اليد)، لألعاب القوى، للتنس،
     * للسباحة... ({@code sportsBodyOf}).
     */
    private static final Set<String> SPORT_COMPLEMENTS = WordMatcher.normalized("لكرة", "للكرة", "لألعاب", "للألعاب",
            "للتنس", "للسباحة", "للملاكمة", "للجودو", "للمصارعة", "للفروسية", "للدراجات", "للجمباز", "للرماية",
            "للشطرنج", "للرياضة", "للرياضات");
    /**
     * Words of direction and nearness before a place's name, normalized: جنوب، قرب، ضواحي (south of, near, the
     * outskirts of). Not شمالي، غربي and the like, which are family names too (مقبل غربي العنزي).
     */
    private static final Set<String> DIRECTIONS = WordMatcher.normalized("شمال", "جنوب", "شرق", "غرب", "قرب", "ضواحي");
    /** How far into its line a dateline's place may stand after the dash that opens it. */
    private static final int DATELINE_REACH = 80;
    private static final Set<String> LOCATIVES = Set.of("في", "الي", "داخل", "وفي", "ففي", "والي", "وداخل");
    /** Nouns after which a nationality adjective names a language or a dialect: اللغة الفرنسية، باللهجة المصرية. */
    private static final Set<String> LANGUAGE_NOUNS = WordMatcher.normalized("لغة", "اللغة", "لغات", "اللغات", "لغتين",
            "اللغتين", "لهجة", "اللهجة");
    /**
     * Definite adjectives, nisbas and "general" aside, after which a nominal (الهيئة، المؤسسة) names another body of
     * its kind: الهيئة العليا، الهيئة المستقلة، اللجنة المشتركة. Not السابق، الجديد، الدائم, which as often qualify the
     * noun the nominal completes: "مندوب المملكة الدائم" is the Kingdom's permanent envoy, "رئيس النادي السابق" the
     * club's former president.
     */
    private static final Set<String> OTHER_BODY_ADJECTIVES = WordMatcher.normalized("العليا", "الأعلى", "المستقلة",
            "المستقل", "المؤقتة", "المؤقت", "المشتركة", "المشترك", "الموحدة");
    /**
     * Nouns of money after which a nationality adjective names a currency (currency-nouns.tsv), normalized, with and
     * without the article: دولار أمريكي، الجنيه المصري.
     */
    private static final Set<String> CURRENCY_NOUNS = TsvTable.normalizedWords(EntityTagger.class, "currency-nouns.tsv")
            .stream().flatMap(noun -> Stream.of(noun, "ال" + noun)).collect(Collectors.toUnmodifiableSet());
    /**
     * Nouns after which a capital's name is the city, not its government, in any reading of their clitics: مدينة
     * الرياض، منطقة الرياض، لمنطقتي الرياض والقصيم، شمال بغداد، ريف دمشق; and the city's parts, people and
     * services: أرجاء لندن، سكان طهران، مدارس الرياض، جوازات الرياض، شرطة دبي، سوق أبوظبي، نيابة باريس; and who
     * governs a Gulf city or emirate: أمير الرياض (the region's governor)، ولي عهد أبوظبي.
     */
    private static final Set<String> PLACE_NOUNS = WordMatcher.normalized("مدينة", "مدينتي", "منطقة", "منطقتي", "مناطق",
            "محافظة", "محافظتي", "العاصمة", "عاصمة", "شمال", "جنوب", "شرق", "غرب", "وسط", "أنحاء", "ضواحي", "ريف", "حي",
            "أحياء", "شوارع", "سماء", "أرجاء", "أطراف", "محيط", "قلب", "سكان", "أهالي", "أهل", "مدارس", "جوازات", "شرطة",
            "بلدية", "أمانة", "سوق", "أسواق", "بورصة", "استراحات", "فنادق", "ليالي", "جدار", "نيابة", "مترو", "صحة",
            "تعليم", "جنايات", "غرفة", "مهرجان", "إمارة", "مستشفيات", "عيد", "شرقي", "غربي", "شمالي", "جنوبي", "قرب",
            "أمير", "عهد", "إقليم");
    /**
     * Words after which a club's short name the tagger reads as a place is the place (في برشلونة، مدينة ميلان، حي
     * النصر), normalized; not إلى (انتقل إلى برشلونة is a transfer).
     */
    private static final Set<String> CITY_WORDS = Set.of("في", "داخل", "مدينه", "حي");
    /** Words of {@link #PLACE_NOUNS} that sport writes of a team: وسط "midfield", قلب الدفاع "centre-back". */
    private static final Set<String> TEAM_PLACE_NOUNS = Set.of("وسط", "قلب");
    /**
     * Nouns of administrative places that open a name (منطقة الأمن الوطني، محافظة النبهانية، ولاية سوسة), normalized:
     * a letter glued to one (لمنطقة، بمحافظة) is a clitic, no part of the name.
     */
    private static final Set<String> PLACE_NAME_HEADS = Set.of("منطقه", "محافظه", "مدينه", "ولايه", "اقليم", "بلديه",
            "معتمديه", "قريه", "مديريه");
    /** The most words of a place's name before a capital in a list ({@link Pass#amongCities}): المنطقة الشرقية. */
    private static final int MAX_LIST_PLACE_WORDS = 3;
    /** How near, in characters, another country's mention makes a country's name one of a list ({@code besideAnotherCountry}). */
    private static final int LIST_REACH = 30;
    /** How near after a city's name its own country names it the city (عمّان، الأردن; عمان بالأردن; عمان في الأردن). */
    private static final int OWN_COUNTRY_REACH = 6;
    /** The adjectives, normalized, by which a facility's full name may exceed its usual one (مطار عدن الدولي). */
    private static final List<String> INTERNATIONAL = List.of("الدولي", "الدوليه");
    /** Words of time a sentence's subject may follow, normalized: today, tonight, now and the days of the week. */
    private static final Set<String> TIME_WORDS = WordMatcher.normalized("اليوم", "الليلة", "الآن", "السبت", "الأحد",
            "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة");
    /**
     * Definite words after a club's short name that do not go on with a name, normalized: words of time, titles,
     * the words of a player's or a team's lot (الأهلي اليوم، الشباب الأمير خالد، لاعب الهلال السابق، فريق الأهلي
     * الكروي، فريق الأهلي الأول), what a team plays or wins (دخل النصر المباراة، حقق الهلال اللقب) and the adjectives
     * of its training and camps (مران الأهلي الرئيسي، معسكر الأهلي الخارجي).
     */
    private static final Set<String> AFTER_CLUB_NAMES = Stream.concat(TIME_WORDS.stream(), WordMatcher.normalized(
            "الامير", "الشيخ", "السابق", "الكروي", "الاول", "المباراه", "اللقاء", "الموسم", "البطوله", "الدوري",
            "الكاس", "اللقب", "الرئيسي", "الخارجي", "الداخلي", "الإعدادي", "الودي", "الحالي", "الأساسي").stream())
            .collect(Collectors.toUnmodifiableSet());
    /** The types of the unknown names that brackets after a known organization's name make its other name. */
    private static final Set<EntityType> BRACKETED_TYPES = Set.of(EntityType.ORG, EntityType.LOC, EntityType.GPE);
    /** The subtypes of the places a foreigner's family name may be named as (أليكس فيرجسون). */
    private static final Set<String> PLACE_SUBTYPES = Set.of("city", "capital", "region");
    /** Relatives, normalized: after a name they open a clause (الأهلي الذي فاز). */
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين");
    /** Colours that go on with a name, normalized: الهلال الأحمر, the Red Crescent, is no club. */
    private static final Set<String> COLOURS = Set.of("الاحمر", "الاخضر", "الازرق", "الابيض", "الاسود");
    /** The least confidence of an organization named after its city that the tagger proposes. */
    static final double CITY_ORGANIZATION_CONFIDENCE = 0.5;
    /** Nouns opening organizations' names that refer back to them once definite ({@code nominal-heads.tsv}). */
    private static final Map<String, Set<String>> ORGANIZATION_HEADS = organizationHeads();
    /**
     * Nominals of a body of the world, without their article, normalized, each with the words one of the names it
     * refers back to holds: المنظمة الدولية after الاتحاد الدولي لكرة القدم or الأمم المتحدة is that body ({@link
     * Pass#lastInternationalBody}), not the European Union or the Asian football confederation named since.
     */
    private static final Map<String, List<String>> INTERNATIONAL_NOMINALS = Map.of(
            "منظمه الدوليه", List.of("الدولي", "الامم المتحده"), "هيئه الدوليه", List.of("الدولي", "الامم المتحده"),
            "منظمه الامميه", List.of("الامم المتحده"), "منظمه العالميه", List.of("العالمي"));
    /** The nouns that head newspapers' names, normalized. */
    private static final Set<String> NEWSPAPER_HEADS = Set.of("صحيفه", "جريده");
    private static final ClubAdjectives CLUB_ADJECTIVES = ClubAdjectives.shipped();
    private static final String OPENING_QUOTES = "«“\"";
    private static final String CLOSING_QUOTES = "»”\")";
    /** Marks that open another name of what comes before them: quote marks and the bracket. */
    private static final String OPENING_MARKS = OPENING_QUOTES + "(";
    private static final int MAX_QUOTED_MEDIUM_WORDS = 3;
    /**
     * Nouns of the names of places within a town, normalized: a street, a district or a mosque the knowledge base
     * lacks is in the country the article is about (Pass#countriesOfInstitutions). Not a stadium's, an airport's or
     * a base's noun, named abroad as often (a match, a flight, a foreign base), nor a mountain's or a river's.
     */
    private static final Set<String> LOCAL_PLACE_NOUNS = WordMatcher.normalized("شارع", "طريق", "جسر", "نفق", "حي",
            "دوار", "ميدان", "ساحة", "كورنيش", "منتزه", "متنزه", "حديقة", "حدائق", "مسجد", "جامع", "سد");
    /** Nouns of administrative units, normalized, after which من says where a place lies: من ولاية الكاف. */
    private static final Set<String> UNIT_NOUNS = WordMatcher.normalized("ولاية", "محافظة", "معتمدية", "منطقة", "مدينة",
            "مقاطعة", "إقليم", "بلدية", "قضاء", "بلدة", "قرية");
    /**
     * Words that say where a place lies, normalized, with which a known place after them gives a place or body before
     * them its country (Pass#countriesByPlace): في, a unit's noun, a compass point, التابعة، الواقعة، عاصمة.
     */
    private static final Set<String> LOCATING_WORDS = Stream.concat(UNIT_NOUNS.stream(), WordMatcher.normalized("في",
            "ريف", "حي", "جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي", "التابعة",
            "التابع", "الواقعة", "الواقع", "عاصمة").stream()).collect(Collectors.toUnmodifiableSet());
    /** How many {@link #LOCATING_WORDS} may stand between a place and the known place that holds it. */
    private static final int MOST_LOCATING_WORDS = 3;
    /**
     * How many times Pass#countriesByPlace reads the article: a place that gained a country gives it to the places
     * it holds on the next reading (مسجد ... بحي العنود بالدمام).
     */
    private static final int MOST_PLACE_ROUNDS = 3;
    /**
     * Words before a paper's own short name that make it the paper in its own articles, normalized: its sources and
     * reporter, and verbs of receiving (مصادر الجزيرة، مراسل اليوم، تلقت الجزيرة نسخة منه). Not مكتب: "مكتب الشرق
     * الأوسط وجنوب آسيا" is a ministry's office for a region.
     */
    private static final Set<String> OWN_NAME_SIGNS = WordMatcher.normalized("مصادر", "مصدر", "مراسل", "مراسلة",
            "مندوب", "تلقت", "تلقى", "حصلت");

    private final NameIndex index;
    private final WordMatcher<String> nominals;
    private final Map<NameEntry, Set<String>> headsOf;
    /** The countries that have nominal heads (المملكة), by ISO code. */
    private final Map<String, NameEntry> countriesByCode;
    /** Media named by a head noun and a common word or a place (صحيفة الرياض), by those words alone. */
    private final Map<String, NameEntry> mediaByShortName;
    /** Each medium's short name ({@link #mediaShortNames}), shared with another medium or not. */
    private final Map<NameEntry, String> mediaShortNames;
    static final String WORK_NOUNS_FILE = "work-nouns.tsv";
    /** The words before a work's title in marks ({@value #WORK_NOUNS_FILE}: فيلم، رواية، بعنوان), normalized. */
    private static final Set<String> WORK_NOUNS = TsvTable.normalizedWords(EntityTagger.class, WORK_NOUNS_FILE);
    /** Of a known person's or place's name that is a work's title here (مسرحية «لبيد بن ربيعة»). */
    static final double TITLE_CONFIDENCE = 0.7;
    static final String MEDIA_NOUNS_FILE = "media-nouns.tsv";
    /** The nouns that open a medium's name ({@value #MEDIA_NOUNS_FILE}), normalized. */
    private static final Set<String> MEDIA_NOUNS = TsvTable.normalizedWords(EntityTagger.class, MEDIA_NOUNS_FILE);
    /** Every noun that heads a name of the knowledge base (صحيفة، قناة، وكالة...), normalized. */
    private final Set<String> allHeads;
    private final OfficeTitles titles;
    /** Known clubs by their short name (الأهلي of النادي الأهلي السعودي). */
    private final ClubShortNames clubs;
    private final Homonyms homonyms;
    /** Companies' short names that are common words too, named so only beside a word of their trade (زين). */
    private final CompanyCues companyCues;
    private final BlessedNames blessed;
    private final QuotedNames quotedNames;
    /** Known persons of three name words or more by their first and last word, normalized ("علي صالح"). */
    private final Map<String, List<NameEntry>> byFirstAndLast;
    /**
     * Known persons by their family name and country ("ريفاس VEN"), for a family name alone after a nationality
     * adjective ({@link Pass#surnameOfCountry}): the family names that are no given name and carry no article, which
     * a country's news gives to many (الدوسري).
     */
    private final Map<String, List<NameEntry>> bySurnameAndCountry;
    private final SpellingVariants variants;

    /** A tagger of the names of {@code index}, without nominal heads or titles. */
    public EntityTagger(NameIndex index) {
        this(index, Map.of(), OfficeTitles.NONE);
    }

    /**
     * A tagger of the names of {@code index}; {@code nominalHeads} gives entries the nouns that refer back to them,
     * {@code titles} the titles that name the holders of offices.
     */
    public EntityTagger(NameIndex index, Map<NameEntry, List<String>> nominalHeads, OfficeTitles titles) {
        this(index, nominalHeads, titles, List.of());
    }

    /**
     * As {@link #EntityTagger(NameIndex, Map, OfficeTitles)}; the clubs among {@code entries} are named by their
     * short name alone in articles of their country.
     */
    public EntityTagger(NameIndex index, Map<NameEntry, List<String>> nominalHeads, OfficeTitles titles,
                        Collection<NameEntry> entries) {
        this(index, nominalHeads, titles, entries, SpellingVariants.none(), Map.of());
    }

    /**
     * As {@link #EntityTagger(NameIndex, Map, OfficeTitles, Collection)}; a name the index lacks that {@code variants}
     * knows as another spelling of a known name links to its entity, and a person's other spellings of {@code
     * spellings} (كريستيان جروس beside كريستيان غروس) give his family name alone too ({@link #bySurnameAndCountry}).
     */
    public EntityTagger(NameIndex index, Map<NameEntry, List<String>> nominalHeads, OfficeTitles titles,
                        Collection<NameEntry> entries, SpellingVariants variants,
                        Map<NameEntry, List<String>> spellings) {
        this.index = index;
        this.variants = variants;
        this.titles = titles;
        this.clubs = ClubShortNames.of(entries);
        this.homonyms = Homonyms.shipped(entries);
        this.companyCues = CompanyCues.shipped(entries);
        this.blessed = BlessedNames.shipped(entries);
        this.quotedNames = QuotedNames.shipped(entries);
        this.byFirstAndLast = byFirstAndLast(entries);
        this.bySurnameAndCountry = bySurnameAndCountry(entries, spellings);
        WordMatcher.Builder<String> b = WordMatcher.builder();
        Map<NameEntry, Set<String>> heads = new HashMap<>();
        nominalHeads.forEach((entry, nouns) -> {
            for (String noun : nouns) {
                String head = ArabicNormalizer.normalize(noun.strip());
                b.add("ال" + head, head);
                heads.computeIfAbsent(entry, e -> new HashSet<>()).add(head);
            }
        });
        ORGANIZATION_HEADS.keySet().forEach(head -> b.add("ال" + head, head));
        INTERNATIONAL_NOMINALS.keySet().forEach(nominal -> b.add("ال" + nominal, nominal));
        this.nominals = b.build();
        this.headsOf = Map.copyOf(heads);
        this.countriesByCode = heads.keySet().stream()
                .filter(e -> e.type() == EntityType.GPE && e.kb().equals(e.country()))
                .collect(Collectors.toUnmodifiableMap(NameEntry::country, e -> e, (a, c) -> a));
        this.mediaShortNames = mediaShortNames(heads);
        this.mediaByShortName = mediaByShortName(mediaShortNames);
        this.allHeads = heads.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The persons among {@code entries} whose name has three words or more, a title aside, and ends in a family name
     * rather than a father's (not سعود بن نايف بن عبدالعزيز), by first and last word.
     */
    private static Map<String, List<NameEntry>> byFirstAndLast(Collection<NameEntry> entries) {
        Map<String, List<NameEntry>> out = new HashMap<>();
        for (NameEntry e : entries) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> words = List.of(ArabicNormalizer.normalize(e.nameAr()).strip().split("\\s+"));
            if (!words.isEmpty() && ProposalBounds.isTitle(words.get(0))) {
                words = words.subList(1, words.size());
            }
            if (words.size() >= 3 && !PersonNames.PATRONYMICS.contains(words.get(words.size() - 2))) {
                out.computeIfAbsent(words.get(0) + " " + words.get(words.size() - 1), k -> new ArrayList<>()).add(e);
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The persons among {@code entries} by family name and country ({@link #bySurnameAndCountry}): the last word of
     * the name and of each other spelling of {@code spellings} with as many words and the same first word, which
     * spells the family name another way (جروس of كريستيان جروس beside غروس); not a nickname or a longer name (نيمار
     * دا سيلفا gives Neymar no سيلفا, a name many Brazilians bear).
     */
    private static Map<String, List<NameEntry>> bySurnameAndCountry(Collection<NameEntry> entries,
                                                                      Map<NameEntry, List<String>> spellings) {
        Map<String, List<NameEntry>> out = new HashMap<>();
        for (NameEntry e : entries) {
            String[] words = ArabicNormalizer.normalize(e.nameAr()).strip().split("\\s+");
            if (e.type() != EntityType.PERSON || e.country() == null || words.length < 2) {
                continue;
            }
            Set<String> surnames = new LinkedHashSet<>();
            surnames.add(words[words.length - 1]);
            for (String spelling : spellings.getOrDefault(e, List.of())) {
                String[] other = ArabicNormalizer.normalize(spelling).strip().split("\\s+");
                if (other.length == words.length && other[0].equals(words[0])) {
                    surnames.add(other[other.length - 1]);
                }
            }
            for (String last : surnames) {
                if (!last.startsWith("ال") && !PersonNames.GIVEN_NAMES.containsKey(last)) {
                    out.computeIfAbsent(last + " " + e.country(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        return Map.copyOf(out);
    }

    /**
     * The English name of a name the knowledge base lacks in words [{@code first}, {@code end}) of {@code text}: one
     * that {@link ComplementEnglish#nameOf} gives whole ("مجلس الشيوخ" Senate), a facility's ("جامعة أكسفورد" Aksafurd
     * University), a ministry's ("وزارة الأوقاف" Ministry of Endowments) or an institution's ("اللجنة الوطنية لمكافحة
     * الإرهاب" National Committee for Combating Terrorism), or, for a name of two words or more that are all common
     * nouns and adjectives of {@link ComplementEnglish}, their English ("البطولة العربية" Arab Championship); null to
     * transliterate it.
     */
    static String organizationEnglish(String text, List<Span> words, List<String> norm, int first, int end) {
        String named = ComplementEnglish.nameOf(norm, first, end);
        if (named != null) {
            return named; // مجلس الشيوخ: Senate
        }
        String facility = FACILITIES.englishOf(text, words, norm, first, end);
        String ministry = facility != null ? null : MinistryPhrases.englishOf(norm, first, end, FACILITIES);
        String institution = facility != null || ministry != null ? null
                : InstitutionPhrases.englishOf(text, words, norm, first, end, FACILITIES);
        return facility != null ? facility : ministry != null ? ministry : institution != null ? institution
                : end - first < 2 ? null : ComplementEnglish.of(text.substring(words.get(first).start(),
                        words.get(end - 1).end()), adjective -> InstitutionPhrases.adjectiveEnglish(adjective,
                        FACILITIES));
    }

    /** The nouns of {@code nominal-heads.tsv}, normalized, each with the subtypes whose entries it refers back to. */
    private static Map<String, Set<String>> organizationHeads() {
        Map<String, Set<String>> heads = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(EntityTagger.class, "nominal-heads.tsv", 1)) {
            heads.put(ArabicNormalizer.normalize(row.column(0)), row.columns().length > 1 ? Set.copyOf(row.list(1)) : Set.of());
        }
        return Map.copyOf(heads);
    }

    /**
     * The media by their short names ({@link #mediaShortNames}: "صحيفة الشرق الأوسط" is "الشرق الأوسط"); a short name
     * two media share names neither (الجزيرة: a paper and a channel).
     */
    private static Map<String, NameEntry> mediaByShortName(Map<NameEntry, String> shortNames) {
        Map<String, NameEntry> byName = new HashMap<>();
        Set<String> shared = new HashSet<>();
        shortNames.forEach((entry, shortName) -> {
            if (byName.putIfAbsent(shortName, entry) != null && !byName.get(shortName).equals(entry)) {
                shared.add(shortName);
            }
        });
        byName.keySet().removeAll(shared);
        return Map.copyOf(byName);
    }

    /**
     * The short name a medium gives itself, normalized: its short name ({@link #mediaShortNames}), and a newspaper's
     * without the nationality adjective the knowledge base adds to tell it from its namesakes ("وعلمت «الوطن»" in the
     * articles of صحيفة الوطن السعودية); null for none.
     */
    private String ownShortName(NameEntry medium) {
        String shortName = mediaShortNames.get(medium);
        int space = shortName == null ? -1 : shortName.lastIndexOf(' ');
        String head = ArabicNormalizer.normalize(medium.nameAr()).split(" ")[0];
        return space > 0 && NEWSPAPER_HEADS.contains(head) && WordMatcher.isDefiniteNisba(shortName.substring(space + 1))
                ? shortName.substring(0, space) : shortName;
    }

    /** The short names of the media among {@code heads}, normalized: their names without the head noun they open with. */
    private static Map<NameEntry, String> mediaShortNames(Map<NameEntry, Set<String>> heads) {
        Map<NameEntry, String> shortNames = new HashMap<>();
        heads.forEach((entry, nouns) -> {
            String name = ArabicNormalizer.normalize(entry.nameAr());
            for (String head : "media".equals(entry.subtype()) ? nouns : Set.<String>of()) {
                if (name.startsWith(head + " ")) {
                    shortNames.put(entry, name.substring(head.length() + 1));
                }
            }
        });
        return Map.copyOf(shortNames);
    }

    /** Entities found in {@code text}, whose words are {@code words} with their normalized forms. */
    public List<Entity> tag(String text, List<Span> words, List<String> normalizedWords, IdSequence ids) {
        return tag(text, words, normalizedWords, ids, null, List.of());
    }

    /**
     * Entities found in {@code text}, with the roles held on {@code asOf} (null: roles still held) and the
     * entities of {@code proposals} (in any order) that the knowledge base does not cover.
     */
    public List<Entity> tag(String text, List<Span> words, List<String> normalizedWords, IdSequence ids,
                            LocalDate asOf, List<Proposal> proposals) {
        return tag(text, words, normalizedWords, ids, asOf, proposals, null);
    }

    /** As {@link #tag(String, List, List, IdSequence, LocalDate, List)} for an article published in {@code homeCountry} (ISO-3, or null). */
    public List<Entity> tag(String text, List<Span> words, List<String> normalizedWords, IdSequence ids,
                            LocalDate asOf, List<Proposal> proposals, String homeCountry) {
        return tag(text, words, normalizedWords, ids, asOf, proposals, homeCountry, null,
                index.lookup(text, words, normalizedWords));
    }

    /**
     * As {@link #tag(String, List, List, IdSequence, LocalDate, List, String)} for an article that the known
     * {@code publisher} (or null) published: its country is the home country, and its own short name between quote
     * marks or brackets names it («الجزيرة» in Al-Jazirah's articles, a short name the paper shares with a channel).
     */
    public List<Entity> tagPublishedBy(String text, List<Span> words, List<String> normalizedWords, IdSequence ids,
                                       LocalDate asOf, List<Proposal> proposals, NameEntry publisher) {
        return tagPublishedBy(text, words, normalizedWords, ids, asOf, proposals, publisher,
                index.lookup(text, words, normalizedWords));
    }

    /**
     * As {@link #tagPublishedBy(String, List, List, IdSequence, LocalDate, List, NameEntry)}, the known names of the
     * text looked up through {@code names}, a lookup of these words that other passes share (one of another index
     * is not used).
     */
    public List<Entity> tagPublishedBy(String text, List<Span> words, List<String> normalizedWords, IdSequence ids,
                                       LocalDate asOf, List<Proposal> proposals, NameEntry publisher,
                                       NameIndex.Lookup names) {
        return tag(text, words, normalizedWords, ids, asOf, proposals, publisher == null ? null : publisher.country(),
                publisher, names.of(index) ? names : index.lookup(text, words, normalizedWords));
    }

    /**
     * {@code proposals} with each organization or place of two clubs' short names joined by و (النصر والهلال, which
     * the tagger reads as one name) proposed as the two clubs, each then named as {@link ClubShortNames} rules.
     */
    private List<Proposal> clubsApart(String text, List<Span> words, List<String> norm, List<Proposal> proposals) {
        List<Proposal> out = null;
        for (int k = 0; k < proposals.size(); k++) {
            Proposal p = proposals.get(k);
            int first = p.type() == EntityType.ORG || p.type() == EntityType.LOC
                    ? ProposedWords.firstWordEndingAfter(words, p.start()) : words.size();
            boolean pair = first + 1 < words.size() && words.get(first).start() == p.start()
                    && words.get(first + 1).end() == p.end()
                    && norm.get(first + 1).startsWith("و") && clubs.isShortName(norm.get(first))
                    && clubs.isShortName(norm.get(first + 1).substring(1))
                    && WordMatcher.onlySpacesBetween(text, words.get(first), words.get(first + 1));
            if (pair) {
                if (out == null) {
                    out = new ArrayList<>(proposals.subList(0, k));
                }
                out.add(new Proposal(p.start(), words.get(first).end(), p.type(), p.confidence()));
                out.add(new Proposal(words.get(first + 1).start() + 1, p.end(), p.type(), p.confidence()));
            } else if (out != null) {
                out.add(p);
            }
        }
        return out == null ? proposals : out;
    }

    /**
     * {@code proposals} with each person's name of three words or more whose first word is a known place, no given
     * name, and whose second opens with a given name parted in two: the place, then the person. News names the
     * office's place right before its holder ("الناطق الإعلامي بصحة عسير سعيد النقير"، "مدير فرع الوزارة بالجوف عبد
     * العزيز الرويلي"), and the tagger reads the two as one name. Not after a given name: "عيد ماطر مبارك" is one
     * man, whose second name is a Tunisian town's too.
     */
    private List<Proposal> placesBeforeNames(String text, List<Span> words, List<String> norm, NameIndex.Lookup names,
                                             List<Proposal> proposals) {
        List<Proposal> out = null;
        for (int k = 0; k < proposals.size(); k++) {
            Proposal p = proposals.get(k);
            int first = p.type() == EntityType.PERSON ? ProposedWords.firstWordEndingAfter(words, p.start())
                    : words.size();
            EntityType place = first + 2 < words.size() && words.get(first + 2).end() <= p.end()
                    && PersonNames.opensAName(norm.get(first + 1))
                    && !WordMatcher.inSomeReading(norm.get(first), PersonNames::opensWithAGivenName)
                    && (first == 0 || !PersonNames.opensAName(norm.get(first - 1)))
                    && WordMatcher.onlySpacesBetween(text, words.get(first), words.get(first + 1))
                    ? placeOfOneWord(text, words, norm, names, first) : null;
            if (place != null && out == null) {
                out = new ArrayList<>(proposals.subList(0, k));
            }
            if (place != null) {
                out.add(new Proposal(p.start(), words.get(first).end(), place, p.confidence()));
                out.add(new Proposal(words.get(first + 1).start(), p.end(), EntityType.PERSON, p.confidence()));
            } else if (out != null) {
                out.add(p);
            }
        }
        return out == null ? proposals : out;
    }

    /**
     * The type of the place of one word that the knowledge base (guarded or not) or its homonyms name at word
     * {@code i}, or null.
     */
    private EntityType placeOfOneWord(String text, List<Span> words, List<String> norm, NameIndex.Lookup names, int i) {
        EntityType type = names.nameTypeOf(i, i + 1);
        if (type == null && !homonyms.isEmpty()) {
            WordMatcher.Hit<String> hit = homonyms.match(text, words, norm, i);
            type = hit != null && hit.endWord() == i + 1 ? homonyms.typeOf(hit.value()) : null;
        }
        return type == EntityType.GPE || type == EntityType.LOC ? type : null;
    }

    /**
     * {@code proposals} with each person's name that a direction or nearness word opens on (جنوب أبو عجرم، قرب كيليس،
     * غرب أبو ماضي, with its clitics: وجنوب، بشمال) proposed as a place: no person lies south of anything. Not after
     * the definite adjectives (الكوري الجنوبي كواك تاي), which qualify the noun before the name.
     */
    private static List<Proposal> placesAfterDirections(String text, List<Span> words, List<String> norm,
                                                        List<Proposal> proposals) {
        List<Proposal> out = null;
        for (int k = 0; k < proposals.size(); k++) {
            Proposal p = proposals.get(k);
            int first = p.type() == EntityType.PERSON ? ProposedWords.firstWordEndingAfter(words, p.start()) : 0;
            boolean place = first > 0 && first < words.size() && words.get(first).start() == p.start()
                    && WordMatcher.inSomeReading(norm.get(first - 1), DIRECTIONS::contains)
                    && WordMatcher.onlySpacesBetween(text, words.get(first - 1), words.get(first));
            if (place && out == null) {
                out = new ArrayList<>(proposals.subList(0, k));
            }
            if (out != null) {
                out.add(place ? new Proposal(p.start(), p.end(), EntityType.LOC, p.confidence()) : p);
            }
        }
        return out == null ? proposals : out;
    }

    private List<Entity> tag(String text, List<Span> words, List<String> normalizedWords, IdSequence ids,
                             LocalDate asOf, List<Proposal> proposals, String homeCountry, NameEntry publisher,
                             NameIndex.Lookup names) {
        List<Proposal> parted = placesBeforeNames(text, words, normalizedWords, names,
                clubsApart(text, words, normalizedWords, proposals));
        Pass pass = new Pass(text, words, normalizedWords, names,
                ProposedWords.of(placesAfterDirections(text, words, normalizedWords, parted), words), asOf, homeCountry,
                publisher == null ? null : ownShortName(publisher), publisher);
        pass.run();
        pass.blessedNames();
        pass.joinSpellingVariants();
        pass.joinSurnameSpellings();
        pass.joinShortNames();
        pass.homonyms(); // first: a club named by a homonym (النادي الأهلي) is named by its short name too
        pass.shortOrganizationNames();
        pass.clubAdjectives();
        pass.companyShortNames();
        pass.cuedCompanyNames();
        pass.personsOfGuardedAliases();
        pass.joinLongerForms();
        pass.joinUnqualifiedNames();
        pass.joinBracketedNames();
        pass.joinLatinNames();
        pass.countriesOfOrganizationsByAdjective();
        pass.countriesByPlace();
        pass.countriesOfCities();
        pass.countriesOfNamesakes();
        pass.countriesOfHomonyms();
        pass.countriesOfInstitutions();
        pass.pairQuoteMarks();
        List<Entity> entities = new ArrayList<>(pass.found.size());
        for (Found f : pass.found.values()) {
            entities.add(f.toEntity(ids.next(), asOf, NameTransliterator.spellingOf(homeCountry)));
        }
        return entities;
    }

    /** The date of an ISO-8601 date or date-time ("2022-01-04", "2022-01-04T10:00:00Z"), or null. */
    public static LocalDate dateOf(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Words inside foreign persons' names (van, de, da, von, der, del) that no known one-word name comes before. */
    private static final Set<String> NAME_PARTICLES = Set.of("فان", "دي", "دا", "دو", "فون", "دير", "ديل");
    /** The confidence of a person's name made of a given name and a known person's family name the tagger missed. */
    private static final double OTHER_BEARER_CONFIDENCE = 0.6;

    /**
     * Honorifics that kings and princes are not given (normalized): after one, a known royal's given and father's
     * names with a definite word after them are a commoner's, "المهندس عبدالله بن عبدالعزيز الجربوع".
     */
    private static final Set<String> COMMONERS_TITLES = Set.of("المهندس", "المهندسه", "الدكتور", "الدكتوره",
            "الاستاذ", "الاستاذه", "اللواء", "العميد", "العقيد", "المقدم", "الرائد", "النقيب", "السيد", "المستشار");

    /** Nouns of states before a country's name (مملكة البحرين، دولة الكويت), normalized. */
    private static final Set<String> STATE_NOUNS = Set.of("مملكه", "دوله", "جمهوريه", "سلطنه", "اماره");

    /** الملك, normalized: a given name after it names a place as often as a king (واجهة الملك عبدالله). */
    private static final String KING = "الملك";
    /** عبد, which opens compound given names written as one word (عبدالله، عبدالملك). */
    private static final String ABD = "عبد";
    /** Titles after which a given name alone is a person named in full before (الأمير خالد), normalized. */
    private static final Set<String> TITLES_BEFORE_GIVEN_NAMES = Set.of("الامير", "الاميره", "الشيخ", "الشيخه",
            "الدكتور", "الدكتوره", "سمو");

    /**
     * The first words of family names of two words, normalized: أبو صالح, and بن أحمد (a Maghrebi family name, and the
     * بن سلمان by which news names محمد بن سلمان).
     */
    private static final Set<String> FAMILY_NAME_HEADS = Set.of("ابو", "ابي", "بن");
    private static final String PATRONYMIC = "بن";
    /** The subtype of companies in the knowledge base. */
    private static final String COMPANY = "company";

    /**
     * Whether a name of the knowledge base begins at word {@code i}: one of its index (clitics read off, guards
     * aside) or one of {@code homonyms.tsv} (الدفاع المدني، وزارة العمل).
     */
    public boolean knowsNameAt(String text, List<Span> words, List<String> norm, int i) {
        return knownNameEnd(text, words, norm, i) > i;
    }

    /** The word after the longest name that {@link #knowsNameAt} finds at word {@code i}; i when none begins there. */
    public int knownNameEnd(String text, List<Span> words, List<String> norm, int i) {
        WordMatcher.Hit<String> homonym = homonyms.isEmpty() ? null : homonyms.match(text, words, norm, i);
        return Math.max(index.nameEndAt(text, words, norm, i), homonym == null ? i : homonym.endWord());
    }

    /** One article's walk over its words. */
    private final class Pass {
        private final String text;
        private final List<Span> words;
        private final List<String> norm;
        /** The known names of the text, looked up in {@link #index}. */
        private final NameIndex.Lookup names;
        private final ProposedWords proposed;
        private final LocalDate asOf;
        /** The publisher's country (ISO-3), or null. */
        private final String homeCountry;
        /** The publisher's short name, normalized ("الجزيرة" of صحيفة الجزيرة), or null; and the publisher. */
        private final String publisherShortName;
        /** The words of {@link #publisherShortName}, and the head nouns of the publisher's names; empty for none. */
        private final String[] ownShortNameWords;
        private final Set<String> ownHeads;
        private final NameEntry publisher;
        private final Map<Object, Found> found = new LinkedHashMap<>();
        private final Map<String, Found> surnames = new HashMap<>();
        /** Family names of أبو and a word (normalized, "ابو صالح") of the persons named in full so far. */
        private final Map<String, Found> compoundSurnames = new HashMap<>();
        /** First words (normalized) of the persons named in full so far, and those two persons share. */
        private final Map<String, Found> givenNames = new HashMap<>();
        private final Set<String> sharedGivenNames = new HashSet<>();
        /** Bit {@code c % 64} for the last letter c of each surname. */
        private long surnameEnds;
        /** Whether the article is about sport ({@link ClubShortNames#aboutSport}); null until asked. */
        private Boolean aboutSport;
        /** The known cities' names, normalized, that {@link #clubNamedAsItsCity} left to the clubs. */
        private final Set<String> citiesLeftToClubs = new HashSet<>();

        Pass(String text, List<Span> words, List<String> norm, NameIndex.Lookup names, ProposedWords proposed,
             LocalDate asOf, String homeCountry, String publisherShortName, NameEntry publisher) {
            this.text = text;
            this.words = words;
            this.norm = norm;
            this.names = names;
            this.proposed = proposed;
            this.asOf = asOf;
            this.homeCountry = homeCountry;
            this.publisherShortName = publisherShortName;
            this.ownShortNameWords = publisherShortName == null ? new String[0] : publisherShortName.split(" ");
            this.ownHeads = publisher == null ? Set.of() : headsOf.getOrDefault(publisher, Set.of());
            this.publisher = publisher;
        }

        void run() {
            int i = 0;
            while (i < words.size()) {
                NameMatch medium = quotedMedium(i);
                if (medium != null) {
                    known(medium);
                    i = medium.endWord();
                    continue;
                }
                NameMatch m = names.match(i, proposed.at(i), proposed.endAt(i), homeCountry);
                int bearer = m == null || m.blocked() ? -1 : familyNameAfterOtherGivenName(m, i) ? i - 1 : childNameStart(m, i);
                if (bearer >= 0) {
                    Proposal p = proposed.at(i);
                    double confidence = p != null && p.type() == EntityType.PERSON ? p.confidence() : OTHER_BEARER_CONFIDENCE;
                    String english = m.entry().type() == EntityType.PERSON ? null
                            : NameTransliterator.toLatin(norm.get(bearer)) + " " + m.named().nameEn(); // Alex Ferguson
                    proposal(new Proposal(words.get(bearer).start(), m.end(), EntityType.PERSON, confidence), bearer,
                            m.endWord(), null, english);
                    i = m.endWord();
                    continue;
                }
                if (m != null && !m.blocked() && (namesSomeoneElse(m, i) || insideProposedName(m, i)
                        || anotherBearer(m, i) || clubNamedAsItsCity(m, i) || adjectiveOfNounBefore(m, i))) {
                    m = null;
                }
                if (m != null && !m.blocked() && placeNamedAsFamilyName(m, i) && surname(i, f -> f.entry != null)) {
                    i++; // طلبنا هذا من ليون after برناردينو ليون: the envoy, not Lyon
                    continue;
                }
                if (m != null && !m.blocked() && m.entry().type() != EntityType.ORG && m.entry().type() != EntityType.MISC
                        && workTitle(i, m.endWord())) {
                    proposal(new Proposal(words.get(i).start(), m.end(), EntityType.MISC, TITLE_CONFIDENCE), i,
                            m.endWord(), null); // مسرحية «لبيد بن ربيعة»: the play, not the poet
                    i = m.endWord();
                    continue;
                }
                if (m != null && !m.blocked() && m.kind() == MentionKind.ADJECTIVE
                        && (namesALanguage(i) || namesACurrency(i))) {
                    i = m.endWord(); // اللغة الفرنسية is French, not France; دولار أمريكي a dollar, not America
                    continue;
                }
                // the tagger's name over the adjective, or right after it where a given name opens it; not a family
                // name alone of one named before ("وقال الإسباني مارتينيز" after روبرتو مارتينيز: the adjective is his)
                boolean afterAdjective = m != null && proposed.endAt(i) <= m.endWord() && m.endWord() < words.size();
                int from = afterAdjective ? m.endWord() : i;
                int named = proposed.endAt(from);
                if (from > i && named == from + 1 && surnames.containsKey(norm.get(from))) {
                    named = from;
                }
                if (m != null && !m.blocked() && familyNameAfterVerb(m, i) && named > m.endWord()
                        && proposed.at(from).type() == EntityType.PERSON
                        && noKnownNameWithin(m.endWord(), named, proposed.at(from))) {
                    known(m); // "وقال الكرواتي زلاتكو داليتش": the Croatian Zlatko Dalić speaks, of Croatia
                    proposal(proposed.at(from), m.endWord(), named, countryOf(m.entry()));
                    i = named;
                    continue;
                }
                if (m != null && !m.blocked() && familyNameAfterVerb(m, i) && (surname(i) || nationalNominal(m, i))) {
                    i++; // "وقال التركي إن" after منصور التركي: he speaks, not Turkey
                    continue;
                }
                if (m != null && !m.blocked()) {
                    m = withFamilyName(longerNameOfTheSamePerson(m));
                    int after = m.entry().type() == EntityType.PERSON ? facility(i, m.endWord(), false, m.entry())
                            : namesEventsPlace(m, i) ? cityFacility(i, m) : -1;
                    if (after < 0) {
                        known(m);
                    }
                    i = after < 0 ? m.endWord() : after;
                    continue;
                }
                int afterHomonym = m == null ? homonym(i) : -1;
                if (afterHomonym > i) {
                    i = afterHomonym;
                    continue;
                }
                OfficeTitles.Holder title = titles.match(text, words, norm, i, asOf);
                if (title != null) {
                    officeHolder(title);
                    int covered = proposed.endAt(i);
                    if (covered > i && covered <= title.endWord()) {
                        i = title.endWord(); // the tagger's proposal of a title is no name
                        continue;
                    }
                }
                int end = proposed.endAt(i);
                if (m != null && m.blocked() && end > i && end < m.endWord()) {
                    i = m.endWord(); // الرباط of الرباط الصليبي: a name inside a phrase that mentions none
                    continue;
                }
                String qualifiedBy = end > i ? organizationCountry(i, end) : null;
                if (end > i && (noKnownNameWithin(i + 1, end, proposed.at(i)) || namedAfterCity(i) || childOfKnown(i)
                        || qualifiedBy != null)) {
                    int after = proposed.at(i).type() == EntityType.PERSON ? facility(i, end, true) : cityFacilityOpening(i, end);
                    if (after < 0 && nominalEndsAt(i, end) && nominal(i)) {
                        i = end; // "المدينة" the tagger proposes after a city is that city again, المنظمة الدولية the UN
                        continue;
                    }
                    if (after < 0 && (end > i + 1 || !namesOneNamedBefore(i, m == null))) {
                        proposal(proposed.at(i), i, end, qualifiedBy);
                    }
                    i = Math.max(after, end);
                    continue;
                }
                if (m != null) {
                    i = m.endWord();
                    continue;
                }
                int compound = compoundSurname(i);
                if (compound > 0) {
                    i = compound;
                    continue;
                }
                if (!surname(i)) {
                    nominal(i);
                }
                i++;
            }
        }

        /**
         * Whether the one-word proposal at word {@code i} is the family or given name of a person named before, the
         * word then mentioning that person. A proposal of another type may be only the family name, where {@code
         * nothingKnown} there, of a person surely named: known, named more than once or with a given name first. The
         * tagger proposes أوباميانج as an organization after بيير إيمريك أوباميانج, but takes words for persons too
         * ("مالكة بوغاتي": Bugatti's owner).
         */
        private boolean namesOneNamedBefore(int i, boolean nothingKnown) {
            if (proposed.at(i).type() == EntityType.PERSON) {
                return surname(i) || givenNameOfOneNamedBefore(i);
            }
            return nothingKnown && surname(i, f -> f.entry != null || f.mentions.size() > 1
                    || PersonNames.GIVEN_NAMES.containsKey(f.nameWords().get(0)));
        }

        /**
         * Where the person's name at words {@code first} to {@code end} ({@code proposed} by the tagger, or known)
         * follows a facility noun (طريق الملك فهد): the place, institution or prize of that name as an entity of its
         * own, and the word after it; else -1.
         */
        private int facility(int first, int end, boolean proposed) {
            return facility(first, end, proposed, null);
        }

        /**
         * As {@link #facility(int, int, boolean)} for the known {@code person} (or null) named there: by its very
         * canonical name, its English name is the facility's (Habib Bourguiba University Hospital).
         */
        private int facility(int first, int end, boolean proposed, NameEntry person) {
            Facilities.Noun facility = FACILITIES.nounBefore(text, words, norm, first, false);
            if (facility == null) {
                return -1;
            }
            boolean untitled = facility.word() + facility.adjectives() + 1 == first; // جائزة الأمير نايف: Prince Nayef
            boolean canonical = untitled && person != null && person.nameEn() != null
                    && ArabicNormalizer.normalize(person.nameAr()).equals(String.join(" ", norm.subList(first, end)));
            return facility(facility, FACILITIES.name(text, words, norm, facility, first, end, proposed,
                    canonical ? person.nameEn() : null), end, null);
        }

        /**
         * As {@link #facility(int, int, boolean)} for the city {@code m} at word {@code first} (جامعة تبوك), the
         * city's country the facility's, unless a nationality adjective ends the name (نادي أتلانتا الإيطالي is
         * Atalanta, an Italian club, though أتلانتا spells Atlanta too); and for a country or a continent after the
         * noun of a MISC name, a cup, championship or prize (كأس ألمانيا، بطولة أوروبا لكرة القدم), not one that opens
         * cities' names only: اتفاق إيران النووي is a deal Iran is party to, named by the country.
         */
        private int cityFacility(int first, NameMatch m) {
            Facilities.Noun facility = FACILITIES.nounBefore(text, words, norm, first, true);
            if (facility == null || !m.named().namesFacilities()
                    && (facility.type() != EntityType.MISC || facility.opens() == Facilities.Opens.PLACE)) {
                return -1;
            }
            String english = m.named().nameEn();
            Facilities.Name name = FACILITIES.cityName(text, words, norm, facility, m.endWord(), english);
            String adjective = name.end() > m.endWord() ? adjectiveCountryAt(name.end() - 1) : null;
            String country = adjective != null ? adjective : facility.anywhere() ? null : m.named().country();
            return facility(facility, adjective != null ? withCountryInBrackets(facility, m, name) : name, m.endWord(),
                    country);
        }

        /**
         * The facility's {@code name} that ends in a nationality adjective, in English the words before the adjective
         * and the adjective's country in brackets ("جامعة تكساس الأمريكية" is Texas University (United States)), where
         * the adjective has no English word of its own, which would leave the whole name in Latin letters.
         */
        private Facilities.Name withCountryInBrackets(Facilities.Noun facility, NameMatch city, Facilities.Name name) {
            NameMatch adjective = adjectiveEnding(city.endWord() - 1, name.end());
            NameEntry state = adjective == null ? null : adjective.entry();
            boolean ownEnglish = FACILITIES.adjectiveEnglish(norm.get(name.end() - 1)) != null;
            if (state == null || state.nameEn() == null || ownEnglish) {
                return name;
            }
            String before = FACILITIES.cityEnglish(text, words, norm, facility, city.endWord(), adjective.firstWord(),
                    city.named().nameEn());
            return new Facilities.Name(name.end(), before + " (" + state.nameEn() + ")");
        }

        /**
         * Whether {@code m} at word {@code i} names a place that facilities or events are named after by its name, no
         * clitic on it: a city, a region, a country or a continent ({@link NameEntry#namesEvents}).
         */
        private boolean namesEventsPlace(NameMatch m, int i) {
            return m.kind() != MentionKind.ADJECTIVE && m.named().namesEvents() && m.start() == words.get(i).start();
        }

        /**
         * Where a proposal from word {@code first} to {@code end} opens with a facility noun and a city (جامعة جدة):
         * the facility named after that city ({@link #cityFacility}) and the word after it; else -1.
         */
        private int cityFacilityOpening(int first, int end) {
            NameMatch m = first + 1 < end ? index.match(text, words, norm, first + 1) : null;
            return m != null && !m.blocked() && m.endWord() <= end && namesFacilitiesPlace(m, first + 1)
                    ? cityFacility(first + 1, m) : -1;
        }

        /**
         * Whether {@code m} at word {@code i} names a city or a region by its name, no clitic on it: a place that
         * facilities are named after (جامعة تبوك، مستشفى عسير المركزي).
         */
        private boolean namesFacilitiesPlace(NameMatch m, int i) {
            return m.kind() != MentionKind.ADJECTIVE && m.named().namesFacilities() && m.start() == words.get(i).start();
        }

        private int facility(Facilities.Noun facility, Facilities.Name facilityName, int end, String country) {
            int noun = facility.word();
            int stop = facilityName.end();
            int start = WordMatcher.skipLetters(text, words.get(noun).start(), facility.cliticLetters());
            int stopChar = words.get(stop - 1).end();
            String name = QUOTE_MARKS.matcher(text.substring(start, stopChar)).replaceAll(""); // مستشفى «...»
            EntityType type = facility.type();
            Found f = found.computeIfAbsent(type + ":" + ArabicNormalizer.normalize(name),
                    k -> Found.proposed(type, name, facilityName.english(), country));
            f.add(Mention.of(text, start, stopChar, MentionKind.NAME), FACILITY_CONFIDENCE, noun);
            return Math.max(stop, end);
        }

        /**
         * The known person's name {@code m}, or its union with a longer name of the same person that opens at one of
         * its later words: "الملك سلمان بن عبدالعزيز آل سعود" matches the alias الملك سلمان from its first word and
         * سلمان بن عبد العزيز آل سعود from its second, and the mention is the whole.
         */
        private NameMatch longerNameOfTheSamePerson(NameMatch m) {
            if (m.entry().type() != EntityType.PERSON || m.kind() != MentionKind.NAME) {
                return m;
            }
            NameMatch longest = m;
            for (int j = m.firstWord() + 1; j < m.endWord(); j++) {
                NameMatch later = names.match(j, proposed.at(j), proposed.endAt(j), homeCountry);
                if (later != null && !later.blocked() && later.entry().equals(m.entry())
                        && later.endWord() > longest.endWord()) {
                    longest = later;
                }
            }
            return longest == m ? m : new NameMatch(m.entry(), m.firstWord(), longest.endWord(), m.start(),
                    longest.end(), m.kind(), m.named());
        }

        /**
         * The known person's name {@code m} with the family's آل and its name right after it, only spaces between
         * (سعود بن نايف [آل سعود]): the whole is one mention, and the family's word no name of its own.
         */
        private NameMatch withFamilyName(NameMatch m) {
            int w = m.endWord();
            if (m.entry().type() != EntityType.PERSON || m.kind() != MentionKind.NAME || w + 1 >= words.size()
                    || !words.get(w).of(text).equals(PersonNames.FAMILY_WORD)
                    || !ProposalBounds.familyFollows(text, new Words(words, norm), w - 1)) {
                return m;
            }
            return new NameMatch(m.entry(), m.firstWord(), w + 2, m.start(), words.get(w + 1).end(), m.kind(),
                    m.named());
        }

        private void known(NameMatch m) {
            NameEntry entry = m.entry();
            MentionKind kind = m.kind();
            if (kind == MentionKind.METONYM && "capital".equals(m.named().subtype()) && locative(m)) {
                entry = m.named();
                kind = MentionKind.NAME;
            } else if (kind == MentionKind.NAME && countryNameAsAdjective(m)) {
                kind = MentionKind.ADJECTIVE; // الأسهم السعودية: Saudi shares
            }
            Found f = found.computeIfAbsent(entry, e -> Found.of((NameEntry) e));
            boolean first = f.mentions.isEmpty();
            f.add(Mention.of(text, m.start(), m.end(), kind), confidenceOf(kind), m.firstWord());
            f.byGuardedAliasOnly = (first || f.byGuardedAliasOnly) && entry.type() == EntityType.PERSON
                    && index.taggerGuardedAt(text, words, norm, m.firstWord());
            if (kind == MentionKind.NAME) {
                rememberSurname(f, m.firstWord(), m.endWord());
            }
        }

        /**
         * Whether the known country's one-word name {@code m}, no clitic glued to it, is written as the country's
         * feminine nisba (السعودية) right after a definite noun it agrees with, only spaces between: an adjective
         * there (الأسهم السعودية، السلطات السعودية), but the subject after a day or اليوم (نفذت اليوم السعودية).
         */
        private boolean countryNameAsAdjective(NameMatch m) {
            int i = m.firstWord();
            if (i == 0 || m.endWord() != i + 1 || m.start() != words.get(i).start()
                    || !"country".equals(m.entry().subtype())) {
                return false;
            }
            String word = norm.get(i);
            String before = norm.get(i - 1);
            return word.startsWith("ال") && word.endsWith("يه") && !TIME_WORDS.contains(before)
                    && ProposalBounds.followsDefiniteNoun(text, words.get(i - 1), words.get(i), before);
        }

        /**
         * The English name of the organization {@code name} the knowledge base lacks in words [{@code first}, {@code
         * end}), whose last word is the nationality adjective of {@code country} (or null): the English name of the
         * words before it, the country's name after it in brackets ("وزارة العدل الأمريكية" is Ministry of Justice
         * (United States)).
         */
        private String englishOfName(int first, int end, String country, String name) {
            NameMatch adjective = country == null ? null : adjectiveEnding(first, end);
            NameEntry state = adjective == null ? null : adjective.entry();
            int k = adjective == null ? -1 : adjective.firstWord();
            String[] nameWords = name.split(" ");
            if (state == null || !country.equals(state.kb()) || state.nameEn() == null
                    || nameWords.length <= end - k) {
                return organizationEnglish(text, words, norm, first, end);
            }
            String english = organizationEnglish(text, words, norm, first, k);
            String before = String.join(" ", Arrays.copyOf(nameWords, nameWords.length - (end - k)));
            return (english != null ? english : NameTransliterator.toLatin(before)) + " (" + state.nameEn() + ")";
        }

        /**
         * A country's definite adjective of one or two words (الأمريكية، الكورية الجنوبية) that ends right before word
         * {@code end} and starts after word {@code after}; null when none does.
         */
        private NameMatch adjectiveEnding(int after, int end) {
            for (int k = end - 1; k >= end - 2 && k > after; k--) {
                NameMatch adjective = index.match(text, words, norm, k);
                if (adjective != null && adjective.kind() == MentionKind.ADJECTIVE && adjective.endWord() == end
                        && norm.get(k).startsWith("ال")) {
                    return adjective;
                }
            }
            return null;
        }

        /**
         * Drops the known persons named only by a guarded alias (الأسد، مرسي، روحاني) where the article names their
         * country nowhere else: "ريتشارد قلب الأسد" is Richard the Lionheart, "مشهد روحاني" a spiritual scene, مرسي
         * a club's host in a report on Saudi football.
         */
        void personsOfGuardedAliases() {
            Map<String, Integer> countries = null;
            for (Iterator<Found> it = found.values().iterator(); it.hasNext(); ) {
                Found f = it.next();
                if (!f.byGuardedAliasOnly || f.entry.country() == null) {
                    continue;
                }
                countries = countries == null ? countryMentions() : countries;
                if (countries.getOrDefault(f.entry.country(), 0) <= f.mentions.size()) {
                    it.remove();
                }
            }
        }

        /**
         * Whether the known person's name {@code m}, a given name and a father's (عبدالله بن عبدالعزيز), is the start
         * of another person's name that the tagger proposes from word {@code i} on with a family name after it:
         * "الدكتور عبدالله بن عبدالعزيز الربيعة" is not King Abdullah; so is one with a family name after it that a
         * commoner's honorific opens where the tagger proposes no name, "المهندس عبدالله بن عبدالعزيز الجربوع". A
         * family's آل or an ordinal after the name continues it; after other names the tagger often runs on ("بشار
         * الأسد المحاصرة").
         */
        private boolean namesSomeoneElse(NameMatch m, int i) {
            if (lineageGoesOn(m)) {
                return true;
            }
            Proposal p = proposed.at(i);
            int after = m.endWord();
            // the father's name is one word or two (عبد العزيز written apart)
            int father = after - 1 - (after - m.firstWord() >= 4 && norm.get(after - 2).equals("عبد") ? 1 : 0);
            boolean lineage = father - m.firstWord() >= 2 && PersonNames.PATRONYMICS.contains(norm.get(father - 1));
            boolean proposedLonger = p != null && p.type() == EntityType.PERSON && proposed.endAt(i) > after;
            if (m.entry().type() != EntityType.PERSON || !lineage || after >= norm.size()
                    || !proposedLonger && (i == 0 || !COMMONERS_TITLES.contains(norm.get(i - 1))
                    || !WordMatcher.onlySpacesBetween(text, words.get(after - 1), words.get(after)))) {
                return false;
            }
            String next = norm.get(after);
            return next.startsWith("ال") && next.length() > 2 && !PersonNames.ORDINALS.contains(next);
        }

        /**
         * Whether the known person's name {@code m}, a given name and a father's, goes on with a grandfather's
         * ("فهد بن عبد العزيز بن معمر") that makes no known person of the father's name and the grandfather's: the
         * lineage of someone else. "محمد بن سلمان بن عبد العزيز" is the crown prince, سلمان بن عبد العزيز being known.
         */
        private boolean lineageGoesOn(NameMatch m) {
            int after = m.endWord();
            if (m.entry().type() != EntityType.PERSON || after + 1 >= words.size()
                    || !PersonNames.PATRONYMICS.contains(norm.get(after))
                    || !WordMatcher.onlySpacesBetween(text, words.get(after - 1), words.get(after))) {
                return false;
            }
            int father = -1;
            for (int w = m.firstWord(); w < after - 1; w++) {
                if (PersonNames.PATRONYMICS.contains(norm.get(w))) {
                    father = w + 1;
                }
            }
            return father > 0 && !index.personNameReaches(text, words, norm, father, after + 1);
        }

        /**
         * Whether the known name {@code m} at word {@code i} is only part of the name the tagger proposes there: an
         * organization named after its city ({@link #namedAfterCity}), or a person of two words or more whose first
         * word the knowledge base reads as ك ("like") and a name (كلاوس بيكارد is Klaus, not ك + لاوس, Laos), or a
         * person whose given name is a nationality adjective without the article ({@link #bareAdjective}); ك
         * seldom stands before a name, while و، ب، ل، ف do, and the tagger often runs a person on from a place
         * after them (بحائل صالح الأحمري).
         */
        private boolean insideProposedName(NameMatch m, int i) {
            Proposal p = proposed.at(i);
            if (p == null) {
                return false;
            }
            int wordStart = words.get(i).start();
            boolean readAsLike = m.start() == wordStart + 1 && text.charAt(wordStart) == 'ك' && p.start() <= wordStart;
            boolean person = p.type() == EntityType.PERSON;
            return namedAfterCity(i) || sportsBodyOf(m, i) || person && readAsLike && proposed.endAt(i) > m.endWord()
                    || person && bareAdjective(m, i) && givenName(i) && proposed.endAt(i) > m.endWord();
        }

        /**
         * Whether the known organization {@code m} at word {@code i} opens the name of a sport's federation that
         * the proposal there goes on to: "الاتحاد الأفريقي لكرة السلة" is Africa's basketball federation, not the
         * African Union, "الاتحاد الدولي لألعاب القوى" no FIFA. Not a club's (الأهلي لكرة القدم is the club's team).
         */
        private boolean sportsBodyOf(NameMatch m, int i) {
            Proposal p = proposed.at(i);
            int after = m.endWord();
            return p != null && p.type() == EntityType.ORG && m.entry().type() == EntityType.ORG
                    && !"club".equals(m.entry().subtype()) && proposed.endAt(i) > after && after < words.size()
                    && m.end() == words.get(after - 1).end() && SPORT_COMPLEMENTS.contains(norm.get(after));
        }

        /**
         * Whether the tagger proposes an organization from word {@code i}, with a confidence of at least {@value
         * #CITY_ORGANIZATION_CONFIDENCE}, whose known words are all cities, with a word of its own beside them: a club
         * or a paper named after its city (سبارتاك موسكو، اتحاد طنجة، نيويورك بوست) is the organization, not the city
         * or its government. Not when the city carries a preposition (الثأر للزبداني) or a common phrase stands in
         * the proposal (حماه الله); below that confidence the proposals are mostly a verbal noun and a city (إعمار
         * غزة، تحرير عدن).
         */
        private boolean namedAfterCity(int i) {
            Proposal p = proposed.at(i);
            int end = proposed.endAt(i);
            if (p == null || p.type() != EntityType.ORG || end - i < 2 || p.confidence() < CITY_ORGANIZATION_CONFIDENCE) {
                return false;
            }
            boolean ownWord = false;
            for (int j = i; j < end; ) {
                NameMatch m = index.match(text, words, norm, j);
                if (m == null) {
                    ownWord = true;
                    j++;
                } else if (m.blocked() || m.endWord() > end || !m.named().isCity() || m.start() > words.get(j).start()
                        || norm.get(j).startsWith("لل")) {
                    return false;
                } else {
                    j = m.endWord();
                }
            }
            return ownWord;
        }

        /**
         * The medium whose short name ({@link #mediaByShortName}) stands alone between quote marks from word {@code i}:
         * "قال لـ«الشرق الأوسط»" speaks to the paper, not of the region, and "وبحسب «الفرنسية»" cites a wire agency
         * ({@link QuotedNames}); null when none does.
         */
        private NameMatch quotedMedium(int i) {
            NameMatch own = ownName(i);
            if (own != null) {
                return own;
            }
            int start = words.get(i).start();
            if (start == 0 || OPENING_QUOTES.indexOf(text.charAt(start - 1)) < 0 && !ownNameInBrackets(i)) {
                return null;
            }
            StringBuilder name = new StringBuilder(norm.get(i));
            for (int j = i; j < words.size() && j < i + MAX_QUOTED_MEDIUM_WORDS; j++) {
                if (j > i) {
                    if (!WordMatcher.onlySpacesBetween(text, words.get(j - 1), words.get(j))) {
                        return null;
                    }
                    name.append(' ').append(norm.get(j));
                }
                int end = words.get(j).end();
                if (end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0) {
                    NameEntry medium = name.toString().equals(publisherShortName) ? publisher
                            : text.charAt(start - 1) == '(' ? null : quotedName(name.toString());
                    boolean named = medium != null && !otherHeadBefore(i, medium);
                    return named ? new NameMatch(medium, i, j + 1, start, end, MentionKind.NAME, medium) : null;
                }
            }
            return null;
        }

        /** The medium of that short name ({@link #mediaByShortName}), else the actor of {@link QuotedNames}; or null. */
        private NameEntry quotedName(String name) {
            NameEntry medium = mediaByShortName.get(name);
            return medium != null ? medium : quotedNames.named(name);
        }

        /**
         * The publisher named at word {@code i} of its own article by its short name (the bare الجزيرة is an island
         * too, الوطن a homeland): after a word of {@link #OWN_NAME_SIGNS}, clitics aside, with at most an opening
         * bracket or quote mark between (مصادر الجزيرة، لمصادر «الجزيرة»، تلقت الجزيرة نسخة); between brackets or
         * quote marks set apart by spaces ("( الجزيرة )"); these two not after another name's head noun (وكالة
         * (الرياض) للسياحة is a travel agency); or after its own head noun, from that noun on (صحيفة الوطن in
         * Al-Watan's articles), but before a nationality adjective (صحيفة الوطن المصرية is another paper). Null when
         * none of these holds.
         */
        private NameMatch ownName(int i) {
            // asked at every word: most are neither the short name's first word nor a head noun of the publisher's
            if (ownShortNameWords.length == 0 || !norm.get(i).equals(ownShortNameWords[0])
                    && !ownHeads.contains(norm.get(i))) {
                return null;
            }
            boolean headed = ownHeads.contains(norm.get(i));
            int end = ownShortNameEnd(headed ? i + 1 : i);
            if (end < 0 || (headed ? end < words.size() && WordMatcher.isDefiniteNisba(norm.get(end))
                    : otherHeadBefore(i, publisher) || !signBeforeOwnName(i) && !apart(i, end))) {
                return null;
            }
            return new NameMatch(publisher, i, end, words.get(i).start(), words.get(end - 1).end(), MentionKind.NAME,
                    publisher);
        }

        /** The word after the publisher's short name spelt from word {@code first}, only spaces within it; else -1. */
        private int ownShortNameEnd(int first) {
            String[] parts = ownShortNameWords;
            int end = first + parts.length;
            if (first >= words.size() || end > words.size()) {
                return -1;
            }
            for (int k = 0; k < parts.length; k++) {
                if (!norm.get(first + k).equals(parts[k])
                        || k > 0 && !WordMatcher.onlySpacesBetween(text, words.get(first + k - 1), words.get(first + k))) {
                    return -1;
                }
            }
            return end;
        }

        /** Whether a word of {@link #OWN_NAME_SIGNS} stands before word {@code i}, at most an opening mark between. */
        private boolean signBeforeOwnName(int i) {
            if (i == 0 || !WordMatcher.inSomeReading(norm.get(i - 1), OWN_NAME_SIGNS::contains)) {
                return false;
            }
            String gap = text.substring(words.get(i - 1).end(), words.get(i).start()).strip();
            return gap.isEmpty() || gap.length() == 1 && OPENING_MARKS.indexOf(gap.charAt(0)) >= 0;
        }

        /** Whether brackets or quote marks stand right around words {@code i} to {@code end}, spaces aside. */
        private boolean apart(int i, int end) {
            int before = words.get(i).start() - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            int after = words.get(end - 1).end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            return before >= 0 && after < text.length() && OPENING_MARKS.indexOf(text.charAt(before)) >= 0
                    && CLOSING_QUOTES.indexOf(text.charAt(after)) >= 0;
        }

        /**
         * Whether the publisher's short name stands between brackets from word {@code i}: Saudi papers write their own
         * name so ("وقال لـ(الجزيرة)"), where another bracketed name is mostly an aside, (الرياض) the city.
         */
        private boolean ownNameInBrackets(int i) {
            if (publisherShortName == null || text.charAt(words.get(i).start() - 1) != '(') {
                return false;
            }
            int n = publisherShortName.split(" ").length;
            int last = i + n - 1;
            return last < words.size() && String.join(" ", norm.subList(i, last + 1)).equals(publisherShortName)
                    && words.get(last).end() < text.length() && text.charAt(words.get(last).end()) == ')';
        }

        /**
         * Whether the word before word {@code i} is a noun heading some other name: قناة «الجزيرة» is the channel,
         * not the paper, شركة «العربية» an airline.
         */
        private boolean otherHeadBefore(int i, NameEntry medium) {
            if (i == 0) {
                return false;
            }
            for (WordMatcher.Variant v : WordMatcher.Variant.of(norm.get(i - 1))) {
                String head = v.word().startsWith("ال") ? v.word().substring(2) : v.word();
                if ((allHeads.contains(head) || OrganizationNouns.HEADS.contains(head))
                        && !headsOf.getOrDefault(medium, Set.of()).contains(head)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the adjective at word {@code i} names a language: it or the first of a list of feminine adjectives
         * joined by و that it ends follows a noun of languages (اللغة الروسية، باللغتين العربية والإنجليزية) or
         * carries ب (بالعربية والإنجليزية: "in Arabic and English").
         */
        private boolean namesALanguage(int i) {
            int first = i;
            while (first > 0 && norm.get(first).startsWith("و")
                    && WordMatcher.inSomeReading(norm.get(first - 1), EntityTagger::isDefiniteFeminineNisba)) {
                first--;
            }
            String head = norm.get(first);
            return first > 0 && WordMatcher.inSomeReading(norm.get(first - 1), LANGUAGE_NOUNS::contains)
                    || head.startsWith("بال") && head.endsWith("ه");
        }

        /** Whether the adjective at word {@code i} follows a noun of money: دولار أمريكي، بالجنيه المصري. */
        private boolean namesACurrency(int i) {
            return i > 0 && WordMatcher.inSomeReading(norm.get(i - 1), CURRENCY_NOUNS::contains);
        }

        private boolean locative(NameMatch m) {
            int i = m.firstWord();
            if (glued(m, 'ب') || dateline(m)) {
                return true;
            }
            return i > 0 && (LOCATIVES.contains(norm.get(i - 1))
                    || WordMatcher.inSomeReading(norm.get(i - 1), PLACE_NOUNS::contains)) || amongCities(m)
                    || afterCapitalOfAdjective(i);
        }

        /** Whether word {@code i} follows العاصمة and a nationality adjective: العاصمة البريطانية لندن is the city. */
        private boolean afterCapitalOfAdjective(int i) {
            if (i < 2 || !WordMatcher.inSomeReading(norm.get(i - 2), CAPITAL_NOUNS::contains)) {
                return false;
            }
            NameMatch adjective = index.match(text, words, norm, i - 1);
            return adjective != null && !adjective.blocked() && adjective.kind() == MentionKind.ADJECTIVE
                    && adjective.endWord() == i;
        }

        /**
         * Whether the capital {@code m} is joined by و or a comma to a city or region that is no capital, after or
         * before it: "الرياض وجدة والدمام" and "أبين، صنعاء، مأرب" list places, "واشنطن وطهران" governments.
         */
        private boolean amongCities(NameMatch m) {
            int next = m.endWord();
            if (next < words.size() && (norm.get(next).startsWith("و") || commaBetween(next - 1, next))
                    && isPlainPlace(index.match(text, words, norm, next))) {
                return true;
            }
            int i = m.firstWord();
            boolean joined = glued(m, 'و') || commaBetween(i - 1, i);
            return joined && i > 0 && isPlainPlace(nameEndingAt(i));
        }

        /** Whether {@code letter} is glued in front of the name {@code m} as a clitic: بباجة، وجدة. */
        private boolean glued(NameMatch m, char letter) {
            return text.substring(words.get(m.firstWord()).start(), m.start()).indexOf(letter) >= 0;
        }

        /**
         * The known name that ends right before word {@code i}, the longest of at most {@value #MAX_LIST_PLACE_WORDS}
         * words (ريال مدريد, not مدريد; المنطقة الشرقية), or null.
         */
        private NameMatch nameEndingAt(int i) {
            for (int first = Math.max(0, i - MAX_LIST_PLACE_WORDS); first < i; first++) {
                NameMatch m = names.match(first);
                if (m != null && m.endWord() == i) {
                    return m.blocked() ? null : m;
                }
            }
            return null;
        }

        /** Whether a comma alone (with spaces) parts word {@code a} from the word after it, {@code b}. */
        private boolean commaBetween(int a, int b) {
            if (a < 0 || b >= words.size()) {
                return false;
            }
            String gap = text.substring(words.get(a).end(), words.get(b).start()).strip();
            return gap.equals("،") || gap.equals(",");
        }

        private static boolean isPlainPlace(NameMatch m) {
            return m != null && !m.blocked() && m.kind() == MentionKind.NAME
                    && ("city".equals(m.named().subtype()) || "region".equals(m.named().subtype()));
        }

        /**
         * Whether the name is followed by a dash on its line (the dateline "الرياض - واس") or comes right after one
         * within {@value #DATELINE_REACH} characters of its line's start (the dateline "عين اليوم – بيروت"، "سبق-
         * القاهرة:").
         */
        private boolean dateline(NameMatch m) {
            int before = words.get(m.firstWord()).start() - 1;
            while (before >= 0 && text.charAt(before) == ' ') {
                before--;
            }
            boolean afterDash = before >= 0 && (text.charAt(before) == '-' || text.charAt(before) == '\u2013'
                    || text.charAt(before) == '\u2014');
            if (afterDash && text.lastIndexOf('\n', before) >= before - DATELINE_REACH) {
                return true; // a dateline opens its line; "محور طهران - دمشق" further on names governments
            }
            for (int c = m.end(); c < text.length(); c++) {
                char ch = text.charAt(c);
                if (ch == '-' || ch == '\u2013' || ch == '\u2014') {
                    return true;
                }
                if (ch == '\n' || !Character.isWhitespace(ch)) {
                    return false;
                }
            }
            return false;
        }

        /**
         * {@code start}, moved past a و، ف، ب or ل glued to the first word {@code first} of a proposed name that
         * ends at {@code stop} (and past a ك glued to a person's Arabic given name, {@link #KAF}; كروجر is Krueger):
         * when that word is then a compound head (عبد، أبو، آل، أم...), in a person's name بن or ابن (وابن حبان), a
         * noun that opens the name of an organization, a facility or an administrative place (بجامعة حلوان، بالاتحاد
         * السعودي، لمنطقة الأمن الوطني), or a given name that the whole word is not (وياسر القحطاني، لستيف شايلد; not
         * وليد), or when the name without the letter stands
         * elsewhere in the text on its own (وفرانك جاكسون beside فرانك جاكسون), or when ل comes before a hamza on
         * alef in a person's or a place's name, none of which opens so (لأدولف هتلر: "by Adolf Hitler"; the titles of
         * organizations and works may: لأجلك يا وطن); and a و right after a name found so far, which joins a list
         * (غرناطة وقرطبة), but not that of a noun that opens a name itself (قابس، وزارة الصحة).
         */
        private int afterGluedProclitic(int start, int first, int stop, EntityType type) {
            String word = norm.get(first);
            if (start != words.get(first).start() || text.charAt(start) != word.charAt(0)) {
                return start;
            }
            if (word.charAt(0) == KAF) {
                return type == EntityType.PERSON && PersonNames.isNameAfterLetter(word)
                        && !PersonNames.isForeignGivenName(word.substring(1)) ? start + 1 : start;
            }
            if (PROCLITICS.indexOf(word.charAt(0)) < 0 || first + 1 < words.size()
                    && InstitutionPhrases.isLamBeforeHeadWithLam(word, norm.get(first + 1))) {
                return start; // للجنة is ل + اللجنة, which withArticle writes out, not ل + لجنة
            }
            boolean glued = PersonNames.isNameAfterLetter(word)
                    || PersonNames.COMPOUND_HEADS.contains(word.substring(1))
                    || type == EntityType.PERSON && PersonNames.PATRONYMICS.contains(word.substring(1))
                    || headsAName(word.substring(1))
                    || word.length() >= 4 && occursAsWord(text.substring(start + 1, stop), start + 1)
                    || word.length() >= 4 && word.charAt(0) == 'ل' && "أإ".indexOf(text.charAt(start + 1)) >= 0
                    && type != EntityType.ORG && type != EntityType.MISC
                    || word.length() >= 4 && word.charAt(0) == 'و' && !PersonNames.GIVEN_NAMES.containsKey(word)
                    && !headsAName(word) && afterAName(first);
            return glued ? start + 1 : start;
        }

        /**
         * Whether a name found so far ends right before word {@code w}, only spaces or a comma between: غرناطة وقرطبة،
         * "وتركي بوسهيل، وهارون الحمد".
         */
        private boolean afterAName(int w) {
            if (w == 0 || !spacesOrOneComma(words.get(w - 1).end(), words.get(w).start())) {
                return false;
            }
            int end = words.get(w - 1).end();
            for (Found f : found.values()) {
                if (!f.mentions.isEmpty() && f.mentions.get(f.mentions.size() - 1).end() == end) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the text from {@code from} to {@code to} holds only spaces and at most one comma. */
        private boolean spacesOrOneComma(int from, int to) {
            int commas = 0;
            for (int c = from; c < to; c++) {
                char ch = text.charAt(c);
                if (ch == '،' || ch == ',') {
                    commas++;
                } else if (!Character.isWhitespace(ch)) {
                    return false;
                }
            }
            return commas <= 1;
        }

        /** Whether {@code word}, with or without its article, is a noun that opens a name (جامعة، مطار، الاتحاد). */
        private static boolean headsAName(String word) {
            String noun = word.startsWith("ال") ? word.substring(2) : word;
            return OrganizationNouns.HEADS.contains(noun) || FACILITIES.isNoun(noun) || PLACE_NAME_HEADS.contains(noun);
        }

        /** Whether {@code word} stands in the text as a word of its own, other than at offset {@code except}. */
        private boolean occursAsWord(String word, int except) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (at != except && (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The country of the organization the tagger proposes from word {@code i} to {@code end} when its name opens
         * with an organization's noun and ends in a nationality adjective of one or two words, with nothing known
         * between (منظمة التحرير الفلسطينية is an organization of Palestine, not a mention of Palestine by an
         * adjective; وزارة الدفاع الكورية الجنوبية South Korea's); else null.
         */
        private String organizationCountry(int i, int end) {
            Proposal p = proposed.at(i);
            if (p.type() != EntityType.ORG || end - i < 3 || !WordMatcher.inSomeReading(norm.get(i), Pass::headsAName)) {
                return null;
            }
            NameMatch adjective = adjectiveEnding(i + 1, end);
            return adjective == null || !noKnownNameWithin(i + 1, adjective.firstWord(), p) ? null
                    : adjective.entry().country();
        }

        /**
         * Whether the tagger proposes from word {@code i} a person whose name is a given name and a known person's
         * full name after it, itself opening with a given name: the known person's son or daughter, named after the
         * father as Arabic names are (أحمد علي عبد الله صالح is Saleh's son), not the father. Not before a known
         * surname alone (فرانك شتاينماير is Steinmeier himself).
         */
        private boolean childOfKnown(int i) {
            Proposal p = proposed.at(i);
            int end = proposed.endAt(i);
            int father = i + 1;
            if (p.type() != EntityType.PERSON || father >= end || !givenName(i)) {
                return false;
            }
            NameMatch m = index.match(text, words, norm, father);
            return m != null && !m.blocked() && m.kind() == MentionKind.NAME && m.entry().type() == EntityType.PERSON
                    && m.start() == words.get(father).start() && m.endWord() == end && m.endWord() - father >= 2
                    && givenName(father);
        }

        /**
         * Whether no known name stands in proposal {@code p} from its word {@code from} to {@code end}, but a
         * {@link #bareAdjective} after a person's given name, or a {@link #familyNisba} or the name of {@link
         * #anotherOfTheFamily} right after it, or a family nisba that ends a person's lineage ({@link #lineage}).
         */
        private boolean noKnownNameWithin(int from, int end, Proposal p) {
            boolean afterGivenName = p.type() == EntityType.PERSON && givenName(from - 1);
            boolean lineage = p.type() == EntityType.PERSON && lineage(from - 1, end - 1);
            for (int j = from; j < end; j++) {
                NameMatch m = index.match(text, words, norm, j);
                if (m != null && !m.blocked() && !(afterGivenName && (bareAdjective(m, j)
                        || j == from && (anotherOfTheFamily(m, j) || familyNisba(m, j, end) || agedFamilyName(m, end))))
                        && !(lineage && familyNisba(m, j, end))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the known name {@code m} right after a given name ends the proposal there, at word {@code end}, and an
         * age in brackets follows it ({@link AgedNames}): a family name, since news gives persons their age
         * (توماس سوريه (20 عاما) is no Syria).
         */
        private boolean agedFamilyName(NameMatch m, int end) {
            return m.endWord() == end && AgedNames.ageAt(text, words.get(end - 1).end());
        }

        /**
         * Whether a name and its father's, joined by بن، ابن or بنت, stand from word {@code first} to before word {@code end}:
         * a definite nationality adjective after such a lineage is the family's nisba (عبدالله بن عبدالمحسن التركي),
         * since an adjective qualifies a noun, and a lineage ends with the family name.
         */
        private boolean lineage(int first, int end) {
            for (int k = first + 1; k + 1 < end; k++) {
                if (PersonNames.PATRONYMICS.contains(norm.get(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the known city {@code m} at word {@code i}, one word that is also a known club's short name (or
         * clubs', مانشستر), is the club: in an article about sport ({@link ClubShortNames#aboutSport}) or a sentence
         * of sport ({@link #sportInSentence}) it is ("سجل ركلة الترجيح الحاسمة لروما" is AS Roma, not Rome standing
         * for Italy's government; "ريال مدريد وبرشلونة"), where the tagger proposes those very words as any type but
         * MISC (a player's club, وكان ميلان, is often read as a person) or nothing there, but in a city's context
         * ({@link #inCitysContext}: في روما، مدينة برشلونة، روما الإيطالية). The mention then goes to the club with the
         * other short names ({@link #shortOrganizationNames}).
         */
        private boolean clubNamedAsItsCity(NameMatch m, int i) {
            Proposal p = proposed.at(i);
            NameEntry place = m.named() != null ? m.named() : m.entry();
            if (place == null || !place.isCity() || m.kind() != MentionKind.NAME && m.kind() != MentionKind.METONYM
                    || m.endWord() != i + 1) {
                return false;
            }
            boolean ownProposal = p != null && p.type() != EntityType.MISC && proposed.endAt(i) == i + 1;
            if (!ownProposal && (p != null || proposed.within(i))) {
                return false;
            }
            String name = nameOf(m);
            boolean readAsName = ownProposal && p.type() != EntityType.LOC;
            boolean club = clubs.isShortNameOfSome(name) && !inCitysContext(i, m, place, readAsName)
                    && (aboutSport() || sportInSentence(i));
            if (club) {
                citiesLeftToClubs.add(name);
            }
            return club;
        }

        /**
         * Whether the city {@code place} at word {@code i} stands where a city does: after a word of {@link
         * #CITY_WORDS}, {@link #PLACE_NAME_HEADS} (ولاية باجة) or {@link #PLACE_NOUNS} but وسط and قلب, which sport
         * writes of a team's midfield and heart (في نجران، تعليم نجران; not لاعب وسط برشلونة), or with a glued ب
         * (بباجة), unless the tagger reads the word as an organization's or a person's name ({@code readAsName}: اللعب
         * في برشلونة); before its country's feminine nisba (برشلونة الإسبانية), not the masculine one, which is the
         * club's even after في (زميله في ليفربول الإنجليزي); or glued to و after another city's or region's name that
         * is no club's ({@link #isPlainPlace}: عسير وجازان ونجران; not ريال مدريد وبرشلونة، هداف إسبانيا وبرشلونة).
         */
        private boolean inCitysContext(int i, NameMatch m, NameEntry place, boolean readAsName) {
            NameMatch after = i + 1 < norm.size() ? names.match(i + 1) : null;
            if (after != null && !after.blocked() && after.kind() == MentionKind.ADJECTIVE && place.country() != null
                    && place.country().equals(after.entry().country())) {
                return norm.get(i + 1).endsWith("يه");
            }
            if (!readAsName && glued(m, 'ب')) {
                return true; // بباجة "in Beja", as في باجة
            }
            if (i == 0) {
                return false;
            }
            if (!readAsName && WordMatcher.inSomeReading(norm.get(i - 1), w -> CITY_WORDS.contains(w)
                    || PLACE_NAME_HEADS.contains(w) || PLACE_NOUNS.contains(w) && !TEAM_PLACE_NOUNS.contains(w))) {
                return true;
            }
            NameMatch before = glued(m, 'و') ? nameEndingAt(i) : null;
            return isPlainPlace(before) && !clubs.isShortName(nameOf(before));
        }

        /**
         * Whether the known city or region {@code m} at word {@code i}, one definite feminine nisba, follows a definite
         * noun with only spaces between: it is the noun's adjective (القصائد النبطية are Nabati poems, المصالح
         * الديوانية the customs services), not the place, unless the noun is a place's (المدينة، الولاية). The article
         * is the noun's own, a و glued before it aside (الحراسة والتفتيشات الديوانية): لاعبي الدرعية are the club's
         * players, والي المهدية the governor; على سبيل المثال introduces an example.
         */
        private boolean adjectiveOfNounBefore(NameMatch m, int i) {
            if (i == 0 || m.endWord() != i + 1 || !isPlainPlace(m) || !isDefiniteFeminineNisba(norm.get(i))) {
                return false;
            }
            String before = norm.get(i - 1);
            String noun = before.startsWith("وال") && !before.equals("والي") ? before.substring(1) : before;
            return noun.startsWith("ال") && !WordMatcher.isDefiniteNisba(noun) && !noun.equals("المثال")
                    && ProposalBounds.followsDefiniteNoun(text, words.get(i - 1), words.get(i), before)
                    && !isPlaceNoun(noun.substring(2));
        }

        private static boolean isPlaceNoun(String word) {
            return PLACE_NAME_HEADS.contains(word) || PLACE_NOUNS.contains(word) || CITY_WORDS.contains(word);
        }

        /** The known name {@code m} as written, its clitics left out, normalized. */
        private String nameOf(NameMatch m) {
            return ArabicNormalizer.normalize(text.substring(m.start(), m.end()));
        }

        /**
         * Whether the known person's one-word name {@code m} at word {@code i} is borne by someone else: as the
         * family name of a longer person's name the tagger proposes from there, a particle of foreign names after it
         * (كاميرون فان دير بورج), or after a nationality adjective of another country than the person's (البرازيلي
         * رونالدو is not Cristiano). The tagger's proposals run on after a known name too often (أوباما موهوما) for a
         * longer proposal alone to tell.
         */
        private boolean anotherBearer(NameMatch m, int i) {
            if (m.entry().type() != EntityType.PERSON || m.endWord() != i + 1) {
                return false;
            }
            Proposal p = proposed.at(i);
            boolean longerName = p != null && p.type() == EntityType.PERSON && proposed.endAt(i) > i + 1
                    && NAME_PARTICLES.contains(norm.get(i + 1));
            return longerName || i > 0 && WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))
                    && adjectiveOfAnotherCountry(m, i);
        }

        /**
         * Whether the known name {@code m} at word {@code i} is a place's of one word without the article, no clitic
         * glued to it, as a foreigner's family name may be (ليون، فيرجسون): where the article has named a known person
         * of that family name before, it is his ({@link #surname(int, Predicate)}; a name the tagger proposed may be
         * a phrase, تحالف قبائل مأرب).
         */
        private boolean placeNamedAsFamilyName(NameMatch m, int i) {
            EntityType type = m.entry().type();
            return (type == EntityType.GPE || type == EntityType.LOC) && m.kind() == MentionKind.NAME
                    && m.endWord() == i + 1 && m.start() == words.get(i).start() && !norm.get(i).startsWith("ال");
        }

        /**
         * Gives each mention that opens a quote mark inside it and ends right before the mark that closes it that mark
         * too (صحيفة «الرياض» rather than صحيفة «الرياض), and each that closes a mark opened right before it that
         * mark («حزب الله» اللبناني), so that the marks pair up, however the mention was found.
         */
        void pairQuoteMarks() {
            for (Found f : found.values()) {
                f.mentions.replaceAll(m -> {
                    int end = NameIndex.pairedEnd(text, m.start(), m.end());
                    int start = end == m.end() && m.start() > 0 && closesMarkOpenedAt(m, text.charAt(m.start() - 1))
                            ? m.start() - 1 : m.start();
                    return end == m.end() && start == m.start() ? m : Mention.of(text, start, end, m.kind());
                });
            }
        }

        /**
         * Whether {@code m} holds a quote mark that closes the mark {@code before} right before it opened: «حزب الله»
         * اللبناني, "حزب الله" اللبناني, and the closing mark written on both sides: ”حزب الله”.
         */
        private boolean closesMarkOpenedAt(Mention m, char before) {
            int opened = 0;
            int straight = 0;
            for (int k = m.start(); k < m.end(); k++) {
                char c = text.charAt(k);
                if (c == '«' || c == '“') {
                    opened++;
                } else if ((c == '»' || c == '”') && opened-- == 0) {
                    return before == '«' || before == '“' || before == c; // ”حزب الله”: one mark both ways
                } else if (c == '"') {
                    straight++;
                }
            }
            return before == '"' && straight % 2 == 1;
        }

        /**
         * Whether the known one-word name {@code m} at word {@code i}, no clitic glued to it, is a family name after
         * the given name right before it, with only spaces between: a person's after a given name that is no word of
         * that person's own name (منصور هادي is Hadi; بشرى الأسد is Bashar's sister, a person of her own), and a
         * city's, capital's or region's after a foreigner's given name (أليكس فيرجسون is the coach, not Ferguson,
         * Missouri); not an Arab's, whose verb's object may follow him (زار خالد لندن), nor one that is far more
         * often a common word (جو الرياض "Riyadh's weather"), nor one inside a longer proposal (ريد بول سالزبورغ, a
         * club).
         */
        private boolean familyNameAfterOtherGivenName(NameMatch m, int i) {
            if (m.endWord() != i + 1 || i == 0 || m.start() != words.get(i).start()
                    || !WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
                return false;
            }
            String given = norm.get(i - 1);
            if (m.entry().type() != EntityType.PERSON) {
                return isPlaceByName(m) && PersonNames.isForeignGivenName(given)
                        && !PersonNames.isCommonWordAlone(given) && !proposed.runsFromBefore(i - 1, i);
            }
            return PersonNames.givenNameBeforeAName(given) && anotherOfTheFamily(m, i) && !wordOfOwnName(m, given);
        }

        /** Whether {@code m} names a city, capital or region by its name, a capital's country by metonym too. */
        private static boolean isPlaceByName(NameMatch m) {
            return !m.blocked() && m.kind() != MentionKind.ADJECTIVE && m.named().subtype() != null
                    && PLACE_SUBTYPES.contains(m.named().subtype());
        }

        /**
         * The first word of the child's name, or -1, where the known person's name {@code m} of two words or more at
         * word {@code i}, opening with a given name, follows another given name with only spaces between: the
         * father's name and the family's in a son's or daughter's name (أحمد علي عبدالله صالح is Saleh's son, عبدالله
         * أحمد عسيري not Ahmed Asiri), as {@link #childOfKnown} where the tagger proposes the whole name. Not after a
         * given name that is far more often another word there (باسم "in the name of"), nor one of the person's own
         * name; a given name of two words ending in الدين counts as one (محيي الدين صالح كامل), without a clitic on its
         * first word.
         */
        private int childNameStart(NameMatch m, int i) {
            if (m.entry().type() != EntityType.PERSON || m.endWord() - i < 2 || i == 0
                    || m.start() != words.get(i).start()
                    || !(givenName(i) || PersonNames.isJoinedServantName(norm.get(i)))
                    || !WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
                return -1;
            }
            String before = norm.get(i - 1);
            if (wordOfOwnName(m, before)) {
                return -1;
            }
            if (PersonNames.opensWithAGivenName(before) && !PersonNames.isCommonWordAlone(before)) {
                return i - 1;
            }
            boolean compound = i > 1 && WordMatcher.onlySpacesBetween(text, words.get(i - 2), words.get(i - 1))
                    && PersonNames.compoundGivenNameHead(norm.get(i - 2), before) == 0;
            return compound ? i - 2 : -1;
        }

        /** Whether the normalized {@code word} is a word of the canonical name of {@code m}'s person. */
        private static boolean wordOfOwnName(NameMatch m, String word) {
            return List.of(ArabicNormalizer.normalize(m.entry().nameAr()).split(" ")).contains(word);
        }

        private boolean adjectiveOfAnotherCountry(NameMatch m, int i) {
            NameMatch before = index.match(text, words, norm, i - 1);
            String country = m.entry().country();
            return country != null && before != null && !before.blocked() && before.kind() == MentionKind.ADJECTIVE
                    && before.endWord() == i && before.entry().kb() != null && !before.entry().kb().equals(country);
        }

        /**
         * Whether the known person's one-word name {@code m} at word {@code j} follows a given name other than the
         * person's own (one that neither begins the other, spellings differing at the end): the family name of
         * someone else (جيمس كاميرون is not David Cameron, حافظ الأسد not Bashar).
         */
        private boolean anotherOfTheFamily(NameMatch m, int j) {
            if (m.entry().type() != EntityType.PERSON || m.endWord() != j + 1) {
                return false;
            }
            String[] name = ArabicNormalizer.normalize(m.entry().nameAr()).split(" ");
            String own = name.length > 1 && ProposalBounds.isTitle(name[0]) ? name[1] : name[0];
            String given = norm.get(j - 1);
            return !own.startsWith(given) && !given.startsWith(own); // نيكولا مادورو is Nicolás Maduro all the same
        }

        /**
         * Whether {@code m} at word {@code i} is a definite nationality adjective of one word right after a verb that
         * opens on who speaks or acts (وقال التركي، وأوضح المصري): an adjective qualifies a noun, and none stands
         * before it, so it is a noun there, the family name of a person when one named before bears it.
         */
        private boolean familyNameAfterVerb(NameMatch m, int i) {
            return m.kind() == MentionKind.ADJECTIVE && m.endWord() == i + 1 && i > 0
                    && WordMatcher.isDefinite(norm.get(i)) && ProposalBounds.isVerbBeforeAName(norm.get(i - 1))
                    && WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i));
        }

        /**
         * For a definite masculine nationality adjective alone after a verb of who speaks or acts that no person named
         * before bears as a family name (وقال الفرنسي إن: "the Frenchman said"): a nominal mention of the person of that
         * country named last before it, where the knowledge base gives one (the coach named with his country before);
         * true either way, since a person speaks there, not the country. Not the feminine, which is an agency too
         * (وقالت الفرنسية: AFP), nor the plural, which is the people.
         */
        private boolean nationalNominal(NameMatch m, int i) {
            if (!norm.get(i).endsWith("ي")) {
                return false;
            }
            String country = countryOf(m.entry());
            Found person = null;
            for (Found f : found.values()) {
                if (f.type == EntityType.PERSON && country.equals(f.country()) && f.lastWord < i
                        && (person == null || f.lastWord > person.lastWord)) {
                    person = f;
                }
            }
            if (person != null) {
                person.add(Mention.of(text, words.get(i).start(), words.get(i).end(), MentionKind.NOMINAL), NOMINAL_CONFIDENCE, i);
            }
            return true;
        }

        /** The country of a nationality adjective's entry: its own country, or itself where it is one. */
        private static String countryOf(NameEntry adjective) {
            return adjective.country() != null ? adjective.country() : adjective.kb();
        }

        /**
         * Whether {@code m} at word {@code j} is a definite nationality adjective that alone follows a given name in a
         * person's name the tagger or a role proposes, to end at {@code end}: a family name (منصور التركي، محمد
         * المصري), since an adjective qualifies the noun before it and a given name takes none.
         */
        private boolean familyNisba(NameMatch m, int j, int end) {
            return m.kind() == MentionKind.ADJECTIVE && m.endWord() == j + 1 && j + 1 == end
                    && WordMatcher.isDefinite(norm.get(j));
        }

        /**
         * Whether {@code m} at word {@code j} is a nationality adjective without the article: inside a person's
         * name the tagger proposes, after a given name or as a given name before a family name, it is a name (خالد
         * مغربي, not Moroccan; تركي الخضير is Turki), since an adjective that qualifies a name takes the article.
         * Not a proposal of such an adjective alone or after a common noun, which the tagger makes too (إيراني،
         * شابان سعوديان، مرشد سياحي تركي).
         */
        private boolean bareAdjective(NameMatch m, int j) {
            return m.kind() == MentionKind.ADJECTIVE && !WordMatcher.isDefinite(norm.get(j));
        }

        /**
         * Whether the name that starts at {@code start}, in word {@code first}, comes right after a noun of {@value
         * #MEDIA_NOUNS_FILE} (صحيفة، قناة، وكالة), spaces and an opening quote mark or bracket alone between: a medium's
         * name, an organization's (صحيفة كوريرو دالو سبورت, read as a person; قناة «تليموندو», as a product).
         */
        private boolean afterMediaNoun(int first, int start) {
            if (first == 0 || !WordMatcher.inSomeReading(norm.get(first - 1), MEDIA_NOUNS::contains)) {
                return false;
            }
            for (int i = words.get(first - 1).end(); i < start; i++) {
                if (!Character.isWhitespace(text.charAt(i)) && "«\"“(".indexOf(text.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether words {@code first} to {@code end} fill the quote marks or brackets right after a word of {@value
         * #WORK_NOUNS_FILE}, only the opening mark between: a work's title (فيلم «بيردمان»، برنامج (ذي ديلي شو)).
         */
        private boolean workTitle(int first, int end) {
            // the marks first: they rule out nearly every name, and the test runs for each known name and proposal
            return first > 0 && apart(first, end)
                    && text.substring(words.get(first - 1).end(), words.get(first).start()).strip().length() == 1
                    && WordMatcher.inSomeReading(norm.get(first - 1), WORK_NOUNS::contains);
        }

        /** Whether word {@code w} is a given name, a و، ف، ب or ل glued to it aside (وتركي). */
        private boolean givenName(int w) {
            String word = norm.get(w);
            return PersonNames.GIVEN_NAMES.containsKey(word) || PersonNames.isGivenNameAfterLetter(word);
        }

        /**
         * The proposal {@code p} over words {@code first} to {@code end} as an entity of {@code country} (or null), which
         * the nationality adjective that ends an organization's name gives. A person's name in Latin letters that opens
         * with no given name is a product's or a work's (Oculus Rift, Pocket Edition): the tagger, trained on Arabic,
         * reads most Latin words of Arabic news as names. The name is written without tatweel (عـارف الــشـمـري is
         * عارف الشمري; the mention keeps it), and a clitic drawn out alone (بـ، الـ) is none.
         */
        private void proposal(Proposal p, int first, int end, String country) {
            proposal(p, first, end, country, null);
        }

        /** As {@link #proposal(Proposal, int, int, String)}, a person named {@code personEnglish} when not null. */
        private void proposal(Proposal p, int first, int end, String country, String personEnglish) {
            if (p.type() == EntityType.PERSON && end == first + 2 && compoundSurname(first) > 0) {
                return; // أبو صالح after أمل أبو صالح
            }
            int stop = Math.min(p.end(), words.get(end - 1).end());
            int start = afterGluedProclitic(Math.max(p.start(), words.get(first).start()), first, stop, p.type());
            String name = withArticle(text.substring(start, stop), p.type()).replace(String.valueOf(ArabicNormalizer.TATWEEL), "");
            if (ArabicNormalizer.normalize(name).length() < 2 || name.equals("ال")) {
                return; // "بـ" or "الـ" drawn out before quotation marks: a clitic, no name
            }
            EntityType type = afterMediaNoun(first, start) ? EntityType.ORG
                    : workTitle(first, end) ? EntityType.MISC
                    : p.type() == EntityType.PERSON && PersonNames.isLatinNameOfNoPerson(name) ? EntityType.MISC : p.type();
            NameEntry known = type == EntityType.PERSON && end == first + 1 ? surnameOfCountry(first, name) : null;
            if (known != null) {
                found.computeIfAbsent(known, e -> Found.of(known))
                        .add(Mention.of(text, start, stop, MentionKind.NAME), VARIANT_CONFIDENCE, first);
                return;
            }
            String key = type + ":" + ArabicNormalizer.normalize(name);
            Found f = found.computeIfAbsent(key, k -> Found.proposed(type, name,
                    type == EntityType.PERSON ? personEnglish : englishOfName(first, end, country, name), country));
            f.add(Mention.of(text, start, stop, MentionKind.NAME), p.confidence(), first);
            rememberSurname(f, first, end);
        }

        /**
         * The known person that the one-word {@code name} at word {@code w} names: a family name right after a
         * definite nationality adjective (المهاجم الفنزويلي ريفاس، المدرب السويسري غروس) that one known person of that
         * country bears, and no given name; null when none or several do.
         */
        private NameEntry surnameOfCountry(int w, String name) {
            NameMatch adjective = adjectiveEnding(Math.max(w - 3, -1), w);
            String surname = ArabicNormalizer.normalize(name);
            if (adjective == null || PersonNames.GIVEN_NAMES.containsKey(surname)) {
                return null;
            }
            List<NameEntry> bearers = bySurnameAndCountry.get(surname + " " + countryOf(adjective.entry()));
            return bearers != null && bearers.size() == 1 ? bearers.get(0) : null;
        }

        /**
         * The name of a proposal written with ل before its article, whose alef the script drops: للشيشان is ل +
         * الشيشان, للحرب الباردة names الحرب الباردة (the mention keeps the whole word); but ل + a name starting with
         * ل when the text writes that name alone and never the article's reading (لليفربول beside ليفربول, no
         * اليفربول); and ل + an institution's definite head that opens with ل, its adjective after it (للجنة الوطنية
         * names اللجنة الوطنية). A person's name only when its first word so read is a given name (للشاذلي العرفاوي
         * names الشاذلي العرفاوي).
         */
        private String withArticle(String name, EntityType type) {
            int space = name.indexOf(' ');
            String first = space < 0 ? name : name.substring(0, space);
            if (!first.startsWith("لل") || first.length() <= 4) {
                return name;
            }
            if (type == EntityType.PERSON) {
                return PersonNames.isLamBeforeDefiniteGivenName(ArabicNormalizer.normalize(first))
                        ? "ال" + name.substring(2) : name;
            }
            String[] twoWords = ArabicNormalizer.normalize(name).split(" ", 3);
            if (twoWords.length > 1 && InstitutionPhrases.isLamBeforeHeadWithLam(twoWords[0], twoWords[1])) {
                return "ال" + name.substring(1); // للجنة الوطنية is ل + اللجنة الوطنية
            }
            boolean lamName = occursAsWord(first.substring(1), -1) && !occursAsWord("ال" + first.substring(2), -1);
            return lamName ? name.substring(1) : "ال" + name.substring(2);
        }

        /**
         * A person's name right before a blessing said of one person alone ({@link BlessedNames}) names that person,
         * and so does a given name there that no name covers, a letter glued to it aside: "وسنة نبيه محمد صلى الله عليه
         * وسلم" is the Prophet's.
         */
        void blessedNames() {
            if (!blessed.mayOccurIn(text, norm)) {
                return;
            }
            boolean moved = false;
            for (Found f : List.copyOf(found.values())) {
                if (f.type != EntityType.PERSON) {
                    continue;
                }
                boolean left = false;
                for (Mention m : List.copyOf(f.mentions)) {
                    NameEntry person = m.kind() == MentionKind.NAME ? blessed.after(text, m.end()) : null;
                    if (person != null && person != f.entry) {
                        found.computeIfAbsent(person, e -> Found.of((NameEntry) e)).take(List.of(m), NAME_CONFIDENCE);
                        f.mentions.remove(m);
                        left = true;
                    }
                }
                if (left && f.mentions.isEmpty()) {
                    found.values().remove(f);
                }
                moved |= left;
            }
            boolean[] covered = null;
            for (int i = 0; i < words.size(); i++) {
                if (blessed.blessingStart(text, words.get(i).end()) < 0) {
                    continue; // most words: no blessing follows
                }
                covered = covered == null ? coveredWords() : covered;
                NameEntry person = covered[i] ? null : blessedGivenName(i);
                if (person != null) {
                    int clitic = PersonNames.GIVEN_NAMES.containsKey(norm.get(i)) ? 0 : 1; // ومحمد
                    int start = WordMatcher.skipLetters(text, words.get(i).start(), clitic);
                    found.computeIfAbsent(person, e -> Found.of((NameEntry) e))
                            .take(List.of(Mention.of(text, start, words.get(i).end(), MentionKind.NAME)), NAME_CONFIDENCE);
                    moved = true;
                }
            }
            if (moved) {
                inFirstMentionOrder();
            }
        }

        /** The person the blessing right after word {@code i} names when the word is a given name, else null. */
        private NameEntry blessedGivenName(int i) {
            return givenName(i) ? blessed.after(text, words.get(i).end()) : null;
        }

        /**
         * Joins a proposed person's name of two words or more to the one longer person's name met before it that
         * it shortens, as its first words (سلطان بن سلمان of سلطان بن سلمان بن عبد العزيز) or, of two words, as its
         * first and last (علي صالح of علي عبد الله صالح); only to a known person or one named more than once, since
         * a longer proposal met once may be the tagger running on past the name (وليد المعلم قوله). A pair opening
         * with a compound head (عبد الله) is a given name, shortening nothing.
         */
        void joinShortNames() {
            Map<Found, List<String>> people = new LinkedHashMap<>();
            found.values().stream().filter(f -> f.type == EntityType.PERSON).forEach(f -> people.put(f, f.nameWords()));
            boolean added = false;
            for (Found shorter : List.copyOf(people.keySet())) {
                List<String> words = people.get(shorter);
                if (shorter.entry != null || words.size() < 2 || PersonNames.COMPOUND_HEADS.contains(words.get(0))) {
                    continue;
                }
                Found longer = null;
                for (Map.Entry<Found, List<String>> other : people.entrySet()) {
                    Found f = other.getKey();
                    if (f != shorter && shortens(words, other.getValue()) && before(f, shorter)
                            && (f.entry != null || f.mentions.size() > 1)) {
                        if (longer != null) {
                            longer = null;
                            break;
                        }
                        longer = f;
                    }
                }
                if (longer == null && !goesOnWithAFamilyName(shorter)) {
                    NameEntry known = knownPersonOfTheArticlesCountries(words);
                    longer = known == null ? null : found.computeIfAbsent(known, e -> Found.of((NameEntry) e));
                    added |= longer != null;
                }
                if (longer != null && found.values().remove(shorter)) {
                    people.remove(shorter);
                    longer.take(shorter.mentions, shorter.confidence);
                }
            }
            if (added) {
                inFirstMentionOrder();
            }
        }

        /**
         * Links each name the knowledge base lacks that spells a known name another way ({@link SpellingVariants}:
         * أنجيلا ميريكل is Angela Merkel) to that entity, with the confidence of a guess; and joins a name the base
         * lacks to the one spelt otherwise before it (أريانا هافنغتون after أريانا هافينغتون).
         */
        void joinSpellingVariants() {
            boolean added = false;
            Map<String, List<Found>> unknown = new HashMap<>();
            for (Found f : List.copyOf(found.values())) {
                String normalized = f.entry == null && f.homonym == null ? SpellingVariants.normalized(f.name) : null;
                String key = normalized == null ? null : SpellingVariants.keyOfNormalized(f.type, normalized);
                if (key == null) {
                    continue;
                }
                NameEntry known = variants.entryOf(key, normalized);
                Found earlier = known != null ? found.computeIfAbsent(known, e -> Found.of((NameEntry) e))
                        : unknown.getOrDefault(key, List.of()).stream()
                        .filter(u -> u.type == f.type && SpellingVariants.sameName(f.type, u.name, f.name))
                        .findFirst().orElse(null);
                if (earlier != null && found.values().remove(f)) {
                    earlier.take(f.mentions, known != null ? VARIANT_CONFIDENCE : f.confidence);
                    added = true;
                } else {
                    unknown.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                }
            }
            if (added) {
                inFirstMentionOrder();
            }
        }

        /**
         * Joins a one-word person the knowledge base lacks to the one person named before it whose family name it
         * spells another way ({@link SpellingVariants#sameSurname}): الزرقوني after حسن الزروقوني, الدرويش after نجيب
         * درويش, ارودغان after رجب طيب أردوغان; failing one, to the one known person named only after it with that
         * family name, as the article's lead often names him shortly first ("المدرب السويسري جروس" before كريستيان
         * جروس, "مخازن القذافي" before معمر القذافي), but not by a given name (سلمان، سعود: a child named after the
         * king).
         */
        void joinSurnameSpellings() {
            List<Found> people = found.values().stream().filter(f -> f.type == EntityType.PERSON).toList();
            for (Found alone : people) {
                List<String> word = alone.nameWords();
                if (alone.entry != null || alone.homonym != null || word.size() != 1) {
                    continue;
                }
                Found named = null;
                for (Found f : people) {
                    List<String> words = f.nameWords();
                    if (f != alone && before(f, alone) && PersonNames.lastWordStandsAlone(words)
                            && SpellingVariants.sameSurname(word.get(0), words.get(words.size() - 1))) {
                        if (named != null) {
                            named = null; // two persons of that family: neither
                            break;
                        }
                        named = f;
                    }
                }
                if (named == null && !PersonNames.GIVEN_NAMES.containsKey(word.get(0))) {
                    named = knownPersonNamedAfter(alone, word.get(0), people); // a family name, not سلمان
                }
                if (named != null && found.values().remove(alone)) {
                    named.take(alone.mentions, alone.confidence);
                }
            }
        }

        /**
         * The one person named after {@code alone} whose family name is {@code word}, when that person is known to the
         * knowledge base and no other person of the article bears that family name; else null. The family name is the
         * last word of the person's name or of a mention of two words or more (كريستيان جروس of Christian Gross).
         */
        private Found knownPersonNamedAfter(Found alone, String word, List<Found> people) {
            Found named = null;
            for (Found f : people) {
                if (f == alone || !bearsFamilyName(f, word)) {
                    continue;
                }
                if (named != null || f.entry == null || before(f, alone)) {
                    return null;
                }
                named = f;
            }
            return named;
        }

        /** Whether the person {@code f} bears the family name {@code word}, normalized, by name or by a mention. */
        private boolean bearsFamilyName(Found f, String word) {
            List<String> words = f.nameWords();
            if (words.size() > 1 && SpellingVariants.sameSurname(word, words.get(words.size() - 1))) {
                return true;
            }
            for (Mention m : f.mentions) {
                String[] mentioned = SPACES.split(ArabicNormalizer.normalize(m.text()).strip());
                if (mentioned.length > 1 && mentioned[mentioned.length - 1].equals(word)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The one known person whose name, of three words or more, opens and ends with the two {@code words}, when the
         * article names that person's country: علي صالح in an article about Yemen is Ali Abdullah Saleh; else null.
         */
        private NameEntry knownPersonOfTheArticlesCountries(List<String> words) {
            List<NameEntry> candidates = words.size() == 2 ? byFirstAndLast.get(words.get(0) + " " + words.get(1)) : null;
            if (candidates == null || candidates.size() != 1 || found.containsKey(candidates.get(0))) {
                return null;
            }
            NameEntry person = candidates.get(0);
            return person.country() != null && countryMentions().containsKey(person.country()) ? person : null;
        }

        /**
         * Whether a definite word follows a mention of {@code f} with only spaces between: its family name, cut off
         * (not إلى, which normalizes to الي, nor a relative).
         */
        private boolean goesOnWithAFamilyName(Found f) {
            for (Mention m : f.mentions) {
                int last = ProposedWords.firstWordEndingAfter(words, m.end() - 1);
                if (beforeDefiniteWord(last) && norm.get(last + 1).length() > 3 && !RELATIVES.contains(norm.get(last + 1))) {
                    return true;
                }
            }
            return false;
        }

        /** Reorders the entities found by their first mention, those without one last. */
        /**
         * Where the name of {@link Homonyms} at word {@code i} ends, the name then standing as an entity the
         * knowledge base lacks until {@link #homonyms} tells which entity the article means (of the country of a
         * nationality adjective right after it, or of a country named right after it with ب or في, or the late
         * candidate's beside words that say its bearer has died, {@link #lateCountry}, if any); else
         * -1. Not where the tagger proposes a longer name, and a person's name only where the tagger proposes it as
         * a person, with or without the title it opens with (الملك عبدالله، والملك عبدالله: و opens the next of a
         * list), and it is no surname of a person named
         * before; a person's name after a facility's noun names the facility (مستشفى الملك عبدالله).
         */
        private int homonym(int i) {
            WordMatcher.Hit<String> hit = homonyms.isEmpty() ? null : homonyms.match(text, words, norm, i);
            if (hit == null || proposed.endAt(i) > hit.endWord() || index.hasNameAt(text, words, norm, i, hit.endWord())) {
                return -1; // the knowledge base's own names are found by the index, guards and all
            }
            boolean person = homonyms.typeOf(hit.value()) == EntityType.PERSON;
            // الملك عبدالله: the tagger proposes the name with its title or after it, and a longer one is another man's
            boolean titled = person && hit.endWord() - i > 1
                    && (ProposalBounds.isTitle(norm.get(i)) || ProposalBounds.isTitleAfterWaw(norm.get(i)));
            int nameWord = titled && proposed.at(i) == null ? i + 1 : i;
            Proposal p = proposed.at(nameWord);
            if (person && (p == null || p.type() != EntityType.PERSON || proposed.endAt(nameWord) > hit.endWord()
                    || surnames.containsKey(hit.value()))) {
                return -1; // صالح is a word as often, and after بكري حسن صالح it is he
            }
            int afterFacility = person ? facility(i, hit.endWord(), false) : -1;
            if (afterFacility >= 0) {
                return afterFacility; // مستشفى الملك عبدالله names the hospital
            }
            String country = adjectiveCountryAt(hit.endWord());
            country = country != null ? country : countryNamedAt(hit.endWord());
            country = country != null ? country : lateCountry(hit, i);
            int first = titled ? i + 1 : i; // the title is a role, as before a known name (الملك سلمان)
            int start = titled ? words.get(first).start() : hit.start();
            String surface = text.substring(start, hit.end());
            // ل + ال writes لل (للبنك المركزي): the name is written with its article
            String name = surface.startsWith("لل") && !ArabicNormalizer.normalize(surface).equals(hit.value())
                    ? "ال" + surface.substring(2) : surface;
            String key = "homonym:" + hit.value() + ":" + country;
            Found f = found.get(key);
            if (f == null) {
                String english = homonyms.englishOf(hit.value());
                if (english == null && !person) {
                    // وزارة التربية والتعليم: Ministry of Education
                    english = organizationEnglish(text, words, norm, first, hit.endWord());
                }
                f = Found.proposed(homonyms.typeOf(hit.value()), name, english, country);
                f.unlessKnown = true;
                f.homonym = hit.value();
                found.put(key, f);
            }
            f.unlessKnown &= proposed.at(nameWord) == null;
            f.add(Mention.of(text, start, hit.end(), MentionKind.NAME), HOMONYM_CONFIDENCE, first);
            return hit.endWord();
        }

        /**
         * The country of the person who has died that the homonym {@code hit} at word {@code i} means where words
         * beside it say so ({@link Homonyms#lateMeant}: الملك عبدالله رحمه الله), or null.
         */
        private String lateCountry(WordMatcher.Hit<String> hit, int i) {
            NameEntry late = homonyms.lateMeant(hit.value(), text, words, norm, i, hit.endWord());
            return late == null ? null : late.country();
        }

        /**
         * The country named right at word {@code w} after ب or في, a noun of states between (بمملكة البحرين، في
         * دولة الكويت، بالأردن), or null: مجلس الوزراء بمملكة البحرين is Bahrain's.
         */
        private String countryNamedAt(int w) {
            int at = w < words.size() && norm.get(w).equals("في") ? w + 1 : w;
            if (at >= words.size() || at == w && !norm.get(w).startsWith("ب")) {
                return null;
            }
            for (int j = at; j <= at + 1 && j < words.size(); j++) {
                NameMatch m = index.match(text, words, norm, j);
                if (m != null && !m.blocked() && m.kind() == MentionKind.NAME && m.entry().type() == EntityType.GPE
                        && m.entry().kb().equals(m.entry().country())) {
                    return m.entry().country();
                }
                if (!STATE_NOUNS.contains(j == w ? norm.get(j).substring(1) : norm.get(j))) {
                    return null;
                }
            }
            return null;
        }

        /** The country of the definite nationality adjective at word {@code w}, or null. */
        private String adjectiveCountryAt(int w) {
            if (w >= words.size() || !norm.get(w).startsWith("ال")) {
                return null;
            }
            NameMatch adjective = index.match(text, words, norm, w);
            return adjective != null && !adjective.blocked() && adjective.kind() == MentionKind.ADJECTIVE
                    && adjective.endWord() == w + 1 ? adjective.entry().country() : null;
        }

        /**
         * A name that several known entities of different countries bear ({@link Homonyms}), proposed by the tagger
         * as a name of their type, names the one of the country the article names most: الجوف in a Saudi paper is
         * the Saudi region unless the article speaks of Yemen more, البنك المركزي in a report on Egypt's economy
         * Egypt's central bank. A name given a country by the nationality adjective after it is the entity of that
         * country or none (البنك المركزي الياباني). A person's name right after a given name the tagger left out
         * of it is someone else's ({@link #afterGivenName}).
         */
        void homonyms() {
            if (homonyms.isEmpty()) {
                return;
            }
            boolean moved = knownHomonyms();
            Map<String, Integer> countries = null;
            Map<Found, NameEntry> meant = new LinkedHashMap<>();
            for (Found f : found.values()) {
                String name = f.homonymName();
                if (f.entry == null && homonyms.bears(name)) {
                    countries = countries == null ? countryMentions() : countries;
                    NameEntry e;
                    if (f.country != null) {
                        e = homonyms.of(name, f.country);
                    } else {
                        Mention first = f.mentions.get(0);
                        e = homonyms.of(name, countryOfSentence(first, true));
                        e = e != null ? e : homonyms.meant(name, countries, homeCountry);
                        e = e != null ? e : homonyms.of(name, countryOfSentence(first, false));
                    }
                    if (e != null && sameKind(f.type, e.type())) {
                        meant.put(f, e);
                    }
                }
            }
            meant.forEach((f, e) -> {
                List<Mention> moving = e.type() == EntityType.PERSON
                        ? f.mentions.stream().filter(m -> !afterGivenName(m)).toList() : List.copyOf(f.mentions);
                if (moving.isEmpty()) {
                    return;
                }
                found.computeIfAbsent(e, k -> Found.of((NameEntry) k)).take(moving, f.confidence);
                f.mentions.removeAll(moving);
                if (f.mentions.isEmpty()) {
                    found.values().remove(f);
                }
            });
            found.values().removeIf(f -> f.unlessKnown);
            if (moved || !meant.isEmpty()) {
                inFirstMentionOrder();
            }
        }

        /**
         * The country named in the sentence of mention {@code m} by its name or capital (an adjective is more often a
         * person's nationality), the nearest before {@code m} when {@code before}, else the first after it; null where
         * the sentence names none there. Where a homonym has an entity of the country named before it, the sentence
         * decides before the article: "وأكدت تونس، في بيان صادر عن وزارة الشؤون الخارجية، تضامنها مع الشعب المصري"
         * is Tunisia's ministry in an article on a bombing in Egypt. The country named after it decides only where the
         * article does not: "وزارة الصحة عليها مسؤولية ..." in a Saudi column is Saudi Arabia's, whatever country the
         * sentence goes on to name, and "وزارة الداخلية لشؤون الجنسية ... في مملكة البحرين" Bahrain's.
         */
        private String countryOfSentence(Mention m, boolean before) {
            int from = sentenceStart(m.start());
            int to = sentenceEnd(m.end());
            String named = null;
            int namedAt = before ? -1 : Integer.MAX_VALUE;
            for (Found g : found.values()) {
                if (g.entry == null || g.entry.type() != EntityType.GPE || !g.entry.kb().equals(g.entry.country())) {
                    continue;
                }
                for (Mention c : g.mentions) {
                    if (c.kind() == MentionKind.ADJECTIVE) {
                        continue; // اللاعب الإنجليزي، المطربة التونسية: a person's, not the body's
                    }
                    boolean nearer = before ? c.end() <= m.start() && c.start() >= from && c.start() > namedAt
                            : c.start() >= m.end() && c.end() <= to && c.start() < namedAt;
                    if (nearer) {
                        named = g.entry.country();
                        namedAt = c.start();
                    }
                }
            }
            return named;
        }

        private int sentenceStart(int at) {
            int i = at;
            while (i > 0 && !SENTENCE_ENDS.contains(text.charAt(i - 1))) {
                i--;
            }
            return i;
        }

        private int sentenceEnd(int at) {
            int i = at;
            while (i < text.length() && !SENTENCE_ENDS.contains(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /**
         * Whether a given name stands right before mention {@code m}: the tagger left it out of the name, and the
         * name is someone else's (نعيمة بن علي, the president's sister, is not Ben Ali).
         */
        private boolean afterGivenName(Mention m) {
            int i = ProposedWords.firstWordEndingAfter(words, m.start());
            return i > 0 && PersonNames.GIVEN_NAMES.containsKey(norm.get(i - 1));
        }

        /**
         * A known entity's mentions by a name of {@link Homonyms} that the knowledge base gives it (طرابلس, Libya's
         * capital) name the candidate of another country where the article names that country more among the
         * candidates' countries, its own mentions left out (Lebanon's Tripoli in an article on Lebanon); a country's
         * name among other countries stays the country ({@link #besideAnotherCountry}: عمان in a list of Gulf states is
         * Oman, not Amman). Whether any moved.
         */
        private boolean knownHomonyms() {
            Map<NameEntry, List<Mention>> moving = new LinkedHashMap<>();
            Map<String, Integer> countries = null;
            for (Found f : found.values()) {
                Map<String, Integer> others = null; // the article's countries, f's own mentions left out
                for (Mention m : f.entry == null ? List.<Mention>of() : f.mentions) {
                    String name = m.kind() == MentionKind.NAME ? homonymName(m.text()) : null;
                    if (name == null) {
                        continue;
                    }
                    if (others == null) {
                        countries = countries == null ? countryMentions() : countries;
                        others = new HashMap<>(countries);
                        others.merge(f.entry.country() == null ? "" : f.entry.country(), -f.mentions.size(), Integer::sum);
                    }
                    NameEntry other = homonyms.otherMeant(name, f.entry, others, homeCountry);
                    if (other != null && !(isCountry(f.entry) && besideAnotherCountry(m, f.entry, other.country()))) {
                        moving.computeIfAbsent(other, k -> new ArrayList<>()).add(m);
                    }
                }
            }
            Set<Found> emptied = new HashSet<>();
            moving.forEach((other, mentions) -> {
                for (Found f : found.values()) {
                    if (f.mentions.removeAll(mentions) && f.mentions.isEmpty()) {
                        emptied.add(f);
                    }
                }
                Found known = found.computeIfAbsent(other, k -> Found.of((NameEntry) k));
                emptied.remove(known);
                known.take(mentions, HOMONYM_CONFIDENCE);
            });
            found.values().removeAll(emptied);
            return !moving.isEmpty();
        }

        /**
         * Whether a mention of {@code country} has a third country (neither it nor {@code otherCountry}) named within
         * {@value #LIST_REACH} characters before or after it, and the other country not right after it: a country among
         * others in a list (والأردن، وعمان، والكويت) or a nationality in brackets (الشكيلي (عمان)، الشمري (السعودية))
         * stays the country, while a city before its own country (عمّان، الأردن; وعمان في الأردن) may be the city.
         * Adjectives count for neither: a Yemeni in Amman (جريح يمني إلى عمان) is no list.
         */
        private boolean besideAnotherCountry(Mention m, NameEntry country, String otherCountry) {
            boolean beside = false;
            for (Found g : found.values()) {
                if (g.entry == null || g.entry == country || !isCountry(g.entry)) {
                    continue;
                }
                boolean own = g.entry.kb().equals(otherCountry);
                for (Mention n : g.mentions) {
                    if (n.kind() != MentionKind.NAME) {
                        continue;
                    }
                    if (own && n.start() >= m.end() && n.start() - m.end() <= OWN_COUNTRY_REACH) {
                        return false;
                    }
                    beside |= !own && (n.end() <= m.start() && m.start() - n.end() <= LIST_REACH
                            || n.start() >= m.end() && n.start() - m.end() <= LIST_REACH);
                }
            }
            return beside;
        }

        private static boolean isCountry(NameEntry e) {
            return "country".equals(e.subtype());
        }

        /** The normalized name of {@link Homonyms} a mention's text is, in some reading of its clitics; or null. */
        private String homonymName(String surface) {
            for (WordMatcher.Variant v : WordMatcher.Variant.of(ArabicNormalizer.normalize(surface))) {
                if (homonyms.bears(v.word())) {
                    return v.word();
                }
            }
            return null;
        }

        /** Whether a proposal of type {@code proposed} may be an entry of type {@code known}: places are LOC or GPE. */
        private static boolean sameKind(EntityType proposed, EntityType known) {
            boolean place = proposed == EntityType.LOC || proposed == EntityType.GPE;
            return proposed == known || place && (known == EntityType.LOC || known == EntityType.GPE);
        }

        private void inFirstMentionOrder() {
            List<Map.Entry<Object, Found>> inOrder = new ArrayList<>(found.entrySet());
            inOrder.sort(Comparator.comparingInt(e -> e.getValue().mentions.isEmpty() ? Integer.MAX_VALUE
                    : e.getValue().mentions.get(0).start()));
            found.clear();
            inOrder.forEach(e -> found.put(e.getKey(), e.getValue()));
        }

        /**
         * A name the knowledge base lacks is a mention of the same article's name of that type that only adds
         * {@link #INTERNATIONAL} to it, or the noun of its place's unit after its first word ({@link
         * Facilities#UNIT_NOUNS}): مطار عدن beside مطار عدن الدولي is the one airport, أمانة الرياض beside أمانة منطقة
         * الرياض the one municipality.
         */
        void joinLongerForms() {
            Map<String, Found> byName = new HashMap<>();
            found.values().stream().filter(f -> f.entry == null)
                    .forEach(f -> byName.putIfAbsent(f.type + ":" + f.normalizedName(), f));
            found.values().removeIf(shorter -> {
                Found longer = shorter.entry == null ? longerFormOf(byName, shorter) : null;
                if (longer == null) {
                    return false;
                }
                longer.take(shorter.mentions, shorter.confidence);
                return true;
            });
        }

        /**
         * An organization's name the knowledge base lacks, of no country, is a mention of the article's one
         * organization whose name is that name and a nationality adjective: وزارة الخزانة after وزارة الخزانة
         * الأمريكية, وزارة الخارجية in a report that names وزارة الخارجية السعودية and no other country's. News
         * gives the country once and the bare name after.
         */
        void joinUnqualifiedNames() {
            Map<String, Found> byBareName = new HashMap<>();
            Set<String> shared = new HashSet<>();
            for (Found f : found.values()) {
                String name = f.normalizedName();
                int space = name.lastIndexOf(' ');
                String country = f.country();
                if (f.type == EntityType.ORG && country != null && space > 0
                        && WordMatcher.isDefiniteNisba(name.substring(space + 1))
                        && byBareName.putIfAbsent(name.substring(0, space), f) != null) {
                    shared.add(name.substring(0, space));
                }
            }
            byBareName.keySet().removeAll(shared);
            boolean joined = !byBareName.isEmpty() && found.values().removeIf(bare -> {
                Found full = bare.entry == null && bare.type == EntityType.ORG && bare.country == null
                        ? byBareName.get(bare.normalizedName()) : null;
                if (full != null) {
                    full.take(bare.mentions, bare.confidence);
                }
                return full != null;
            });
            if (joined) {
                inFirstMentionOrder();
            }
        }

        /**
         * An organization's name the knowledge base lacks is a mention of the known organization whose name stands
         * right after it between brackets or quote marks, or before it with the unknown name so enclosed: الاتحاد
         * الدولي (الفيفا), منظمة الأمم المتحدة للطفولة «يونيسيف»; so is an unknown place's name so enclosed, which
         * the tagger read as a place (وكالة الأنباء اليمنية (سبأ), not Sheba); not a thing's, which is as often the
         * club's player or the ministry's service there (مدرب الاتحاد «لازار», وزارة الداخلية "أبشر").
         * News gives an organization's other name so; a known place or a country there (وزارة الداخلية (السعودية)،
         * مايدوجوري (نيجيريا)، توكل كرمان (اليمن)) is an aside.
         */
        void joinBracketedNames() {
            Map<Integer, KnownName> knownAt = new HashMap<>();
            Map<Integer, KnownName> knownEndingAt = new HashMap<>();
            for (Found f : found.values()) {
                for (Mention m : f.entry == null || f.type != EntityType.ORG ? List.<Mention>of() : f.mentions) {
                    if (m.kind() == MentionKind.NAME) {
                        knownAt.put(m.start(), new KnownName(f, m));
                        knownEndingAt.put(m.end(), new KnownName(f, m));
                    }
                }
            }
            if (knownAt.isEmpty()) {
                return;
            }
            found.values().removeIf(f -> {
                Found known = f.entry == null && BRACKETED_TYPES.contains(f.type)
                        ? bracketedBeside(f, knownAt, knownEndingAt) : null;
                if (known != null) {
                    known.take(f.mentions, f.confidence);
                }
                return known != null;
            });
        }

        /**
         * A name in Latin letters the knowledge base lacks whose every mention stands between brackets or quote marks
         * right after the Arabic name of one organization or thing is that name as its owners write it ("سويس بورت
         * (Swissport)", "تحالف اليسار الراديكالي (سيريزا) (SYRIZA)"): a mention of it, and its English name where the
         * knowledge base lacks it too (Swissport, not the transliteration Swis Burt). Not after a person's name, which
         * the title of a work follows as often (روبن شارما (The Monk Who Sold His Ferrari)).
         */
        void joinLatinNames() {
            if (found.values().stream().allMatch(f -> f.entry != null || NameTransliterator.hasArabic(f.name))) {
                return; // most articles name nothing in Latin letters
            }
            Map<Integer, Found> arabicEndingAt = new HashMap<>();
            for (Found f : found.values()) {
                if ((f.type == EntityType.ORG || f.type == EntityType.MISC) && NameTransliterator.hasArabic(f.name)) {
                    f.mentions.stream().filter(m -> m.kind() == MentionKind.NAME)
                            .forEach(m -> arabicEndingAt.put(m.end(), f));
                }
            }
            found.values().removeIf(f -> {
                boolean latin = f.entry == null && !NameTransliterator.hasArabic(f.name);
                Found arabic = latin ? arabicNameBefore(f, arabicEndingAt) : null;
                if (arabic != null) {
                    arabic.take(f.mentions, f.confidence);
                    arabic.nameEn = arabic.entry == null && arabic.nameEn == null ? f.name : arabic.nameEn;
                }
                return arabic != null;
            });
        }

        /**
         * The one Arabic name of {@code arabicEndingAt} (by where its mentions end) that every mention of {@code
         * latin} follows, enclosed, after a space and the mark that closes the Arabic name, if any; or null.
         */
        private Found arabicNameBefore(Found latin, Map<Integer, Found> arabicEndingAt) {
            Found before = null;
            for (Mention m : latin.mentions) {
                int open = skipSpaces(m.start() - 1, -1);
                if (!opensAt(open) || !closedAt(m.end())) {
                    return null;
                }
                int end = skipSpaces(open - 1, -1);
                end -= end >= 0 && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0 ? 1 : 0; // (سيريزا) (SYRIZA)
                Found f = arabicEndingAt.get(end + 1);
                if (f == null || before != null && f != before) {
                    return null;
                }
                before = f;
            }
            return before;
        }

        /** A known organization's mention by name. */
        private record KnownName(Found found, Mention mention) {
        }

        /**
         * The known organization whose name stands right after one of f's mentions between marks (f's name being of
         * two words or more: a lone word before a quote is mostly another word, فريق رصد «القاعدة»), or right before
         * one that marks enclose (not a company's: تطبيق جوجل «كروم» is its product), or null. A mark opens only after
         * a space, as writers set it: "الاقتصادية" مازنونيتش has the medium's closing mark before the name.
         */
        private Found bracketedBeside(Found f, Map<Integer, KnownName> knownAt, Map<Integer, KnownName> knownEndingAt) {
            for (Mention m : f.mentions) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                int open = skipSpaces(m.end(), 1);
                KnownName after = f.type == EntityType.ORG && opensAt(open) && m.text().indexOf(' ') > 0
                        ? knownAt.get(skipSpaces(open + 1, 1)) : null;
                if (after != null && closedAt(after.mention().end())) {
                    return after.found();
                }
                int before = skipSpaces(m.start() - 1, -1);
                KnownName enclosing = opensAt(before) && closedAt(m.end()) ? knownEndingAt.get(skipSpaces(before - 1, -1) + 1) : null;
                if (enclosing != null && !COMPANY.equals(enclosing.found().entry.subtype())) {
                    return enclosing.found();
                }
            }
            return null;
        }

        /** Whether an opening mark stands at {@code at} after a space. */
        private boolean opensAt(int at) {
            return at > 0 && at < text.length() && OPENING_MARKS.indexOf(text.charAt(at)) >= 0 && text.charAt(at - 1) == ' ';
        }

        private boolean closedAt(int end) {
            return end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0;
        }

        /** The first offset from {@code at} in direction {@code step} that holds no space (or the text's edge). */
        private int skipSpaces(int at, int step) {
            int i = at;
            while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
                i += step;
            }
            return i;
        }

        /** The name of {@code byName} that is {@code f}'s with الدولي or الدولية after it, or null. */
        private static Found longerFormOf(Map<String, Found> byName, Found f) {
            String name = f.normalizedName();
            for (String adjective : INTERNATIONAL) {
                Found longer = byName.get(f.type + ":" + name + " " + adjective);
                if (longer != null) {
                    return longer;
                }
            }
            int space = name.indexOf(' ');
            for (String unit : space < 0 ? Set.<String>of() : Facilities.UNIT_NOUNS) {
                Found longer = byName.get(f.type + ":" + name.substring(0, space) + " " + unit + name.substring(space));
                if (longer != null) {
                    return longer;
                }
            }
            return null;
        }

        /**
         * A known club's name without its head noun or nationality (الهلال of نادي الهلال,
         * الأهلي of الأهلي المصري), or an English club's city (مانشستر of مانشستر يونايتد: {@link
         * ClubShortNames#shortNames}), is a mention of it wherever the article names it in full: the tagger's proposal of
         * those words joins it, as an organization, a place or even a person (مهاجم النصر), and so does each other
         * word so spelt, clitics aside, unless a definite word follows
         * and makes another name (الاتحاد السعودي، الهلال الأحمر) or the word ends a longer name the tagger proposes
         * (ويست هام يونايتد). A short name two clubs named in full share names the one {@link #ofTheArticlesCountry}
         * picks, and neither on a tie. In
         * an article that names no such club in full, a short name the tagger proposes as an organization names the
         * club of that name of the country the article names most ({@link #clubsOfTheArticlesCountry}).
         */
        void shortOrganizationNames() {
            Map<String, Set<Found>> namedInFull = new LinkedHashMap<>();
            for (Found f : found.values()) {
                if (f.entry == null || f.entry.subtype() == null || !ClubShortNames.SUBTYPES.contains(f.entry.subtype())) {
                    continue;
                }
                for (String shortName : ClubShortNames.shortNames(f.normalizedName())) {
                    namedInFull.computeIfAbsent(shortName, k -> new LinkedHashSet<>()).add(f);
                }
            }
            Map<String, Found> byShortName = new HashMap<>();
            Set<String> shared = new HashSet<>();
            namedInFull.forEach((name, named) -> {
                Found club = named.size() == 1 ? named.iterator().next() : ofTheArticlesCountry(name, named);
                if (club != null) {
                    byShortName.put(name, club);
                } else {
                    shared.add(name);
                }
            });
            Set<String> written = shortNamesWritten(byShortName.keySet(), shared);
            Set<String> namedByOne = new HashSet<>(byShortName.keySet());
            namedByOne.removeIf(name -> namedInFull.get(name).size() > 1);
            List<Found> byCountry = clubsOfTheArticlesCountry(byShortName, shared, written, namedByOne);
            dropCommonWordsReadAsClubs();
            if (byShortName.isEmpty()) {
                return;
            }
            found.values().removeIf(f -> {
                String name = f.normalizedName();
                Found known = f.entry == null && (mayNameClub(f) || f.type == EntityType.PERSON)
                        ? byShortName.get(name) : null; // لمهاجم النصر: the tagger reads a player's club as a person
                if (known != null) {
                    List<Mention> alone = f.mentions.stream()
                            .filter(m -> namesClubAt(name, ProposedWords.firstWordEndingAfter(words, m.start()), f.type))
                            .toList();
                    known.mentions.addAll(alone);
                    f.mentions.removeAll(alone);
                    known.confidence = alone.isEmpty() ? known.confidence : Math.max(known.confidence, f.confidence);
                }
                return known != null && f.mentions.isEmpty();
            });
            boolean[] covered = coveredWords();
            for (int i = 0; i < words.size(); i++) {
                if (covered[i]) {
                    continue;
                }
                for (WordMatcher.Variant v : WordMatcher.Variant.of(norm.get(i))) {
                    Found known = byShortName.get(v.word());
                    if (known != null && !proposed.within(i) && namesClubAt(v.word(), i, null)
                            && !(ClubShortNames.SUFFIX_SHORT_NAMES.contains(v.word()) && proposed.endsBefore(i))
                            && !(written.contains(v.word()) && adjectiveAt(i))) {
                        int start = WordMatcher.skipLetters(text, words.get(i).start(), v.cliticLetters());
                        known.mentions.add(Mention.of(text, start, words.get(i).end(), MentionKind.NAME));
                        break;
                    }
                }
            }
            byShortName.values().forEach(f -> f.mentions.sort(Comparator.comparingInt(Mention::start)));
            if (!byCountry.isEmpty()) {
                found.values().removeIf(f -> byCountry.contains(f) && f.mentions.isEmpty());
                inFirstMentionOrder();
            }
        }

        /**
         * Of the clubs {@code named} in full that share the short name {@code name}, the one named without its
         * nationality when the others are named with theirs only (news writes the other club's nationality: نادي
         * النصر beside النصر الإماراتي), else the one of the country the article names most ({@link
         * ClubShortNames#clubOf}), counting countries and places only (a Saudi paper's article names Saudi clubs,
         * players and itself even when its story is a Kuwaiti club's); null on a tie, when it is none of them or when
         * two of them are of one country.
         */
        private Found ofTheArticlesCountry(String name, Set<Found> named) {
            if (named.stream().map(Found::country).distinct().count() < named.size()) {
                return null; // مانشستر يونايتد and نيوكاسل يونايتد: يونايتد alone names neither
            }
            List<Found> plain = named.stream().filter(f -> namedWithoutNationality(f, name)).toList();
            if (plain.size() == 1) {
                return plain.get(0);
            }
            NameEntry club = clubs.clubOf(name, true,
                    countryMentions(f -> f.type == EntityType.GPE || f.type == EntityType.LOC), homeCountry);
            return named.stream().filter(f -> f.entry == club).findFirst().orElse(null);
        }

        /**
         * Whether some mention of {@code club} by name has no nisba after its short name {@code shortName}, in the
         * mention or just after it (القادسية الكويتي، نادي القادسية السعودي have).
         */
        private boolean namedWithoutNationality(Found club, String shortName) {
            return club.mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME && !nisbaAfter(shortName, m));
        }

        private boolean nisbaAfter(String shortName, Mention m) {
            int last = ProposedWords.firstWordEndingAfter(words, m.end() - 1);
            int at = isWordOf(last, shortName) ? last + 1 : last > 0 && isWordOf(last - 1, shortName) ? last : -1;
            return at > 0 && at < words.size() && WordMatcher.isDefiniteNisba(norm.get(at));
        }

        /** Whether word {@code i} is the normalized word {@code word}, clitics aside (بالقادسية). */
        private boolean isWordOf(int i, String word) {
            return WordMatcher.inSomeReading(norm.get(i), word::equals);
        }

        /**
         * A club's adjective after a definite noun ({@link ClubAdjectives}: الفريق الهلالي، الإدارة النصراوية) in an
         * article about sport mentions the club as an adjective: the club the article names in full by the adjective's
         * short name, else the club of that short name of the country the article names most ({@link
         * ClubShortNames#clubOf}), as the short name alone would; an adjective that gives a club's whole name names
         * that club (الفريق الملكي: ريال مدريد). A short name that needs a sentence of sport needs
         * one for its adjective too (الشبابي). The tagger's proposal of the adjective alone gives way (it reads
         * الهلالي after الفريق, a rank too, as a family name); a word inside a known name or a longer proposal stays
         * as it is.
         */
        void clubAdjectives() {
            List<Integer> at = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                if (CLUB_ADJECTIVES.isAdjective(norm.get(i))) {
                    at.add(i);
                }
            }
            if (at.isEmpty() || !aboutSport()) {
                return;
            }
            Map<String, Integer> countries = countryMentions();
            boolean added = false;
            for (int i : at) {
                String shortName = CLUB_ADJECTIVES.shortNameAt(text, words, norm, i);
                if (shortName == null
                        || ClubShortNames.needsSentenceOfSport(shortName) && !inSentenceOfSport(i, shortName)) {
                    continue;
                }
                Found named = clubNamedInFull(shortName);
                NameEntry whole = clubs.clubNamed(shortName);
                NameEntry club = named != null ? named.entry : whole != null ? whole
                        : clubs.clubOf(shortName, norm, countries, homeCountry);
                if (club != null && takeWordFromProposal(i)) {
                    Span w = words.get(i);
                    found.computeIfAbsent(club, e -> Found.of((NameEntry) e))
                            .add(Mention.of(text, w.start(), w.end(), MentionKind.ADJECTIVE), ADJECTIVE_CONFIDENCE, i);
                    added = true;
                }
            }
            if (added) {
                found.values().forEach(f -> f.mentions.sort(Comparator.comparingInt(Mention::start)));
                inFirstMentionOrder();
            }
        }

        /** The club the article names in full whose short name is {@code shortName}, or null if none or several. */
        private Found clubNamedInFull(String shortName) {
            Found club = null;
            for (Found f : found.values()) {
                if (f.entry != null && "club".equals(f.entry.subtype())
                        && ClubShortNames.shortNames(f.normalizedName()).contains(shortName)) {
                    if (club != null && club != f) {
                        return null;
                    }
                    club = f;
                }
            }
            return club;
        }

        /**
         * Whether word {@code i} is free for another mention: no mention covers it, or a proposal's of that word
         * alone, which this drops (and the proposal, where it was its only mention).
         */
        private boolean takeWordFromProposal(int i) {
            Span w = words.get(i);
            Mention alone = null;
            Found proposer = null;
            for (Found f : found.values()) {
                for (Mention m : f.mentions) {
                    if (m.start() < w.end() && w.start() < m.end()) {
                        if (f.entry != null || m.start() != w.start() || m.end() != w.end()) {
                            return false;
                        }
                        alone = m;
                        proposer = f;
                    }
                }
            }
            if (proposer != null && proposer.mentions.remove(alone) && proposer.mentions.isEmpty()) {
                found.values().remove(proposer);
            }
            return true;
        }

        /**
         * A known company named in the article by its head noun and one word (شركة معادن، شركة «إيني») is named by
         * that word alone where the tagger proposes it, as any type (وحققت إيني, read as a person). Only the tagger's
         * proposals: a company's word alone is a common word too often (الاتصالات، الكهرباء) to name it wherever
         * it is written, as clubs' short names do ({@link #shortOrganizationNames}).
         */
        void companyShortNames() {
            Map<String, Found> byShortName = new HashMap<>();
            for (Found f : found.values()) {
                if (f.entry != null && COMPANY.equals(f.entry.subtype())) {
                    f.mentions.forEach(m -> byShortName.putIfAbsent(companyWordOf(m.text()), f));
                }
            }
            byShortName.remove("");
            found.values().removeIf(f -> {
                Found known = f.entry == null ? byShortName.get(f.normalizedName()) : null;
                if (known != null) {
                    known.mentions.addAll(f.mentions);
                    known.mentions.sort(Comparator.comparingInt(Mention::start));
                    known.confidence = Math.max(known.confidence, f.confidence);
                }
                return known != null;
            });
        }

        /**
         * A company's short name that is a common word or given name too ({@link CompanyCues}: زين) names the
         * company beside a word of its trade (لمشتركي زين وموبايلي): a name the tagger proposed so alone, of any
         * type, and the word itself where no name covers it; elsewhere it stays what it was (الشخصية الرئيسة (زين)).
         */
        void cuedCompanyNames() {
            if (companyCues.isEmpty() || !anyMayNameACompany()) {
                return; // a name of the article's words ends with a word of the text, which then ends with a short name
            }
            boolean[] covered = coveredWords();
            Map<NameEntry, List<Mention>> cued = new LinkedHashMap<>();
            found.values().removeIf(f -> {
                String name = f.normalizedName();
                NameEntry company = f.entry == null ? companyCues.companyOf(name) : null;
                if (company == null) {
                    return false;
                }
                List<Mention> moving = f.mentions.stream().filter(m -> companyCues
                        .cueBeside(name, text, words, norm, ProposedWords.firstWordEndingAfter(words, m.start())))
                        .toList();
                cued.computeIfAbsent(company, c -> new ArrayList<>()).addAll(moving);
                f.mentions.removeAll(moving);
                return !moving.isEmpty() && f.mentions.isEmpty();
            });
            for (int i = 0; i < words.size(); i++) {
                if (covered[i] || !companyCues.mayName(norm.get(i)) || proposed.within(i)) {
                    continue;
                }
                for (WordMatcher.Variant v : WordMatcher.Variant.of(norm.get(i))) {
                    NameEntry company = companyCues.companyOf(v.word());
                    if (company != null && companyCues.cueBeside(v.word(), text, words, norm, i)) {
                        int start = WordMatcher.skipLetters(text, words.get(i).start(), v.cliticLetters());
                        cued.computeIfAbsent(company, c -> new ArrayList<>())
                                .add(Mention.of(text, start, words.get(i).end(), MentionKind.NAME));
                        break;
                    }
                }
            }
            cued.values().removeIf(List::isEmpty);
            cued.forEach((company, mentions) -> found.computeIfAbsent(company, k -> Found.of((NameEntry) k))
                    .take(mentions, NAME_CONFIDENCE));
            if (!cued.isEmpty()) {
                inFirstMentionOrder();
            }
        }

        /** Whether some word of the text may be a company's short name ({@link CompanyCues#mayName}). */
        private boolean anyMayNameACompany() {
            for (String word : norm) {
                if (companyCues.mayName(word)) {
                    return true;
                }
            }
            return false;
        }

        /** The word after the head noun of a company's name of two words (شركة «إيني»: إيني), normalized; else "". */
        private static String companyWordOf(String mention) {
            StringBuilder unquoted = new StringBuilder(mention.length());
            mention.chars().filter(c -> OPENING_QUOTES.indexOf(c) < 0 && CLOSING_QUOTES.indexOf(c) < 0)
                    .forEach(c -> unquoted.append((char) c));
            String[] words = ArabicNormalizer.normalize(unquoted).strip().split(" ");
            return words.length == 2 && OrganizationNouns.HEADS.contains(words[0]) ? words[1] : "";
        }

        /**
         * Adds to {@code byShortName} the known clubs that a one-word organization the tagger proposes names by its
         * short name alone ({@link ClubShortNames}: الأهلي in a Saudi paper's article about sport is Jeddah's Al-Ahli);
         * a short name that clubs of several countries share goes by the article's country even where the article
         * names one of them in full (a Saudi article on Al-Nassr's camp that names its opponent النصر الإماراتي), and
         * so does a city's name left to the clubs ({@link #clubNamedAsItsCity}: فاز مرسيليا على ليل); in an article
         * about sport, or one that names two known clubs ({@link #namesClubs}). Of the short names of clubs the article
         * names in full, only those of {@code namedByOne} are decided anew. Returns the clubs added, as entities of
         * their own.
         */
        private List<Found> clubsOfTheArticlesCountry(Map<String, Found> byShortName, Set<String> shared,
                Set<String> written, Set<String> namedByOne) {
            Set<String> names = new LinkedHashSet<>();
            for (Found f : found.values()) {
                String name = f.entry == null ? f.normalizedName() : "";
                if (mayNameClub(f) && clubs.isShortName(name) && !byShortName.containsKey(name)
                        && !shared.contains(name)) {
                    names.add(name);
                }
            }
            namedByOne.stream().filter(name -> clubs.countriesOf(name) > 1).forEach(names::add);
            names.addAll(written);
            citiesLeftToClubs.stream().filter(name -> !byShortName.containsKey(name) && !shared.contains(name))
                    .forEach(names::add);
            List<Found> added = new ArrayList<>();
            Map<String, Integer> countries = names.isEmpty() ? Map.of() : countryMentions();
            boolean sport = !names.isEmpty() && (aboutSport() || namesClubs());
            Set<String> inSport = sport ? Set.of() : proposedInSentencesOfSport(names);
            for (String name : names) {
                NameEntry club = clubs.clubOf(name, sport || inSport.contains(name), countries, homeCountry);
                if (club != null && (byShortName.get(name) == null || byShortName.get(name).entry != club)) {
                    Found known = found.computeIfAbsent(club, e -> Found.of((NameEntry) e));
                    byShortName.put(name, known);
                    added.add(known);
                }
            }
            return added;
        }

        /**
         * Of {@code names}, those no common word ({@link ClubShortNames#isListedCommonWord}) nor known city that the
         * tagger proposed as organizations in a sentence with a word of sport ({@link ClubShortNames#isSportWord};
         * another club's short name is too often a city's here): in an article not about sport, "انتقل لاعب القادسية"
         * names the club all the same.
         */
        private Set<String> proposedInSentencesOfSport(Set<String> names) {
            Set<String> inSport = new HashSet<>();
            for (Found f : found.values()) {
                String name = f.entry == null ? f.normalizedName() : "";
                if (f.type == EntityType.ORG && names.contains(name) && !ClubShortNames.isListedCommonWord(name)
                        && !citiesLeftToClubs.contains(name)
                        && f.mentions.stream().anyMatch(m -> otherWordOfSentence(
                                ProposedWords.firstWordEndingAfter(words, m.start()),
                                j -> WordMatcher.inSomeReading(norm.get(j), ClubShortNames::isSportWord)))) {
                    inSport.add(name);
                }
            }
            return inSport;
        }

        /**
         * In an article about sport, the short names of Arab clubs ({@link ClubShortNames#isWrittenAlone}) that words
         * of the text are, clitics aside (للهلال), but those of {@code known} and {@code shared} and those the tagger
         * proposed: they name a club even where the tagger proposed none of them, as it often does not in sport
         * news, which its training part holds little of; but not where the word is a nisba after a definite noun
         * ({@link #adjectiveAt}: السوبر الإفريقي).
         */
        private Set<String> shortNamesWritten(Set<String> known, Set<String> shared) {
            if (!aboutSport()) {
                return Set.of();
            }
            Set<String> names = new LinkedHashSet<>();
            for (String word : norm) {
                for (WordMatcher.Variant v : WordMatcher.Variant.of(word)) {
                    if (clubs.isWrittenAlone(v.word()) && !known.contains(v.word()) && !shared.contains(v.word())) {
                        names.add(v.word());
                    }
                }
            }
            found.values().forEach(f -> names.remove(f.entry == null ? f.normalizedName() : ""));
            return names;
        }

        /**
         * Whether word {@code i}, no clitic glued to it, is a nisba after a definite noun it may qualify ({@link
         * ProposalBounds#followsDefiniteNoun}: المستوى الإفريقي; but الغريم التقليدي الهلال, no nisba, is the club).
         */
        private boolean adjectiveAt(int i) {
            return i > 0 && WordMatcher.isDefiniteNisba(norm.get(i))
                    && ProposalBounds.followsDefiniteNoun(text, words.get(i - 1), words.get(i), norm.get(i - 1));
        }

        /**
         * Drops the mentions of organizations the tagger proposed that are a club's short name of {@value
         * ClubShortNames#COMMON_WORD_CLUBS_FILE} (النصر، الاتفاق) and that no rule linked, in an article not about
         * sport ({@link ClubShortNames#aboutSport}), but in a sentence of sport ({@link #inSentenceOfSport}): there the
         * word is the common word (رفع علامة النصر "the victory sign", عارض الاتفاق "opposed the agreement"), which
         * the tagger, trained on few sport pages, reads as a club; فريقي الهلال والنصر stays. Places so proposed stay:
         * العين and الريان are cities too.
         */
        private void dropCommonWordsReadAsClubs() {
            Predicate<Found> commonWord = f -> f.entry == null && f.type == EntityType.ORG
                    && ClubShortNames.isCommonWord(f.normalizedName());
            if (found.values().stream().noneMatch(commonWord) || aboutSport()) {
                return;
            }
            found.values().removeIf(f -> {
                if (commonWord.test(f)) {
                    f.mentions.removeIf(m -> !inSentenceOfSport(ProposedWords.firstWordEndingAfter(words, m.start()),
                            f.normalizedName()));
                }
                return f.mentions.isEmpty();
            });
        }

        /**
         * How often the article names each country: every mention of an entity of that country (the country
         * itself, its cities, people and organizations).
         */
        private Map<String, Integer> countryMentions() {
            return countryMentions(f -> true);
        }

        /** As {@link #countryMentions()}, of the entities {@code counted} only. */
        private Map<String, Integer> countryMentions(Predicate<Found> counted) {
            Map<String, Integer> counts = new HashMap<>();
            for (Found f : found.values()) {
                String country = f.country();
                if (country != null && counted.test(f)) {
                    counts.merge(country, f.mentions.size(), Integer::sum);
                }
            }
            return counts;
        }

        /**
         * Whether the tagger's name {@code f} may be a club's short name: an organization, or a place the knowledge
         * base does not know (برشلونة، ليفربول: clubs named as their cities; النصر, which the tagger reads as a place
         * in "بين الهلال والنصر"); where it is a place, {@link #namesClubAt} still asks for no {@link #CITY_WORDS}
         * before it.
         */
        private static boolean mayNameClub(Found f) {
            return f.type == EntityType.ORG || f.type == EntityType.LOC;
        }

        /**
         * Whether the club's short name {@code name} at word {@code i}, proposed as {@code type} (null where the tagger
         * proposed nothing), names the club: not before a definite word that may go on with the name when the short
         * name carries the article (الاتحاد السعودي is the federation, الهلال الأحمر the Red Crescent), while a word
         * of {@link #AFTER_CLUB_NAMES} after it is the sentence going on (الأهلي اليوم، الشباب الأمير خالد، لاعب
         * الهلال السابق). Where the tagger proposed the short name alone, it has read the definite word after it as
         * no part of the name, and only a word that {@link #extendsClubsName extends} a name goes on with it: جماهير
         * الأهلي الغاضبة، بالنادي الأهلي السيد، الأهلي الذي are the club, الأهلي المالية (a company) is not. برشلونة
         * الإسباني is the club. A place proposal is the club but after {@link #CITY_WORDS}, clitics aside (في برشلونة،
         * بمدينة العين are the cities). A word no proposal holds is no club where it is a rank before
         * a name the tagger proposes (الرائد فيصل السحيباني).
         */
        private boolean namesClubAt(String name, int i, EntityType type) {
            if (name.startsWith("ال") && beforeDefiniteWord(i)) {
                String next = norm.get(i + 1);
                boolean goesOn = !AFTER_CLUB_NAMES.contains(next) && !isElative(i + 1)
                        && (type == null || extendsClubsName(next));
                if (goesOn) {
                    return false;
                }
            }
            if (ClubShortNames.needsSentenceOfSport(name) && !inSentenceOfSport(i, name)) {
                return false; // الشباب in a sentence on jobs is "the youth"
            }
            if (type == null && ProposalBounds.isTitle(name) && i + 1 < words.size() && proposed.at(i + 1) != null) {
                return false; // الرائد فيصل السحيباني, a major
            }
            return type != EntityType.LOC || i == 0 || !WordMatcher.inSomeReading(norm.get(i - 1), CITY_WORDS::contains);
        }

        /**
         * Whether the definite word {@code j} reads as an elative, the article and أفعل (الأفضل، الأكبر), or أفعى
         * written with its final ى (الأقوى، الأعلى), but no nisba (الأسري، الأمني): after a club's short name it is
         * what the club is (فسيكون النصر الأقوى هجوميا), no part of another name.
         */
        private boolean isElative(int j) {
            String word = norm.get(j);
            char last = text.charAt(words.get(j).end() - 1);
            return word.length() == 6 && word.startsWith("الا") && (last == 'ى' || !word.endsWith("ي"));
        }

        /**
         * Whether the normalized definite word {@code next} may go on with a short name before it into another name: a
         * nisba (الاتحاد السعودي، الأهلي المالية) or a colour (الهلال الأحمر).
         */
        private static boolean extendsClubsName(String next) {
            return WordMatcher.isDefiniteNisba(next) || COLOURS.contains(next);
        }

        /**
         * Whether the sentence of word {@code i} (between marks that end a sentence or a line) holds a word that makes
         * it one of sport for the club's short name {@code name}, clitics aside ({@link ClubShortNames#makesSentenceOfSport}).
         */
        private boolean inSentenceOfSport(int i, String name) {
            return otherWordOfSentence(i, j -> WordMatcher.inSomeReading(norm.get(j),
                    w -> clubs.makesSentenceOfSport(w, name)));
        }

        /** Whether {@code test} accepts a word of the sentence of word {@code i} (between marks that end one) but i. */
        private boolean otherWordOfSentence(int i, IntPredicate test) {
            int first = i;
            while (first > 0 && !endsSentence(words.get(first - 1).end(), words.get(first).start())) {
                first--;
            }
            for (int j = first; j < words.size() && (j == first || !endsSentence(words.get(j - 1).end(), words.get(j).start())); j++) {
                if (j != i && test.test(j)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the sentence of word {@code i} holds, beside it, a sport word ({@link ClubShortNames#isSportWord}),
         * clitics aside, or a known club's name: "ليمنح ليفربول الفوز على ستوك سيتي". Not a club's short name alone,
         * which is a common word as often (بيت الشباب "the youth hostel").
         */
        private boolean sportInSentence(int i) {
            return otherWordOfSentence(i, j -> {
                NameMatch club = names.match(j);
                return WordMatcher.inSomeReading(norm.get(j), ClubShortNames::isSportWord)
                        || club != null && !club.blocked() && "club".equals(club.entry().subtype());
            });
        }

        /**
         * Whether the article names two known clubs or more by name: a short article on a transfer holds too few of
         * the sport's words to be about sport by them, but its clubs tell it (مانشستر سيتي، أستون فيلا، وجناح ليفربول).
         */
        private boolean namesClubs() {
            return found.values().stream().filter(f -> f.entry != null && f.entry.subtype() != null
                    && ClubShortNames.SUBTYPES.contains(f.entry.subtype())
                    && f.mentions.stream().anyMatch(m -> m.kind() == MentionKind.NAME)).limit(2).count() == 2;
        }

        /** Whether the article is about sport ({@link ClubShortNames#aboutSport}), worked out once. */
        private boolean aboutSport() {
            if (aboutSport == null) {
                aboutSport = ClubShortNames.aboutSport(norm);
            }
            return aboutSport;
        }

        /** Whether the text between two words, from {@code from} to {@code to}, ends a sentence or a line. */
        private boolean endsSentence(int from, int to) {
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (c == '.' || c == '!' || c == '?' || c == '؟' || c == '\n') {
                    return true;
                }
            }
            return false;
        }

        /**
         * Gives an organization the knowledge base lacks, without a country, named by a name of {@link Homonyms}
         * that meant none of its entities, the country the article is about ({@link Homonyms#leadingCountry}):
         * وزارة الدفاع in a report on Israel is Israel's; not in an article that names the publisher's country,
         * whose own bodies speak of other countries too (a Tunisian radio's "وأكدت تونس، في بيان صادر عن وزارة
         * الشؤون الخارجية، تضامنها مع الشعب المصري" is Tunisia's ministry). Last, after the name has had its chance
         * to join a longer one with its country's adjective (وزارة البترول after وزارة البترول المصرية).
         */
        void countriesOfHomonyms() {
            Map<String, Integer> countries = null;
            for (Found f : found.values()) {
                if (f.entry == null && f.type == EntityType.ORG && f.country == null) {
                    String name = f.homonymName();
                    if (homonyms.bears(name) && homonyms.typeOf(name) == EntityType.ORG) {
                        countries = countries == null ? countryMentions() : countries;
                        // a domestic outlet's own ministry speaks of other countries too: تونس تدين
                        f.country = countries.containsKey(homeCountry) ? Homonyms.dominantForeignCountry(countries, homeCountry)
                                : Homonyms.leadingCountry(countries, homeCountry);
                    }
                }
            }
        }

        /**
         * Gives an institution the knowledge base lacks, still without a country, whose name opens with a head of
         * {@code institution-words.tsv} ("الإدارة العامة للتعليم", "اللجنة المحلية للانتخابات البلدية", "وزارة
         * الطرق"), a place named after an administrative unit's noun ({@link PlacePhrases}: "محافظة شرورة") or a
         * place within a town ({@link #isLocalPlace}: "حي العزيزية", "شارع الأمير سلطان", "قرية القنبورة"), the
         * country the article is about ({@link Homonyms#leadingCountry}): a Saudi paper's report on the municipal
         * elections names the Saudi committees. Not a body of many countries, international or regional
         * (الدولية، العربية، الخليجية), nor a name of {@link Homonyms} that {@link #countriesOfHomonyms} left without
         * one on purpose (a domestic outlet's وزارة الخارجية in an article on Iran). Last of the country passes, after
         * the adjective, the place and the homonym have had their say.
         */
        void countriesOfInstitutions() {
            Map<String, Integer> countries = null;
            for (Found f : found.values()) {
                boolean institution = f.type == EntityType.ORG && f.nameWords().size() > 1
                        && InstitutionPhrases.isHead(f.nameWords().get(0)) && !isInternational(f.nameWords())
                        && f.nameWords().stream().noneMatch(InstitutionPhrases.REGIONAL_ADJECTIVES::contains);
                if (f.entry == null && f.country == null && (institution || namedAfterUnitNoun(f) || isLocalPlace(f))
                        && !homonyms.bears(f.homonymName())) {
                    countries = countries == null ? countryMentions() : countries;
                    f.country = Homonyms.leadingCountry(countries, homeCountry);
                }
            }
        }

        /**
         * Gives an organization or place the knowledge base lacks, still without a country, the country of the person
         * of the knowledge base it is named after: "مستشفى الملك فهد" and "طريق الملك عبدالله" are Saudi, "المستشفى
         * الجامعي الحبيب بورقيبة" Tunisian. Not in an article about another country ({@link Homonyms#leadingCountry}),
         * where a city or street may bear a foreign ruler's name (Egypt's مدينة الشيخ زايد, Tunis's شارع محمد
         * الخامس); nor in a name that says it is international. After the adjective and the place after the name,
         * which say where it is; before the guesses from the article's country.
         */
        void countriesOfNamesakes() {
            Map<String, Integer> countries = null;
            for (Found f : found.values()) {
                boolean bodyOrPlace = f.type == EntityType.ORG || f.type == EntityType.LOC;
                if (f.entry != null || f.country != null || !bodyOrPlace || isInternational(f.nameWords())) {
                    continue;
                }
                String namesake = namesakeCountry(f);
                if (namesake != null) {
                    countries = countries == null ? countryMentions() : countries;
                    String about = Homonyms.leadingCountry(countries, homeCountry);
                    f.country = about == null || about.equals(namesake) ? namesake : null;
                }
            }
        }

        /** The country of a person of the knowledge base named inside a mention of {@code f}, after its first word. */
        private String namesakeCountry(Found f) {
            for (Mention m : f.mentions) {
                int w = ProposedWords.firstWordEndingAfter(words, m.start()) + 1;
                for (; w < words.size() && words.get(w).start() < m.end(); w++) {
                    NameMatch person = index.match(text, words, norm, w);
                    if (person != null && !person.blocked() && person.entry().type() == EntityType.PERSON
                            && person.end() <= m.end() && person.entry().country() != null) {
                        return person.entry().country();
                    }
                }
            }
            return null;
        }

        /**
         * Whether the place {@code f} is named by a noun of {@link #LOCAL_PLACE_NOUNS} or of an administrative unit
         * ({@link PlacePhrases#isUnitNoun}) and more: شارع الأمير سلطان، حي العزيزية، قرية القنبورة.
         */
        private static boolean isLocalPlace(Found f) {
            List<String> name = f.nameWords();
            return f.type == EntityType.LOC && name.size() > 1
                    && (LOCAL_PLACE_NOUNS.contains(name.get(0)) || PlacePhrases.isUnitNoun(name.get(0)));
        }

        /** Whether the place {@code f} is mentioned right after the noun of an administrative unit (محافظة شرورة). */
        private boolean namedAfterUnitNoun(Found f) {
            if (f.type != EntityType.GPE) {
                return false;
            }
            for (Mention m : f.mentions) {
                int w = ProposedWords.firstWordEndingAfter(words, m.start());
                if (w > 0 && PlacePhrases.isUnitNoun(norm.get(w - 1))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Gives an organization the knowledge base lacks, or a place named after an administrative unit's noun,
         * without a country, the country of a nationality adjective right after one of its mentions (فياريال
         * الإسباني، معهد البترول الأميركي، محافظة مطروح المصرية); not when a person's name follows
         * the adjective, whose nationality it gives (ضم يونايتد الأرجنتيني سيرخيو روميرو).
         */
        void countriesOfOrganizationsByAdjective() {
            for (Found f : found.values()) {
                if (f.entry != null || f.type != EntityType.ORG && !namedAfterUnitNoun(f) || f.country != null) {
                    continue;
                }
                for (Mention m : f.mentions) {
                    String country = adjectiveCountryAfter(m.end());
                    if (country != null) {
                        f.country = country;
                        break;
                    }
                }
            }
        }

        /**
         * Gives an organization or place the knowledge base lacks, without a country, the country of the known place
         * right after one of its mentions with ب or في: "الإدارة العامة للتعليم بمنطقة الباحة", "حي النرجس
         * بالرياض" and "محافظة الحرث بمنطقة جازان" are Saudi, "معهد فراونهوفر في برلين" German; or after words that
         * say where it lies ({@link #LOCATING_WORDS}: "معتمدية الرقاب من ولاية سيدي بوزيد", "قرية الدالوة التابعة
         * لمحافظة الأحساء", "مدينة العين، جنوب مدينة لودر"). A place that gains a country so gives it to the places
         * it holds ("مسجد الحسين بحي العنود بالدمام"); a body takes a known place's only. Not an organization whose
         * name says it is international (مجموعة الأزمات الدولية في أفغانستان works there, from abroad).
         */
        void countriesByPlace() {
            Map<Integer, String> known = null;
            for (Found f : found.values()) {
                if (f.entry == null && f.country == null && f.type == EntityType.ORG
                        && !isInternational(f.nameWords())) {
                    known = known != null ? known : placeCountriesByStart(false);
                    f.country = countryOfPlaceAfter(f, known);
                }
            }
            boolean gained = true;
            for (int round = 0; gained && round < MOST_PLACE_ROUNDS; round++) {
                gained = false;
                Map<Integer, String> places = null;
                for (Found f : found.values()) {
                    if (f.entry == null && f.country == null
                            && (f.type == EntityType.LOC || f.type == EntityType.GPE)) {
                        places = places != null ? places : placeCountriesByStart(true);
                        f.country = countryOfPlaceAfter(f, places);
                        gained |= f.country != null;
                    }
                }
            }
        }

        /** The country of the first known place in {@code places} that lies after a mention of {@code f}, or null. */
        private String countryOfPlaceAfter(Found f, Map<Integer, String> places) {
            for (Mention m : f.mentions) {
                for (int start : placeStartsAfter(m.end())) {
                    String country = places.get(start);
                    if (country != null) {
                        return country;
                    }
                }
            }
            return null;
        }

        /**
         * Gives an organization the knowledge base lacks, still without a country, the country of a known city or
         * capital named whole inside one of its name's mentions after its first word: "نادي حائل الأدبي" and "غرفة
         * تجارة الرياض" are Saudi, "سبارتاك موسكو" Russian. A body is where the city it names is. Not a name that
         * says it is international, nor a city with ل (جائزة الملك فيصل للقدس, for Jerusalem, not in it), nor one of
         * two cities of different countries.
         */
        void countriesOfCities() {
            for (Found f : found.values()) {
                if (f.entry == null && f.country == null && f.type == EntityType.ORG
                        && !isInternational(f.nameWords())) {
                    f.country = cityCountryInside(f);
                }
            }
        }

        /** The one country of the known cities named inside a mention of {@code f} after its first word, or null. */
        private String cityCountryInside(Found f) {
            String country = null;
            for (Mention m : f.mentions) {
                if (m.kind() != MentionKind.NAME) {
                    continue;
                }
                int w = ProposedWords.firstWordEndingAfter(words, m.start()) + 1;
                for (; w < words.size() && words.get(w).end() <= m.end(); w++) {
                    NameMatch city = names.match(w);
                    if (city == null || city.blocked() || !city.named().isCity() || city.end() > m.end()
                            || city.start() != words.get(w).start() || city.named().country() == null) {
                        continue;
                    }
                    if (country != null && !country.equals(city.named().country())) {
                        return null;
                    }
                    country = city.named().country();
                }
            }
            return country;
        }

        /**
         * The countries of the known places by the start of each of their mentions, and {@code withUnknown} those of
         * the places the knowledge base lacks that have a country already (حي العنود of "مسجد الحسين بحي العنود
         * بالدمام"); a body takes none of these, as a body's event is held where it is not (منظمة الجواد العربي
         * بمدينة شانتييه بفرنسا).
         */
        private Map<Integer, String> placeCountriesByStart(boolean withUnknown) {
            Map<Integer, String> places = new HashMap<>();
            for (Found g : found.values()) {
                boolean place = g.type == EntityType.GPE || g.type == EntityType.LOC;
                if (place && g.country() != null && (withUnknown || g.entry != null)) {
                    g.mentions.forEach(m -> places.put(m.start(), g.country()));
                }
            }
            return places;
        }

        /**
         * Where the name of a place that holds what ends at offset {@code end} may start, the nearest first: after ب
         * glued to the next word (بمنطقة الباحة), and after each of up to {@value #MOST_LOCATING_WORDS} words of
         * {@link #LOCATING_WORDS} that follow one another, with ب or ل glued to them or not (في ولاية كوينزلاند، من
         * معتمدية تالة، التابعة لمحافظة أبين، في شمال شرق القاهرة), at it or after its glued letter. A comma may stand
         * before the first; من counts only before a unit's noun ({@link #UNIT_NOUNS}, {@link PlacePhrases#isUnitNoun}:
         * من ولاية, not من الرياض "from Riyadh").
         */
        private List<Integer> placeStartsAfter(int end) {
            int j = wordAfter(end, 1);
            if (j < 0) {
                return List.of();
            }
            List<Integer> starts = new ArrayList<>(2);
            for (int n = 0; n <= MOST_LOCATING_WORDS; n++) {
                String word = norm.get(j);
                boolean glued = word.length() > 2 && (word.charAt(0) == 'ب' || n > 0 && word.charAt(0) == 'ل');
                if (n > 0) {
                    starts.add(words.get(j).start());
                }
                if (glued) {
                    starts.add(words.get(j).start() + 1);
                }
                boolean locating = LOCATING_WORDS.contains(word) || glued && LOCATING_WORDS.contains(word.substring(1))
                        || word.equals("من") && j + 1 < words.size() && (UNIT_NOUNS.contains(norm.get(j + 1))
                                || PlacePhrases.isUnitNoun(norm.get(j + 1)));
                if (!locating || j + 1 == words.size()
                        || !WordMatcher.onlySpacesBetween(text, words.get(j), words.get(j + 1))) {
                    break;
                }
                j++;
            }
            return starts;
        }


        /** Whether the normalized words of a name hold an adjective that makes it international: الدولية، العالمي. */
        private static boolean isInternational(List<String> nameWords) {
            return nameWords.stream().anyMatch(InstitutionPhrases.INTERNATIONAL_ADJECTIVES::contains);
        }

        /**
         * The country of the nationality adjective right after offset {@code end}, when neither a person nor a
         * definite word follows it (ضم يونايتد الأرجنتيني الدولي روميرو: the player's); or null.
         */
        private String adjectiveCountryAfter(int end) {
            int j = wordRightAfter(end);
            if (j < 0) {
                return null;
            }
            NameMatch m = index.match(text, words, norm, j);
            if (m == null || m.blocked() || m.kind() != MentionKind.ADJECTIVE || m.start() != words.get(j).start()) {
                return null;
            }
            int next = m.endWord();
            boolean goesOn = next < words.size() && (personAt(next) || norm.get(next).startsWith("ال"));
            return goesOn ? null : m.entry().country();
        }

        /** The word right after offset {@code end}, a word's end, with only spaces between; -1 for none. */
        private int wordRightAfter(int end) {
            return wordAfter(end, 0);
        }

        /**
         * The word after offset {@code end}, a word's end, with only spaces and up to {@code commas} commas between; -1
         * for none.
         */
        private int wordAfter(int end, int commas) {
            int j = ProposedWords.firstWordEndingAfter(words, end);
            if (j <= 0 || j >= words.size() || words.get(j - 1).end() != end) {
                return -1;
            }
            int seen = 0;
            for (int c = end; c < words.get(j).start(); c++) {
                char ch = text.charAt(c);
                if (ch == '،' || ch == ',') {
                    seen++;
                } else if (!WordMatcher.isSpace(ch)) {
                    return -1;
                }
            }
            return seen <= commas ? j : -1;
        }

        /** Whether a definite word follows word {@code i} with only spaces between: الاتحاد السعودي is no club. */
        private boolean beforeDefiniteWord(int i) {
            return i + 1 < words.size() && norm.get(i + 1).startsWith("ال")
                    && WordMatcher.onlySpacesBetween(text, words.get(i), words.get(i + 1));
        }

        /** Which words a mention of some entity covers. */
        private boolean[] coveredWords() {
            boolean[] covered = new boolean[words.size()];
            for (Found f : found.values()) {
                for (Mention m : f.mentions) {
                    int w = ProposedWords.firstWordEndingAfter(words, m.start());
                    for (; w < words.size() && words.get(w).start() < m.end(); w++) {
                        covered[w] = true;
                    }
                }
            }
            return covered;
        }

        private static boolean shortens(List<String> shorter, List<String> longer) {
            int n = shorter.size();
            if (longer.size() <= n) {
                return false;
            }
            boolean prefix = longer.subList(0, n).equals(shorter)
                    && !PersonNames.PATRONYMICS.contains(shorter.get(n - 1));
            boolean ends = n == 2 && longer.size() >= 3 && longer.get(0).equals(shorter.get(0))
                    && longer.get(longer.size() - 1).equals(shorter.get(1));
            return prefix || ends;
        }

        private static boolean before(Found a, Found b) {
            return a.mentions.get(0).start() < b.mentions.get(0).start();
        }

        private void rememberSurname(Found f, int first, int end) {
            if (f.type == EntityType.PERSON && PersonNames.lastWordStandsAlone(norm.subList(first, end))) {
                String last = norm.get(end - 1);
                surnames.putIfAbsent(last, f);
                surnameEnds |= 1L << last.charAt(last.length() - 1);
            }
            if (f.type == EntityType.PERSON && end - first >= 3 && opensFamilyNameOfTwo(end - 2)) {
                compoundSurnames.putIfAbsent(norm.get(end - 2) + " " + norm.get(end - 1), f);
            }
            // a known name's mention may open with its title (الأمير سعود الفيصل): the given name follows it
            int given = TITLES_BEFORE_GIVEN_NAMES.contains(norm.get(first)) || norm.get(first).equals(KING) ? first + 1
                    : first;
            if (f.type == EntityType.PERSON && end - given >= 2) {
                Found before = givenNames.putIfAbsent(norm.get(given), f);
                if (before != null && before != f) {
                    sharedGivenNames.add(norm.get(given));
                }
            }
        }

        /**
         * Whether the one-word person the tagger proposes at word {@code i} is the first name of the one person named
         * in full before it with that first name; the word then mentions that person.
         * <ul>
         *   <li>after a title (الأمير خالد، الشيخ يوسف، الدكتور ماهر), any given name; not after الملك: واجهة الملك
         *       عبدالله is a place;</li>
         *   <li>alone (هيلاري after هيلاري كلينتون, فاتن after فاتن حمامة, "وأضافت غادة"; a given name far more often
         *       another word alone is proposed only with a sign of a person, {@link LoneGivenNames}: وقال حسن), not
         *       one after آل، بن، أبو, which make it part of another
         *       name (آل سعود), or after الملك, nor one before a blessing (يوسف عليه السلام is the prophet, not يوسف
         *       القرضاوي).</li>
         * </ul>
         */
        private boolean givenNameOfOneNamedBefore(int i) {
            String word = norm.get(i);
            Found f = givenNames.get(word);
            if (f == null || sharedGivenNames.contains(word)
                    || !(afterTitleBeforeGivenName(i) ? PersonNames.GIVEN_NAMES.containsKey(word) : standsAlone(i))) {
                return false;
            }
            f.add(Mention.of(text, words.get(i).start(), words.get(i).end(), MentionKind.NAME), f.confidence, i);
            return true;
        }

        /** Whether a title of {@link #TITLES_BEFORE_GIVEN_NAMES} stands right before word {@code i}. */
        private boolean afterTitleBeforeGivenName(int i) {
            return i > 0 && TITLES_BEFORE_GIVEN_NAMES.contains(norm.get(i - 1))
                    && WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i));
        }

        /**
         * Whether the first name at word {@code i} may stand alone for a person named before: a given name of the list
         * but علي, or a {@link #firstNameOffTheList} (ميلتون after ميلتون ازراتي); not after a head of a compound, و
         * allowed before it (وأبو معاوية).
         */
        private boolean standsAlone(int i) {
            String before = i > 0 ? WordMatcher.withoutConjunction(norm.get(i - 1)) : "";
            return (PersonNames.givenNameAlone(norm.get(i)) || firstNameOffTheList(i))
                    && !PersonNames.COMPOUND_HEADS.contains(before)
                    && !PersonNames.PATRONYMICS.contains(before) && !before.equals(KING)
                    && !ProposalBounds.blessingAt(norm, i + 1);
        }

        /**
         * Whether word {@code i} may be a first name that {@code given-names.tsv} lacks, as foreign names and
         * compounds of عبد are: no head of a compound or patronymic, a letter glued to it or not (ابن، لأبي), nor a
         * listed given name with a letter glued to it (وليلى after وليلى الشتاوي may be another Leila), nor a compound
         * of عبد before a definite word, which is more often another man's family name that the tagger left out
         * (عبدالله الجنوبي after عبدالله المحسن).
         */
        private boolean firstNameOffTheList(int i) {
            String word = norm.get(i);
            if (PersonNames.GIVEN_NAMES.containsKey(word) || PersonNames.isGivenNameAfterLetter(word)
                    || nameHead(word) || nameHead(word.substring(1))) {
                return false;
            }
            return !(word.startsWith(ABD) && beforeDefiniteWord(i) && !RELATIVES.contains(norm.get(i + 1)));
        }

        private static boolean nameHead(String word) {
            return PersonNames.COMPOUND_HEADS.contains(word) || PersonNames.PATRONYMICS.contains(word);
        }

        /**
         * Where a family name of أبو and a word after a person's full name ends (أبو صالح after أمل أبو صالح), its
         * words then mentioning that person; else -1.
         */
        private int compoundSurname(int i) {
            if (compoundSurnames.isEmpty() || i + 1 >= words.size() || !opensFamilyNameOfTwo(i)
                    || !WordMatcher.onlySpacesBetween(text, words.get(i), words.get(i + 1))) {
                return -1;
            }
            Found f = compoundSurnames.get(norm.get(i) + " " + norm.get(i + 1));
            if (f == null || norm.get(i).equals(PATRONYMIC) && i > 0 && (afterAName(i) || givenName(i - 1))) {
                return -1; // مشعل بن ماجد [بن عبدالعزيز]: the lineage of the name before
            }
            f.add(Mention.of(text, words.get(i).start(), words.get(i + 1).end(), MentionKind.NAME), f.confidence, i);
            return i + 2;
        }

        /**
         * Whether word {@code i} opens a family name of two words: أبو صالح، بن أحمد, or a given name of two words
         * (رضا [شرف الدين]), whose last word alone names no one.
         */
        private boolean opensFamilyNameOfTwo(int i) {
            return FAMILY_NAME_HEADS.contains(norm.get(i))
                    || PersonNames.compoundGivenNameHead(norm.get(i), norm.get(i + 1)) == 0;
        }

        private boolean surname(int i) {
            return surname(i, f -> true);
        }

        /** As {@link #surname(int)}, for a person named before that {@code accepted} holds for only. */
        private boolean surname(int i, Predicate<Found> accepted) {
            String word = norm.get(i);
            // every reading of a word ends as the word does: most words end unlike every surname
            if (word.isEmpty() || (surnameEnds & 1L << word.charAt(word.length() - 1)) == 0) {
                return false;
            }
            for (WordMatcher.Variant v : WordMatcher.Variant.of(word)) {
                Found f = surnames.get(v.word());
                if (f != null && (!accepted.test(f) || afterMediaNoun(i, words.get(i).start()))) {
                    return false; // قناة «فوكس» after سايمون فوكس: the channel
                }
                if (f != null && agreesWithNounBefore(i)) {
                    return true; // العمل العربي: the adjective, neither Nabil Elaraby named before nor a name
                }
                if (f != null) {
                    int start = WordMatcher.skipLetters(text, words.get(i).start(), v.cliticLetters());
                    if (alefMaqsuraForYa(text.substring(start, words.get(i).end()), f.name)) {
                        return false; // على after محمد علي is "on"
                    }
                    f.add(Mention.of(text, start, words.get(i).end(), MentionKind.NAME), f.confidence, i);
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether {@code written} ends in ى where the last word of the person's {@code name} ends in ي: they normalize
         * alike, but words so written (على، إلى، لدى، حتى) are far more often particles than the surname.
         */
        private static boolean alefMaqsuraForYa(String written, String name) {
            return written.endsWith("ى") && name.endsWith("ي");
        }

        /** Whether word {@code i} is a nisba agreeing with the definite noun before it (الأمن القومي العربي). */
        private boolean agreesWithNounBefore(int i) {
            String word = norm.get(i);
            return i > 0 && word.endsWith("ي") && WordMatcher.isDefiniteNisba(word)
                    && ProposalBounds.followsDefiniteNoun(text, words.get(i - 1), words.get(i), norm.get(i - 1));
        }

        /** A mention of the holder of a title, unless it names no one or a person's name follows it. */
        private void officeHolder(OfficeTitles.Holder title) {
            int next = title.endWord();
            if (title.entry() == null || next < words.size() && personAt(next)) {
                return;
            }
            Found f = found.computeIfAbsent(title.entry(), e -> Found.of((NameEntry) e));
            Mention mention = Mention.of(text, title.start(), title.end(), MentionKind.NOMINAL);
            f.add(mention, NOMINAL_CONFIDENCE, title.firstWord());
        }

        private boolean personAt(int i) {
            NameMatch m = index.match(text, words, norm, i);
            if (m != null && !m.blocked()) {
                return m.entry().type() == EntityType.PERSON;
            }
            return proposed.endAt(i) > i && proposed.at(i).type() == EntityType.PERSON;
        }

        /** Whether a nominal ({@link #nominals}) starts at word {@code i} and ends before word {@code end}. */
        private boolean nominalEndsAt(int i, int end) {
            WordMatcher.Hit<String> hit = nominals.match(text, words, norm, i);
            return hit != null && hit.endWord() == end;
        }

        /** Adds the nominal at word {@code i} to the entity it refers back to; whether there was one. */
        private boolean nominal(int i) {
            WordMatcher.Hit<String> hit = nominals.match(text, words, norm, i);
            if (hit == null) {
                return false;
            }
            Set<String> subtypes = ORGANIZATION_HEADS.get(hit.value());
            Found referent = null;
            Set<Found> ofSubtype = new HashSet<>();
            for (Found f : found.values()) {
                Set<String> heads = f.entry == null ? null : headsOf.get(f.entry);
                boolean refers = heads != null && heads.contains(hit.value())
                        || subtypes != null && opensWith(f, hit.value());
                if (refers && (referent == null || f.lastWord > referent.lastWord)) {
                    referent = f;
                }
                if (subtypes != null && isOfSubtype(f, subtypes)) {
                    ofSubtype.add(f);
                }
            }
            if (referent == null && ofSubtype.size() == 1) {
                referent = ofSubtype.iterator().next(); // النادي in an article naming one club, ريال مدريد
            }
            if (referent == null && INTERNATIONAL_NOMINALS.containsKey(hit.value())) {
                referent = lastInternationalBody(INTERNATIONAL_NOMINALS.get(hit.value()));
            }
            NameEntry country = referent == null ? countryReferredTo(hit.value()) : null;
            if (country == null && (referent == null || joinedTo(referent, i))
                    || namesAnotherOfItsKind(hit.endWord())) {
                return false;
            }
            if (country != null) {
                referent = found.computeIfAbsent(country, e -> Found.of(country));
            }
            referent.add(Mention.of(text, hit.start(), hit.end(), MentionKind.NOMINAL), NOMINAL_CONFIDENCE, i);
            return true;
        }

        /**
         * The country that {@code head} refers back to where no entity found so far has it: the country of the known
         * place named last ("المملكة" after "منطقة الرياض" is Saudi Arabia), else the country the article is
         * published in ("المملكة" in a Saudi paper). Null when neither has that head.
         */
        private NameEntry countryReferredTo(String head) {
            Found place = null;
            for (Found f : found.values()) {
                if (f.entry != null && f.entry.country() != null && (place == null || f.lastWord > place.lastWord)
                        && (f.type == EntityType.GPE || f.type == EntityType.LOC)) {
                    place = f;
                }
            }
            NameEntry ofPlace = place == null ? null : countryWithHead(place.entry.country(), head);
            return ofPlace != null ? ofPlace : countryWithHead(homeCountry, head);
        }

        /** The country of ISO code {@code code} (null: none) when {@code head} refers back to it, else null. */
        private NameEntry countryWithHead(String code, String head) {
            NameEntry country = code == null ? null : countriesByCode.get(code);
            return country != null && headsOf.get(country).contains(head) ? country : null;
        }

        /**
         * The known organization without a country named last whose name holds one of {@code nameWords} (الاتحاد
         * الدولي لكرة القدم، صندوق النقد الدولي، الأمم المتحدة), or null: what المنظمة الدولية refers back to where no
         * entry names it so. Not a council (مجلس الأمن الدولي): "الأمين العام للمنظمة الدولية" is the UN's.
         */
        private Found lastInternationalBody(List<String> nameWords) {
            Found last = null;
            for (Found f : found.values()) {
                if (f.entry != null && f.type == EntityType.ORG && f.entry.country() == null
                        && !f.normalizedName().startsWith("مجلس")
                        && nameWords.stream().anyMatch(f.normalizedName()::contains)
                        && (last == null || f.lastWord > last.lastWord)) {
                    last = f;
                }
            }
            return last;
        }

        /** Whether the nominal at word {@code i} is joined by و to the referent's mention right before it: مكة والمدينة. */
        private boolean joinedTo(Found referent, int i) {
            Mention last = referent.mentions.get(referent.mentions.size() - 1);
            int start = words.get(i).start();
            return text.charAt(start) == 'و' && last.end() <= start && text.substring(last.end(), start).isBlank();
        }

        /**
         * Whether a definite nisba or another adjective that makes a body of its own follows the nominal ending before
         * word {@code end}: المدينة الطبية، المدينة الاقتصادية، النادي الأهلي name places and clubs of their own,
         * الأمانة العامة a general secretariat, الهيئة العليا a high commission.
         */
        private boolean namesAnotherOfItsKind(int end) {
            return beforeDefiniteWord(end - 1) && (WordMatcher.isDefiniteNisba(norm.get(end))
                    || Appositions.GENERAL.contains(norm.get(end)) || OTHER_BODY_ADJECTIVES.contains(norm.get(end)));
        }
    }

    private static boolean isDefiniteFeminineNisba(String word) {
        return word.endsWith("يه") && WordMatcher.isDefiniteNisba(word);
    }

    /** Whether the name of the organization or group {@code f} opens with the noun {@code head}, with or without ال. */
    /**
     * Whether {@code f} is a known entry of one of {@code subtypes} (النادي after ريال مدريد, a club): the nominal
     * refers back to it only where it is the one such entry named so far and no name opening with the noun is,
     * since clubs and companies named once in passing took "النادي" and "الشركة" from the article's own one in
     * SaudiNewsNet (market reports name a company a sentence).
     */
    private static boolean isOfSubtype(Found f, Set<String> subtypes) {
        return f.entry != null && f.entry.subtype() != null && subtypes.contains(f.entry.subtype());
    }

    private static boolean opensWith(Found f, String head) {
        if (f.type != EntityType.ORG && f.type != EntityType.GROUP) {
            return false;
        }
        String name = f.normalizedName(); // a known entry's name is its entry's
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return first.equals(head) || first.equals("ال" + head);
    }

    private static double confidenceOf(MentionKind kind) {
        return switch (kind) {
            case NAME -> NAME_CONFIDENCE;
            case METONYM -> METONYM_CONFIDENCE;
            case ADJECTIVE -> ADJECTIVE_CONFIDENCE;
            default -> NOMINAL_CONFIDENCE;
        };
    }

    /** An entity being gathered: its entry (null for a proposal) and the mentions found so far. */
    private static final class Found {
        final NameEntry entry;
        final EntityType type;
        final String name;
        /**
         * The English name of a name the knowledge base lacks, when known (a facility's words, the name in Latin
         * letters the text gives beside it); else it is transliterated.
         */
        String nameEn;
        /** The country of a name the knowledge base lacks, when known (that of the city a facility is named after). */
        String country;
        final List<Mention> mentions = new ArrayList<>();
        double confidence;
        int lastWord = -1;
        /**
         * Whether this is a name of {@link Homonyms} the tagger proposed nowhere, kept only if it names a known entity:
         * a name the tagger proposes stays an entity of its own where the article means none of the known ones.
         */
        boolean unlessKnown;
        /**
         * The normalized name of {@link Homonyms} this entity was found by, when its own name is another: a title
         * opens the homonym (الملك عبدالله) and stays out of the name. Null otherwise.
         */
        String homonym;
        /** Whether a known person is named so far only by aliases found where the tagger proposes them (الأسد). */
        boolean byGuardedAliasOnly;
        /** The name normalized and its words, once asked for: the passes after the first ask again and again. */
        private String normalizedName;
        private List<String> nameWords;

        private Found(NameEntry entry, EntityType type, String name, String nameEn, String country) {
            this.entry = entry;
            this.type = type;
            this.name = name;
            this.nameEn = nameEn;
            this.country = country;
        }

        static Found of(NameEntry entry) {
            return new Found(entry, entry.type(), entry.nameAr(), null, null);
        }

        static Found proposed(EntityType type, String name) {
            return proposed(type, name, null);
        }

        /** A name the knowledge base lacks; {@code nameEn} null when it is to be transliterated. */
        static Found proposed(EntityType type, String name, String nameEn) {
            return new Found(null, type, name, nameEn, null);
        }

        /** Adds {@code more} to the mentions, kept in text order, and raises the confidence to at least {@code sureness}. */
        void take(Collection<Mention> more, double sureness) {
            mentions.addAll(more);
            mentions.sort(Comparator.comparingInt(Mention::start));
            confidence = Math.max(confidence, sureness);
        }

        /**
         * A name the knowledge base lacks, of {@code country} (ISO-3, or null): a facility named after a city, an
         * organization named with a nationality adjective.
         */
        static Found proposed(EntityType type, String name, String nameEn, String country) {
            return new Found(null, type, name, nameEn, country);
        }

        /** The name {@link Homonyms} knows it by: the homonym it was found as, else its normalized name. */
        String homonymName() {
            return homonym != null ? homonym : normalizedName();
        }

        /** The name, {@link ArabicNormalizer#normalize normalized}. */
        String normalizedName() {
            if (normalizedName == null) {
                normalizedName = ArabicNormalizer.normalize(name);
            }
            return normalizedName;
        }

        /** The words of the normalized name. */
        List<String> nameWords() {
            if (nameWords == null) {
                nameWords = List.of(SPACES.split(normalizedName().strip()));
            }
            return nameWords;
        }

        /** The entity's country: the knowledge base's, else the one its name was found with (or null). */
        String country() {
            return entry != null ? entry.country() : country;
        }

        void add(Mention m, double c, int word) {
            mentions.add(m);
            confidence = Math.max(confidence, c);
            lastWord = word;
        }

        /**
         * The entity found, its English name, where the knowledge base gives none, spelt as {@code spelling} has it
         * if a person's (Mohamed Mathlouthi in a Tunisian article), else as the Middle East's news spells it.
         */
        Entity toEntity(String id, LocalDate asOf, NameTransliterator.Spelling spelling) {
            if (entry == null) {
                String english = nameEn != null ? nameEn : NameTransliterator.toLatin(name,
                        type == EntityType.PERSON ? spelling : NameTransliterator.Spelling.MASHRIQ);
                boolean ministry = type == EntityType.ORG && MinistryPhrases.namesAMinistry(name);
                String subtype = ministry ? MinistryPhrases.SUBTYPE : null;
                // a name written in presentation forms (ﺟﺎﻣﻌﺔ) is named by its letters, as users search for it
                String letters = ArabicNormalizer.normalize(name, BASE_LETTERS);
                return new Entity(id, type, letters, english, null, country, subtype, List.of(), confidence, mentions);
            }
            String nameEn = entry.nameEn() != null ? entry.nameEn() : NameTransliterator.toLatin(entry.nameAr());
            return new Entity(id, type, name, nameEn, entry.kb(), entry.country(), entry.subtype(),
                    entry.titlesOn(asOf), confidence, mentions);
        }
    }

    /** Proposals placed on word indices: where each starts and the word after its last one. */
    private static final class ProposedWords {
        private final Proposal[] byFirstWord;
        private final int[] endWord;

        private ProposedWords(int words) {
            byFirstWord = new Proposal[words];
            endWord = new int[words];
        }

        static ProposedWords of(List<Proposal> proposals, List<Span> words) {
            ProposedWords out = new ProposedWords(words.size());
            for (Proposal p : proposals) {
                int first = firstWordEndingAfter(words, p.start());
                int end = first;
                while (end < words.size() && words.get(end).start() < p.end()) {
                    end++;
                }
                if (end > first && out.byFirstWord[first] == null) {
                    out.byFirstWord[first] = p;
                    out.endWord[first] = end;
                }
            }
            return out;
        }

        private static int firstWordEndingAfter(List<Span> words, int offset) {
            int lo = 0;
            int hi = words.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (words.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        Proposal at(int word) {
            return byFirstWord[word];
        }

        /** The word after the proposal starting at {@code word}, or {@code word} when none starts there. */
        int endAt(int word) {
            return byFirstWord[word] != null ? endWord[word] : word;
        }

        /** Whether a proposal that starts before word {@code word} goes on past it (ويست هام يونايتد). */
        boolean within(int word) {
            return runsFromBefore(word, word);
        }

        /** Whether a proposal starting before word {@code first} goes on past word {@code word} (ريد بول سالزبورغ). */
        boolean runsFromBefore(int first, int word) {
            return startsBefore(first, end -> end > word);
        }

        /** Whether a proposal ends right before word {@code word}: a word after it may be its last (ويست هام يونايتد). */
        boolean endsBefore(int word) {
            return startsBefore(word, end -> end == word);
        }

        /** Whether a proposal starts within {@link #MAX_WORDS_BEFORE} words before {@code word} with an {@code end}. */
        private boolean startsBefore(int word, IntPredicate end) {
            for (int first = word - 1; first >= 0 && first >= word - MAX_WORDS_BEFORE; first--) {
                if (byFirstWord[first] != null && end.test(endWord[first])) {
                    return true;
                }
            }
            return false;
        }

        /** The most words before a word that {@link #startsBefore} looks back over for a proposal's start. */
        private static final int MAX_WORDS_BEFORE = 6;
    }
}
