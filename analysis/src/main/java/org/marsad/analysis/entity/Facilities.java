package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Span;

/**
 * Places, institutions and prizes named after a person or a city: "طريق الملك فهد" is a road, not a mention of King
 * Fahd; "جامعة تبوك" a university, "اتفاق الطائف" an agreement, not the city.
 *
 * <p>Rules ({@value #FILE} lists the nouns, titles and adjectives):
 * <ul>
 *   <li>a person's name right after one of the nouns, or after a title right after one (جائزة الملك فيصل: only
 *       spaces between, or, but for an event's noun, an opening quote mark glued to the name: مستشفى «ألبرت
 *       أينشتاين»; و، ف، ب or ل may be glued to the noun), is part of the name of a thing of the noun's
 *       type; so is a city's name right after one (جامعة تبوك: Tabuk University, its English name the city's). A noun
 *       marked {@code title} opens a person's only after a title (بطولة هاني رمزي is a film starring him), one marked
 *       {@code person} a person's only (مدينة الرياض is the city), one marked {@code place} a city's only (اتفاق
 *       كيري is Kerry's doing); none after the words its {@code not-after} lists (عن طريق is "by way of"). A noun
 *       marked {@code definite} opens a person's name with the article too, an adjective of the file between
 *       ("المستشفى الجامعي الحبيب بورقيبة"); a place named after a city lies in the city's country (مطار عدن), but
 *       one of a noun marked {@code anywhere} may lie in any (حي الرياض in Sousse, شارع باريس in Tunis);</li>
 *   <li>after a title, the person's part of a name the tagger proposed is the given name (two words with a compound
 *       head: عبد العزيز), its lineage (بن عبدالعزيز) and an ordinal (الثاني), however far the tagger ran on; and
 *       without a title, the words the tagger proposed without the adjectives of the file it ran on into (مؤسسة خالد
 *       بن فهد الخيرية: Khalid bin Fahd Charitable Foundation), but for those that are family names too (الكبير);</li>
 *   <li>the name goes on over up to {@value #MAX_ADJECTIVES} definite adjectives (مطار الملك عبدالعزيز الدولي، مكتبة
 *       الملك فهد العامة), and an organization's or an event's over a complement with ل ({@link InstitutionPhrases#complementEnd}:
 *       شركة الخليج للملاحة، مركز جدة للمعارض والمؤتمرات) whose words all have English words and that no preposition
 *       follows: "زار مستشفى جدة للاطمئنان على المصابين" states the visit's purpose;</li>
 *   <li>its English name is the title's English word, the person's name in Latin letters (or the knowledge base's
 *       English name of a person it names by the very canonical name, no title between: Yasser Arafat Street), the
 *       adjectives' words and the noun's last ("King Fahd Public Library"); with an adjective the file lacks, the
 *       whole name is transliterated. A name the tagger proposes that opens with one of the nouns gets its English
 *       name alike ("جامعة أكسفورد": Aksafurd University).</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class Facilities {
    static final String FILE = "facility-words.tsv";
    static final int MAX_ADJECTIVES = 2;
    private static final String PROCLITICS = "وفبل";
    /** The marks that open a quoted name after its facility's noun: «، " and “. */
    private static final String OPENING_QUOTES = "«\"“";
    /**
     * Nouns of the unit a city or region is named with, normalized: they may stand between a facility's noun and the
     * place (أمانة منطقة الرياض، مستشفى محافظة العلا), and are part of the facility's name.
     */
    static final Set<String> UNIT_NOUNS = WordMatcher.normalized("منطقة", "محافظة", "مدينة");
    private static final String NOT_AFTER = "not-after ";
    private static final String NOT_BEFORE = "not-before ";
    /** Prepositions after a complement with ل, normalized: they make it a purpose, no part of a name (للاطمئنان على). */
    private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "عن", "مع", "الي", "من");
    /**
     * Facilities' adjectives that are family names too, normalized: the tagger's person keeps them (طريق سعود الكبير
     * is named after Saud al-Kabir).
     */
    private static final Set<String> FAMILY_ADJECTIVES = Set.of("الكبير", "الصغير");

    /**
     * Which names a noun opens a name with: a person's or a city's ({@code ANY}); a person's only after a title
     * (بطولة الأمير فيصل is a tournament, بطولة هاني رمزي a film starring him), a city's directly ({@code TITLE}); a
     * person's only (مدينة الملك عبدالله; مدينة الرياض is the city itself: {@code PERSON}); a city's only (اتفاق
     * الطائف; اتفاق كيري is Kerry's doing: {@code PLACE}).
     */
    enum Opens {
        ANY, TITLE, PERSON, PLACE;

        boolean before(boolean place, boolean afterTitle) {
            return switch (this) {
                case ANY -> true;
                case TITLE -> place || afterTitle;
                case PERSON -> !place;
                case PLACE -> place;
            };
        }
    }

    /**
     * A noun of {@value #FILE}: the type of the name it opens, its English word, the names it opens one with and
     * the words after which it is no such noun (عن طريق is "by way of") and before which it opens no name (مركز
     * محافظة الأنبار is the province's seat).
     */
    private record NounEntry(EntityType type, String english, Opens opens, Set<String> notAfter,
                             Set<String> notBefore, boolean definite, boolean anywhere) {
    }

    private final Map<String, NounEntry> nouns;
    private final Map<String, String> titles;
    private final Map<String, String> adjectives;

    private Facilities(Map<String, NounEntry> nouns, Map<String, String> titles, Map<String, String> adjectives) {
        this.nouns = Map.copyOf(nouns);
        this.titles = Map.copyOf(titles);
        this.adjectives = Map.copyOf(adjectives);
    }

    /** The shipped nouns, titles and adjectives, read once. */
    static final Facilities SHIPPED = shipped();

    private static Facilities shipped() {
        Map<String, NounEntry> nouns = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> adjectives = new HashMap<>();
        for (TsvTable.Row row : TsvTable.readResource(Facilities.class, FILE, 3)) {
            String word = ArabicNormalizer.normalize(row.column(0));
            switch (row.column(1)) {
                case "noun" -> nouns.put(word, nounEntry(row));
                case "title" -> titles.put(word, row.column(2));
                case "adjective" -> adjectives.put(word, row.column(2));
                default -> throw row.error("a kind is noun, title or adjective, got '" + row.column(1) + "'");
            }
        }
        return new Facilities(nouns, titles, adjectives);
    }

    private static NounEntry nounEntry(TsvTable.Row row) {
        String when = row.columns().length > 4 ? row.column(4) : "";
        Opens opens = Opens.ANY;
        Set<String> notAfter = Set.of();
        Set<String> notBefore = Set.of();
        boolean definite = when.equals("definite");
        boolean anywhere = when.equals("anywhere");
        if (definite || anywhere) {
            when = "";
        }
        if (when.startsWith(NOT_AFTER)) {
            notAfter = normalizedList(when.substring(NOT_AFTER.length()));
        } else if (when.startsWith(NOT_BEFORE)) {
            notBefore = normalizedList(when.substring(NOT_BEFORE.length()));
        } else if (!when.isEmpty()) {
            opens = switch (when) {
                case "title" -> Opens.TITLE;
                case "person" -> Opens.PERSON;
                case "place" -> Opens.PLACE;
                default -> throw row.error("a noun's condition is title, person, place, definite, anywhere,"
                        + " 'not-after WORD[,WORD]' or 'not-before WORD[,WORD]', got '" + when + "'");
            };
        }
        return new NounEntry(typeOf(row), row.column(2), opens, notAfter, notBefore, definite, anywhere);
    }

    private static Set<String> normalizedList(String words) {
        return WordMatcher.normalized(words.strip().split("\\s*,\\s*"));
    }

    private static EntityType typeOf(TsvTable.Row row) {
        String type = row.columns().length > 3 ? row.column(3) : "";
        return switch (type) {
            case "LOC" -> EntityType.LOC;
            case "ORG" -> EntityType.ORG;
            case "MISC" -> EntityType.MISC;
            default -> throw row.error("a noun's type is LOC, ORG or MISC, got '" + type + "'");
        };
    }

    /**
     * A facility noun found: the type of the name it opens, its word, how many letters are glued before it (وطريق:
     * 1), its English word (with its adjective's before it) and how many adjectives stand between it and the name
     * (المستشفى الجامعي الحبيب بورقيبة: one).
     */
    record Noun(EntityType type, int word, int cliticLetters, String english, Opens opens, int adjectives,
                boolean anywhere) {
    }

    /** A facility's name: where it ends (the word after it) and its English name. */
    record Name(int end, String english) {
    }

    /** Whether the normalized {@code word} is a facility noun (جامعة، مطار), clitics aside. */
    boolean isNoun(String word) {
        return nouns.containsKey(word);
    }

    /** Whether the normalized {@code word} is a noun of a place's name (طريق، مسجد، حي، مطار), not an institution's. */
    boolean isPlaceNoun(String word) {
        NounEntry noun = nouns.get(word);
        return noun != null && noun.type() == EntityType.LOC;
    }

    /**
     * The facility noun right before word {@code i}, the first of a person's name or, when {@code place}, of a
     * city's, also before the noun of the city's or region's unit ({@link #UNIT_NOUNS}: أمانة منطقة الرياض، غرفة
     * محافظة جدة); for a person also before the title right before it (الملك، الأمير); or null.
     */
    Noun nounBefore(String text, List<Span> words, List<String> norm, int i, boolean place) {
        Noun noun = nounAt(text, words, norm, i - 1, i);
        if (noun == null && i > 0 && opensQuote(text, words.get(i - 1), words.get(i))) {
            // مستشفى «ألبرت أينشتاين», مطار "شارل ديغول": the facility's name quoted; not an event's, whose quoted
            // name is a title that goes on (مهرجان "أبها يجمعنا")
            Noun quoted = nounAt(norm, i - 1);
            noun = quoted != null && quoted.type() != EntityType.MISC ? quoted : null;
        }
        if ((noun == null || !noun.opens().before(place, false)) && place && i > 1 && UNIT_NOUNS.contains(norm.get(i - 1))
                && WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))) {
            Noun outer = nounAt(text, words, norm, i - 2, i - 1); // أمانة منطقة الرياض: the unit's noun is the name's
            noun = outer != null ? outer : noun;
        }
        if (noun != null) {
            return noun.opens().before(place, false) ? noun : null;
        }
        if (!place && i > 1 && titles.containsKey(norm.get(i - 1))) {
            noun = nounAt(text, words, norm, i - 2, i - 1);
            return noun != null && noun.opens().before(false, true) ? noun : null;
        }
        return place ? null : definiteNounBefore(text, words, norm, i);
    }

    /**
     * The definite facility noun marked {@code definite} and the adjective of this file right before word {@code i},
     * the first of a person's name: "المستشفى الجامعي الحبيب بورقيبة" is Habib Bourguiba University Hospital (and
     * "بالمستشفى الجهوي" the regional one); or null. Not an institution's noun, whose definite name is complete before
     * its head's name ("البنك المركزي الشاذلي العياري"), nor a nationality's adjective, which the file lacks: "الملعب
     * الألماني سامي خضيرة" is a player.
     */
    private Noun definiteNounBefore(String text, List<Span> words, List<String> norm, int i) {
        if (i < 2 || !WordMatcher.onlySpacesBetween(text, words.get(i - 1), words.get(i))
                || !WordMatcher.onlySpacesBetween(text, words.get(i - 2), words.get(i - 1))) {
            return null;
        }
        String adjective = adjectives.get(norm.get(i - 1));
        String word = norm.get(i - 2);
        int clitic = word.startsWith("ال") ? 0 : word.length() > 3 && PROCLITICS.indexOf(word.charAt(0)) >= 0
                && word.startsWith("ال", 1) ? 1 : -1;
        NounEntry entry = adjective == null || clitic < 0 ? null : nouns.get(word.substring(clitic + 2));
        return entry == null || !entry.definite() || !entry.opens().before(false, false) ? null
                : new Noun(entry.type(), i - 2, clitic, adjective + " " + entry.english(), entry.opens(), 1,
                        entry.anywhere());
    }

    /**
     * The name that {@code noun} opens, the person's name being words {@code first} up to {@code end}; at most, when
     * the name tagger {@code proposed} it (a name of the knowledge base ends where it ends), and then without the
     * facility's adjectives the tagger ran on into (مؤسسة خالد بن فهد الخيرية is a charitable foundation).
     * {@code person} is the person's English name where the knowledge base gives it for these very words, else null
     * (transliterated).
     */
    Name name(String text, List<Span> words, List<String> norm, Noun noun, int first, int end, boolean proposed,
              String person) {
        int personEnd = proposed ? personEnd(noun, norm, first, end) : end;
        while (proposed && personEnd > first + 1 && adjectives.containsKey(norm.get(personEnd - 1))
                && !FAMILY_ADJECTIVES.contains(norm.get(personEnd - 1))) {
            personEnd--; // مؤسسة خالد بن فهد الخيرية: the tagger took the foundation's adjective for a family name
        }
        int stop = afterAdjectives(text, words, norm, personEnd);
        return withComplement(text, words, norm, noun, new Name(stop, english(text, words, norm, noun, personEnd, stop,
                person)));
    }

    /** The name that {@code noun} opens, the city's name ending before word {@code end} and called {@code city} in English. */
    Name cityName(String text, List<Span> words, List<String> norm, Noun noun, int end, String city) {
        int stop = afterAdjectives(text, words, norm, end);
        return withComplement(text, words, norm, noun, new Name(stop, english(text, words, norm, noun, end, stop, city)));
    }

    /**
     * The English name of the words that {@code noun} opens before word {@code stop}, the city's name ending before
     * word {@code end} and called {@code city} in English, the adjectives between them (all with English words) or
     * none.
     */
    String cityEnglish(String text, List<Span> words, List<String> norm, Noun noun, int end, int stop, String city) {
        return english(text, words, norm, noun, end, stop, city);
    }

    /**
     * {@code name} run on over the complement with ل after it where the noun opens an organization's or an event's
     * name (مهرجان أبها للتسوق), not a place's (ووصل إلى مطار جدة للمشاركة), the
     * complement's words all have English words and no preposition follows it: "مركز جدة للمعارض والمؤتمرات" is
     * Jeddah Center for Exhibitions and Conferences.
     */
    private Name withComplement(String text, List<Span> words, List<String> norm, Noun noun, Name name) {
        int at = name.end();
        if (noun.type() == EntityType.LOC || at >= words.size() || !norm.get(at).startsWith("ل")
                || !WordMatcher.onlySpacesBetween(text, words.get(at - 1), words.get(at))) {
            return name;
        }
        int end = InstitutionPhrases.complementEnd(text, new Words(words, norm), at);
        if (end < 0 || end < words.size() && PREPOSITIONS.contains(norm.get(end))) {
            return name;
        }
        String complement = InstitutionPhrases.withoutLam(text.substring(words.get(at).start(), words.get(end - 1).end()));
        String english = InstitutionPhrases.complementEnglish(complement, this);
        return english == null ? name : new Name(end, name.english() + " for " + english);
    }

    /** The English word of the normalized definite {@code adjective} (الدولي International), or null. */
    String adjectiveEnglish(String adjective) {
        return adjectives.get(adjective);
    }

    /**
     * The English name of the words {@code first} to {@code end} when the first is a facility noun ("جامعة أكسفورد"
     * is Aksafurd University), or null.
     */
    String englishOf(String text, List<Span> words, List<String> norm, int first, int end) {
        Noun noun = end - first >= 2 ? nounAt(norm, first) : null;
        if (noun == null) {
            return null;
        }
        int adjectivesFrom = end;
        while (adjectivesFrom > first + 2 && adjectives.containsKey(norm.get(adjectivesFrom - 1))) {
            adjectivesFrom--;
        }
        return english(text, words, norm, noun, adjectivesFrom, end, null);
    }

    /**
     * The title's English word, the person's name from after the noun (or its title) to {@code personEnd} in Latin
     * letters, the adjectives' words up to {@code stop} and the noun's; or the whole name transliterated when an
     * adjective has no English word here. A name of common words, adjectives and all, is in English words before the
     * noun's ({@link ComplementEnglish}: بطولة كأس الأمم الآسيوية is the Asian Nations Cup Championship, مجلس الأمن
     * القومي the National Security Council).
     */
    private String english(String text, List<Span> words, List<String> norm, Noun noun, int personEnd, int stop,
                           String known) {
        int first = noun.word() + 1 + noun.adjectives();
        StringBuilder english = new StringBuilder();
        String title = titles.get(norm.get(first));
        if (known == null && title != null && first + 1 < personEnd) {
            english.append(title).append(' ');
            first++;
        }
        String commonWords = known == null && title == null ? ComplementEnglish.of(
                text.substring(words.get(first).start(), words.get(stop - 1).end()), adjectives::get) : null;
        if (commonWords != null) {
            return commonWords + " " + noun.english(); // مجلس الأمن القومي: National Security Council
        }
        String person = text.substring(words.get(first).start(), words.get(personEnd - 1).end());
        english.append(known != null ? known : NameTransliterator.toLatin(person));
        List<String> after = new ArrayList<>();
        for (int w = personEnd; w < stop; w++) {
            String adjective = adjectives.get(norm.get(w));
            if (adjective == null) {
                int start = WordMatcher.skipLetters(text, words.get(noun.word()).start(), noun.cliticLetters());
                return NameTransliterator.toLatin(text.substring(start, words.get(stop - 1).end()));
            }
            after.add(adjective);
        }
        AdjectiveOrder.english(after).forEach(adjective -> english.append(' ').append(adjective));
        return english.append(' ').append(noun.english()).toString();
    }

    /** Whether spaces and then one opening quote mark, glued to the word {@code after}, part two words. */
    private static boolean opensQuote(String text, Span before, Span after) {
        int quote = after.start() - 1;
        if (quote <= before.end() || OPENING_QUOTES.indexOf(text.charAt(quote)) < 0) {
            return false;
        }
        return text.substring(before.end(), quote).isBlank();
    }

    private Noun nounAt(String text, List<Span> words, List<String> norm, int w, int next) {
        if (w < 0 || !WordMatcher.onlySpacesBetween(text, words.get(w), words.get(next))) {
            return null;
        }
        return nounAt(norm, w);
    }

    /**
     * The noun at word {@code w}, clitics aside, unless the word before it makes it another word (عن طريق) or the
     * word after it opens no name of it (مركز محافظة).
     */
    private Noun nounAt(List<String> norm, int w) {
        String word = norm.get(w);
        int clitic = 0;
        NounEntry entry = nouns.get(word);
        if (entry == null && word.length() >= 3 && PROCLITICS.indexOf(word.charAt(0)) >= 0) {
            entry = nouns.get(word.substring(1));
            clitic = 1;
        }
        if (entry == null || w > 0 && clitic == 0 && entry.notAfter().contains(norm.get(w - 1))
                || w + 1 < norm.size() && entry.notBefore().contains(norm.get(w + 1))) {
            return null;
        }
        return new Noun(entry.type(), w, clitic, entry.english(), entry.opens(), 0, entry.anywhere());
    }

    /**
     * The end of the person's name from word {@code first} to at most {@code end}: after a title, the given name,
     * its lineage and an ordinal, since the tagger may have run on (جائزة الملك فيصل تعلن غدا); else {@code end}.
     */
    private static int personEnd(Noun noun, List<String> norm, int first, int end) {
        if (noun.word() + noun.adjectives() != first - 2) {
            return end;
        }
        int w = first + (PersonNames.COMPOUND_HEADS.contains(norm.get(first)) ? 2 : 1);
        while (w + 1 < end && PersonNames.PATRONYMICS.contains(norm.get(w))) {
            w += 2;
        }
        if (w < end && PersonNames.ORDINALS.contains(norm.get(w))) {
            w++;
        }
        return Math.min(w, end);
    }

    /** The word after the definite adjectives that follow word {@code end - 1} (none: {@code end}). */
    private int afterAdjectives(String text, List<Span> words, List<String> norm, int end) {
        int w = end;
        while (w < words.size() && w - end < MAX_ADJECTIVES
                && WordMatcher.onlySpacesBetween(text, words.get(w - 1), words.get(w)) && isAdjective(norm.get(w))) {
            w++;
        }
        return w;
    }

    /** An adjective of {@value #FILE} or any definite nisba adjective (الدولي، الرياضية). */
    private boolean isAdjective(String w) {
        boolean nisba = w.length() > 4 && w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه"));
        return nisba || adjectives.containsKey(w);
    }
}
