package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Mends the bounds of a name that the statistical tagger proposes where the words show it ran past the name or
 * stopped short of it.
 *
 * <p>Rules, in this order:
 * <ol>
 *   <li>An opening quote mark between two words of the proposal opens the name: "و«بوكس أوفس موجو" is بوكس أوفس
 *       موجو, "لـ«القاعدة" is القاعدة; the letter before the quote is a clitic, the words before it another phrase.
 *       A closing one ends it: in «مجلة القلب»إلى the tagger ran on. A plain " goes with the word it is glued to;
 *       glued to both, it opens after a one-letter clitic (و"بلاتو), else by the count of plain quotes before it
 *       in its line. A closing mark glued to both after a one-letter clitic was typed to open (و»الحرافيش»). A
 *       function word left alone (إلى) is no name.</li>
 *   <li>A proposal that opens with a particle of a clause (لم، قد، لا، ثم، with و or ف) is no name, nor one that
 *       opens with a demonstrative of the dual or the plural (هذان الشخصان، هاتان المادتان، هؤلاء).</li>
 *   <li>A preposition, a personal pronoun or إنّ (فإن، وإن) at the start is no part of the name (في كيليس، أنا سعيد),
 *       nor لي "to me" before an Arabic given name or a definite word (قال لي عمر; لي كوان يو is Lee Kuan Yew), after
 *       which one definite word left that is no nisba is no name either (قال لي السيد),
 *       nor, in a person's name, the particle of a call (يا منير), a verb of speech or كان (وأضاف زكريا، وأفاد خليل،
 *       وكان العبيدي، وأشارت القحطاني; طالب and أبان only before a family name alone: وطالب العثمان، وأبان دبوان), ل
 *       and a definite noun (للمغني، للحي: a given name like الجوهرة aside; one word left that agrees with it is no
 *       name: للضيف الكريم), a title (الأمير تركي بن محمد is تركي بن محمد, and الأمير his role), a noun that heads an
 *       organization's name (قوات صالح، مستشفى الملك فيصل) or a place's (جامع الراجحي، حي النرجس), a definite word
 *       before a given name that is none itself (المنشد فهد مطر، الكويتي جاسم; the Maghreb's الطيب صالح aside), a word
 *       that dates or praises a role (السابق زيكو، الراحل طلال مداح), ب or ل glued to a common noun (بضم بدرو، بخلاف
 *       المالكي; the glued word may be rare where the noun is no name word and no name of the knowledge base begins
 *       there: برحيل سامي): the name starts after them when words are left, and one word left after such a noun that is
 *       no given name is none (بدور إيجابي); a title without the article alone (بروفيسور، معالي) is no person (الشيخ
 *       alone may be the family's name). باسم after a word of naming or of speaking for someone is ب and اسم, no given
 *       name: "المعروفة باسم أم سياف" is أم سياف, and "المتحدث الرسمي باسم لجنة الاحتراف" names a body, no person.</li>
 *   <li>A word with tanween ends the name before it: names take no case ending, so "قائلاً" after
 *       "عبدالله المسند" and "راتبًا" after "رونالدو" are the sentence going on; a proposal that opens with such a
 *       word ("خلفًا", "داعياً الله") is no name, nor is one with بالله after a word that opens no compound
 *       name with it (الإيمان بالله، حسن الظن بالله; not منتصر بالله), a verb in the future alone (سيلتقيان،
 *       فسيضطرون), one of the dual or plural whose singular news uses (يسكنان، فيستمعون), or either before one
 *       common word that is no given name (يستحقون زكاة، ويدرسون جدوى; not فيريدون خافاند), a nisba with the
 *       accusative's ا alone (إلكترونيا، دستوريا; not صوفيا, nor a name of the knowledge base) or أم alone ("or", "a
 *       mother"), but for a place's أم, which takes the word after it (قرية [أم] قصر). So does a word that carries
 *       the sentence on and never stands in a name: an adverb news writes without its tanween (منصور البلوي
 *       مباشرة), وعدد، وزملاؤه، بسمو، إثر. In a
 *       person's name so does a later word that never stands in one: the pronoun of a copula (زيكو هو الوحيد; not
 *       in a name with a syllable of an East Asian name, where هو and هي are syllables too: كواك تاي هي), أن and
 *       إن, a conjunction, a relative, an adverb of time or a preposition with a pronoun (حمدان أثناء، شينزو آبي
 *       لكن، فيصل معه), and a common noun in the indefinite accusative written without its tanween, the name's state
 *       (كوربن زعيما، كورمان متحدثا; after a rare foreign given name alone it is the surname, لاسانا ديارا, unless a
 *       participle's م opens it, إنريكي متحدثا). In a name of any type so does a verb in the future, س and an imperfect
 *       verb common in news by itself or by its singular (صلاح المزروع سيرأس، فهد كفاين سيعودون، إبراهيم البلوي
 *       سيتواجدان، فريق كابيلو سيفوز; not after a long vowel, as in the foreign names ستورك، سيونغ); at its start such
 *       a verb is left out (وسيسافر [تشونغ مونغ جون]), and one common word after it that is no given name is no name
 *       (سيزداد سوءا). In a name that follows أما in its sentence, the answer of أما (ف glued to a common word without
 *       the article that is no given name) ends it, and alone is no name: "أما المواطن سيف القحطاني فأبدى سعادته".</li>
 *   <li>An honorific of address at a person's name's end (معالي، سمو، فضيلة) opens the next person's title and is
 *       left out: "يوسف الظاهري معالي رئيس الهيئة"; one word before it alone is no name ("كرم سمو أمير المنطقة",
 *       "برعاية معالي الوزير").</li>
 *   <li>A blessing after a name ends it: "ابن باز رحمه الله", "الملك حفظه الله", "محمد صلى الله عليه وسلم" (or its one
 *       ligature, ﷺ, which alone is no name), "عائشة رضي الله عنها", and the praise of God a speaker opens with ("صالح
 *       القحطاني الحمد لله", or misspelt الحمد الله), and one said of two or more after the last of a list ("الملك فهد
 *       والملك عبدالله رحمهما الله"). In a person's name so does a title glued to و, which opens the next person of a
 *       list ("بوتفليقة والشيخ علي"), a title at its end that opens the next name (محمد الطاهري النقيب محمد الحجري), or
 *       a noun glued to و with a pronoun or the feminine ending ("عصام الملا ومساعده"), and such a title alone is no
 *       person; and so does a later word opening with ل and the article, a complement of the noun before the name
 *       (مبادرة الملك عبدالله للسلام).</li>
 *   <li>One word left is no name before لله (الحمد لله), nor, in a person's name, حسن or رضا before a definite word
 *       (حسن الجوار، رضا المستفيدين) or صالح after في or من or with ل (لصالح: "in favour of"), nor when it carries the article and
 *       follows a word with the article that is no title, person's noun, given name or nisba adjective: it agrees
 *       with that noun (الذكر الحكيم، الديوان الملكي، التحالف العربي), where after a person's noun it is a family
 *       name (المحامي السنيدي، القنصل السعودي الخالدي); nor, in an organization's, a nisba after a definite noun that
 *       heads no organization's name (التعليم الأهلي is private education; النادي الأهلي stays). Two words left, a
 *       noun that heads an organization's name and a feminine nisba, both without the article, are a description
 *       and no name (منظمة إرهابية، جامعة كورية; names of that shape take the article: المنظمة الدولية).</li>
 *   <li>A name that ends in a word needing its complement (آل، بن، ابن، بنت، أبو، أبي، عبد, and the New, San and
 *       Los of foreign names: نيو، سان، سانت، سانتا، لوس) takes the word after it when only spaces part them: the tagger stopped at
 *       the title الشيخ in "عبدالعزيز آل الشيخ", and at نيو in "نيو إنغلاند"; a person's
 *       name right before آل and its complement takes both (عبداللطيف بن عبدالملك [آل الشيخ]), and one that ends in
 *       a father's name after بن or بنت the definite family name after it (نبيل بن عبدالله [الطويل]), unless that is
 *       a title or a feminine nisba (جامعة الإمام محمد بن سعود الإسلامية); and a given name alone the definite word
 *       after it when that word is rare in news, as family names are and the words that qualify a noun are not:
 *       the tagger proposes "سامي" of "سامي الملحم", and "أنس" of "أنس الأهدل". So does a
 *       place's name that ends in a noun opening place names (سيدي، بني، عين، منزل، حمام، وادي، شط...), after its
 *       clitic ("[بسيدي] بوعلي" is سيدي بوعلي), and a place's name right after such a noun starts with it: "بني
 *       [خلاد]" is بني خلاد, "بسيدي [بوعلي]" سيدي بوعلي. A person's name ending in the particle of a European
 *       surname (دي، دا، فان، فون، ديل, as written) takes the word after it when that word is rare in news:
 *       برايان دي [بالما]; not فان شرق تركيا.</li>
 *   <li>A person's name starts with the family's آل right before it (السفير آل جابر), or with a given name right
 *       before it (after a glued و; with ل before a definite given name, للشاذلي العرفاوي), which the tagger often leaves
 *       out when it is a verb or noun too: "طلعت [زكريا]" is طلعت زكريا; not before a name opening with و, the next
 *       of a list, nor for given names that are far more often a preposition, verb or adjective there (على، باسم،
 *       صادق، تركي). So does the first word of a two-word given name before its last, past its clitics: "بحسب علم
 *       [الدين]" is علم الدين, "لعز [الدين]" عز الدين; and that last word alone is no name ("فعالية [الدين]",
 *       religion), nor is it with a noun before it that is no given name (رجال الدين "clergy", باسم الدين "in the
 *       name of religion", سداد الدين "paying the debt"). A given name alone that opens a role of two words with the
 *       word after it is none either: "أمين مجلس التنمية", "أمين الصندوق". A person's proposal that starts inside a
 *       given name, after letters that read as a conjunction and the article, takes them back: "و[التر] بالمر" is
 *       والتر بالمر, "ف[اليري] آموس" فاليري آموس.</li>
 *   <li>A name of any type that opens with أم or أبو and a given name is a person's kunya: the tagger proposes
 *       "أم سعد" as an organization; so is one that opens with a lineage, a given name, بن and a father's given
 *       name ("الأمير بندر بن فيصل آل سعود" after the name of a programme); and so is one of two or three words that
 *       opens with a foreigner's given name, after no noun of a body or facility and, quoted, after a role or a
 *       nationality's adjective (مساعد وزير الدفاع أندرو إكسوم, which the tagger typed a place).</li>
 * </ol>
 * Before mending, {@link #split} cuts a proposal at the line breaks between its words and a person's before a
 * given name glued to و, around the pronoun of a copula between two names (رافسنجاني هو حسن الخميني), and at a
 * title between two names (أبوسكينة النقيب زهير الشهري).
 * Stateless.
 */
public final class ProposalBounds {
    /** Normalized words that stand only in front of the rest of a name: آل is written ال once normalized. */
    private static final Set<String> NEEDS_COMPLEMENT = Set.of("ال", "بن", "ابن", "بنت", "ابو", "ابي", "عبد",
            "نيو", "سان", "سانت", "سانتا", "لوس");
    /**
     * The particles of European surnames, as written (فان, not فإن "for"): دي بالما، دي خيا، فون غوته. The word
     * after one completes a person's name when it is rare in news: فان شرق تركيا is Van, east of Turkey.
     */
    private static final Set<String> SURNAME_PARTICLES = Set.of("دي", "دا", "فان", "فون", "ديل");
    /** A gate, which opens the names of quarters (بباب سعدون), none of them a person's. */
    private static final String GATE = "باب";
    /** A valley, as written, which opens the names of valleys and of the places named after them (وادي حسان). */
    private static final String VALLEY = "وادي";
    /** The fewest letters of an adverb made of a nisba and the accusative's ا (ماديا); كيا is a carmaker. */
    private static final int MIN_ADVERB_OF_NISBA = 5;
    /** The fewest letters of a noun in the indefinite accusative after a name (زعيما); ماتا and بابا are names. */
    private static final int MIN_ACCUSATIVE_NOUN = 5;
    /** The م that opens a participle (متحدثا، مضيفا), which a foreigner's surname in the accusative seldom does. */
    private static final String PARTICIPLE = "م";
    /** The fewest letters of a feminine nisba describing an organization's head noun (دولية); عربية has five. */
    private static final int MIN_DESCRIBING_NISBA = 5;
    /** The fewest letters of the noun after a glued ب or ل that ends a person's name (بمنسوبي; not بري، بحر). */
    private static final int MIN_NOUN_AFTER_PREPOSITION = 3;
    /** The letters of long vowels, which open a foreign name's syllable after ب or ل (بيليه، لوبين، بابا). */
    private static final String LONG_VOWELS = "اوي";
    /** The given name as written, with a dotted ya; the preposition على ends in alef maqsura. */
    private static final String ALI_WITH_YA = "علي";
    private static final char ALEF_MAQSURA = 'ى';
    /**
     * Personal pronouns as written, without diacritics: "أنا سعيد" is "I am happy", and a name the tagger proposes
     * starts after one ("شخصين هما بشار عبدالعظيم"); آنا is Anna.
     */
    private static final Set<ArabicNormalizer.Step> UNDIACRITIZE = EnumSet.of(ArabicNormalizer.Step.REMOVE_DIACRITICS,
            ArabicNormalizer.Step.REMOVE_TATWEEL);
    private static final Set<String> PRONOUNS = Set.of("أنا", "انا", "نحن", "أنت", "انت", "أنتم", "انتم", "هو", "هي",
            "هم", "هما");
    /** {@link #PRONOUNS} normalized: a word whose normalized form is none of them is no pronoun as written either. */
    private static final Set<String> NORMALIZED_PRONOUNS = normalizedAll(PRONOUNS);
    /**
     * The definite words that open a role in {@code role-heads.tsv} (المتحدث، المدير), normalized: after a name they
     * are its apposition, no family name (العقيد بن دايس المتحدث الرسمي). Not ranks, which are family names too
     * (إبراهيم النقيب).
     */
    private static final List<TsvTable.Row> ROLE_HEADS = Appositions.ROLE_HEAD_ROWS;
    private static final Set<String> DEFINITE_ROLE_WORDS = ROLE_HEADS
            .stream().filter(row -> !row.column(2).equals("rank"))
            .map(row -> ArabicNormalizer.normalize(row.column(0).split(" ")[0]))
            .filter(word -> word.startsWith("ال")).collect(Collectors.toUnmodifiableSet());
    /**
     * The role heads of one word in construct ({@code role-heads.tsv}: خبير، مستشار، مؤسس), normalized, that are no
     * name word too ({@link NameTransliterator#isNameWord}): after a name they open its apposition ("سميون باغداساروف
     * خبير الشرق الأوسط"), no part of it. Not ranks, nor the abbreviations of titles.
     */
    private static final Set<String> CONSTRUCT_ROLE_WORDS = ROLE_HEADS.stream()
            .filter(row -> !row.column(2).equals("rank") && !row.column(0).contains(" ")
                    && !row.column(0).startsWith("ال") && !row.column(0).endsWith("."))
            .map(row -> ArabicNormalizer.normalize(row.column(0)))
            .filter(word -> !NameTransliterator.isNameWord(word)).collect(Collectors.toUnmodifiableSet());
    /**
     * The role heads of two words in {@code role-heads.tsv} whose first word is a given name too (أمين عام، أمين
     * مجلس), normalized: that word alone before the second is the role's, no person.
     */
    private static final Set<String> ROLE_HEADS_OF_TWO_WORDS = ROLE_HEADS.stream()
            .map(row -> ArabicNormalizer.normalize(row.column(0)))
            .filter(head -> head.split(" ").length == 2 && PersonNames.GIVEN_NAMES.containsKey(head.split(" ")[0]))
            .collect(Collectors.toUnmodifiableSet());
    /**
     * Words that date or praise a role before the name, normalized: the qualifiers of office titles ({@code
     * office-title-cues.tsv}: "النجم البرازيلي السابق زيكو", "الفنان الراحل طلال مداح") and words of fame ("الروائي
     * الشهير باولو كويلو"، "الفنان السعودي المعروف رابح صقر"); no name starts with them.
     */
    private static final Set<String> EPITHETS = epithets();
    private static Set<String> epithets() {
        Set<String> words = new HashSet<>(OfficeTitles.shippedQualifiers());
        words.addAll(WordMatcher.normalized("الشهير", "الشهيرة", "المعروف", "المعروفة", "المخضرم", "المخضرمة"));
        return Set.copyOf(words);
    }

    /** Titles of kings and princes, normalized: after one, the lineage of a royal ends the name (فيصل بن خالد الجهات). */
    private static final Set<String> ROYAL_TITLES = WordMatcher.normalized("الملك", "الأمير", "الأميرة");
    /** Words that qualify the noun before them, normalized: في، الذي، التي (a definite word's start). */
    private static final Set<String> QUALIFYING_WORDS = Set.of("في", "الذي", "التي");
    /** The words before a father's name, normalized: بن، بنت. */
    private static final Set<String> LINEAGE = Set.of("بن", "بنت");
    /** بالله "in God", normalized, and the normalized words that open a compound name with it (معتصم بالله). */
    private static final String BILLAH = "بالله";
    private static final Set<String> BILLAH_HEADS = Set.of("معتصم", "منتصر", "معتز", "واثق", "مستنصر", "مهتدي",
            "مستعين", "متوكل", "مقتدر", "مستكفي", "مطيع", "قائم", "ظاهر", "حاكم", "جاء", "عز");
    /** Words of praise, normalized, that open a speaker's words before لله "to God" or, misspelt, الله. */
    private static final Set<String> PRAISES = Set.of("الحمد", "الشكر");
    /** The particles that call the person named after them, normalized: "يا منير"، "أيها". */
    private static final Set<String> VOCATIVES = WordMatcher.normalized("يا", "أيها", "أيتها");
    /** The most words of a foreigner's name typed otherwise that {@link #isForeignersName} retypes. */
    private static final int MOST_FOREIGN_NAME_WORDS = 3;
    /** "And" in foreign firms' names, normalized: إرنست آند يونج. */
    private static final Set<String> AND_OF_FOREIGN_NAMES = WordMatcher.normalized("آند", "أند", "اند");
    private static final Facilities FACILITY_NOUNS = Facilities.SHIPPED;
    /** أما as written ({@link #ammaBefore}), and how far before a name it may stand: "أما الشاعر والناقد شعبان". */
    private static final Set<String> AMMA = Set.of("أما", "وأما", "اما", "واما");
    private static final int MOST_WORDS_AFTER_AMMA = 6;
    /** أم normalized: the head of a mother's kunya, and the conjunction "or". */
    private static final String MOTHER_OF = "ام";
    /**
     * The letters that open an imperfect verb of the third person or of "we" (يعود، تعود، نعود) after the future's
     * س; not the first person's أ, which news rarely writes after a name and which سا opens many a foreign name
     * with (سايتو، سالمان).
     */
    private static final String IMPERFECT_PREFIXES = "يتن";
    /**
     * Normalized words a name's next word completes, so that a title after them is a name's part: بن الشيخ، ولد
     * الشيخ أحمد، عبد الأمير، أبو الأمير، آل الشيخ (آل reads as the article once normalized).
     */
    private static final Set<String> COMPLETED_BY_NEXT = Set.of("بن", "بنت", "ابن", "ولد", "عبد", "ابو", "ابي", "ام",
            "ال");
    /**
     * The one-word military ranks, normalized: the ranks of {@code role-heads.tsv} (النقيب، الرائد، الملازم) and
     * اللواء، العقيد، العميد. A rank that ends a person's name the tagger proposes and a given name follows is the
     * next man's (lists of soldiers: محمد الطاهري النقيب محمد الحجري).
     */
    private static final Set<String> RANKS = ranks();
    private static Set<String> ranks() {
        Set<String> ranks = ROLE_HEADS.stream()
                .filter(row -> row.column(2).equals("rank") && !row.column(0).contains(" "))
                .map(row -> ArabicNormalizer.normalize(row.column(0))).collect(Collectors.toCollection(HashSet::new));
        ranks.addAll(WordMatcher.normalized("اللواء", "العقيد", "العميد"));
        return Set.copyOf(ranks);
    }
    /**
     * Titles that stand between two names as the later one's ({@link #isTitleBetweenNames}): {@link #RANKS} and the
     * titles of princes, sheikhs, doctors, engineers and poets, normalized. Not السيد, الإمام or الحاج, which are
     * family names too (ناصر السيد إسماعيل، عثمان الإمام محمد).
     */
    private static final Set<String> TITLES_BETWEEN_NAMES = titlesBetweenNames();
    private static Set<String> titlesBetweenNames() {
        Set<String> titles = new HashSet<>(RANKS);
        titles.addAll(WordMatcher.normalized("الأمير", "الأميرة", "الشيخ", "الشيخة", "الدكتور", "الدكتورة", "المهندس",
                "المهندسة", "الشاعر", "الشاعرة"));
        return Set.copyOf(titles);
    }
    /** عبد, the head of a father's name written in two words (بن عبد الله). */
    private static final String SERVANT = "عبد";
    /** The first words of a kunya, normalized: أم سعد، أبو فهد. */
    private static final Set<String> KUNYA_HEADS = Set.of("ام", "ابو");
    /**
     * Nouns that open the names of places, of the Maghreb above all, and need the word after them (not حي or مدينة,
     * which name the kind of place before its name): سيدي بوزيد، بني
     * خلاد، عين البيضاء، منزل بورقيبة، حمام سوسة، وادي الليل; normalized.
     */
    private static final Set<String> PLACE_HEADS = WordMatcher.normalized("سيدي", "عين", "بني", "منزل", "حمام", "بئر", "دار", "وادي",
            "شط", "جبل", "رأس", "برج", "قلعة");
    /** Particles that open clauses, never names, with their conjunctions: لم، ولم، قد، فقد، لا، لن، ثم... */
    private static final Set<String> PARTICLES = Set.of("لم", "ولم", "فلم", "لن", "ولن", "قد", "وقد", "فقد", "لا",
            "ولا", "فلا", "ثم", "كما", "حيث", "بينما", "لكن", "ولكن", "لقد", "ولقد");
    /** Demonstratives of the dual and the plural, normalized, opening a noun phrase: هذان الشخصان، هاتان المادتان. */
    private static final Set<String> PLURAL_DEMONSTRATIVES = WordMatcher.normalized("هذان", "هاتان", "هذين", "هاتين",
            "هؤلاء", "أولئك", "وهذان", "وهاتان", "وهؤلاء");
    /** Prepositions the tagger took into a name's start (في كيليس); not على, which is how many write علي. */
    private static final Set<String> LEADING_PREPOSITIONS = Set.of("في", "من", "الي", "عن", "مع");
    /** Titles, ranks, honorifics and nouns of persons before a person's name: the name is what follows (الأمير تركي). */
    private static final Set<String> TITLES = WordMatcher.normalized("الملك", "الامير", "الاميره", "الشيخ", "الشيخه", "الامام",
            "السيد", "السيده", "الدكتور", "الدكتوره", "المهندس", "المهندسه", "الاستاذ", "الاستاذه", "الرئيس", "اللواء",
            "العقيد", "العميد", "الفريق", "المقدم", "الرائد", "النقيب", "ركن", "الركن", "الشهيد", "المواطن", "المواطنه",
            "الزميل", "الزميله", "الفنان", "الفنانه", "اللاعب", "الشاعر", "معالي", "سمو", "فضيله", "سماحه", "البروفيسور",
            "بروفيسور", "البروفسور", "بروفسور", "المدرب", "المدربه", "المحامي", "المحاميه", "الطالب", "الطالبه",
            "الداعيه", "الكاتب", "الكاتبه", "الاعلامي", "الاعلاميه", "الباحث", "الباحثه", "الحكم", "الروائي",
            "الخليفه", "البطريرك", "المرجع", "المطران", "القاضي", "الوزير", "الوزيره", "السفير", "السفيره", "المحافظ",
            "النائب", "المخرج", "المخرجه", "المطرب", "المطربه", "الممثل", "الممثله", "المغرد", "الناشط",
            "الناشطه", "الرحاله", "المؤرخ", "الفيلسوف", "الطبيب", "الطبيبه", "المستشار", "الجنرال", "الاخ", "الاخت", "الحاج",
            "الحاجه", "المعلم", "المعلمه", "العريس", "المهاجم", "المدافع", "الحارس", "الكابتن");
    /**
     * Normalized words that complete no name: pronouns, prepositions, relatives (not علي: بن علي is Ali's son), لي
     * "to me" (قال لي: the Chinese لي stands in longer names).
     */
    /** لي, "to me" and the East Asian Lee. */
    private static final String TO_ME = "لي";
    private static final Set<String> FUNCTION_WORDS = Set.of("هو", "هي", "نحن", "في", "من", "الي", "عن", "مع", "الذي",
            "التي", "ان", "انه", "قد", "لا", "لم", "ما", "لي");

    /**
     * Words that carry the sentence on after a name and never stand in one: adverbs whose tanween news leaves
     * unwritten (مباشرة، حاليا، مؤخرا; هدفا, a goal scored, and بهدف، بهدفين, won by a goal or two or "aiming to";
     * سائلا الله، داعيا الله, asking God; the participles of speech after a speaker, مؤكدا، موضحا، مشيرا، قائلا),
     * "and a number of", "and his colleagues", "with His Highness" (بسمو), prepositions of cause and time (إثر، عقب،
     * جراء), the object زيارة of "يؤدي ... زيارة" ("pays a visit"), كما ("as"), and the words of records and forms:
     * مواليد ("born in", مبارك ملفي مواليد 1986) and السيرة (حسن السيرة والسلوك, "good conduct"). Normalized.
     */
    private static final Set<String> SENTENCE_WORDS = WordMatcher.normalized("مباشرة", "فورا", "حاليا", "سابقا",
            "لاحقا", "مؤخرا", "رسميا", "شخصيا", "جدا", "دائما", "غالبا", "تماما", "خصوصا", "مجددا", "عددا", "وعدد", "وعددا",
            "بسمو", "لسمو", "وزملاؤه", "وزملائه", "وزملاءه", "ورفاقه", "إثر", "عقب", "جراء", "هدفا", "هدفين", "بهدف",
            "بهدفين", "سائلين", "سائلا", "سائلة", "داعيا", "داعين", "راجيا", "راجين", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
            "مشيرا", "مضيفا", "مضيفة", "لافتا", "مبينا", "مبينة", "معتبرا", "معتبرة", "منوها", "منوهة", "مشددا", "مشددة",
            "قائلا", "زيارة", "كما", "مواليد", "السيرة");

    /**
     * Words that never stand in a person's name after its first word, as written without diacritics: the
     * pronouns هو، هي، هما and هم of a copula (زيكو هو الوحيد، رئيسين هما), the other separate pronouns (خالد أنا), أن
     * and إن after a verb of speech, with a pronoun or not (فإن، سعيد أننا; not آن, Anne),
     * conjunctions (لكن، بينما، حيث), relatives (الذي، الذين), adverbs of time (أثناء، خلال، اليوم، أمس، الآن،
     * مساء), نفسه ("himself"), ليس, بشكل and بنسبة, and prepositions with a pronoun (معه، عليه، لدينا: "الشيخ فيصل معه"
     * is Faisal): the name ends before them. Those that are names too stay out: لي (Lee), بك (Bey), مني (منى),
     * فينا (Vienna).
     */
    private static final Set<String> NO_NAME_WORDS = Set.of("هو", "هي", "وهو", "وهي", "فهو", "فهي", "هما", "وهما",
            "هم", "وهم", "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "أننا", "إننا", "أنني", "إنني",
            "أنا", "أنت", "نحن",
            "فإن", "وإن", "لكن", "ولكن", "بينما", "حيث", "الذي", "التي", "الذين", "أثناء", "اثناء", "خلال", "اليوم",
            "أمس", "امس", "الآن", "الان", "مساء", "نفسه", "ليس", "بشكل", "بنسبة",
            "معه", "معها", "معهم", "معك", "معي", "عليه", "عليها", "عليهم", "عليك", "عنه", "عنها", "عنك", "منه", "منها",
            "منك", "إليه", "إليها", "إليك", "إلينا", "لديه", "لديها", "لدينا", "ولدينا", "ولديه", "عنده", "عندها",
            "عندي", "عندك", "عندنا", "لنا", "لهم", "لها", "له", "فيه", "فيها", "فيكم");
    /** The pronouns of {@link #NO_NAME_WORDS} that are syllables of Korean and Chinese names too (كواك تاي هي). */
    private static final Set<String> SYLLABLE_PRONOUNS = Set.of("هو", "هي");
    /** {@link #NO_NAME_WORDS} and {@link #SYLLABLE_PRONOUNS} normalized, as {@link #NORMALIZED_PRONOUNS} are. */
    private static final Set<String> NORMALIZED_NO_NAME_WORDS = normalizedAll(NO_NAME_WORDS);
    private static final Set<String> NORMALIZED_SYLLABLE_PRONOUNS = normalizedAll(SYLLABLE_PRONOUNS);

    /** Given names that are nouns before a definite word far more often than names there (حسن الجوار، رضا الجماهير). */
    private static final Set<String> NOUNS_BEFORE_DEFINITE = Set.of("حسن", "رضا");

    /**
     * Honorifics of address, normalized (معالي، سمو، فضيلة، سماحة): they open the title of the person named next,
     * never end a name. Not سعادة, a family name too (علاء سعادة).
     */
    private static final Set<String> ADDRESS_HONORIFICS = WordMatcher.normalized("معالي", "سمو", "فضيلة", "سماحة");


    /** باسم, normalized: the given name Basem, or ب and اسم, "by the name of" and "on behalf of". */
    private static final String BISM = "باسم";
    /** Words after which باسم names what follows ("known as", "called"), normalized: المعروفة باسم أم سياف. */
    private static final Set<String> KNOWN_AS = WordMatcher.normalized("المعروف", "المعروفة", "والمعروف", "والمعروفة",
            "يعرف", "تعرف", "الملقب", "الملقبة", "المسمى", "المسماة", "يدعى", "تدعى", "المكنى", "المشهور", "المشهورة");
    /** أيضا, normalized, which may stand between {@link #KNOWN_AS} and باسم: المعروف أيضا باسم. */
    private static final String ALSO = "ايضا";

    /**
     * إنّ with و or ف, as written (normalized, فإن reads as فان, the Van of Dutch names; إن alone is also the letter N
     * of إن بي سي): it opens a clause whose subject is the name after it (فإن حسين حبري الذي يواجه...).
     */
    private static final Set<String> EMPHATIC_INNA = Set.of("فإن", "وإن", "فإنّ", "وإنّ");

    /** Verbs before the name of who speaks or acts ({@link #isVerbBeforeTheName}), normalized. */
    private static final Set<String> VERBS_BEFORE_NAMES = WordMatcher.normalized("أضاف", "أردف", "أوضح", "أكد",
            "أشار", "قال", "ذكر", "لفت", "تابع", "استطرد", "شدد", "أعلن", "كشف", "اعتبر", "رأى", "أبان", "طالب", "كان",
            "أبلغ", "أفاد", "صرح");
    /**
     * The forms of {@link #VERBS_BEFORE_NAMES} with a feminine subject (أشارت، أضافت، كانت), normalized; not of رأى,
     * whose رأت is no رايت (Wright).
     */
    private static final Set<String> FEMININE_VERBS_BEFORE_NAMES = VERBS_BEFORE_NAMES.stream()
            .filter(verb -> !verb.endsWith("ي")).map(verb -> verb + "ت").collect(Collectors.toUnmodifiableSet());
    /** Those of {@link #VERBS_BEFORE_NAMES} that are given names as well. */
    private static final Set<String> GIVEN_NAME_VERBS = WordMatcher.normalized("أبان", "طالب");

    /**
     * Verbs of the blessings said after a name ("ابن باز رحمه الله"، "طيب الله ثراه"، "عائشة رضي الله عنها"، "غفر الله
     * له"), normalized; الله follows them.
     */
    private static final Set<String> BLESSINGS = Set.of("رحمه", "رحمها", "رحمهم", "رحمهما", "يرحمه", "يرحمها",
            "يرحمهم", "يرحمهما", "حفظه", "حفظها", "حفظهم", "يحفظه", "يحفظها", "رعاه", "يرعاه", "ايده", "سلمه", "عافاه",
            "شفاه", "صلي", "طيب", "رضي", "غفر");

    /** Whether the normalized {@code word} is a given name, a و، ف، ب or ل glued to it or not, or opens with عبد. */
    private static boolean opensWithAGivenName(String word) {
        return PersonNames.opensWithAGivenName(word) || PersonNames.isGivenNameAfterLetter(word) || word.equals(SERVANT);
    }

    /** محمد, normalized: with a definite word after it, a double given name in the Maghreb (محمد الفاضل، محمد الناصر). */
    private static final String MUHAMMAD = "محمد";
    /** A definite family name has more letters than this, normalized (the article included). */
    private static final int SHORTEST_FAMILY_NAME = 4;
    /** Definite words that end a compound given name, normalized: نور الدين، زين العابدين، عبد الله. */
    private static final Set<String> COMPOUND_ENDS = WordMatcher.normalized("الله", "الدين", "العابدين", "الرحمن",
            "الرحيم", "الإسلام");

    private ProposalBounds() {
    }

    /**
     * {@code proposal} cut at each line break between its words (the tagger reads across lines: "سعود بن عبدالمجيد
     * ⏎ عبدالكريم الحارثي" are two captions), a person's where Arabic letters give way to Latin ones or back
     * ("Previous أحمد حجازي": a web page's link before a caption), and a person's before each later word that is و
     * glued to a given name (يوسف السالم وياسر القحطاني: two men of a list; not وليد, a name of its own) or to a name
     * opening with عبد (وعبدالرحمن الشمري), the part after that cut starting after the و. A part of one word beside a
     * line break or a change of script is left out, but for a person's given name or another type's word of two
     * letters or more: the tagger's run across lines mostly ends in a stray word of the next line (زار، يا). A
     * person's is also cut around the pronoun of a copula between two names, the later opening with a given name
     * ({@link #isCopulaBetweenNames}: رافسنجاني هو حسن الخميني), the pronoun left out, and at a title or rank between
     * two names ({@link #isTitleBetweenNames}: خالد العنزي الرائد صلاح السناني), the title left out and a part of one
     * word before it kept only when it is a given name.
     */
    public static List<Proposal> split(String text, Words words, Proposal proposal) {
        int first = wordAt(words, proposal.start());
        int last = wordAt(words, proposal.end() - 1);
        if (first < 0 || last <= first) {
            return List.of(proposal);
        }
        boolean person = proposal.type() == EntityType.PERSON;
        List<Proposal> parts = new ArrayList<>();
        int start = proposal.start();
        int from = first;
        boolean lineBefore = false;
        for (int w = first + 1; w <= last; w++) {
            boolean title = person && w + 2 <= last && isTitleBetweenNames(text, words, w);
            if (title || person && w + 2 <= last && isCopulaBetweenNames(text, words, first, last, w)) {
                addPart(parts, proposal, start, words.span(w - 1).end(), title ? words.normalized(w - 1) : null,
                        from == w - 1, person);
                start = words.span(w + 1).start();
                from = w + 1;
                lineBefore = false;
                w++;
                continue;
            }
            if (person && w < last && w - 1 > from && opensWithAGivenName(words.normalized(from))
                    && !(w - 1 == from + 1 && words.normalized(from).equals(MUHAMMAD))
                    && familyNameBeforeNextName(text, words, w)) {
                parts.add(new Proposal(start, words.span(w - 1).end(), proposal.type(), proposal.confidence()));
                start = words.span(w).start();
                from = w;
                lineBefore = false;
                continue;
            }
            Cut cut = cutBefore(text, words, w, person);
            if (cut != Cut.NONE) {
                addPart(parts, proposal, start, words.span(w - 1).end(), lineBefore || cut == Cut.APART
                        ? words.normalized(w - 1) : null, from == w - 1, person);
                start = words.span(w).start() + (cut == Cut.CONJUNCTION ? 1 : 0);
                from = w;
                lineBefore = cut == Cut.APART;
            }
        }
        if (parts.isEmpty() && from == first) {
            return List.of(proposal);
        }
        addPart(parts, proposal, start, proposal.end(), lineBefore ? words.normalized(last) : null, from == last, person);
        return List.copyOf(parts);
    }

    /**
     * Whether word {@code w} of a person's proposal from {@code first} to {@code last} is the pronoun of a copula
     * ({@link #beforeNoNameWord}) between two names, the later of two words or more and opening with a given name:
     * "ومرشح رافسنجاني هو حسن الخميني" names two men.
     */
    private static boolean isCopulaBetweenNames(String text, Words words, int first, int last, int w) {
        return writtenOneOf(text, words, w, SYLLABLE_PRONOUNS, NORMALIZED_SYLLABLE_PRONOUNS)
                && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w))
                && WordMatcher.onlySpacesBetween(text, words.span(w), words.span(w + 1))
                && PersonNames.opensWithAGivenName(words.normalized(w + 1))
                && !hasEastAsianSyllable(words, first, last, w);
    }

    /**
     * Whether word {@code w} of a person's proposal is a title or rank ({@link #TITLES_BETWEEN_NAMES}) between two names, the later
     * opening with a given name: "مدير شرطة بحر أبوسكينة النقيب زهير الشهري" names a place and a captain, "خالد
     * العنزي الرائد صلاح السناني" two men. Not after a word a name's next word completes (ولد الشيخ أحمد، عبد
     * الأمير، آل الشيخ), nor with ل or ب glued to the title (هاجر بالشيخ أحمد).
     */
    private static boolean isTitleBetweenNames(String text, Words words, int w) {
        String next = words.normalized(w + 1);
        return isTitleOfNextName(words, w, TITLES_BETWEEN_NAMES)
                && (PersonNames.opensWithAGivenName(next) || next.equals(SERVANT))
                && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w))
                && WordMatcher.onlySpacesBetween(text, words.span(w), words.span(w + 1));
    }

    /**
     * Whether word {@code w} is one of {@code titles} that a name's word before it does not complete ({@link
     * #COMPLETED_BY_NEXT}).
     */
    private static boolean isTitleOfNextName(Words words, int w, Set<String> titles) {
        return titles.contains(words.normalized(w)) && !COMPLETED_BY_NEXT.contains(words.normalized(w - 1));
    }

    /**
     * Where a person's name from word {@code opened} to {@code closed} ends when its last word is a title that opens
     * the next name (محمد الطاهري النقيب محمد الحجري, a list of ranks and names): before that title.
     */
    private static int beforeTitleOfNextName(String text, Words words, int opened, int closed) {
        boolean titleOfNext = closed > opened && closed + 1 < words.size() && isTitleOfNextName(words, closed, RANKS)
                && PersonNames.opensWithAGivenName(words.normalized(closed + 1))
                && WordMatcher.onlySpacesBetween(text, words.span(closed), words.span(closed + 1));
        return titleOfNext ? closed - 1 : closed;
    }

    /** Where a proposal is cut: not, between words that stand apart, or before و and a given name. */
    private enum Cut { NONE, APART, CONJUNCTION }

    /**
     * Whether word {@code w} of a person's proposal opens a second name after a first name's family name: the word
     * before is definite (الشلوي), no given name, and completes no compound (عبد الله، نور الدين، آل سعود) nor
     * follows بن, and
     * word {@code w} opens with a given name or عبد ("فرحان الشلوي عبد العزيز النومان" are two men of a list written
     * without a comma). A family name ends a name; a given name after it begins the next. The caller asks the first
     * name to open with a given name too: "السيناتور الجمهوري بوب كروكر" is one man after his titles; and not محمد
     * with one definite word, the Maghreb's double given name ("محمد الفاضل عبد الكافي" is one minister).
     */
    private static boolean familyNameBeforeNextName(String text, Words words, int w) {
        String family = words.normalized(w - 1);
        String before = words.normalized(w - 2);
        return family.startsWith("ال") && family.length() > SHORTEST_FAMILY_NAME && !PersonNames.COMPOUND_HEADS.contains(before)
                && !PersonNames.PATRONYMICS.contains(before) && !COMPOUND_ENDS.contains(family) && !isTitle(family)
                && !PersonNames.GIVEN_NAMES.containsKey(family)
                && opensWithAGivenName(words.normalized(w)) && !words.normalized(w).startsWith("و")
                && !isTitle(words.normalized(w))
                && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w));
    }

    /**
     * How the proposal is cut before word {@code w}: apart at a line break or, in a person's name, between Latin
     * and Arabic letters; before و and a given name; or not.
     */
    private static Cut cutBefore(String text, Words words, int w, boolean person) {
        if (text.substring(words.span(w - 1).end(), words.span(w).start()).indexOf('\n') >= 0
                || person && isLatin(text, words.span(w - 1)) != isLatin(text, words.span(w))) {
            return Cut.APART;
        }
        return person && opensAnotherName(words.normalized(w)) ? Cut.CONJUNCTION : Cut.NONE;
    }

    /**
     * Adds the part from {@code start} to {@code stop} of {@code proposal}; a part of one word beside a line break
     * ({@code byLine} its normalized word, else null) only when it may stand alone: a person's given name, or two
     * letters or more of another type.
     */
    private static void addPart(List<Proposal> parts, Proposal proposal, int start, int stop, String byLine,
                                boolean oneWord, boolean person) {
        boolean kept = !oneWord || byLine == null
                || (person ? PersonNames.GIVEN_NAMES.containsKey(byLine) : byLine.length() > 1);
        if (kept) {
            parts.add(new Proposal(start, stop, proposal.type(), proposal.confidence()));
        }
    }

    /** Whether the word at {@code span} opens with a Latin letter. */
    private static boolean isLatin(String text, Span span) {
        char c = text.charAt(span.start());
        return c < 0x250 && Character.isLetter(c);
    }

    /** Whether {@code word} is و glued to a given name or to a name opening with عبد. */
    private static boolean opensAnotherName(String word) {
        return word.charAt(0) == 'و' && PersonNames.isNameAfterLetter(word);
    }

    /** {@code proposal} over {@code text} with its bounds mended, or null when no name is left; no word is rare. */
    public static Proposal mend(String text, Words words, Proposal proposal) {
        return mend(text, words, proposal, word -> true);
    }

    /**
     * {@code proposal} over {@code text} with its bounds mended, or null when no name is left; {@code commonWord}
     * tells the normalized words common in news from the rare ones, which may be family names.
     */
    public static Proposal mend(String text, Words words, Proposal proposal, Predicate<String> commonWord) {
        return mend(text, words, proposal, commonWord, w -> false);
    }

    /**
     * {@code proposal} over {@code text} with its bounds mended, or null when no name is left; {@code commonWord}
     * tells the normalized words common in news from the rare ones, which may be family names, and {@code
     * knownNameAt} the words where a name of the knowledge base begins, a clitic glued or not (بروحاني، بعون), which
     * a preposition glued to a noun does not begin.
     */
    public static Proposal mend(String text, Words words, Proposal proposal, Predicate<String> commonWord,
                                IntPredicate knownNameAt) {
        Span span = mend(text, words, proposal.start(), proposal.end(), proposal.type(), commonWord, knownNameAt);
        if (span == null) {
            return null;
        }
        EntityType type = isKunya(words, span) || isLineage(words, span) || isForeignersName(text, words, span)
                ? EntityType.PERSON
                : proposal.type() == EntityType.PERSON && opensWithValley(text, words, span) ? EntityType.LOC
                : proposal.type();
        return new Proposal(span.start(), span.end(), type, proposal.confidence());
    }

    /**
     * Whether the name opens with a given name, بن or بنت and a given name or one opening with عبد: a lineage
     * ("الأمير بندر بن فيصل آل سعود"), a person's name whatever type the tagger gave it.
     */
    private static boolean isLineage(Words words, Span span) {
        int first = wordAt(words, span.start());
        if (first < 0 || first + 2 >= words.size() || words.span(first + 2).end() > span.end()) {
            return false;
        }
        String father = words.normalized(first + 2);
        return PersonNames.GIVEN_NAMES.containsKey(words.normalized(first)) && LINEAGE.contains(words.normalized(first + 1))
                && (PersonNames.GIVEN_NAMES.containsKey(father) || father.startsWith(SERVANT));
    }

    /**
     * Whether the name of two words or more opens with وادي as written, a و glued to it aside: a valley or a place
     * named after one (وادي حسان، ووادي العرج), no person's name. As written, since وأدى "performed" normalizes to
     * وادي (وأدى عبدالرحمن الشهراني). The other nouns of places (بني، جبل، سيدي) are left out of a person's name
     * by {@link #afterLeadingWords}; the tagger takes a valley's name for a person's more often.
     */
    private static boolean opensWithValley(String text, Words words, Span span) {
        int first = wordAt(words, span.start());
        if (first < 0 || first + 1 >= words.size() || words.span(first + 1).start() >= span.end()) {
            return false;
        }
        String written = text.substring(span.start(), words.span(first).end());
        return written.equals(VALLEY) || written.equals("و" + VALLEY);
    }

    /** Whether the normalized {@code word} is ابن، بن or بنت, a و or ل glued to it or not: no name alone. */
    private static boolean isPatronymicAlone(String word) {
        boolean glued = word.length() > 2 && "ول".indexOf(word.charAt(0)) >= 0;
        return PersonNames.PATRONYMICS.contains(word) || glued && PersonNames.PATRONYMICS.contains(word.substring(1));
    }

    /**
     * Whether the name of two or three words opens with a foreigner's given name ({@link
     * PersonNames#isForeignGivenName}: ألفارو، كريس، أليسا) and names no body or thing: no noun of a body's or
     * facility's name stands before it (صحيفة "داريو تاندي"، جائزة جوردون أووردز), no "and" inside it (إرنست آند
     * يونج), and, quoted, it follows a role or a nationality's adjective (المحاضر الإنجليزي "أوليفر ري"), as a brand
     * or a film quoted alone does not ("بول سميث"). The tagger types such names by the quotes and the words around
     * them (مدرب الشباب الأوروجوياني "ألفارو جوتيريز" as a thing, مساعد وزير الدفاع اندرو اكسوم as a place).
     */
    private static boolean isForeignersName(String text, Words words, Span span) {
        int first = wordAt(words, span.start());
        int last = wordAt(words, span.end() - 1);
        if (first < 0 || last <= first || last - first >= MOST_FOREIGN_NAME_WORDS
                || !PersonNames.isForeignGivenName(words.normalized(first))) {
            return false;
        }
        for (int w = first + 1; w <= last; w++) {
            if (AND_OF_FOREIGN_NAMES.contains(words.normalized(w))) {
                return false;
            }
        }
        String before = first == 0 ? "" : words.normalized(first - 1);
        if (WordMatcher.inSomeReading(before, w -> OrganizationNouns.HEADS.contains(w) || FACILITY_NOUNS.isNoun(w))) {
            return false;
        }
        boolean quoted = first > 0
                && quoteBetween(text, words.span(first - 1).end(), words.span(first).start()) == Quote.OPENING;
        return !quoted || WordMatcher.isDefiniteNisba(before) || DEFINITE_ROLE_WORDS.contains(before);
    }

    /** Whether the name opens with أم or أبو and a given name: a kunya (أم سعد، أبو فهد), a person's name. */
    private static boolean isKunya(Words words, Span span) {
        int first = wordAt(words, span.start());
        return first >= 0 && first + 1 < words.size() && words.span(first + 1).end() <= span.end()
                && KUNYA_HEADS.contains(words.normalized(first))
                && PersonNames.GIVEN_NAMES.containsKey(words.normalized(first + 1));
    }

    private static Span mend(String text, Words words, int start, int end, EntityType type,
                             Predicate<String> commonWord, IntPredicate knownNameAt) {
        boolean person = type == EntityType.PERSON;
        boolean place = type == EntityType.LOC;
        int first = wordAt(words, start);
        int last = wordAt(words, end - 1);
        if (first < 0 || last < first) {
            return null;
        }
        if (PARTICLES.contains(words.normalized(first)) || PLURAL_DEMONSTRATIVES.contains(words.normalized(first))) {
            return null; // "ولم يتعرض لإصابة": a clause, not a name
        }
        if (person && isPrepositionBism(words, first)) {
            if (first == last || Appositions.afterSpokesman(words, first)
                    && headsAnOrganization(words.normalized(first + 1))) {
                return null; // المتحدث باسم لجنة الاحتراف: the body spoken for is no person
            }
            first++; // المعروفة باسم أم سياف: the name is what she is known by
            start = words.span(first).start();
        }
        int opened = afterLeadingWords(text, words, start, first, afterOpeningQuote(text, words, first, last), last,
                person, commonWord, knownNameAt);
        int quoted = beforeClosingQuote(text, words, opened, last);
        int closed = beforeBlessing(words, opened, beforeSentenceWord(text, words, opened, quoted));
        closed = person ? beforeComplementWithLam(words, opened, beforeTitleAfterWaw(words, opened, closed)) : closed;
        closed = person ? beforeNoNameWord(text, words, opened, closed) : closed;
        closed = beforeFutureVerb(words, opened, closed, commonWord);
        closed = beforeAnswerOfAmma(text, words, first, closed, commonWord);
        closed = person ? beforePrepositionalPhrase(words, opened, closed, commonWord) : closed;
        closed = person ? beforeAccusativeNoun(words, opened, closed, commonWord) : closed;
        closed = person ? beforeDefiniteWordOfForeignName(text, words, opened, closed) : closed;
        closed = person ? beforeConstructRole(words, opened, closed) : closed;
        closed = person ? beforeTitleOfNextName(text, words, opened, closed) : closed;
        if (closed < opened || hasBillahOfNoName(words, opened, closed)
                || !person && closed == opened + 1 && isIndefiniteDescription(words, opened, commonWord)
                || closed == opened + 1 && isVerbAlone(words.normalized(opened), commonWord)
                        && commonWord.test(words.normalized(closed))
                        && !PersonNames.GIVEN_NAMES.containsKey(words.normalized(closed))
                || closed == opened && (isNoNameAlone(text, words, opened)
                || isVerbAlone(words.normalized(opened), commonWord)
                || isAdverbOfNisba(words.normalized(opened), commonWord) && !knownNameAt.test(opened)
                || opened > first && isFutureVerb(words.normalized(opened - 1), commonWord)
                        && commonWord.test(words.normalized(opened))
                        && !PersonNames.GIVEN_NAMES.containsKey(words.normalized(opened))
                || isUmm(text, words, opened) && !(place && completes(text, words, opened + 1))
                || person && TITLES.contains(words.normalized(opened)) && !words.normalized(opened).startsWith("ال")
                || person && isTitleAfterWaw(words.normalized(opened))
                || person && (opened == first || definiteAfterLam(words.normalized(opened - 1)))
                        && agreesWithNounBefore(text, words, opened)
                || person && isNounNotName(text, words, opened)
                || person && opened == first
                        && opensPrepositionalPhrase(words, opened, words.normalized(opened), commonWord, knownNameAt)
                || person && opened == first + 1
                        && opensPrepositionalPhrase(words, first, words.normalized(first), commonWord, knownNameAt)
                        && !PersonNames.opensWithAGivenName(words.normalized(opened))
                || person && opened == first + 1 && isToMe(words, words.normalized(first), first)
                        && !WordMatcher.isDefiniteNisba(words.normalized(opened))
                        && !PersonNames.GIVEN_NAMES.containsKey(words.normalized(opened))
                || person && opened == first && PersonNames.endsCompoundGivenNames(words.normalized(opened))
                        && compoundGivenNameBefore(text, words, opened) < 0
                || (type == EntityType.ORG || place) && opened == first && isAdjectiveOfNounBefore(text, words, first)
                || beforeLillah(text, words, opened))) {
            return null;
        }
        if (person && closed > opened && ADDRESS_HONORIFICS.contains(words.normalized(closed))) {
            if (closed - 1 == opened) {
                return null; // "كرم سمو أمير المنطقة", "برعاية معالي الوزير": the word before the next man's title
            }
            closed--; // "يوسف الظاهري معالي رئيس الهيئة": the honorific is the next man's
        }
        if (person && closed == opened && isPatronymicAlone(words.normalized(opened))) {
            return null; // "مفسحا الطريق لابن مؤسس النظام": "son" alone, a word of kinship, no name
        }
        if (person && closed == opened && closed + 1 < words.size()
                && ROLE_HEADS_OF_TWO_WORDS.contains(words.normalized(closed) + " " + words.normalized(closed + 1))) {
            return null; // "أمين مجلس التنمية": the first word of a role, no man named Amin
        }
        if (person && closed == opened + 1 && isNounBeforeCompoundTail(words, opened)) {
            return null; // رجال الدين، شعائر الدين، باسم الدين: clergy, rites, "in the name of religion"
        }
        int lastHead = place ? placeHeadStart(text, words, closed) : -1;
        boolean unfinished = NEEDS_COMPLEMENT.contains(words.normalized(closed)) || lastHead >= 0
                || place && isUmm(text, words, closed);
        if (unfinished && completes(text, words, closed + 1)) {
            closed++;
            closed += person ? familyWordsAfterFather(text, words, opened, closed) : 0;
        } else if (person && closed == last && familyFollows(text, words, closed)) {
            closed += 2; // عبداللطيف بن عبدالملك [آل الشيخ]: the family's name goes with the man's
        } else if (person && closed == last && endsInLineage(words, opened, closed) && !afterRoyalTitle(words, opened)
                && familyNameAt(text, words, closed + 1)) {
            closed++; // نبيل بن عبدالله بن سليمان [الطويل]: the family's name ends the lineage
        } else if (person && closed == last && closed == opened
                && PersonNames.GIVEN_NAMES.containsKey(words.normalized(closed))
                && rareFamilyNameAt(text, words, closed + 1, commonWord)) {
            closed++; // سامي [الملحم]: a rare definite word after a given name alone is the family's name
        } else if (person && closed == last && closed > opened && SURNAME_PARTICLES.contains(words.span(closed).of(text))
                && completes(text, words, closed + 1) && !commonWord.test(words.normalized(closed + 1))) {
            closed++; // برايان دي [بالما]: the particle of a European surname needs the surname
        }
        // بني [خلاد], بسيدي [بوعلي]: the place's name opens with the noun before
        int head = place && opened == first && start == words.span(first).start() ? placeHeadBefore(text, words, first) : -1;
        // [بسيدي] بوعلي: the name opens after the clitic of its noun
        if (head < 0 && lastHead >= 0 && closed == first + 1 && opened == first) {
            head = Math.max(start, lastHead);
        }
        if (person && opened == first && head < 0) {
            head = familyBefore(text, words, first);
        }
        if (person && opened == first && head < 0) {
            head = givenNameBefore(text, words, first);
        }
        // a proposal may start or end inside a word, after a clitic it leaves out: those bounds stay, unless the
        // whole word is a given name whose first letters read as a conjunction and the article (والتر، فاليري)
        if (person && opened == first && head < 0 && PersonNames.GIVEN_NAMES.containsKey(words.normalized(first))) {
            start = words.span(first).start();
        }
        int from = head >= 0 ? head : opened == first ? Math.max(start, words.span(first).start()) : words.span(opened).start();
        int to = closed == last ? Math.min(end, words.span(last).end()) : words.span(closed).end();
        return from < to ? new Span(from, to) : null;
    }

    /**
     * Whether word {@code w} is باسم after a word of naming (المعروف باسم، المعروف أيضا باسم) or of speaking for
     * someone (المتحدث الرسمي باسم): the preposition ب and اسم, no given name.
     */
    private static boolean isPrepositionBism(Words words, int w) {
        if (w == 0 || !words.normalized(w).equals(BISM)) {
            return false;
        }
        String before = words.normalized(w - 1);
        return KNOWN_AS.contains(before) || Appositions.afterSpokesman(words, w)
                || before.equals(ALSO) && w >= 2 && KNOWN_AS.contains(words.normalized(w - 2));
    }

    /**
     * Where a given name right before a person's name the tagger proposes starts, after a و glued to it (طلعت
     * [زكريا]، وأشرف [عبد الباقي]) or with ل before its article (للشاذلي [العرفاوي]), or -1: the tagger often leaves
     * out a given name that is a verb or noun too, and an adjective that is a given name before a definite family
     * name (وتركي [اليوسف], the actor Turki Al-Yousef), and علي written with a dotted ya (علي [لاريجاني]). Not
     * before a name opening with و, the next of a list (فيصل [وخالد]), nor for a given name that is far more often
     * another word there ({@link PersonNames#givenNameBeforeAName}).
     */
    private static int givenNameBefore(String text, Words words, int first) {
        int compound = compoundGivenNameBefore(text, words, first);
        if (compound >= 0) {
            return compound;
        }
        if (first == 0 || words.normalized(first).startsWith("و")
                || !WordMatcher.onlySpacesBetween(text, words.span(first - 1), words.span(first))) {
            return -1;
        }
        String word = words.normalized(first - 1);
        Predicate<String> givenName = words.normalized(first).startsWith("ال")
                ? PersonNames::givenNameBeforeAFamilyName : PersonNames::givenNameBeforeAName;
        if (givenName.test(word) || writtenAli(text, words.span(first - 1))) {
            return words.span(first - 1).start();
        }
        boolean afterWaw = word.startsWith("و") && PersonNames.isGivenNameAfterLetter(word)
                && givenName.test(word.substring(1));
        if (afterWaw) {
            return words.span(first - 1).start() + 1;
        }
        // للشاذلي [العرفاوي]: ل and a definite given name, whose alef the script drops; the mention keeps the word
        return PersonNames.isLamBeforeDefiniteGivenName(word) ? words.span(first - 1).start() : -1;
    }

    /**
     * Whether {@code word} is written علي, with a dotted ya, in a text that writes ى elsewhere: the name, which
     * normalization spells like the preposition على. In 40 of SaudiNewsNet's 149 such words right before a person's
     * name, none was the preposition; but a text that never writes ى (ANERcorp's, much Egyptian news) spells the
     * preposition so too.
     */
    private static boolean writtenAli(String text, Span word) {
        return word.end() - word.start() == ALI_WITH_YA.length() && text.startsWith(ALI_WITH_YA, word.start())
                && text.indexOf(ALEF_MAQSURA) >= 0;
    }

    /**
     * Where the first word of a two-word given name starts in the word before word {@code first}, the name's last
     * word, past the clitics glued to it (بحسب علم [الدين]، لعز [الدين]: عز الدين), or -1.
     */
    private static int compoundGivenNameBefore(String text, Words words, int first) {
        if (first == 0 || !WordMatcher.onlySpacesBetween(text, words.span(first - 1), words.span(first))) {
            return -1;
        }
        int clitics = PersonNames.compoundGivenNameHead(words.normalized(first - 1), words.normalized(first));
        return clitics < 0 ? -1 : WordMatcher.skipLetters(text, words.span(first - 1).start(), clitics);
    }

    /**
     * Whether words {@code w} and {@code w + 1} are a noun and the last word of two-word given names (الدين): the
     * first is no first word of such a name and no given name in any reading of its clitics.
     */
    private static boolean isNounBeforeCompoundTail(Words words, int w) {
        String head = words.normalized(w);
        String tail = words.normalized(w + 1);
        return PersonNames.endsCompoundGivenNames(tail) && PersonNames.compoundGivenNameHead(head, tail) < 0
                && !WordMatcher.inSomeReading(head, PersonNames::givenNameBeforeAName);
    }

    /**
     * Word {@code opened}, or the first word after the prepositions and, in a person's name, the titles there; a
     * proposal starting at {@code start} after a clitic glued to its first word is read from there (والأمير as
     * الأمير). At least one word is left.
     */
    private static int afterLeadingWords(String text, Words words, int start, int first, int opened, int last,
                                         boolean person, Predicate<String> commonWord, IntPredicate knownNameAt) {
        int w = opened;
        while (w < last) {
            String word = w == first && start > words.span(first).start()
                    ? ArabicNormalizer.normalize(text.substring(start, words.span(first).end())) : words.normalized(w);
            if (!LEADING_PREPOSITIONS.contains(word) && !isPronoun(text, words, w)
                    && !EMPHATIC_INNA.contains(words.span(w).of(text)) && !isFutureVerb(word, commonWord)
                    && !(person && (TITLES.contains(word) || VOCATIVES.contains(word) || headsAnOrganization(word)
                    || namesAPlace(word) || isVerbBeforeTheName(words, word, w, last) || definiteAfterLam(word)
                    || qualifiesTheGivenNameAfter(words, word, w) || EPITHETS.contains(word) || isToMe(words, word, w)
                    || opensPrepositionalPhrase(words, w, word, commonWord, knownNameAt)))) {
                break;
            }
            w++;
        }
        return w;
    }

    /**
     * Whether the normalized {@code word} at {@code w} is لي "to me" before an Arabic given name or a definite word
     * (قال لي عمر، لي السيد), not the East Asian لي of a longer name (لي كوان يو، لي نيلسون).
     */
    private static boolean isToMe(Words words, String word, int w) {
        if (!word.equals(TO_ME) || w + 1 >= words.size()) {
            return false;
        }
        String next = words.normalized(w + 1);
        return next.startsWith("ال")
                || PersonNames.GIVEN_NAMES.containsKey(next) && !PersonNames.isForeignGivenName(next);
    }

    /**
     * Whether the leading definite {@code word} at {@code w} stands in apposition before the given name after it, no
     * part of the name: an occupation, a nationality or an epithet that the titles do not list (المنشد فهد مطر،
     * الكويتي جاسم، الفقيد صالح، التشكيلي عبدالله). Not the Maghreb's definite words that are names (الطيب صالح).
     */
    private static boolean qualifiesTheGivenNameAfter(Words words, String word, int w) {
        if (w + 1 >= words.size() || !PersonNames.mayQualifyAName(word)) {
            return false;
        }
        return PersonNames.opensWithAGivenName(words.normalized(w + 1));
    }

    /**
     * Whether the normalized {@code word}, a glued و or ف aside, is ب or ل glued to a word, both common in news
     * ({@code commonWord}), that is no given name, nor the whole word a name word ({@link
     * NameTransliterator#isNameWord}: بدوي، لمى): "بضم بدرو" (by signing Pedro), "لسداد
     * الفواتير" (to pay the bills), "بدور إيجابي" open a prepositional phrase, the name if any after it. Not where
     * the word opens with a long vowel, as a foreign name's syllable does (بيليه، لوبين، بابا; normalized, بأسلوب
     * is left too), nor before a noun that opens a place's name (بسيدي صالح، ببني سار، بباب سعدون). ل and the
     * article are {@link #definiteAfterLam}'s.
     */
    private static boolean prepositionBeforeNoun(String word, Predicate<String> commonWord) {
        String noun = nounAfterPreposition(word);
        return noun != null && commonWord.test(WordMatcher.withoutConjunction(word))
                && isCommonNounOfNoName(word, noun, commonWord);
    }

    /**
     * Whether word {@code w}, normalized {@code word}, opens a prepositional phrase before a name: {@link
     * #prepositionBeforeNoun}, or ب or ل glued to a common noun of three letters or more although the glued word is
     * rare (بصوت المنشد، لسداد الفواتير، برحيل سامي): news glues a preposition to any noun, and the vocabulary,
     * learnt from one corpus, lacks most of the pairs. A rare glued word opens a name more often than a common one
     * does, so there the noun must be no name word either (لشوقي، لجواد، لعبدالله), nor open a two-word given name
     * with the word after it (لفخر الدين), nor the word begin a name of the knowledge base ({@code knownNameAt}:
     * بروحاني، بعون).
     */
    private static boolean opensPrepositionalPhrase(Words words, int w, String word, Predicate<String> commonWord,
                                                    IntPredicate knownNameAt) {
        if (prepositionBeforeNoun(word, commonWord)) {
            return true;
        }
        String noun = nounAfterPreposition(word);
        return noun != null && noun.length() >= MIN_NOUN_AFTER_PREPOSITION
                && isCommonNounOfNoName(word, noun, commonWord)
                && !NameTransliterator.isNameWord(noun) && !PersonNames.isJoinedServantName(noun)
                && (w + 1 == words.size() || PersonNames.compoundGivenNameHead(word, words.normalized(w + 1)) < 0)
                && !knownNameAt.test(w);
    }

    /**
     * The noun after the ب or ل that the normalized {@code word} opens with, a glued و or ف aside; null when it opens
     * with neither, with ل and the article (see {@link #definiteAfterLam}), or with a long vowel after the letter, as
     * a foreign name's syllable does (بيليه، بوليس، لوبين، بابا; normalized, بأسلوب is left too).
     */
    private static String nounAfterPreposition(String word) {
        String bare = WordMatcher.withoutConjunction(word);
        if (bare.length() < 3 || bare.charAt(0) != 'ب' && bare.charAt(0) != 'ل' || bare.startsWith("لل")) {
            return null;
        }
        String noun = bare.substring(1);
        return noun.length() < 2 || LONG_VOWELS.indexOf(noun.charAt(0)) >= 0 ? null : noun;
    }

    /**
     * Whether {@code noun}, read off the normalized {@code word} after its preposition, is common in news and no
     * given name, nor the whole word a name word, nor the noun one that opens a compound name (عبد، أبو) or a place's
     * (بسيدي صالح، بباب سعدون).
     */
    private static boolean isCommonNounOfNoName(String word, String noun, Predicate<String> commonWord) {
        String bare = WordMatcher.withoutConjunction(word);
        return commonWord.test(noun) && !PLACE_HEADS.contains(noun) && !GATE.equals(noun)
                && !NameTransliterator.isNameWord(word) && !NameTransliterator.isNameWord(bare)
                && !PersonNames.GIVEN_NAMES.containsKey(noun)
                && !PersonNames.COMPOUND_HEADS.contains(noun);
    }

    /**
     * Whether {@code word} is ل and a definite noun (للمغني، للحي، للناشئين): "to the singer" before a name, no part
     * of it, unless the definite word is a given name (للجوهرة).
     */
    private static boolean definiteAfterLam(String word) {
        return word.startsWith("لل") && word.length() > 3
                && !PersonNames.GIVEN_NAMES.containsKey("ال" + word.substring(2));
    }

    /**
     * Whether the leading {@code word} at {@code w}, with or without a و or ف glued to it, is a verb that news puts
     * before the name of who speaks or acts (وأضاف زكريا، وأردف الحربي). طالب and أبان are given names too: verbs
     * only with و glued and a family name alone after them (وطالب العثمان بتواجد...، وأبان دبوان أن...), or before
     * a definite given name and more (طالب الجيلاني الهمامي: Jilani Hammami demanded; طالب سامر خليل is a man's
     * name, his father's after his). Their feminine forms are verbs wherever they stand (وأشارت القحطاني، وطالبت).
     */
    private static boolean isVerbBeforeTheName(Words words, String word, int w, int last) {
        String bare = WordMatcher.withoutConjunction(word);
        boolean glued = !bare.equals(word);
        if (isFeminineVerbBeforeAName(word)) {
            return true;
        }
        if (!VERBS_BEFORE_NAMES.contains(word) && !VERBS_BEFORE_NAMES.contains(bare)) {
            return false;
        }
        return !GIVEN_NAME_VERBS.contains(bare) || glued && last == w + 1 && isFamilyNameAlone(words.normalized(last))
                || w + 1 < last && words.normalized(w + 1).startsWith("ال")
                        && PersonNames.givenNameBeforeAName(words.normalized(w + 1));
    }

    /** Whether the normalized {@code word} reads as a family name alone: definite (الغامدي) or no given name. */
    private static boolean isFamilyNameAlone(String word) {
        return word.startsWith("ال") || !PersonNames.GIVEN_NAMES.containsKey(word);
    }

    /**
     * Whether the normalized {@code word}, a glued و or ف aside, is a verb of {@link #VERBS_BEFORE_NAMES} that is
     * no given name: وقال، وأوضح، أشار, not طالب or أبان.
     */
    static boolean isVerbBeforeAName(String word) {
        String bare = WordMatcher.withoutConjunction(word);
        return (VERBS_BEFORE_NAMES.contains(word) || VERBS_BEFORE_NAMES.contains(bare)) && !GIVEN_NAME_VERBS.contains(bare);
    }

    /**
     * Whether the normalized {@code word}, a glued و or ف aside, is a verb of {@link #VERBS_BEFORE_NAMES} that is no
     * given name ({@link #isVerbBeforeAName}) or the feminine form of one: وذكر، أشارت.
     */
    static boolean isVerbOfEitherGenderBeforeAName(String word) {
        return isVerbBeforeAName(word) || isFeminineVerbBeforeAName(word);
    }

    /** Whether the normalized {@code word}, a glued و or ف aside, is of {@link #FEMININE_VERBS_BEFORE_NAMES}. */
    private static boolean isFeminineVerbBeforeAName(String word) {
        return FEMININE_VERBS_BEFORE_NAMES.contains(word)
                || FEMININE_VERBS_BEFORE_NAMES.contains(WordMatcher.withoutConjunction(word));
    }

    /**
     * Whether {@code word}, without a و، ف، ب or ل glued to it, is a noun that heads an organization's name: قوات
     * صالح are Saleh's forces, مستشفى الملك فيصل a hospital, and the person's name starts after the noun.
     */
    private static boolean headsAnOrganization(String word) {
        return WordMatcher.inSomeReading(word, OrganizationNouns.HEADS::contains);
    }

    /**
     * Whether the definite word {@code w} follows a definite word with only spaces between that is no title or
     * person's noun ({@link #TITLES}, {@link NameIndex#NAME_NEIGHBOURS}), no given name and no nisba adjective: it
     * is the adjective or the complement of that noun (الذكر الحكيم، الديوان الملكي، التحالف العربي), not a family
     * name alone (المهندس الركبان، الجوهرة القحطاني، القنصل السعودي الخالدي).
     */
    private static boolean agreesWithNounBefore(String text, Words words, int w) {
        if (w == 0 || !words.normalized(w).startsWith("ال")) {
            return false;
        }
        String before = words.normalized(w - 1);
        return followsDefiniteNoun(text, words.span(w - 1), words.span(w), before) && !before.endsWith("ي");
    }

    /**
     * Whether words {@code w} and {@code w + 1} are an organization's head noun and a feminine nisba adjective, both
     * without the article: a description (منظمة إرهابية، منظمة إنسانية، جامعة كورية), which names no one; names of
     * this shape take the article (المنظمة الدولية). The adjective's masculine with the article must be common in
     * news (الإرهابي), which a place (مؤسسة دبي) is not in this form.
     */
    private static boolean isIndefiniteDescription(Words words, int w, Predicate<String> commonWord) {
        String adjective = words.normalized(w + 1);
        return adjective.length() >= MIN_DESCRIBING_NISBA && adjective.endsWith("يه") && !adjective.startsWith("ال")
                && commonWord.test("ال" + adjective.substring(0, adjective.length() - 1))
                && WordMatcher.inSomeReading(words.normalized(w),
                        r -> !r.startsWith("ال") && OrganizationNouns.HEADS.contains(r));
    }

    /**
     * Whether the definite nisba at word {@code w} is the adjective of the definite noun before it, which heads no
     * organization's name: التعليم الأهلي is private education, القطاع الأهلي the private sector; النادي الأهلي a club.
     * No place either: الدول العربية are the Arab states, الضيافة الحجازية Hijazi hospitality.
     */
    private static boolean isAdjectiveOfNounBefore(String text, Words words, int w) {
        if (w == 0 || !WordMatcher.isDefiniteNisba(words.normalized(w))) {
            return false;
        }
        String before = words.normalized(w - 1);
        return followsDefiniteNoun(text, words.span(w - 1), words.span(w), before)
                && !WordMatcher.isDefiniteNisba(before)
                && !WordMatcher.inSomeReading(before, r -> OrganizationNouns.HEADS.contains(
                        r.startsWith("ال") || r.startsWith("لل") ? r.substring(2) : r)); // للنادي الإسماعيلي
    }

    /**
     * Whether the word at {@code word} follows, with only spaces between, the word at {@code before} (normalized
     * {@code normalizedBefore}) that carries the article and is no title, person's noun, given name or function word
     * (إلى، التي read as definite once normalized): a definite word there agrees with that noun (الأمن القومي العربي
     * is Arab security, no mention of a Mr al-Arabi).
     */
    static boolean followsDefiniteNoun(String text, Span before, Span word, String normalizedBefore) {
        if (!onlySpacesBetween(text, before.end(), word.start()) || !WordMatcher.isDefinite(normalizedBefore)
                || normalizedBefore.startsWith("والد") || FUNCTION_WORDS.contains(normalizedBefore)) {
            return false;
        }
        for (WordMatcher.Variant v : WordMatcher.Variant.of(normalizedBefore)) {
            String w = v.word();
            if (TITLES.contains(w) || NameIndex.NAME_NEIGHBOURS.contains(w) || PersonNames.GIVEN_NAMES.containsKey(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the normalized {@code word} is a title, rank, honorific or noun of persons (الملك، اللواء، المدرب). */
    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }

    /**
     * Whether a later word of words {@code first} to {@code last} is بالله "in God" after a word that opens no
     * compound name with it (الإيمان بالله، حسن الظن بالله: faith, trust in God), as the heads of {@link
     * #BILLAH_HEADS} do, with the article or without (المعتصم بالله، منتصر بالله بربيرو، جلول جاء بالله).
     */
    private static boolean hasBillahOfNoName(Words words, int first, int last) {
        for (int w = first + 1; w <= last; w++) {
            String before = words.normalized(w - 1);
            String head = before.startsWith("ال") ? before.substring(2) : before;
            if (words.normalized(w).equals(BILLAH) && !BILLAH_HEADS.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /** Whether word {@code w} stands before لله "to God" (الحمد لله، الشكر لله): a formula, no name. */
    private static boolean beforeLillah(String text, Words words, int w) {
        return w + 1 < words.size() && words.normalized(w + 1).equals("لله")
                && onlySpacesBetween(text, words.span(w).end(), words.span(w + 1).start());
    }

    /**
     * Whether {@code word}, without a و، ف، ب or ل glued to it, is a noun of a place's name: جامع الراجحي is a mosque,
     * and the person's name starts after the noun ({@link EntityTagger} then names the place).
     */
    private static boolean namesAPlace(String word) {
        return WordMatcher.inSomeReading(word, Facilities.SHIPPED::isPlaceNoun);
    }

    /** Whether word {@code w} is a personal pronoun as written, diacritics aside (أنا، نحن، هو; not آنا, Anna). */
    private static boolean isPronoun(String text, Words words, int w) {
        return writtenOneOf(text, words, w, PRONOUNS, NORMALIZED_PRONOUNS);
    }

    /**
     * Whether word {@code w}, as written without diacritics, is one of {@code spellings}, whose normalized forms are
     * {@code normalized}: the word's normalized form, at hand, tells of nearly every word that it is none, before
     * the written form is built. (Normalizing folds more than taking off diacritics does, never less.)
     */
    private static boolean writtenOneOf(String text, Words words, int w, Set<String> spellings, Set<String> normalized) {
        return normalized.contains(words.normalized(w))
                && spellings.contains(ArabicNormalizer.normalize(words.span(w).of(text), UNDIACRITIZE));
    }

    private static Set<String> normalizedAll(Set<String> spellings) {
        return WordMatcher.normalized(spellings.toArray(String[]::new));
    }

    /**
     * Whether word {@code w} alone is no name: a function word, a word that stands in no name ({@link #isNoNameWord}:
     * أننا، معه), or على with its alef maqsura (the preposition).
     */
    private static boolean isNoNameAlone(String text, Words words, int w) {
        return FUNCTION_WORDS.contains(words.normalized(w)) || words.span(w).of(text).equals("على")
                || isPronoun(text, words, w) || isNoNameWord(text, words, w);
    }

    /**
     * Whether the normalized {@code word} is a nisba adjective common in news with the accusative's ا, an adverb or
     * an adjective after an indefinite noun (إلكترونيا، خارجيا، دستوريا، جنيها إسترلينيا): no name alone, unless
     * the adjective is a name word too (صوفيا، ماريا) or the word the article and a common word (العليا, a quarter's
     * name; normalized, the hamza of إلكترونيا reads as the article's alef).
     */
    private static boolean isAdverbOfNisba(String word, Predicate<String> commonWord) {
        if (word.length() < MIN_ADVERB_OF_NISBA || !word.endsWith("يا")) {
            return false;
        }
        String nisba = word.substring(0, word.length() - 1);
        boolean definite = word.startsWith("ال") && commonWord.test(word.substring(2));
        return !definite && commonWord.test(nisba) && !NameTransliterator.isNameWord(nisba)
                && !NameTransliterator.isNameWord(word);
    }

    /** Whether word {@code w} is أم as written, "or" or "mother of" (not إم, the letter M). */
    private static boolean isUmm(String text, Words words, int w) {
        return words.normalized(w).equals(MOTHER_OF) && text.charAt(words.span(w).start()) != 'إ';
    }

    /**
     * Whether the one word {@code w} left of a person's name is a noun there: حسن or رضا before a definite word (حسن
     * الجوار "good neighbourliness", رضا المستفيدين "the beneficiaries' satisfaction"), صالح after في or من or with
     * ل glued to it ("in favour of").
     */
    private static boolean isNounNotName(String text, Words words, int w) {
        String word = words.normalized(w);
        if (NOUNS_BEFORE_DEFINITE.contains(word)) {
            return w + 1 < words.size() && words.normalized(w + 1).startsWith("ال")
                    && onlySpacesBetween(text, words.span(w).end(), words.span(w + 1).start());
        }
        return word.equals("لصالح") || word.equals("صالح") && w > 0
                && (words.normalized(w - 1).equals("في") || words.normalized(w - 1).equals("من"));
    }

    /**
     * Whether the person's name at words {@code opened} to {@code closed} ends in a father's name after بن or بنت
     * (بن سليمان، بن عبد الله).
     */
    private static boolean endsInLineage(Words words, int opened, int closed) {
        int father = closed > opened && words.normalized(closed - 1).equals(SERVANT) ? closed - 2 : closed - 1;
        return father > opened && LINEAGE.contains(words.normalized(father));
    }

    /**
     * Whether word {@code w} may be a family name that ends a lineage: it {@link #completes} the name, carries the
     * article, may end a name ({@link PersonNames#mayEndAName}), is no title (الرئيس) nor feminine nisba (جامعة
     * الإمام محمد بن سعود الإسلامية), and no noun that the words after it qualify ({@link #qualifiesTheWordBefore}).
     */
    private static boolean familyNameAt(String text, Words words, int w) {
        if (!completes(text, words, w)) {
            return false;
        }
        String word = words.normalized(w);
        return word.startsWith("ال") && !isRoleWord(word) && !word.endsWith("يه") && PersonNames.mayEndAName(word)
                && !qualifiesTheWordBefore(text, words, w + 1);
    }

    /**
     * Whether word {@code w} may be the family name of the given name before it by its rarity in news ({@code
     * commonWord}): a {@link #familyNameAt family name} but no word with the feminine ending or of a plural, which
     * agree with a noun before the name (رؤية الأمير سعود الثاقبة، أحد حراس سليمان الشخصيين).
     */
    private static boolean rareFamilyNameAt(String text, Words words, int w, Predicate<String> commonWord) {
        if (!familyNameAt(text, words, w) || commonWord.test(words.normalized(w))) {
            return false;
        }
        String written = text.substring(words.span(w).start(), words.span(w).end());
        String word = words.normalized(w);
        return !written.endsWith("ة") && !word.endsWith("ين") && !word.endsWith("ون") && !word.endsWith("ات");
    }

    /** Whether the normalized {@code word} is a title or the first word of a role (الرئيس، المتحدث). */
    static boolean isRoleWord(String word) {
        return TITLES.contains(word) || DEFINITE_ROLE_WORDS.contains(word);
    }

    /**
     * Whether word {@code w}, right after the word before it, qualifies that word as a noun: a definite adjective
     * (المجموعة الثانية، المندوب الجهوية), a complement with ل and the article (المجاور للسوق), في (المختص في) or a
     * relative (الحملة التي). A role's word there is an apposition (الربيعة المستشار).
     */
    private static boolean qualifiesTheWordBefore(String text, Words words, int w) {
        if (w >= words.size() || !onlySpacesBetween(text, words.span(w - 1).end(), words.span(w).start())) {
            return false;
        }
        String word = words.normalized(w);
        return word.startsWith("ال") && !isRoleWord(word) || word.startsWith("لل") || QUALIFYING_WORDS.contains(word);
    }

    /**
     * Whether the word before the name at word {@code opened} is a royal title, clitics read off (والأمير): a royal's
     * lineage ends the name.
     */
    private static boolean afterRoyalTitle(Words words, int opened) {
        return opened > 0 && WordMatcher.inSomeReading(words.normalized(opened - 1), ROYAL_TITLES::contains);
    }

    /**
     * How many words of a family name follow a person's name from {@code opened} that ends in a father's name at
     * {@code closed}: two for آل and its word (بن [مساعد آل سعود]), one for a definite family name (بن [رحيل
     * السويدي]; not after a royal title, whose lineage is the name), else none.
     */
    private static int familyWordsAfterFather(String text, Words words, int opened, int closed) {
        if (familyFollows(text, words, closed)) {
            return 2;
        }
        return endsInLineage(words, opened, closed) && !afterRoyalTitle(words, opened)
                && familyNameAt(text, words, closed + 1) ? 1 : 0;
    }

    /**
     * Where آل right before word {@code first} starts, with only spaces between, or -1: the family's word belongs to its
     * name, which news uses as a man's (السفير آل جابر، وأضاف آل فاضل), and Al Pacino's given name is written so.
     */
    private static int familyBefore(String text, Words words, int first) {
        return first > 0 && words.span(first - 1).of(text).equals(PersonNames.FAMILY_WORD)
                && onlySpacesBetween(text, words.span(first - 1).end(), words.span(first).start())
                ? words.span(first - 1).start() : -1;
    }

    /** Whether آل and the word that completes it follow word {@code w}, with only spaces between: a family's name. */
    static boolean familyFollows(String text, Words words, int w) {
        return w + 2 < words.size() && words.span(w + 1).of(text).equals(PersonNames.FAMILY_WORD)
                && onlySpacesBetween(text, words.span(w).end(), words.span(w + 1).start())
                && completes(text, words, w + 2);
    }

    /**
     * Whether word {@code w} may complete the name before it: only spaces part them, it has no tanween, is no
     * function word, and a و in front of it is the start of a given name (وليد), not a conjunction (وحقوقه).
     */
    private static boolean completes(String text, Words words, int w) {
        if (w >= words.size() || !onlySpacesBetween(text, words.span(w - 1).end(), words.span(w).start())
                || hasTanween(text, words, w)) {
            return false;
        }
        String word = words.normalized(w);
        return !FUNCTION_WORDS.contains(word) && (word.charAt(0) != 'و' || PersonNames.GIVEN_NAMES.containsKey(word));
    }

    /**
     * Where the place noun right before word {@code w} starts, after a و، ب، ل or ف glued to it, when only spaces
     * part them (بسيدي بوعلي); -1 when the word before is none.
     */
    private static int placeHeadBefore(String text, Words words, int w) {
        if (w == 0 || !onlySpacesBetween(text, words.span(w - 1).end(), words.span(w).start())) {
            return -1;
        }
        return placeHeadStart(text, words, w - 1);
    }

    /** Where the place noun of word {@code w} starts, after a و، ب، ل or ف glued to it; -1 when it is none. */
    private static int placeHeadStart(String text, Words words, int w) {
        for (WordMatcher.Variant v : WordMatcher.Variant.of(words.normalized(w))) {
            if (PLACE_HEADS.contains(v.word())) {
                return WordMatcher.skipLetters(text, words.span(w).start(), v.cliticLetters());
            }
        }
        return -1;
    }

    /** The word holding offset {@code at}, else the first after it; -1 when none does. */
    private static int wordAt(Words words, int at) {
        int next = words.firstAtOrAfter(at);
        if (next > 0 && words.span(next - 1).end() > at) {
            return next - 1;
        }
        return next < words.size() ? next : -1;
    }

    private static int afterOpeningQuote(String text, Words words, int first, int last) {
        int opened = first;
        for (int w = first + 1; w <= last; w++) {
            if (quoteBetween(text, words.span(w - 1).end(), words.span(w).start()) == Quote.OPENING) {
                opened = w;
            }
        }
        return opened;
    }

    private static int beforeClosingQuote(String text, Words words, int first, int last) {
        for (int w = first + 1; w <= last; w++) {
            if (quoteBetween(text, words.span(w - 1).end(), words.span(w).start()) == Quote.CLOSING) {
                return w - 1;
            }
        }
        return last;
    }

    private static int beforeSentenceWord(String text, Words words, int first, int last) {
        for (int w = first; w <= last; w++) {
            if (hasTanween(text, words, w) || goesOnTheSentence(words.normalized(w))) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * The last word of a name before a later word that is a verb in the future, س and an imperfect verb that is
     * common in news by itself ({@code commonWord}) or by its singular: "صلاح المزروع سيرأس", "فهد كفاين سيعودون",
     * "منصور وإبراهيم البلوي سيتواجدان", "فريق كابيلو سيفوز" (news puts the subject first); else {@code last}.
     * Surnames that open with سي (سيلفا، سيساكو) are no common word without it, and a long vowel after the prefix is
     * a foreign name's far more often than a verb's (ستورك، سيونغ، سيانج; سيواصل is a verb).
     */
    private static int beforeFutureVerb(Words words, int first, int last, Predicate<String> commonWord) {
        for (int w = first + 1; w <= last; w++) {
            if (isFutureVerb(words.normalized(w), commonWord)) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * The last word of the name, or the one before it when the name follows أما in its sentence and ends in the
     * answer of أما: ف glued to a word common in news that is no given name and has no article, a verb ("أما
     * المواطن [سيف القحطاني] فأبدى", "أما [ميلان] فسيلاقي"); the answer alone is no name, but its subject may be one
     * ("أما الجواب ف[الإسلام] أمر بحسن الظن"). Names that open with ف keep it: فريد and فهمي are given names, and in
     * فيون or فالتمان the letters after ف make no word.
     */
    private static int beforeAnswerOfAmma(String text, Words words, int first, int last, Predicate<String> commonWord) {
        String word = words.normalized(last);
        boolean answer = word.length() > 3 && word.charAt(0) == 'ف' && !word.startsWith("ال", 1)
                && commonWord.test(word.substring(1)) && !PersonNames.GIVEN_NAMES.containsKey(word);
        return answer && ammaBefore(text, words, first) ? last - 1 : last;
    }

    /**
     * Whether أما (وأما، اما) stands at most {@link #MOST_WORDS_AFTER_AMMA} words before word {@code w} in its
     * sentence: its topic runs up to the ف of its answer. Written, since إما "either" normalizes alike.
     */
    private static boolean ammaBefore(String text, Words words, int w) {
        for (int b = w - 1; b >= 0 && b >= w - MOST_WORDS_AFTER_AMMA; b--) {
            if (WordMatcher.sentenceEndBetween(text, words.span(b), words.span(b + 1))) {
                return false;
            }
            if (AMMA.contains(words.span(b).of(text))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the normalized {@code word} is a verb in the future ({@link #beforeFutureVerb}): س and an imperfect verb
     * that news uses, sometimes after و or ف (سيلتقيان، فسيضطرون).
     */
    private static boolean isFutureVerb(String word, Predicate<String> commonWord) {
        String verb = WordMatcher.withoutConjunction(word);
        return verb.length() >= 5 && verb.charAt(0) == 'س' && IMPERFECT_PREFIXES.indexOf(verb.charAt(1)) >= 0
                && verb.charAt(2) != 'و' && verb.charAt(2) != 'ا' && commonVerb(verb.substring(1), commonWord);
    }

    /**
     * Whether the normalized {@code word} is a verb that stands for no name alone: one in the future ({@link
     * #isFutureVerb}), or an imperfect of the dual or the plural whose singular news uses, after و or ف or not
     * (يسكنان، تتعاونان، فيستمعون): names seldom end so, and those that do are no common verb without the ending
     * (تومسون، ترومان).
     */
    private static boolean isVerbAlone(String word, Predicate<String> commonWord) {
        if (isFutureVerb(word, commonWord)) {
            return true;
        }
        String verb = WordMatcher.withoutConjunction(word);
        boolean dualOrPlural = verb.length() >= 6 && (verb.endsWith("ان") || verb.endsWith("ون"));
        return dualOrPlural && (verb.charAt(0) == 'ي' || verb.charAt(0) == 'ت')
                && commonWord.test(verb.substring(0, verb.length() - 2));
    }

    /**
     * The last word of a person's name before a later word that is ب or ل glued to a common noun of three letters
     * or more ({@link #prepositionBeforeNoun}): "أشاد القحطاني بمنسوبي الشركة", "كلف منصور القاسم بتولي الإدارة":
     * the verb's complement opens there; else {@code last}. The family names بري and بحر (Berri, Bahr al-Ulum) read
     * as ب and a noun of two letters, which is why those are left.
     */
    private static int beforePrepositionalPhrase(Words words, int first, int last, Predicate<String> commonWord) {
        for (int w = first + 1; w <= last; w++) {
            String bare = WordMatcher.withoutConjunction(words.normalized(w));
            boolean nounLongEnough = bare.length() - 1 >= MIN_NOUN_AFTER_PREPOSITION;
            if (nounLongEnough && prepositionBeforeNoun(words.normalized(w), commonWord)) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * The last word of a foreigner's name (its first word, or the word right before it, a given name of {@value
     * PersonNames#FOREIGN_GIVEN_NAMES_FILE}) before a definite word after its family name: "فرنسوا هولاند الاشتراكي",
     * "جون باراسو الجمهوري", "ستيف ريد الاستشاري", the adjective or noun after the name; else {@code last}. Not an
     * ordinal (كارل جوستاف السادس عشر), nor the word after أبو or another compound's head (سوزان أبو الهوى); the
     * family name itself may be definite (فرناندو الونسو).
     */
    private static int beforeDefiniteWordOfForeignName(String text, Words words, int first, int last) {
        int family;
        if (PersonNames.isForeignGivenName(words.normalized(first))) {
            family = first + 1;
        } else if (first > 0 && PersonNames.isForeignGivenName(words.normalized(first - 1))
                && !words.normalized(first).startsWith("و") && !PersonNames.opensWithAGivenName(words.normalized(first))
                && WordMatcher.onlySpacesBetween(text, words.span(first - 1), words.span(first))) {
            family = first; // [فرنسوا] هولاند التعاون: the given name joins the proposal later
        } else {
            return last;
        }
        for (int w = family + 1; w <= last; w++) {
            String word = words.normalized(w);
            String before = words.normalized(w - 1);
            if (word.startsWith("ال") && !PersonNames.ORDINALS.contains(word)
                    && !PersonNames.COMPOUND_HEADS.contains(before) && !PersonNames.PATRONYMICS.contains(before)) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * The last word of a person's name before a later word that opens a role in construct ({@link
     * #CONSTRUCT_ROLE_WORDS}): "مارك زوكبرج مؤسس", "ممدوح سبحي استشاري"; else {@code last}.
     */
    private static int beforeConstructRole(Words words, int first, int last) {
        for (int w = first + 1; w <= last; w++) {
            if (CONSTRUCT_ROLE_WORDS.contains(words.normalized(w))) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * Whether the imperfect {@code verb} is common in news by itself, or, with the dual's or the plural's ending
     * (يتواجدان، يسلمون), by its singular: news writes the dual of a verb too seldom for it to be common.
     */
    private static boolean commonVerb(String verb, Predicate<String> commonWord) {
        boolean agrees = verb.length() >= 6 && (verb.endsWith("ان") || verb.endsWith("ون"));
        return commonWord.test(verb) || agrees && commonWord.test(verb.substring(0, verb.length() - 2));
    }

    /**
     * The last word of a person's name before a later word that is و and a title (بوتفليقة والشيخ علي الصلابي): the
     * title opens the next person of a list; or و and a noun with a pronoun or the feminine ending (عصام الملا
     * ومساعده: the next of the list, his assistant); else {@code last}.
     */
    private static int beforeTitleAfterWaw(Words words, int first, int last) {
        for (int w = first + 1; w <= last; w++) {
            if (isTitleAfterWaw(words.normalized(w)) || PersonNames.isConjoinedNoun(words.normalized(w))) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * The word before {@code last} when {@code last} is a common noun or adjective in the indefinite accusative
     * ({@link #isAccusativeNoun}), which follows a name as its state (اختيار كوربن زعيما، وقال كورمان متحدثا)
     * and never ends it; else {@code last}. After a foreigner's given name alone the word is his surname: رافائيل
     * كوريا، ماليك إيفونا; not a participle, which opens with م (إنريكي متحدثا، مضيفا، مشيرا).
     */
    private static int beforeAccusativeNoun(Words words, int first, int last, Predicate<String> commonWord) {
        String given = words.normalized(first);
        boolean surname = last == first + 1 && !words.normalized(last).startsWith(PARTICIPLE)
                && (PersonNames.isForeignGivenName(given) || isRareForeignWord(given, commonWord));
        return last > first && !surname && isAccusativeNoun(words.normalized(last), commonWord) ? last - 1 : last;
    }

    /**
     * Whether the normalized {@code word} is rare in news and reads as no Arabic name word: no given name, no
     * definite family name, no compound of عبد (لاسانا، جينيو, but not عبدالواحد or البنيان), a glued و or ف read
     * off (ورضا is رضا).
     */
    private static boolean isRareForeignWord(String written, Predicate<String> commonWord) {
        String word = WordMatcher.withoutConjunction(written);
        return !PersonNames.GIVEN_NAMES.containsKey(word) && !word.startsWith("ال") && !word.startsWith("عبد")
                && !commonWord.test(word);
    }

    /**
     * Whether the normalized {@code word} is a common noun or adjective in the indefinite accusative: the ا of the
     * accusative on a stem of four letters or more whose form with the article is common in news (زعيما، متحدثا،
     * شهريا). Names keep one form (ماريا، كريستينا: الماري is no word of news), and name words stay.
     */
    private static boolean isAccusativeNoun(String word, Predicate<String> commonWord) {
        if (word.length() < MIN_ACCUSATIVE_NOUN || word.charAt(word.length() - 1) != 'ا' || word.startsWith("ال")) {
            return false;
        }
        String stem = word.substring(0, word.length() - 1);
        return commonWord.test("ال" + stem) && !NameTransliterator.isNameWord(stem)
                && !NameTransliterator.isNameWord(word);
    }

    /**
     * The last word of a person's name before a later word that never stands in one ({@link #NO_NAME_WORDS}): "زيكو
     * هو الوحيد" is Zico, "حمدان أثناء" Hamdan; else {@code last}. هو and هي end a name only when it has no
     * syllable of an East Asian name ({@link #hasEastAsianSyllable}): كواك تاي هي is a Korean footballer.
     */
    private static int beforeNoNameWord(String text, Words words, int first, int last) {
        for (int w = first + 1; w <= last; w++) {
            if (writtenOneOf(text, words, w, NO_NAME_WORDS, NORMALIZED_NO_NAME_WORDS)
                    && WordMatcher.onlySpacesBetween(text, words.span(w - 1), words.span(w))
                    && !(writtenOneOf(text, words, w, SYLLABLE_PRONOUNS, NORMALIZED_SYLLABLE_PRONOUNS)
                        && hasEastAsianSyllable(words, first, last, w))) {
                return w - 1;
            }
        }
        return last;
    }

    /**
     * Whether a word of words {@code first} to {@code last} but {@code except} reads as a syllable of an East Asian
     * name: ending in نغ or نج (جيونج، ريونغ), or of three letters or fewer and no given name, nor a word before
     * the rest of a name (بن، عبد، فان): كواك تاي، تشو، وون.
     */
    private static boolean hasEastAsianSyllable(Words words, int first, int last, int except) {
        for (int w = first; w <= last; w++) {
            String word = words.normalized(w);
            if (w == except) {
                continue;
            }
            if (word.endsWith("نغ") || word.endsWith("نج") || word.length() <= 3
                    && !PersonNames.GIVEN_NAMES.containsKey(word) && !NEEDS_COMPLEMENT.contains(word)
                    && !SURNAME_PARTICLES.contains(word) && !KUNYA_HEADS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last word of a person's name before a later word that opens with ل and the article: "مبادرة الملك عبدالله
     * للسلام" is the king's initiative for peace, and no name's later word is written so; else {@code last}.
     */
    private static int beforeComplementWithLam(Words words, int first, int last) {
        for (int w = first + 1; w <= last; w++) {
            String word = words.normalized(w);
            if (word.length() > 3 && word.startsWith("لل")) {
                return w - 1;
            }
        }
        return last;
    }

    /** Whether the normalized {@code word} is و glued to a title ({@link #TITLES}): والشيخ، والدكتور. */
    static boolean isTitleAfterWaw(String word) {
        return word.length() > 3 && word.charAt(0) == 'و' && TITLES.contains(word.substring(1));
    }

    /**
     * The last word of a name before a blessing's verb or its ligature in it ("ابن باز رحمه الله"، "محمد ﷺ") or before
     * its last word when "to God" follows that (صالح القحطاني [الحمد] لله: the praise of God that the speaker opens
     * with), or الله after a word of praise, as some write it (يحيى الأحمري [الحمد] الله); else {@code last}.
     */
    private static int beforeBlessing(Words words, int first, int last) {
        for (int w = first; w <= last; w++) {
            String word = words.normalized(w);
            if (isBlessingLigature(word)
                    || w + 1 < words.size() && BLESSINGS.contains(word) && words.normalized(w + 1).equals("الله")) {
                return w - 1;
            }
        }
        if (last == first || last + 1 >= words.size()) {
            return last;
        }
        String next = words.normalized(last + 1);
        boolean praise = next.equals("لله") || next.equals("الله") && PRAISES.contains(words.normalized(last));
        return praise ? last - 1 : last;
    }

    /**
     * Whether the normalized {@code word} is a blessing written as one ligature (ﷺ), which normalizes to its words
     * (صلى الله عليه وسلم).
     */
    private static boolean isBlessingLigature(String word) {
        int space = word.indexOf(' ');
        return space > 0 && BLESSINGS.contains(word.substring(0, space));
    }

    /**
     * Whether a blessing opens at word {@code w} of the normalized words {@code norm}: رحمه الله، صلى الله، عليه
     * السلام، رضي الله. A name before one is a prophet's, a companion's or someone dead, seldom the living person
     * of the same given name the article names in full.
     */
    static boolean blessingAt(List<String> norm, int w) {
        if (w + 1 >= norm.size()) {
            return false;
        }
        String word = norm.get(w);
        String next = norm.get(w + 1);
        return BLESSINGS.contains(word) && next.equals("الله")
                || (word.equals("عليه") || word.equals("عليها") || word.equals("عليهم")) && next.equals("السلام");
    }

    /**
     * Whether the normalized {@code word} stands in no name after a person's given name: a function word, a word that
     * ends a name ({@link #NO_NAME_WORDS}) or carries the sentence on ({@link #SENTENCE_WORDS}).
     */
    static boolean endsAName(String word) {
        return FUNCTION_WORDS.contains(word) || NORMALIZED_NO_NAME_WORDS.contains(word) || SENTENCE_WORDS.contains(word);
    }

    /**
     * Whether word {@code w} never stands in a person's name after its first word ({@link #NO_NAME_WORDS}: معه، أننا;
     * as written, so that فان is Van, not فإن), هو and هي aside, which are syllables of East Asian names too.
     */
    static boolean isNoNameWord(String text, Words words, int w) {
        return writtenOneOf(text, words, w, NO_NAME_WORDS, NORMALIZED_NO_NAME_WORDS)
                && !NORMALIZED_SYLLABLE_PRONOUNS.contains(words.normalized(w));
    }

    /** Whether the normalized {@code word} carries the sentence on after a name ({@link #SENTENCE_WORDS}). */
    static boolean goesOnTheSentence(String word) {
        return SENTENCE_WORDS.contains(word);
    }

    /** Whether word {@code w} carries tanween, read in place: a case ending, which names never take. */
    static boolean hasTanween(String text, Words words, int w) {
        for (int i = words.span(w).start(); i < words.span(w).end(); i++) {
            char c = text.charAt(i);
            if (c == '\u064B' || c == '\u064C' || c == '\u064D') {
                return true;
            }
        }
        return false;
    }

    private enum Quote { NONE, OPENING, CLOSING }

    /** The quote mark between two words, if any: « and “ open, » and ” close, a plain " as {@link #plainQuote} says. */
    private static Quote quoteBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case '«', '“' -> {
                    return Quote.OPENING;
                }
                case '»', '”' -> {
                    // و»الحرافيش»: glued between a one-letter clitic and a word, the closing mark was typed to open
                    return i == from && i + 1 == to && afterOneLetter(text, from) ? Quote.OPENING : Quote.CLOSING;
                }
                case '"' -> {
                    return plainQuote(text, i, from, to);
                }
                default -> {
                }
            }
        }
        return Quote.NONE;
    }

    /**
     * Whether the plain quote mark at {@code at}, between words ending at {@code from} and starting at {@code to},
     * opens or closes: glued to a one-letter clitic before it, it opens (و"بلاتو); glued to one word only, it goes
     * with that word; else it opens when an even number of plain quote marks precede it in its line ("الزطلة"و
     * closes, يدعى"كارل opens).
     */
    private static Quote plainQuote(String text, int at, int from, int to) {
        boolean gluedBefore = at == from;
        boolean gluedAfter = at + 1 == to;
        if (gluedBefore && gluedAfter && afterOneLetter(text, from)) {
            return Quote.OPENING;
        }
        if (gluedBefore != gluedAfter) {
            return gluedAfter ? Quote.OPENING : Quote.CLOSING;
        }
        return plainQuotesBefore(text, at) % 2 == 0 ? Quote.OPENING : Quote.CLOSING;
    }

    /** Whether the word ending at {@code end} is one letter: a clitic (و، ب، ل) cut off by a quote mark. */
    private static boolean afterOneLetter(String text, int end) {
        return end >= 1 && (end < 2 || !Character.isLetter(text.charAt(end - 2)));
    }

    private static int plainQuotesBefore(String text, int at) {
        int count = 0;
        for (int i = at - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (text.charAt(i) == '"') {
                count++;
            }
        }
        return count;
    }

    private static boolean onlySpacesBetween(String text, int from, int to) {
        return from < to && text.substring(from, to).isBlank();
    }
}
