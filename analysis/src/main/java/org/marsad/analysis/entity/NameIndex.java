package org.marsad.analysis.entity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Finds known names in a text, longest first: the names of actors, the nationality adjectives of countries and
 * the capitals and seats of power that stand for them.
 *
 * <p>Rules (the matching ones are {@link WordMatcher}'s):
 * <ul>
 *   <li>Names and text are compared after {@link ArabicNormalizer}, word by word; the first word of a name may
 *       carry the proclitics و، ف، ب، ك، ل (للصين is ل + الصين); the words of a name follow each other with
 *       nothing but spaces between them.</li>
 *   <li>At each word the longest name wins; a name added again is ignored, so what is added first has
 *       priority.</li>
 *   <li>A blocked phrase ({@link Builder#block}) is a match of no entry: it hides the names inside it
 *       ("مجلس الأمن القومي" is not the UN's "مجلس الأمن").</li>
 *   <li>A guarded name ({@link Builder#addGuarded}), one that is also a common word (مالي "financial",
 *       سيول "floods", وام), is a match only with a proclitic of its own (لمالي), right after a word of
 *       {@link #LICENSORS} (في مالي، وكالة وام، شمال مالي، مدينة الخليل), after a bracket or dash (the dateline
 *       "أبوظبي - وام"), right after another name of its own entry (وكالة الأنباء القطرية قنا), or with a
 *       conjunction right after another place's name (القدس والخليل; written apart too, as weather reports do: جازان و
 *       عسير); a proclitic
 *       ب or ل licenses it (بمالي، لمالي), written apart too, quote marks or not (لـ "وات"), a conjunction alone
 *       does not (دعم سياسي ومالي is "and financial"),
 *       nor ل before a name that opens with ل, which reads as ل and the article too (للحج "for the pilgrimage");
 *       never right before بن، ابن or بنت (الخليل بن أحمد is a man). An organization's or group's name (وام،
 *       القاعدة، السنة) is licensed too where the name tagger proposes those very words as an organization (a
 *       group or a MISC entry, الإسلام، as MISC too), a person's (الأسد) where it proposes them as a person; a name
 *       guarded {@link Guard#TAGGER} only there; a name guarded {@link Guard#HOME} is licensed by its context only
 *       in an article published in its own country.</li>
 *   <li>A name whose words a quote mark parts (صحيفة «ماركا») takes the closing mark after its last word into its
 *       mention, so that the marks pair up.</li>
 *   <li>A person's name right after بن، ابن or بنت is the father's or grandfather's name in someone else's
 *       lineage, no mention of him: "فيصل بن سلمان بن عبد العزيز" does not name King Salman.</li>
 *   <li>An adjective written in one of the spellings given to {@link Builder#exceptSpelling} is no
 *       adjective: اليمنى is "the right one", not اليمني "Yemeni", though they normalize alike. Nor is one
 *       next to a word of {@link #NAME_NEIGHBOURS}: "الأمير تركي" and "تركي بن فيصل" name a man; but a noun of persons
 *       or teams before a definite one makes it a nationality: "اللاعب الإيطالي" is Italian, "اللواء التركي" General
 *       al-Turki. A definite one is a nationality after a title too where a given name or title follows ("المهندس
 *       الكويتي أحمد"), and before a title ("الكاتب الكويتي الدكتور أحمد"): after it only a lineage's word (بن،
 *       ابن، بنت) makes it a name.</li>
 * </ul>
 */
public final class NameIndex {
    /**
     * Words after which a guarded name is a name: prepositions, place nouns (Tunisia's معتمدية and بلدية among them,
     * and أمانة, a Saudi region's municipality: أمانة عسير), a region's public services named by its name (صحة
     * عسير، تعليم حائل، شرطة الباحة، جامعة حائل) and its clubs, hospitals and chambers of commerce (نادي الباحة الأدبي،
     * مستشفى عسير المركزي، غرفة ينبع), agencies and verbs of reporting.
     */
    public static final Set<String> LICENSORS = Set.of("في", "الي", "من", "عن", "مع", "ضد", "بين", "نحو", "داخل",
            "خارج", "دوله", "جمهوريه", "شمال", "جنوب", "شرق", "غرب", "وسط", "حكومه", "رئيس", "عاصمه", "سفير",
            "مدينه", "محافظه", "منطقه", "ولايه", "اقليم", "بلده", "قريه", "مخيم", "ميناء", "مطار", "قرب", "حول",
            "عبر", "ريف", "ضواحي", "اطراف", "محيط", "شمالي", "جنوبي", "شرقي", "غربي", "امير", "اهالي", "سكان",
            "وكاله", "ذكرت", "نقلت", "افادت", "اوردت", "حسب", "بحسب", "وفق", "وفقا", "قالت", "اعلنت", "زار", "زياره",
            "معتمديه", "معتمديتي", "بلديه", "امانه", "اماره", "صحه", "تعليم", "شرطه", "مرور", "جوازات", "جامعه",
            "نادي", "مستشفي", "غرفه");
    /** ب and ل written apart from the name they govern (لـ "وات"), which license it as glued ones do. */
    private static final Set<String> DETACHED_PREPOSITIONS = Set.of("ب", "ل");
    /** Words before which, or after which, a nisba is a given name (الأمير تركي، تركي بن فيصل), not an adjective. */
    public static final Set<String> NAME_NEIGHBOURS = Set.of("بن", "ابن", "بنت", "ابو", "ابي", "ال", "الامير",
            "الاميره", "الشيخ", "الشيخه", "الامام", "الملك", "السيد", "السيده", "الدكتور", "الاستاذ", "المهندس",
            "اللواء", "العقيد", "العميد", "الفريق", "المواطن", "المواطنه", "الزميل", "الفنان", "اللاعب");
    /**
     * The words of {@link #NAME_NEIGHBOURS} that make a definite nisba after them a name: a lineage's words (بن
     * الليبي) and the titles set before a family name (اللواء التركي is General al-Turki); not the nouns of persons
     * and teams, after which it is a nationality (اللاعب الإيطالي، المواطن السعودي، الفريق المصري).
     */
    private static final Set<String> DEFINITE_NEIGHBOURS = withoutNounsOfPersons();
    /** على "on" as written: it normalizes as the given name علي. */
    private static final String ON = "على";
    /** The words of a lineage, normalized: after them a nisba is a name. */
    private static final Set<String> LINEAGE = Set.of("بن", "ابن", "بنت");
    private static Set<String> withoutNounsOfPersons() {
        Set<String> nounsOfPersons = Set.of("الفريق", "المواطن", "المواطنه", "الزميل", "الفنان", "اللاعب");
        return NAME_NEIGHBOURS.stream().filter(w -> !nounsOfPersons.contains(w)).collect(Collectors.toUnmodifiableSet());
    }
    /** The most words of a place's name before a guarded name that the list licenses (القدس، وبيت لحم، والخليل). */
    private static final int MAX_LIST_NAME_WORDS = 3;
    /** The most words of a full name that a short name of the same entry may follow (وكالة الأنباء القطرية قنا). */
    private static final int MAX_OWN_NAME_WORDS = 5;
    private static final Set<ArabicNormalizer.Step> UNDIACRITIZE = EnumSet.of(ArabicNormalizer.Step.REMOVE_DIACRITICS,
            ArabicNormalizer.Step.REMOVE_TATWEEL, ArabicNormalizer.Step.REMOVE_INVISIBLES);
    private final WordMatcher<Target> matcher;
    private final Set<String> exceptSpellings;
    /** The spellings guarded as written ({@link Builder#guardSpelling}), undiacritized, and their last letters. */
    private final Set<String> guardedSpellings;
    private final String guardedLastLetters;

    /** What a name leads to: {@code entry} mentioned as {@code kind}, by the name of {@code named}; null when blocked. */
    private record Target(NameEntry entry, MentionKind kind, NameEntry named, Guard guard) {

        boolean guarded() {
            return guard != Guard.NONE;
        }
    }

    /** What makes a name that is also a common word a name. */
    public enum Guard {
        /** Nothing: the name is no common word. */
        NONE,
        /** A licence of its context (a preposition, place noun, agency, bracket...) or the tagger's proposal. */
        CONTEXT,
        /** The tagger's proposal alone: القاعدة is "the base" after في and من as often as al-Qaeda. */
        TAGGER,
        /**
         * Only as the next of a list of places of its country, no definite adjective after it: المدينة is Medina in
         * مكة والمدينة, "the city" elsewhere.
         */
        LIST,
        /**
         * A licence of its context as for {@link #CONTEXT}, in an article its own country's publisher published
         * alone: مساكن is Msaken in a Tunisian radio's "معتمدية مساكن", "dwellings" in Saudi news.
         */
        HOME,
        /**
         * Only right after a preposition or place noun written apart, no clitic glued to the name: في ليون، مدينة نيس
         * are the cities, بليون "billion" and ونيس are not, nor is a name the tagger proposes alone.
         */
        PLACE
    }

    private NameIndex(WordMatcher<Target> matcher, Set<String> exceptSpellings, Set<String> guardedSpellings) {
        this.matcher = matcher;
        this.exceptSpellings = exceptSpellings;
        this.guardedSpellings = guardedSpellings;
        this.guardedLastLetters = guardedSpellings.stream().map(w -> w.substring(w.length() - 1)).distinct()
                .collect(Collectors.joining());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The longest known name or blocked phrase starting at word {@code i} of {@code words} (spans into {@code text}), or null. */
    public NameMatch match(String text, List<Span> words, List<String> normalizedWords, int i) {
        return match(text, words, normalizedWords, i, null, null);
    }

    /**
     * As {@link #match(String, List, List, int)}, where the name tagger proposes {@code proposed} (or null) over
     * words {@code i} up to {@code proposedEnd}: a guarded organization's name of those very words, proposed as
     * an organization, needs no other licence, since the tagger read it from its context as a name («القاعدة»
     * and its neighbours, not القاعدة الجوية).
     */
    public NameMatch match(String text, List<Span> words, List<String> normalizedWords, int i, Proposal proposed,
                           int proposedEnd) {
        return match(text, words, normalizedWords, i, proposed, proposedEnd, null);
    }

    /**
     * As {@link #match(String, List, List, int, Proposal, int)}, in an article published in {@code homeCountry}
     * (ISO-3, or null): a name guarded {@link Guard#HOME} of that country may be licensed there.
     */
    public NameMatch match(String text, List<Span> words, List<String> normalizedWords, int i, Proposal proposed,
                           int proposedEnd, String homeCountry) {
        Proposed p = proposed == null ? null : new Proposed(proposed.type(), proposedEnd);
        return match(text, words, normalizedWords, i, p, homeCountry);
    }

    /**
     * Whether the name of the index at word {@code i} is one found only where the name tagger proposes it ({@link
     * Guard#TAGGER}: الأسد، مرسي، القاعدة).
     */
    public boolean taggerGuardedAt(String text, List<Span> words, List<String> normalizedWords, int i) {
        WordMatcher.Hit<Target> hit = matcher.match(text, words, normalizedWords, i);
        return hit != null && hit.value().guard() == Guard.TAGGER;
    }

    /**
     * Whether a name of the index, licensed or not, starts at word {@code i} and ends at word {@code endWord} or
     * later: a name the index leaves to its guard (المنصورة "the victorious") must not be found by another way.
     */
    public boolean hasNameAt(String text, List<Span> words, List<String> normalizedWords, int i, int endWord) {
        return nameEndAt(text, words, normalizedWords, i) >= endWord;
    }

    /** The word after the longest name of the index, licensed or not, that starts at word {@code i}; i when none does. */
    public int nameEndAt(String text, List<Span> words, List<String> normalizedWords, int i) {
        WordMatcher.Hit<Target> hit = matcher.match(text, words, normalizedWords, i);
        return hit == null ? i : hit.endWord();
    }

    private record Proposed(EntityType type, int end) {
    }

    /**
     * The matches of one text's words, each word looked up in the index once however many passes ask (the entity
     * tagger and the sector phrases do, word by word); each pass's own licences then apply to the hit. Holds the
     * text's words as given: one per text, used on one thread.
     */
    public final class Lookup {
        private final String text;
        private final List<Span> words;
        private final List<String> normalizedWords;
        /** The matcher's hit at each word, {@link #NO_HIT} for none, null where not looked up yet. */
        private final WordMatcher.Hit<Target>[] hits;

        @SuppressWarnings("unchecked")
        private Lookup(String text, List<Span> words, List<String> normalizedWords) {
            this.text = text;
            this.words = words;
            this.normalizedWords = normalizedWords;
            this.hits = new WordMatcher.Hit[normalizedWords.size()];
        }

        /** Whether this looks up in {@code index}. */
        public boolean of(NameIndex index) {
            return index == NameIndex.this;
        }

        /** As {@link NameIndex#match(String, List, List, int)} over this text. */
        public NameMatch match(int i) {
            return accepted(hit(i), text, words, normalizedWords, null, null);
        }

        /** As {@link NameIndex#match(String, List, List, int, Proposal, int, String)} over this text. */
        public NameMatch match(int i, Proposal proposed, int proposedEnd, String homeCountry) {
            Proposed p = proposed == null ? null : new Proposed(proposed.type(), proposedEnd);
            return accepted(hit(i), text, words, normalizedWords, p, homeCountry);
        }

        /**
         * The type of the name by name of the index, licensed or not, that starts at word {@code i} and ends right
         * before word {@code endWord}, or null: عسير of "بصحة عسير سعيد النقير" is the region, though its guard finds
         * it only where a place noun or the tagger licenses it.
         */
        public EntityType nameTypeOf(int i, int endWord) {
            WordMatcher.Hit<Target> hit = hit(i);
            return hit != null && hit.endWord() == endWord && hit.value().kind() == MentionKind.NAME
                    ? hit.value().entry().type() : null;
        }

        private WordMatcher.Hit<Target> hit(int i) {
            if (hits[i] == null) {
                WordMatcher.Hit<Target> hit = matcher.match(text, words, normalizedWords, i);
                hits[i] = hit == null ? NO_HIT : hit;
            }
            return hits[i] == NO_HIT ? null : hits[i];
        }
    }

    /** What {@link Lookup} keeps of a word that starts no name. */
    private static final WordMatcher.Hit<Target> NO_HIT = new WordMatcher.Hit<>(null, -1, -1, -1, -1);

    /** The lookup of the words of {@code text}, {@code words} with their normalized forms. */
    public Lookup lookup(String text, List<Span> words, List<String> normalizedWords) {
        return new Lookup(text, words, normalizedWords);
    }

    private NameMatch match(String text, List<Span> words, List<String> normalizedWords, int i, Proposed proposed,
                            String homeCountry) {
        return accepted(matcher.match(text, words, normalizedWords, i), text, words, normalizedWords, proposed, homeCountry);
    }

    /** The name of {@code hit} (or null) where its guards let it stand. */
    private NameMatch accepted(WordMatcher.Hit<Target> hit, String text, List<Span> words, List<String> normalizedWords,
                               Proposed proposed, String homeCountry) {
        if (hit == null) {
            return null;
        }
        Target t = hit.value();
        if (t.guard() == Guard.LIST && !nextOfItsCountrysList(text, words, normalizedWords, hit)) {
            return null;
        }
        if (t.guard() == Guard.HOME && !(t.entry().country() != null && t.entry().country().equals(homeCountry)
                && licensed(text, words, normalizedWords, hit))) {
            return null;
        }
        if (t.guard() == Guard.PLACE && !afterPlaceWord(text, words, normalizedWords, hit)) {
            return null;
        }
        if (t.guarded() && t.guard() != Guard.LIST && t.guard() != Guard.HOME && t.guard() != Guard.PLACE
                && !agrees(proposed, hit)
                && (t.guard() == Guard.TAGGER || !licensed(text, words, normalizedWords, hit))) {
            return null;
        }
        if (t.kind() == MentionKind.ADJECTIVE && !adjective(text, words, normalizedWords, hit)) {
            return null;
        }
        if (!t.guarded() && guardedSpelling(text, hit) && !licensed(text, words, normalizedWords, hit)) {
            return null;
        }
        boolean person = t.entry() != null && t.entry().type() == EntityType.PERSON;
        if (person && inLineage(text, words, normalizedWords, hit.firstWord())) {
            return null;
        }
        return new NameMatch(t.entry(), hit.firstWord(), hit.endWord(), hit.start(), pairedEnd(text, hit.start(), hit.end()),
                t.kind(), t.named());
    }

    /**
     * {@code spelling} as this index compares spellings kept as written ({@link Builder#exceptSpelling}, {@link
     * Builder#guardSpelling}): diacritics, tatweel and invisible marks left out, ة and hamza as written.
     */
    public static String asWritten(String spelling) {
        return ArabicNormalizer.normalize(spelling, UNDIACRITIZE);
    }

    /** Whether {@code hit} is written in a spelling guarded as written (جده, not جدة). */
    private boolean guardedSpelling(String text, WordMatcher.Hit<Target> hit) {
        if (guardedSpellings.isEmpty()) {
            return false;
        }
        // most hits end in a letter no guarded spelling ends in, and are answered without a normalized copy
        int last = hit.end() - 1;
        while (last > hit.start() && isDiacritic(text.charAt(last))) {
            last--;
        }
        return guardedLastLetters.indexOf(text.charAt(last)) >= 0 && guardedSpellings.contains(
                asWritten(text.substring(hit.start(), hit.end())));
    }

    /** Whether {@code c} is an Arabic diacritic (harakat, shadda, sukun, dagger alef) or the tatweel. */
    private static boolean isDiacritic(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    /**
     * The end of the mention [{@code start}, {@code end}) with the quote mark right after it when a mark inside it
     * opened that quote: صحيفة «ماركا» rather than صحيفة «ماركا.
     */
    static int pairedEnd(String text, int start, int end) {
        if (end >= text.length()) {
            return end;
        }
        char after = text.charAt(end);
        int opened = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '"') {
                opened = opened == 0 ? 1 : 0;
            } else if (c == '«' || c == '“') {
                opened++;
            } else if ((c == '»' || c == '”') && opened > 0) {
                opened--;
            }
        }
        boolean closes = after == '"' || after == '»' || after == '”';
        return opened > 0 && closes ? end + 1 : end;
    }

    private boolean adjective(String text, List<Span> words, List<String> norm, WordMatcher.Hit<Target> hit) {
        if (!exceptSpellings.isEmpty()
                && exceptSpellings.contains(asWritten(text.substring(hit.start(), hit.end())))) {
            return false;
        }
        int before = hit.firstWord() - 1;
        int after = hit.endWord();
        boolean definite = WordMatcher.isDefinite(norm.get(hit.firstWord()));
        boolean wordAfter = after < norm.size() && WordMatcher.onlySpacesBetween(text, words.get(after - 1), words.get(after));
        // a noun of persons before a definite nisba gives that nationality: اللاعب الإيطالي، المواطن السعودي; and so
        // does a title where a given name (not على "on", which normalizes as علي) or another title follows: "المهندس
        // الكويتي أحمد" is a Kuwaiti engineer, "اللواء التركي على" General al-Turki
        boolean nameAfter = wordAfter && (PersonNames.GIVEN_NAMES.containsKey(norm.get(after))
                && !words.get(after).of(text).equals(ON)
                || NAME_NEIGHBOURS.contains(norm.get(after)));
        Set<String> neighbours = definite ? DEFINITE_NEIGHBOURS : NAME_NEIGHBOURS;
        if (before >= 0 && !(definite && nameAfter)
                && WordMatcher.onlySpacesBetween(text, words.get(before), words.get(hit.firstWord()))) {
            for (WordMatcher.Variant v : WordMatcher.Variant.of(norm.get(before))) {
                if (neighbours.contains(v.word())) {
                    return false;
                }
            }
        }
        // after a definite nisba only a lineage makes it a name (الليبي بن): a title after it opens the name of the
        // person it qualifies ("الكاتب الكويتي الدكتور أحمد")
        return !wordAfter || !(definite ? LINEAGE : NAME_NEIGHBOURS).contains(norm.get(after));
    }

    /**
     * Whether the tagger proposed the words of a guarded organization's or group's hit as an organization (or a
     * group as MISC: ANERcorp, which the tagger learnt from, has no type for groups). Not for places: the pipeline
     * drops the tagger's proposals of a guarded place alone, which it makes of common words too.
     */
    private static boolean agrees(Proposed proposed, WordMatcher.Hit<Target> hit) {
        if (proposed == null || proposed.end() != hit.endWord()) {
            return false;
        }
        EntityType entry = hit.value().entry().type();
        return proposed.type() == EntityType.ORG && (entry == EntityType.ORG || entry == EntityType.GROUP)
                || proposed.type() == EntityType.MISC && (entry == EntityType.GROUP || entry == EntityType.MISC)
                || proposed.type() == EntityType.PERSON && entry == EntityType.PERSON;
    }

    /**
     * Whether a known person's name starts at word {@code i} and reaches word {@code last}, wherever it stands (in
     * someone's lineage too): "سلمان بن عبد العزيز" inside "محمد بن سلمان بن عبد العزيز".
     */
    boolean personNameReaches(String text, List<Span> words, List<String> normalizedWords, int i, int last) {
        WordMatcher.Hit<Target> hit = matcher.match(text, words, normalizedWords, i);
        return hit != null && hit.value().entry() != null && hit.value().entry().type() == EntityType.PERSON
                && hit.endWord() > last;
    }

    /** Whether word {@code i} follows بن، ابن or بنت with only spaces between. */
    private static boolean inLineage(String text, List<Span> words, List<String> norm, int i) {
        return i > 0 && PersonNames.PATRONYMICS.contains(norm.get(i - 1))
                && WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i));
    }

    /**
     * Whether {@code hit}, no clitic glued to it, follows a word of {@link #LICENSORS} with only spaces between: the
     * licence of a name guarded {@link Guard#PLACE}.
     */
    private static boolean afterPlaceWord(String text, List<Span> words, List<String> norm,
                                          WordMatcher.Hit<Target> hit) {
        int i = hit.firstWord();
        if (i == 0 || hit.start() != words.get(i).start()
                || !WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
            return false;
        }
        for (WordMatcher.Variant v : WordMatcher.Variant.of(norm.get(i - 1))) {
            if (LICENSORS.contains(v.word())) {
                return true;
            }
        }
        return false;
    }

    private boolean licensed(String text, List<Span> words, List<String> norm, WordMatcher.Hit<Target> hit) {
        int i = hit.firstWord();
        if (hit.endWord() < norm.size() && PersonNames.PATRONYMICS.contains(norm.get(hit.endWord()))) {
            return false; // زار الخليل بن أحمد: a man's name, not Hebron
        }
        String clitics = text.substring(words.get(i).start(), hit.start());
        // ل before a name that opens with ل reads as ل + the article too: للحج is "for the pilgrimage", not "for Lahij"
        boolean lamBeforeLam = clitics.endsWith("ل") && text.startsWith("ل", hit.start());
        if (!lamBeforeLam
                && (clitics.indexOf('ب') >= 0 || clitics.indexOf('ل') >= 0 || text.startsWith("لل", hit.start()))) {
            return true; // بمالي، لمالي، للعقبة; a conjunction alone is no licence (دعم سياسي ومالي)
        }
        int from = i > 0 ? words.get(i - 1).end() : 0;
        for (int c = from; c < words.get(i).start(); c++) {
            char ch = text.charAt(c);
            if (ch == '(' || ch == '-' || ch == '\u2013' || ch == '\u2014') {
                return true;
            }
        }
        if (i == 0) {
            return false;
        }
        if (nextOfAList(text, words, norm, hit)) {
            return true; // القدس والخليل: the next of a list of places
        }
        if (clitics.isEmpty() && followsOwnName(text, words, norm, i, hit.value().entry())) {
            return true; // وكالة الأنباء القطرية قنا: the short name after the full one
        }
        if (DETACHED_PREPOSITIONS.contains(norm.get(i - 1))) {
            return true; // في تصريح لـ"وات": the preposition written apart, quote marks or not
        }
        if (!WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
            return false;
        }
        for (WordMatcher.Variant v : WordMatcher.Variant.of(norm.get(i - 1))) {
            if (LICENSORS.contains(v.word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name of {@code hit}, with a conjunction glued, follows another place's name: القدس والخليل. */
    private boolean nextOfAList(String text, List<Span> words, List<String> norm, WordMatcher.Hit<Target> hit) {
        return placeListedBefore(text, words, norm, hit) != null;
    }

    /**
     * The known place whose name ends right before the name of {@code hit}, which carries a conjunction and follows
     * it with only spaces or a comma between (القدس والخليل); null when the name is no next of a list of places.
     */
    private NameEntry placeListedBefore(String text, List<Span> words, List<String> norm, WordMatcher.Hit<Target> hit) {
        int i = hit.firstWord();
        if (i > 1 && hit.start() == words.get(i).start() && isConjunction(norm.get(i - 1))
                && WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))
                && onlySpacesOrComma(text, words.get(i - 2).end(), words.get(i - 1).start())) {
            return placeBefore(text, words, norm, i - 1); // جازان و عسير: the conjunction written apart
        }
        boolean listed = i > 0 && isConjunction(text.substring(words.get(i).start(), hit.start()))
                && onlySpacesOrComma(text, words.get(i - 1).end(), words.get(i).start());
        return listed ? placeBefore(text, words, norm, i) : null;
    }

    private static boolean isConjunction(String clitics) {
        return clitics.equals("و") || clitics.equals("ف");
    }

    private static boolean onlySpacesOrComma(String text, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (!Character.isWhitespace(ch) && ch != '،' && ch != ',') {
                return false;
            }
        }
        return true;
    }

    private static boolean isPlace(NameEntry entry) {
        return entry.type() == EntityType.GPE || entry.type() == EntityType.LOC;
    }

    /** Whether a place's name (a country, city or region) ends right before word {@code i}. */
    /** The known place whose name ends right before word {@code i} (licensed, if guarded), or null. */
    private NameEntry placeBefore(String text, List<Span> words, List<String> norm, int i) {
        for (int k = 1; k <= MAX_LIST_NAME_WORDS && i - k >= 0; k++) {
            WordMatcher.Hit<Target> before = matcher.match(text, words, norm, i - k);
            if (before != null && before.endWord() == i && before.value() != null && isPlace(before.value().entry())) {
                boolean named = !before.value().guarded() || licensed(text, words, norm, before);
                return named ? before.value().entry() : null;
            }
        }
        return null;
    }

    /**
     * Whether a name guarded {@link Guard#LIST} is the next of a list of its own country's places (مكة والمدينة)
     * and no definite adjective after it makes another name (لحج والمدينة الخضراء).
     */
    private boolean nextOfItsCountrysList(String text, List<Span> words, List<String> norm, WordMatcher.Hit<Target> hit) {
        if (hit.endWord() < norm.size() && norm.get(hit.endWord()).startsWith("ال")) {
            return false;
        }
        NameEntry place = placeListedBefore(text, words, norm, hit);
        String country = hit.value().entry().country();
        return place != null && country != null && country.equals(place.country());
    }

    /** Whether another name of {@code entry} ends right before word {@code i}, with only spaces between. */
    private boolean followsOwnName(String text, List<Span> words, List<String> norm, int i, NameEntry entry) {
        if (!WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
            return false;
        }
        for (int k = 1; k <= MAX_OWN_NAME_WORDS && i - k >= 0; k++) {
            WordMatcher.Hit<Target> before = matcher.match(text, words, norm, i - k);
            if (before != null && before.endWord() == i && before.value() != null && !before.value().guarded()
                    && before.value().entry() == entry) {
                return true;
            }
        }
        return false;
    }

    /** Collects names; the first entry given for a name keeps it. */
    public static final class Builder {
        private final WordMatcher.Builder<Target> matcher = WordMatcher.builder();
        private final Set<String> exceptSpellings = new HashSet<>();
        private final Set<String> guardedSpellings = new HashSet<>();

        /** Adds {@code name} (any spelling; it is normalized) as a name of {@code entry}. */
        public Builder add(String name, NameEntry entry) {
            return add(name, entry, MentionKind.NAME, entry);
        }

        /**
         * Adds {@code name}, the name of {@code named}, as a mention of kind {@code kind} of {@code entry}: a
         * capital's name is a {@link MentionKind#METONYM} of its country, a nationality adjective an
         * {@link MentionKind#ADJECTIVE} of it.
         */
        public Builder add(String name, NameEntry entry, MentionKind kind, NameEntry named) {
            return add(name, entry, kind, named, Guard.NONE);
        }

        /** Like {@link #add(String, NameEntry, MentionKind, NameEntry)}, for a name that is also a common word. */
        public Builder addGuarded(String name, NameEntry entry, MentionKind kind, NameEntry named) {
            return add(name, entry, kind, named, Guard.CONTEXT);
        }

        /** Like {@link #add(String, NameEntry, MentionKind, NameEntry)}, for a name that {@code guard} guards. */
        public Builder add(String name, NameEntry entry, MentionKind kind, NameEntry named, Guard guard) {
            if (entry == null || kind == null || named == null) {
                throw new IllegalArgumentException("name '" + name + "' needs an entry, a kind and a named entry");
            }
            matcher.add(name, new Target(entry, kind, named, Objects.requireNonNull(guard, "guard must not be null")));
            return this;
        }

        /** Makes {@code phrase} match nothing, hiding the shorter names inside it. */
        public Builder block(String phrase) {
            matcher.add(phrase, new Target(null, null, null, Guard.NONE));
            return this;
        }

        /** Refuses adjectives written {@code spelling} (diacritics aside, but ى, ة and hamza as written). */
        public Builder exceptSpelling(String spelling) {
            exceptSpellings.add(asWritten(spelling.strip()));
            return this;
        }

        /**
         * Guards the names written {@code spelling} (diacritics aside, but ة and hamza as written) as {@link
         * Guard#CONTEXT} guards a name, their other spellings unguarded: جده, "his grandfather", is Jeddah (جدة) only
         * where its context names a place.
         */
        public Builder guardSpelling(String spelling) {
            guardedSpellings.add(asWritten(spelling.strip()));
            return this;
        }

        public NameIndex build() {
            return new NameIndex(matcher.build(), Set.copyOf(exceptSpellings), Set.copyOf(guardedSpellings));
        }
    }
}
