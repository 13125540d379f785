package org.marsad.analysis.entity;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.marsad.analysis.data.TsvTable;
import org.marsad.text.ArabicNormalizer;

/**
 * Writes an Arabic name the knowledge base lacks in Latin letters, readably: "قاسم جومارت توكاييف" gives
 * "Qasim Jumart Tukayev", "الإيغور" gives "Al-Ighur". A stand-in for an English name, not a scholarly
 * transliteration: Arabic script leaves most short vowels out, and the result guesses only those without which
 * the Latin would be unreadable.
 *
 * <p>A name spelt out in the Arabic names of Latin letters is the acronym they spell ({@link SpeltLetters}: بي إم
 * دبليو BMW). Rules, per word:
 * <ul>
 *   <li>أبو written together with the word after it is a word of its own: أبوبكر Abu Bakr, أبوالعيش Abu al-Ish
 *       (not where fewer than three letters follow, أبوجا، أبولو);</li>
 *   <li>أم (not إم, the letter M) first in a name, before a given name, a definite word or a word of four letters
 *       or more, is the "Umm" of a kunya or a place: أم فهد Umm Fahd, أم القيوين Umm al-Qywyn, أم صلال Umm Salal;
 *       before a shorter word it is a spelt letter (أم تي);</li>
 *   <li>a given name of {@value PersonNames#GIVEN_NAMES_FILE} (فيصل Faisal, ستيف Steve) or a word of
 *       {@value #WORDS} (بن، أبو، عبد الله...) takes its listed spelling;</li>
 *   <li>ل and the article (لل) become "lil-" and و and the article "wal-" (المركز الوطني للقياس والتقويم
 *       Al-Markaz al-Watani lil-Qyas wal-Taqwym);</li>
 *   <li>the article ال becomes "al-"; عبد and the definite word after it, written apart or together, run together
 *       as English news writes them, after the article too: عبد العزيز Abdulaziz, عبدالرحمن Abdulrahman,
 *       العبدالعزيز al-Abdulaziz (the Maghreb: Abdelaziz);</li>
 *   <li>a nisba of a listed word is that word's spelling and "i": الرشيدي al-Rashidi, الحسيني al-Husayni; not where
 *       the spelling ends in a vowel, a foreign name's (جورجي، ستيفي); after the article a word ending in ي is no
 *       listed name ending in ى, which normalization folds alike (السلمي al-Salmi, not سلمى Salma);</li>
 *   <li>after the article, a nisba of five letters with ي third (CCيCي) has the diminutive's vowels, which most
 *       tribal and family names of that shape are: المطيري al-Mutairi, السديري al-Sudairi, الرويلي al-Ruwaili;
 *       the listed words that are not diminutives (الجزيري، الحريري) keep their listed spellings; so has one of
 *       five letters with ي third (CCيCC: السويلم al-Suwailim, المهيدب al-Muhaidib) or of six ending in ان
 *       (الحميدان al-Humaidan), and one of four with و and ي between two letters reads CawiC (الطويل al-Tawil);</li>
 *   <li>the endings of foreign names of {@value #ENDINGS_FILE} keep their own spelling: ـاييف "ayev", ـوف
 *       "ov", ـيز "ez", ـسون "son", ـو "o"..., each after as many letters as the file asks, or after a listed name,
 *       which keeps its spelling (عمروف Umarov);</li>
 *   <li>a word without the article that opens with أو and a consonant opens with "o" (أوباما Obama, أوزيل Ozil),
 *       unless it has the plural pattern أفعال (أولاد Awlad) and no foreign name's ending (أولاريو Olario);
 *       one that opens with تش opens with "ch", and so does تش inside a word with a foreign name's ending (ماتشادو
 *       Machado, سانتشيز Sanchez; not المستشار); غ after ن at a word's end is the "g" of "ng" (ستيرلينغ Stirling);</li>
 *   <li>letters map one to one or two (ث th, خ kh, ش sh, غ gh, ذ dh...); ا آ ة ى are "a" and إ "i";
 *       و is "w" at the start of a word or beside a long vowel and "u" between consonants; ي is "y" at the
 *       start or beside a long vowel and "i" otherwise, "i" too at the end after و (الزرقاوي al-Zarqawi), "iy"
 *       before a final ة after a consonant (العزيزية al-Aziziya); ع is dropped at the start (or "a" before a
 *       consonant), "a'" after a consonant, "'" elsewhere, but "a" before a و or ي that a long vowel follows (عواطف
 *       Awatif); hamza is "'";</li>
 *   <li>short vowels, which the script leaves out, are guessed as {@link ShortVowels} says (منصور Mansur,
 *       بندر Bandar, ماجد Majid), but not in a word without the article that opens like a European name;</li>
 *   <li>an ordinal after a word without the article numbers a monarch or pope in Roman numerals: محمد الخامس
 *       Muhammad V, بنديكت السادس عشر Benedict XVI (not المؤتمر الأول, a first conference);</li>
 *   <li>in a name whose first word is a foreigner's given name ({@value PersonNames#FOREIGN_GIVEN_NAMES_FILE}: مارك،
 *       جون، أنجيلا), a later word without the article and unlisted is spelt as foreign names are: غ and ق are "g",
 *       و and ي between consonants "o" and "e" (إي a long i), a final ر، ز، ل or ه after a consonant "er", "s",
 *       "el" or "e", a final نج "ng" (مارك روته Mark Rote, ديتر هيكينج Dieter Hekeng), a first pair of consonants
 *       no European name opens with parted by "e", and no short vowel guessed (أنجيلا ميركل Angela Merkel, مارك
 *       مدفيديف Mark Medfedev), in the Maghreb's news too;</li>
 *   <li>ذي or ذا before a word of four letters or more without the article is the English article of a paper's or
 *       a work's name, "The", and the later words are spelt as a foreigner's are (ذي غارديان The Gardyan, ذا لوكال
 *       The Lokal); not before a shorter or a definite word, as in the Arabic ذي قار and ذي المجاز;</li>
 *   <li>each word is capitalized, except "al-" and "bin" inside a name; a word without Arabic letters goes
 *       through ICU's Any-Latin (Cyrillic, Greek...) or stays as it is.</li>
 * </ul>
 * <p>In the spelling of the Maghreb ({@link Spelling#MAGHREB}: Tunisian, Algerian, Moroccan, Libyan and Mauritanian
 * news writes names as French does), a word listed with a Maghrebi spelling takes it (محمد Mohamed, بن Ben, شكري
 * Chokri), a word listed with none its listed spelling (جاك Jacques); any other word is spelt as above, then without
 * its article, "sh" as "ch", "u" as "ou", "q" as "k", "awi" as "aoui" and without the ayn's and hamza's "'":
 * المثلوثي Mathlouthi, الخضراوي Khadraoui; عبد and the word after it, and a word and الدين, run together: عبد العزيز
 * Abdelaziz, فخر الدين Fakhreddine.
 *
 * Thread-safe.
 */
public final class NameTransliterator {
    /** Which conventions a name is spelt by. */
    public enum Spelling {
        /** The English of Middle Eastern news: Muhammad al-Mathluthi. */
        MASHRIQ,
        /** The French-based spelling of the Maghreb's news, in French and English alike: Mohamed Mathlouthi. */
        MAGHREB
    }

    static final String WORDS = "transliteration.tsv";
    static final String ENDINGS_FILE = "name-endings.tsv";
    private static final Map<String, String> KNOWN_WORDS = loadWords();
    /** The Maghrebi spellings of listed words, the third column of their files, normalized. */
    private static final Map<String, String> MAGHREB_WORDS = loadMaghrebWords();
    /** الدين, which closes compound given names (نور الدين، فخر الدين): "eddine" in the Maghreb's spelling. */
    private static final String RELIGION = "الدين";
    /** The countries whose news spells names the Maghreb's way, ISO-3. */
    private static final Set<String> MAGHREB = Set.of("TUN", "DZA", "MAR", "LBY", "MRT");
    private static final List<Ending> ENDINGS = loadEndings();
    /** عشر, which makes the ordinal before it a teen: الثاني عشر, twelfth. */
    private static final String TEN = "عشر";
    /** The letter rules' spelling of عبدال, which English news runs together with the word after it. */
    private static final String ABD_AL = "abd al-";
    /** الله, which ends names (عبد الله الثاني, Abdullah II) though it opens as the article does. */
    private static final String GOD = "الله";
    /** أبو as normalized, which names often carry written together with the word after it (أبوبكر). */
    private static final String ABU = "ابو";
    /** The spellings of أم "mother of" as a name's first word; إم is the letter M (إم بي سي). */
    private static final Set<String> UMM_SPELLINGS = Set.of("أم", "ام");
    /** The English article as Arabic writes it before a paper's or a work's name (ذي غارديان، ذا لوكال). */
    private static final Set<String> ENGLISH_ARTICLE_SPELLINGS = Set.of("ذي", "ذى", "ذا");
    private static final String ENGLISH_ARTICLE = "The";
    /** The fewest letters of the word after ذي or ذا that make them "The": ذي قار and ذي يزن are Arabic. */
    private static final int MIN_WORD_AFTER_ENGLISH_ARTICLE = 4;
    private static final String UMM = "Umm";
    /** The fewest letters of a word after أم that is no spelt letter (أم تي، ام اتش) when it is no given name. */
    private static final int MIN_WORD_AFTER_UMM = 4;
    /** الحادي, the ordinal "one" of الحادي عشر, eleventh, normalized. */
    private static final String ONE_OF_ELEVEN = "الحادي";
    private static final Map<Character, String> CONSONANTS = consonants();
    /** Name words that stay in small letters inside a name: bin Salman, von Hindenburg. */
    private static final Set<String> LOWER_CASE_PARTICLES = Set.of("bin", "ibn", "bint", "von", "van");
    /** Stands for the letter before a word's second letter when the first is و or ي, which is a consonant there. */
    private static final char CONSONANT = 'ب';
    /**
     * Names spelt before, the first {@value #SPELT_LIMIT} of them: the same names come back from article to article
     * (about 3% of the analysis went into spelling them again). Memory stays bounded whatever the input.
     */
    static final int SPELT_LIMIT = 20_000;
    private static final Map<String, String> SPELT = new ConcurrentHashMap<>();
    private static final Map<String, String> SPELT_MAGHREB = new ConcurrentHashMap<>();
    private static final ThreadLocal<Transliterator> OTHER_SCRIPTS =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameTransliterator() {
    }

    /** The Latin spelling of {@code name}, words capitalized; null for null. */
    public static String toLatin(String name) {
        return toLatin(name, Spelling.MASHRIQ);
    }

    /** The Latin spelling of {@code name} by the conventions of {@code spelling}, words capitalized; null for null. */
    public static String toLatin(String name, Spelling spelling) {
        if (name == null) {
            return null;
        }
        Map<String, String> spelt = spelling == Spelling.MAGHREB ? SPELT_MAGHREB : SPELT;
        String latin = spelt.get(name);
        if (latin == null) {
            latin = spell(name, spelling);
            if (spelt.size() < SPELT_LIMIT) {
                spelt.putIfAbsent(name, latin);
            }
        }
        return latin;
    }

    /** The spelling of the news of {@code country} (ISO-3, or null): the Maghreb's, or else the Middle East's. */
    public static Spelling spellingOf(String country) {
        return country != null && MAGHREB.contains(country) ? Spelling.MAGHREB : Spelling.MASHRIQ;
    }

    private static String spell(String name, Spelling spelling) {
        String clean = ArabicNormalizer.normalize(name, EnumSet.of(ArabicNormalizer.Step.REMOVE_DIACRITICS,
                ArabicNormalizer.Step.REMOVE_TATWEEL, ArabicNormalizer.Step.REMOVE_INVISIBLES,
                ArabicNormalizer.Step.FOLD_PRESENTATION_FORMS, ArabicNormalizer.Step.ASCII_DIGITS));
        String acronym = SpeltLetters.acronym(clean);
        if (acronym != null) {
            return acronym;
        }
        // عبد العزيز is one name, as English news writes it: Abdulaziz (the Maghreb: Abdelaziz)
        clean = clean.replace("عبد ال", "عبدال");
        if (spelling == Spelling.MAGHREB) {
            clean = clean.replace(" " + RELIGION, RELIGION); // نور الدين is one name there too: Noureddine
        }
        StringBuilder out = new StringBuilder();
        String[] words = withGluedAbuApart(clean.strip().split("\\s+"));
        boolean english = opensWithEnglishArticle(words);
        boolean foreigner = english
                || words.length > 1 && PersonNames.isForeignGivenName(ArabicNormalizer.normalize(words[0]));
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            if (word.isEmpty()) {
                continue;
            }
            boolean afterDefinite = k > 0 && words[k - 1].startsWith("ال") && !words[k - 1].equals(GOD);
            int regnal = k > 0 && !afterDefinite ? regnalNumber(words, k) : 0;
            if (regnal > 0) {
                k += regnal > 10 ? 1 : 0; // the عشر of السادس عشر
                out.append(' ').append(roman(regnal));
                continue;
            }
            String latin = k == 0 && isUmm(words) ? UMM
                    : k == 0 && english ? ENGLISH_ARTICLE
                    : k > 0 && foreigner ? foreignWord(word)
                    : spelling == Spelling.MAGHREB ? maghrebName(word) : word(word).replace(ABD_AL, "abdul");
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(out.isEmpty() ? capitalizeFirst(latin) : capitalizeInside(latin));
        }
        return out.toString();
    }

    /** Whether the name {@code words} opens with ذي or ذا before a word that makes it "The" (see the class rules). */
    private static boolean opensWithEnglishArticle(String[] words) {
        return words.length > 1 && ENGLISH_ARTICLE_SPELLINGS.contains(words[0])
                && words[1].length() >= MIN_WORD_AFTER_ENGLISH_ARTICLE && !words[1].startsWith("ال");
    }

    /** Whether the name {@code words} opens with أم "mother of" (see the class rules), not the spelt letter M. */
    private static boolean isUmm(String[] words) {
        if (words.length < 2 || !UMM_SPELLINGS.contains(words[0])) {
            return false;
        }
        String next = ArabicNormalizer.normalize(words[1]);
        return PersonNames.GIVEN_NAMES.containsKey(next) || next.startsWith("ال")
                || next.length() >= MIN_WORD_AFTER_UMM;
    }

    /**
     * {@code words} with أبو written together with the name after it set apart, as English news writes it (أبوبكر
     * Abu Bakr, أبوالعيش Abu al-Ish): where at least three letters follow it and the whole word has no spelling
     * listed (a foreign name such as أبولو, أبوجا has two).
     */
    private static String[] withGluedAbuApart(String[] words) {
        List<String> apart = new ArrayList<>(words.length + 1);
        for (String word : words) {
            String normalized = ArabicNormalizer.normalize(word);
            boolean glued = word.length() >= ABU.length() + 3
                    && ArabicNormalizer.normalize(word.substring(0, ABU.length())).equals(ABU)
                    && !KNOWN_WORDS.containsKey(normalized) && !MAGHREB_WORDS.containsKey(normalized);
            if (glued) {
                apart.add(word.substring(0, ABU.length()));
                apart.add(word.substring(ABU.length()));
            } else {
                apart.add(word);
            }
        }
        return apart.size() == words.length ? words : apart.toArray(String[]::new);
    }

    /**
     * The number of the regnal ordinal at word {@code k}, with عشر after it when there is one (السادس عشر is 16), or
     * 0 when the word is no ordinal of {@link PersonNames#ORDINALS_IN_ORDER} (محمد الخامس is Muhammad V).
     */
    private static int regnalNumber(String[] words, int k) {
        String ordinal = ArabicNormalizer.normalize(words[k]);
        boolean teen = k + 1 < words.length && words[k + 1].equals(TEN);
        if (ordinal.equals(ONE_OF_ELEVEN)) {
            return teen ? 11 : 0;
        }
        int unit = PersonNames.ORDINALS_IN_ORDER.indexOf(ordinal) + 1;
        return unit > 0 && unit < 10 && teen ? unit + 10 : unit;
    }

    /** {@code n}, from 1 to 19, in Roman numerals. */
    private static String roman(int n) {
        String[] units = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return n >= 10 ? "X" + units[n - 10] : units[n];
    }

    private static String word(String w) {
        String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(w));
        if (known != null) {
            return known;
        }
        if (!hasArabic(w)) {
            return OTHER_SCRIPTS.get().transliterate(w);
        }
        if (w.startsWith("عبدال") && w.length() > 6) {
            return "abd " + afterArticle(w.substring(5));
        }
        if (w.startsWith("ال") && w.length() > 3) {
            return afterArticle(w.substring(2));
        }
        if (w.startsWith("لل") && w.length() > 4) {
            return "lil-" + definite(w.substring(2)); // للقياس lil-Qyas: ل and the article
        }
        if (w.startsWith("وال") && w.length() > 5) {
            return "wal-" + definite(w.substring(3)); // والتقويم wal-Taqwym
        }
        String nisba = nisbaOfKnownWord(w);
        return nisba != null ? nisba : letters(w, false, false);
    }

    /**
     * A later word of a foreigner's name (see {@value PersonNames#FOREIGN_GIVEN_NAMES_FILE}): its listed spelling, or
     * else its letters spelt as a foreign name's; a definite word is Arabic and spelt as {@link #word} spells it.
     */
    private static String foreignWord(String w) {
        String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(w));
        if (known != null) {
            return known;
        }
        return !hasArabic(w) || w.startsWith("ال") ? word(w) : letters(w, false, true);
    }

    /** A word of a name as the Maghreb spells it, a compound closing with الدين too: فخرالدين Fakhreddine. */
    private static String maghrebName(String w) {
        boolean compound = w.endsWith(RELIGION) && w.length() > RELIGION.length()
                && !MAGHREB_WORDS.containsKey(ArabicNormalizer.normalize(w));
        return compound ? maghrebWord(w.substring(0, w.length() - RELIGION.length())) + "eddine" : maghrebWord(w);
    }

    /**
     * A word as the Maghreb spells it: its listed Maghrebi spelling, or else its listed spelling (a foreign name's:
     * جاك Jacques), else the spelling of {@link #word} without its article ("abd al-" runs together, Abdelaziz), with
     * "ch" for "sh", "ou" for "u", "k" for "q", "aoui" for a final "awi", and neither the ayn's nor the hamza's "'".
     */
    private static String maghrebWord(String w) {
        String normalized = ArabicNormalizer.normalize(w);
        String listed = MAGHREB_WORDS.getOrDefault(normalized, KNOWN_WORDS.get(normalized));
        if (listed != null) {
            return listed; // جاك Jacques keeps the spelling listed for it
        }
        String latin = word(w).replace(ABD_AL, "abdel");
        if (latin.startsWith("al-") || latin.startsWith("lil-") || latin.startsWith("wal-")) {
            latin = latin.substring(latin.indexOf('-') + 1);
        }
        latin = latin.replace("sh", "ch").replace("q", "k").replace("'", "").replaceAll("(?<!o)u", "ou");
        return latin.endsWith("awi") ? latin.substring(0, latin.length() - 3) + "aoui" : latin;
    }

    private static String afterArticle(String rest) {
        return "al-" + definite(rest);
    }

    /** The Latin of {@code rest}, a word that the article opens, without the article's "al-". */
    private static String definite(String rest) {
        String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(rest));
        if (known != null && rest.endsWith("ي") && known.endsWith("a")) {
            known = null; // السلمي al-Sulami's ي is a nisba's, not the alef maqsura of سلمى Salma, which folds alike
        }
        if (known == null && rest.startsWith("عبدال") && rest.length() > 6) {
            return word(rest); // العبدالعزيز, a family named after an Abdulaziz
        }
        if (known == null) {
            known = nisbaOfKnownWord(rest);
        }
        if (known == null) {
            known = diminutive(rest);
        }
        return known != null ? known.toLowerCase() : letters(rest, true, false);
    }

    /**
     * A nisba (a word and ي) of a listed word whose spelling ends in a consonant: its spelling and "i" (رشيدي
     * rashidi); null for any other word.
     */
    private static String nisbaOfKnownWord(String w) {
        if (w.length() < 4 || w.charAt(w.length() - 1) != 'ي') {
            return null;
        }
        String stem = KNOWN_WORDS.get(ArabicNormalizer.normalize(w.substring(0, w.length() - 1)));
        // a spelling ending in a vowel is a foreign name's (جورج george, ستيف steve): جورجي and ستيفي are no nisbas
        return stem == null || "aeiouy".indexOf(stem.charAt(stem.length() - 1)) >= 0 ? null : stem + "i";
    }

    /**
     * The diminutive's vowels in a word of four root letters, ي third: CCيCي is CuCaiCi (مطيري mutairi, عتيبي
     * utaibi), and for a family name that و opens not, CCيCC CuCaiCiC (سويلم suwailim, مهيدب muhaidib) and CCيCان
     * CuCaiCan (حميدان humaidan, عبيكان ubaikan); CويC, و and ي between two letters, is CawiC (طويل tawil) rather
     * than four consonants in a row; null for any other word.
     */
    private static String diminutive(String w) {
        int n = w.length();
        if (n == 4 && w.charAt(1) == 'و' && w.charAt(2) == 'ي' && isRootLetter(w.charAt(0)) && isRootLetter(w.charAt(3))
                && w.charAt(0) != 'و' && w.charAt(3) != 'و') {
            return rootLetter(w.charAt(0), true) + "awi" + rootLetter(w.charAt(3), false);
        }
        if (n < 5 || n > 6 || w.charAt(2) != 'ي' || !isRootLetter(w.charAt(0)) || !isRootLetter(w.charAt(1))
                || !isRootLetter(w.charAt(3))) {
            return null;
        }
        String stem = rootLetter(w.charAt(0), true) + "u" + rootLetter(w.charAt(1), false) + "ai"
                + rootLetter(w.charAt(3), false);
        String ending = w.substring(4);
        if (ending.equals("ي")) {
            return stem + "i";
        }
        if (w.charAt(0) == 'و') {
            return null;
        }
        if (ending.equals("ان")) {
            return stem + "an";
        }
        char last = w.charAt(4);
        return n == 5 && isRootLetter(last) && last != 'و' ? stem + "i" + rootLetter(last, false) : null;
    }

    private static boolean isRootLetter(char c) {
        return CONSONANTS.containsKey(c) || c == 'ع' || c == 'و';
    }

    /**
     * A consonant of a root between vowels: ع is "'" inside the word and silent at its start (عتيبي utaibi), و is
     * "w" (رويلي ruwaili).
     */
    private static String rootLetter(char c, boolean first) {
        return switch (c) {
            case 'ع' -> first ? "" : "'";
            case 'و' -> "w";
            default -> CONSONANTS.get(c);
        };
    }

    /** The letters of {@code w} spelt by the rules; {@code foreign}: as a foreigner's family name is. */
    private static String letters(String w, boolean afterArticle, boolean foreign) {
        for (Ending ending : ENDINGS) {
            String head = w.substring(0, Math.max(0, w.length() - ending.arabic().length()));
            if (!w.endsWith(ending.arabic()) || head.isEmpty() || isLongVowel(head.charAt(head.length() - 1))) {
                continue;
            }
            if (ending.fits(head)) {
                return letters(head, ending.latin(), afterArticle, foreign);
            }
            String known = KNOWN_WORDS.get(ArabicNormalizer.normalize(head));
            if (known != null) {
                return known + ending.latin(); // عمروف Umarov
            }
        }
        return letters(w, "", afterArticle, foreign);
    }

    private static String letters(String w, String ending, boolean afterArticle, boolean foreign) {
        int n = w.length();
        boolean participle = ending.isEmpty() && !w.endsWith("نغ") // شانغ Shang: no Arabic word ends so
                && ShortVowels.isActiveParticiple(w, CONSONANTS.keySet());
        List<String> units = new ArrayList<>(n + 2);
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            // a word's first letter is a consonant even when it is و or ي: the و of يونكر is a vowel
            char prev = i == 0 ? 0 : i == 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ي') ? CONSONANT : w.charAt(i - 1);
            char next = i + 1 < n ? w.charAt(i + 1) : (ending.isEmpty() ? 0 : 'ا');
            if (participle && i == 3) {
                units.add("i");
            }
            String opening = i == 0 && !afterArticle ? europeanOpening(w, !ending.isEmpty()) : null;
            if (opening != null) {
                units.add(opening);
                i++; // the opening spells two letters
                continue;
            }
            if (i > 0 && !ending.isEmpty() && c == 'ت' && next == 'ش') {
                units.add("ch"); // فينتشنزو Vincenzo: a foreign name's تش, as at its start
                i++;
                continue;
            }
            if (foreign && i == 1 && opensWithTwoConsonants(w)) {
                units.add("e"); // مدفيديف Medvedev, بنتيكي Benteke: no European onset, a vowel between
            }
            String unit = i == 0 && c == 'ع' && opensWithConsonantGlide(w) ? "a"
                    : foreign ? foreignLetter(c, prev, next, i == 0, i == n - 2 && ending.isEmpty())
                    : letter(c, prev, next, i == 0);
            if (!unit.isEmpty()) {
                units.add(unit);
            }
        }
        if (!foreign && (afterArticle || !ShortVowels.beginsLikeEuropeanName(w))) {
            ShortVowels.guess(units);
        }
        return String.join("", units) + ending;
    }

    /**
     * A letter of a foreigner's family name: غ and ق are "g", which Arabic news writes with them (دوغلاس Douglas,
     * قوميز Gomez); a final ر after a consonant is "er" (لوثر Luther), and so is one before a final ز or س there
     * (سامرز Summers); a final ز after a consonant is "s" (إدواردز Edwards, not after ت: شولتز Schulz) and a final
     * ل "el" (not after ر: كارل Karl); و and ي between consonants are "o" and "e" (كوركر Korker, ميركل Merkel),
     * which European names have there more often than "u" and "i"; any other as {@link #letter}. {@code
     * beforeLast}: the letter is the word's last but one.
     */
    private static String foreignLetter(char c, char prev, char next, boolean first, boolean beforeLast) {
        boolean afterConsonant = prev != 0 && !isLongVowel(prev);
        boolean finalAfterConsonant = next == 0 && afterConsonant;
        boolean beforeFinalSibilant = beforeLast && afterConsonant && (next == 'ز' || next == 'س');
        return switch (c) {
            case 'غ', 'ق' -> "g";
            case 'ر' -> finalAfterConsonant || beforeFinalSibilant ? "er" : "r";
            case 'ز' -> finalAfterConsonant && prev != 'ت' ? "s" : "z"; // شولتز Schulz keeps its z
            case 'ل' -> finalAfterConsonant && prev != 'ر' ? "el" : "l"; // ميركل Merkel; كارل Karl
            case 'ه' -> finalAfterConsonant ? "e" : letter(c, prev, next, first); // غوته Goethe, شويبله Schäuble
            case 'ج' -> next == 0 && prev == 'ن' ? "g" : letter(c, prev, next, first); // هيكينج Hecking
            case 'و' -> first || isLongVowel(prev) || isLongVowel(next) ? "w" : "o";
            case 'ي' -> first || next == 0 || isLongVowel(prev) || prev == 'إ' || isLongVowel(next)
                    ? letter(c, prev, next, first) : "e"; // إي is a long i (إيستونوف Istonov)
            default -> letter(c, prev, next, first);
        };
    }

    /** Whether the word opens with two consonants that open no European name together (مك، مد; not ست، بر). */
    private static boolean opensWithTwoConsonants(String w) {
        return w.length() > 2 && CONSONANTS.containsKey(w.charAt(0)) && CONSONANTS.containsKey(w.charAt(1))
                && !ShortVowels.beginsLikeEuropeanName(w);
    }

    /**
     * "o" for a word opening with أو and a consonant (أوباما), but not for the plural pattern أفعال, whose و is a
     * consonant (أولاد، أوراق), unless a foreign name's ending follows (أولاريو Olario); "ch" for one opening with تش;
     * otherwise null.
     */
    private static String europeanOpening(String w, boolean foreignEnding) {
        boolean pluralPattern = !foreignEnding && w.length() == 5 && w.charAt(3) == 'ا';
        // the word's length with a foreign ending counted: أوتو's head is أوت
        if ((w.length() >= 4 || foreignEnding && w.length() == 3) && w.charAt(0) == 'أ' && w.charAt(1) == 'و'
                && CONSONANTS.containsKey(w.charAt(2)) && !pluralPattern) {
            return "o";
        }
        return w.length() >= 3 && w.charAt(0) == 'ت' && w.charAt(1) == 'ش' ? "ch" : null;
    }

    private static String letter(char c, char prev, char next, boolean first) {
        switch (c) {
            case 'غ':
                return prev == 'ن' && next == 0 ? "g" : "gh"; // the "ng" of ستيرلينغ
            case 'ا', 'آ', 'أ', 'ة', 'ى', 'ٱ':
                return "a";
            case 'إ':
                return "i";
            case 'و':
                return first || isLongVowel(prev) || isLongVowel(next) ? "w" : "u";
            case 'ي', 'ی':
                if (prev == 'إ') {
                    return "";
                }
                if (next == 'ي' && !first || next == 0 && prev == 'و') {
                    return "i"; // the nisba after و is "awi": الزرقاوي al-Zarqawi
                }
                if (next == 'ة' && !first && !isLongVowel(prev)) {
                    return "iy"; // the feminine nisba: العزيزية al-Aziziya, القادسية al-Qadsiya
                }
                return first || isLongVowel(prev) || (next != 0 && isLongVowel(next)) ? "y" : "i";
            case 'ع':
                if (first) {
                    return next == 0 || isLongVowel(next) || next == 'إ' ? "" : "a";
                }
                return isLongVowel(prev) ? "'" : "a'";
            case 'ء', 'ئ', 'ؤ':
                return "'";
            default:
                String mapped = CONSONANTS.get(c);
                return mapped != null ? mapped : String.valueOf(c);
        }
    }

    /** Whether the word opens with ع and a و or ي that a long vowel follows, a consonant there: عواطف Awatif. */
    private static boolean opensWithConsonantGlide(String w) {
        return w.length() >= 3 && (w.charAt(1) == 'و' || w.charAt(1) == 'ي') && isLongVowel(w.charAt(2));
    }

    private static boolean isLongVowel(char c) {
        return c == 'ا' || c == 'و' || c == 'ي' || c == 'آ' || c == 'أ' || c == 'ى' || c == 'ة';
    }

    /** Whether {@code w} has a character of the Arabic script (letters, presentation forms). */
    static boolean hasArabic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeScript.of(w.charAt(i)) == Character.UnicodeScript.ARABIC) {
                return true;
            }
        }
        return false;
    }

    private static String capitalizeFirst(String w) {
        return capitalize(w, true);
    }

    private static String capitalizeInside(String w) {
        boolean particle = w.startsWith("al-") || w.startsWith("lil-") || w.startsWith("wal-")
                || LOWER_CASE_PARTICLES.contains(w);
        return capitalize(w, !particle);
    }

    /** Upper-cases the letter after each "al-" and "lil-", and the first letter when {@code first}. */
    private static String capitalize(String w, boolean first) {
        StringBuilder sb = new StringBuilder(w);
        if (first && !sb.isEmpty()) {
            sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        }
        for (String article : new String[] {"al-", "lil-"}) {
            int n = article.length();
            for (int at = w.indexOf(article); at >= 0 && at + n < sb.length(); at = w.indexOf(article, at + n)) {
                sb.setCharAt(at + n, Character.toUpperCase(sb.charAt(at + n)));
            }
        }
        return sb.toString();
    }

    /**
     * Whether the normalized {@code word} is a name word with a Latin spelling of its own, in {@code given-names.tsv}
     * or {@value #WORDS}: بدوي، لمى.
     */
    static boolean isNameWord(String word) {
        return KNOWN_WORDS.containsKey(word);
    }

    private static Map<String, String> loadWords() {
        Map<String, String> words = new HashMap<>(PersonNames.GIVEN_NAMES);
        for (TsvTable.Row row : TsvTable.readResource(NameTransliterator.class, WORDS, 2)) {
            if (words.put(ArabicNormalizer.normalize(row.column(0)), row.column(1)) != null) {
                throw row.error("'" + row.column(0) + "' has its spelling in " + PersonNames.GIVEN_NAMES_FILE
                        + " already");
            }
        }
        return Map.copyOf(words);
    }

    private static Map<String, String> loadMaghrebWords() {
        Map<String, String> words = new HashMap<>();
        for (String file : new String[] {PersonNames.GIVEN_NAMES_FILE, WORDS}) {
            for (TsvTable.Row row : TsvTable.readResource(NameTransliterator.class, file, 2)) {
                if (row.columns().length > 2 && !row.column(2).isBlank()) {
                    words.put(ArabicNormalizer.normalize(row.column(0)), row.column(2).strip());
                }
            }
        }
        return Map.copyOf(words);
    }

    private static List<Ending> loadEndings() {
        List<Ending> endings = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.readResource(NameTransliterator.class, ENDINGS_FILE, 3)) {
            try {
                endings.add(new Ending(row.column(0), row.column(1), Integer.parseInt(row.column(2))));
            } catch (NumberFormatException e) {
                throw row.error("MIN_HEAD must be a whole number, got '" + row.column(2) + "'");
            }
        }
        endings.sort((a, b) -> Integer.compare(b.arabic().length(), a.arabic().length()));
        return List.copyOf(endings);
    }

    /** An ending of foreign names, {@code minHead} letters at least before it. */
    private record Ending(String arabic, String latin, int minHead) {
        /** Whether {@code head} is long enough, or one letter short and spelling a vowel (غوسيف; not لطيف). */
        boolean fits(String head) {
            return head.length() >= minHead
                    || head.length() == minHead - 1 && head.chars().anyMatch(c -> c == 'ا' || c == 'و' || c == 'ي');
        }
    }

    private static Map<Character, String> consonants() {
        String[] pairs = {"ب", "b", "ت", "t", "ث", "th", "ج", "j", "ح", "h", "خ", "kh", "د", "d", "ذ", "dh", "ر", "r",
            "ز", "z", "س", "s", "ش", "sh", "ص", "s", "ض", "d", "ط", "t", "ظ", "z", "غ", "gh", "ف", "f", "ق", "q",
            "ك", "k", "ک", "k", "ل", "l", "م", "m", "ن", "n", "ه", "h", "پ", "p", "چ", "ch", "ژ", "zh", "گ", "g",
            "ڤ", "v", "ڨ", "g"};
        Map<Character, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
