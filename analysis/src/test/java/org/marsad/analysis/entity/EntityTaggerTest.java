package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;

class EntityTaggerTest {
    private static final NameEntry RUSSIA = new NameEntry("RUS", EntityType.GPE, "روسيا", "Russia", "RUS", "country");
    private static final NameEntry UKRAINE = new NameEntry("UKR", EntityType.GPE, "أوكرانيا", "Ukraine", "UKR", "country");
    private static final NameEntry MOSCOW = new NameEntry("MOSCOW", EntityType.GPE, "موسكو", "Moscow", "RUS", "capital", "GOV", List.of());
    private static final NameEntry KREMLIN = new NameEntry("KREMLIN", EntityType.LOC, "الكرملين", "Kremlin", "RUS", "seat", "GOV", List.of());
    private static final NameEntry DAILY = new NameEntry("DAILY", EntityType.ORG, "النهار الطويل", "The Long Day", "RUS", "media", "MED", List.of());
    private static final NameEntry DAWN = new NameEntry("DAWN", EntityType.ORG, "صحيفة الفجر", "Al-Fajr", "RUS", "media", "MED", List.of());
    private static final NameEntry LONGDAY = new NameEntry("LONGDAY", EntityType.GPE, "لبنان الطويل", "Long Lebanon", "LBN", "city");
    private static final NameEntry CLUB = new NameEntry("CLUB", EntityType.ORG, "نادي النجوم", "Al-Nujum Club", "RUS", "club");
    private static final NameEntry PRINCE = new NameEntry("P-PRINCE", EntityType.PERSON, "فهد بن سالم", "Fahd bin Salim", "RUS", "royal");
    private static final NameEntry LEADER = new NameEntry("P-LEADER", EntityType.PERSON, "سامر وديع قاسم", null, "RUS",
            "politician", "GOV", List.of(Role.parse("الرئيس@RUS@2010..2015"), Role.parse("رئيس الوزراء@RUS@2016..")));

    private final EntityTagger tagger = new EntityTagger(NameIndex.builder()
            .block("روسيا البيضاء")
            .add("روسيا", RUSSIA).add("موسكو", RUSSIA, MentionKind.METONYM, MOSCOW)
            .add("الكرملين", RUSSIA, MentionKind.METONYM, KREMLIN)
            .add("النهار الطويل", DAILY).add("صحيفة الفجر", DAWN).add("فهد بن سالم", PRINCE).add("فهد بن عبد الرحيم", PRINCE).add("لبنان الطويل", LONGDAY).add("نادي النجوم", CLUB).add("سامر وديع قاسم", LEADER)
            .add("الروسية", RUSSIA, MentionKind.ADJECTIVE, RUSSIA).add("الروسي", RUSSIA, MentionKind.ADJECTIVE, RUSSIA)
            .add("الأوكراني", UKRAINE, MentionKind.ADJECTIVE, UKRAINE)
            .build(), Map.of(DAILY, List.of("صحيفة"), DAWN, List.of("صحيفة")), OfficeTitles.of(Map.of("الرئيس الروسي", "الرئيس@RUS"),
            Map.of("نائب", "before", "السابق", "after"), List.of(LEADER)));

    private List<Entity> tag(String text) {
        return tag(text, null, List.of());
    }

    private List<Entity> tag(String text, LocalDate asOf, List<Proposal> proposals) {
        Words w = Words.of(text);
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), asOf, proposals);
    }

    /** The entities of {@code text} where the tagger proposes {@code words} (their first occurrence) as {@code type}. */
    private List<Entity> tagProposing(String text, String words, String type, double confidence) {
        int at = text.indexOf(words);
        return tag(text, null, List.of(Proposal.ofNer(at, at + words.length(), type, confidence)));
    }

    /** A tagger whose knowledge base holds {@code entry} alone, by {@code names}. */
    private static EntityTagger knowing(NameEntry entry, String... names) {
        NameIndex.Builder index = NameIndex.builder();
        for (String name : names) {
            index.add(name, entry);
        }
        return new EntityTagger(index.build(), Map.of(), OfficeTitles.NONE, List.of(entry));
    }

    private static List<Entity> tagWith(EntityTagger tagger, String text) {
        Words w = Words.of(text);
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"));
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(m -> m.text() + "/" + m.kind().json()).toList();
    }

    @Test
    void putsCapitalsAndSeatsOnTheirCountryAsMetonyms() {
        List<Entity> es = tag("قالت روسيا إن موسكو ترفض، وأكد الكرملين ذلك.");
        assertEquals(1, es.size());
        assertEquals(List.of("روسيا/name", "موسكو/metonym", "الكرملين/metonym"), mentions(es.get(0)));
    }

    @Test
    void takesACapitalAfterInOrWithBaaAsThePlace() {
        List<Entity> es = tag("عقد مؤتمر في موسكو ثم بموسكو أيضا");
        assertEquals(1, es.size());
        assertEquals("MOSCOW", es.get(0).kb());
        assertEquals(List.of("موسكو/name", "موسكو/name"), mentions(es.get(0)));
    }

    @Test
    void refersACountrysNominalToTheCountryOfThePlaceNamedLastOrOfThePublisher() {
        NameEntry kingdom = new NameEntry("KDM", EntityType.GPE, "مملكة الجبل", "Mountain Kingdom", "KDM", "country");
        NameEntry capital = new NameEntry("KCITY", EntityType.GPE, "قصر الجبل", "Mountain Palace", "KDM", "capital", "GOV", List.of());
        EntityTagger withHeads = new EntityTagger(NameIndex.builder().add("مملكة الجبل", kingdom)
                .add("قصر الجبل", kingdom, MentionKind.METONYM, capital).build(),
                Map.of(kingdom, List.of("مملكة")), OfficeTitles.NONE);
        String text = "وهطلت الأمطار على منطقة قصر الجبل، وقالت الأرصاد إن المملكة تشهد موجة باردة";
        Words w = Words.of(text);
        List<Entity> es = withHeads.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of());
        assertEquals(List.of("KCITY", "KDM"), es.stream().map(Entity::kb).toList());
        assertEquals(List.of("المملكة/nominal"), mentions(es.get(1)));
        String alone = "وقالت الأرصاد إن المملكة تشهد موجة باردة";
        Words aloneWords = Words.of(alone);
        assertEquals(List.of(), withHeads.tag(alone, aloneWords.spans(), aloneWords.normalized(), new IdSequence("e"), null,
                List.of()), "no place named, no home country");
        List<Entity> home = withHeads.tag(alone, aloneWords.spans(), aloneWords.normalized(), new IdSequence("e"), null,
                List.of(), "KDM");
        assertEquals(List.of("KDM"), home.stream().map(Entity::kb).toList(), "published in the kingdom");
    }

    @Test
    void takesNoAdjectiveNamingALanguageForTheCountry() {
        assertEquals(List.of(), tag("ويدرس الطلاب اللغة الروسية وباللغة الروسية يكتبون"));
        assertEquals(List.of(), tag("وصدر الكتاب باللغتين العربية والروسية"), "a list after the noun");
        assertEquals(List.of(), tag("وصدر الكتاب بالعربية والروسية"), "ب: in Arabic and Russian");
        assertEquals(List.of("RUS"), tag("وقالت الخارجية الروسية ذلك").stream().map(Entity::kb).toList());
    }

    @Test
    void takesNoAdjectiveNamingACurrencyForTheCountry() {
        assertEquals(List.of(), tag("وبلغت قيمة الصفقة مليون روبل روسي"));
        assertEquals(List.of(), tag("وتراجع سعر الروبل الروسي أمام العملات"), "the currency with the article");
        assertEquals(List.of("RUS"), tag("وقدرت مبالغ الصفقة الروسية بالملايين").stream().map(Entity::kb).toList(),
                "an adjective after another noun");
    }

    @Test
    void takesACapitalBeforeADashAsADateline() {
        assertEquals("MOSCOW", tag("موسكو - أعلنت الحكومة").get(0).kb());
    }

    @Test
    void makesAnEntityOfACountryMentionedOnlyByAnAdjective() {
        Entity e = tag("تناول الملف الأوكراني مرة أخرى").get(0);
        assertEquals("UKR", e.kb());
        assertEquals("أوكرانيا", e.name());
        assertEquals(List.of("الأوكراني/adjective"), mentions(e));
        assertEquals(EntityTagger.ADJECTIVE_CONFIDENCE, e.confidence());
    }

    @Test
    void skipsTheNamesInsideABlockedPhrase() {
        assertTrue(tag("زار روسيا البيضاء وفد").isEmpty());
        assertTrue(tagProposing("زار روسيا البيضاء وفد", "روسيا", "LOC", 0.9).isEmpty(), "nor a proposal inside it");
        assertEquals(List.of("روسيا البيضاء"), tagProposing("زار روسيا البيضاء وفد", "روسيا البيضاء", "LOC", 0.9).stream()
                .map(Entity::name).toList(), "a proposal of the whole phrase stands");
    }

    @Test
    void givesTheRolesHeldOnTheArticleDate() {
        assertEquals(List.of("الرئيس"), tag("قال سامر وديع قاسم", LocalDate.of(2012, 6, 1), List.of()).get(0).roles());
        assertEquals(List.of("رئيس الوزراء"), tag("قال سامر وديع قاسم").get(0).roles());
    }

    @Test
    void transliteratesAnEntryWithoutEnglishName() {
        assertEquals("Samer Wadi' Qasim", tag("قال سامر وديع قاسم").get(0).nameEn());
    }

    @Test
    void findsAPersonsSurnameAfterTheFullName() {
        Entity e = tag("قال سامر وديع قاسم أمس، وأضاف قاسم أن الوضع صعب").get(0);
        assertEquals(List.of("سامر وديع قاسم/name", "قاسم/name"), mentions(e));
    }

    @Test
    void takesAGivenNameAfterATitleForThePersonOfThatGivenNameNamedBefore() {
        String text = "قال الأمير سامر بن فهد إن الزيارة مهمة، وأكد الأمير سامر أن العلاقات قوية، وقال الملك سامر شيئا آخر.";
        Entity e = proposedPerson(text, "سامر بن فهد");
        Words w = Words.of(text);
        int second = text.indexOf("سامر", text.indexOf("سامر") + 1);
        int third = text.lastIndexOf("سامر");
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(
                Proposal.ofNer(text.indexOf("سامر"), text.indexOf(" إن"), "PERS", 0.8),
                Proposal.ofNer(second, second + "سامر".length(), "PERS", 0.8),
                Proposal.ofNer(third, third + "سامر".length(), "PERS", 0.8)));
        assertEquals(List.of("سامر بن فهد/name", "سامر/name"), mentions(es.get(0)), "not after الملك");
        assertEquals(e.name(), es.get(0).name());
    }

    @Test
    void takesAGivenNameAfterATitleForTheKnownPersonNamedBeforeWithHisTitle() {
        NameEntry prince = new NameEntry("P-SAMER", EntityType.PERSON, "سامر الفالح", "Samer al-Falih", "RUS", "royal");
        EntityTagger titled = knowing(prince, "سامر الفالح", "الأمير سامر الفالح");
        String text = "وصل الأمير سامر الفالح إلى الرياض، وقال الأمير سامر إن الزيارة ناجحة.";
        int second = text.lastIndexOf("سامر");
        Words w = Words.of(text);
        List<Entity> es = titled.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(second, second + "سامر".length(), "PERS", 0.8)));
        assertEquals(List.of("الأمير سامر الفالح/name", "سامر/name"), mentions(es.get(0)),
                "the known name's mention opens with the title");
    }

    /**
     * Tags {@code text} with the tagger proposing each person of {@code full} (its first occurrence) and, as one-word
     * persons, the last occurrence of each word of {@code alone}.
     */
    private List<Entity> proposingPersons(String text, List<String> full, String... alone) {
        List<Proposal> proposals = new ArrayList<>();
        for (String name : full) {
            int at = text.indexOf(name);
            proposals.add(Proposal.ofNer(at, at + name.length(), "PERS", 0.8));
        }
        for (String word : alone) {
            int at = text.lastIndexOf(word);
            proposals.add(Proposal.ofNer(at, at + word.length(), "PERS", 0.8));
        }
        proposals.sort(Comparator.comparingInt(Proposal::start));
        return tag(text, null, proposals);
    }

    @Test
    void takesAGivenNameAloneForThePersonOfThatGivenNameNamedBefore() {
        List<Entity> es = proposingPersons("قالت هالة سامي إن الفيلم جاهز، وأضافت هالة أن العرض قريب.",
                List.of("هالة سامي"), "هالة");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("هالة سامي/name", "هالة/name"), mentions(es.get(0)));
    }

    @Test
    void takesAFirstNameOffTheListAloneForThePersonOfThatFirstNameNamedBefore() {
        List<Entity> es = proposingPersons("يرى ميلتون ازراتي أن النمو سيستمر، ويقول ميلتون، في مقالته، إن الديون منخفضة.",
                List.of("ميلتون ازراتي"), "ميلتون");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("ميلتون ازراتي/name", "ميلتون/name"), mentions(es.get(0)));
    }

    @Test
    void doesNotTakeACompoundOfAbdBeforeADefiniteWordForThePersonOfThatFirstNameNamedBefore() {
        List<Entity> es = proposingPersons("ترأس عبدالله المحسن الجلسة، وحضر المدرب المساعد عبدالله الجنوبي.",
                List.of("عبدالله المحسن"), "عبدالله");
        assertEquals(List.of("عبدالله المحسن/name"), mentions(es.get(0)), "الجنوبي is another man's family name");
    }

    @Test
    void doesNotTakeAListedGivenNameWithAConjunctionForTheOneNamedBeforeWithIt() {
        List<Entity> es = proposingPersons("فازت ريم محجوب وليلى الشتاوي بالمقعدين، ثم سناء وليلى الحمروني.",
                List.of("ريم محجوب", "وليلى الشتاوي", "سناء"), "وليلى");
        assertEquals(List.of(List.of("ريم محجوب/name"), List.of("ليلى الشتاوي/name"), List.of("سناء/name"),
                List.of("ليلى/name")), es.stream().map(EntityTaggerTest::mentions).toList(),
                "the second وليلى may be another Leila");
    }

    @Test
    void doesNotTakeAGivenNameAloneBeforeABlessing() {
        List<Entity> es = proposingPersons("قال يوسف سامي إن القصة معروفة، وصبر يوسف عليه السلام طويلا.",
                List.of("يوسف سامي"), "يوسف");
        assertEquals(List.of("يوسف سامي/name"), mentions(es.get(0)), "the prophet is another person");
    }

    @Test
    void doesNotTakeAGivenNameAloneAfterAPatronymic() {
        List<Entity> es = proposingPersons("قال سعود سامي إن آل سعود حكموا طويلا.", List.of("سعود سامي"), "سعود");
        assertEquals(List.of("سعود سامي/name"), mentions(es.get(0)), "آل سعود is the family");
    }

    @Test
    void takesAProposedGivenNameThatIsACommonWordTooForThePersonNamedBefore() {
        // LoneGivenNames keeps such a proposal only with a sign of a person: here وأضاف
        List<Entity> es = proposingPersons("قال حسن سامي إن الفيلم جاهز، وأضاف حسن أن العرض قريب.",
                List.of("حسن سامي"), "حسن");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("حسن سامي/name", "حسن/name"), mentions(es.get(0)));
    }

    @Test
    void doesNotTakeAParticleWrittenWithAlefMaqsuraForASurnameWrittenWithYa() {
        Entity e = proposedPerson("قال سامر علي إن الاتفاق قريب، وأكد على أهميته، وقال علي إنه سعيد", "سامر علي");
        assertEquals(List.of("سامر علي/name", "علي/name"), mentions(e), "على is \"on\"");
    }

    @Test
    void takesANisbaRightAfterAVerbOfSpeechForTheSurnameOfOneNamedBefore() {
        String text = "قال سامر الأوكراني إن الاتفاق قريب، وأكد الأوكراني أن الوفد الأوكراني سيحضر";
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(text.indexOf("سامر"), text.indexOf(" إن"), "PERS", 0.8)));
        Entity person = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(List.of("سامر الأوكراني/name", "الأوكراني/name"), mentions(person), "he speaks, not Ukraine");
        Entity ukraine = es.stream().filter(e -> "UKR".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("الأوكراني/adjective"), mentions(ukraine), "the delegation's adjective is Ukraine's");
        assertEquals(text.lastIndexOf("الأوكراني"), ukraine.mentions().get(0).start());
    }

    @Test
    void takesANisbaThatEndsALineageForTheFamilyName() {
        String text = "أكد الدكتور سامر بن عبدالمحسن الأوكراني أن الرابطة تدعم السلام، وقال الأوكراني إن المؤتمر قريب";
        List<Entity> es = tag(text, null, List.of(
                Proposal.ofNer(text.indexOf("سامر"), text.indexOf(" أن"), "PERS", 0.8)));
        Entity person = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals(List.of("سامر بن عبدالمحسن الأوكراني/name", "الأوكراني/name"), mentions(person));
        assertEquals(List.of(), es.stream().filter(e -> "UKR".equals(e.kb())).toList(), "no mention of Ukraine");
    }

    @Test
    void readsANisbaAfterAVerbOfSpeechBeforeAProposedNameAsThatPersonsCountry() {
        for (String from : List.of("الأوكراني", "زلاتكو")) {
            String text = "وأكد الأوكراني زلاتكو داليتش أن اللاعبين جاهزون";
            List<Entity> es = tag(text, null,
                    List.of(Proposal.ofNer(text.indexOf(from), text.indexOf(" أن"), "PERS", 0.8)));
            Entity person = es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
            assertEquals(List.of("زلاتكو داليتش/name"), mentions(person), "the Ukrainian Zlatko Dalić speaks");
            assertEquals("UKR", person.country(), "proposed from " + from);
            Entity ukraine = es.stream().filter(e -> "UKR".equals(e.kb())).findFirst().orElseThrow();
            assertEquals(List.of("الأوكراني/adjective"), mentions(ukraine));
        }
    }

    @Test
    void keepsANisbaAfterANameWithoutLineageForTheCountry() {
        String text = "أكد الرئيس سامر عبدالمحسن الأوكراني أن الرابطة تدعم السلام";
        List<Entity> es = tag(text, null, List.of(
                Proposal.ofNer(text.indexOf("سامر"), text.indexOf(" أن"), "PERS", 0.8)));
        assertEquals(List.of("UKR"), es.stream().map(Entity::kb).filter(java.util.Objects::nonNull).toList(),
                "two names then an adjective: no lineage says it is the family's");
    }

    @Test
    void readsANisbaAfterAVerbOfSpeechAsAPersonNotTheCountryWhereNoOneBearsIt() {
        assertEquals(List.of(), tag("وأكد الأوكراني أن الحرب طويلة"), "the Ukrainian speaks, not Ukraine");
    }

    @Test
    void takesANisbaAfterAVerbOfSpeechForTheLastPersonOfItsCountryNamedBefore() {
        Entity leader = tag("قال سامر وديع قاسم إن الاتفاق قريب، وأضاف الروسي أن الوفد سيحضر").stream()
                .filter(e -> "P-LEADER".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("سامر وديع قاسم/name", "الروسي/nominal"), mentions(leader), "the Russian named before");
    }

    @Test
    void linksAFamilyNameAfterANationalityAdjectiveToTheOneKnownPersonOfThatCountry() {
        NameEntry coach = new NameEntry("P-COACH", EntityType.PERSON, "فاديم كوروف", "Vadim Korov", "RUS", "coach");
        NameEntry namesake = new NameEntry("P-NAMESAKE", EntityType.PERSON, "بيتر كوروف", "Peter Korov", "UKR",
                "coach");
        EntityTagger knowingBoth = new EntityTagger(NameIndex.builder().add("فاديم كوروف", coach)
                .add("بيتر كوروف", namesake).add("الروسي", RUSSIA, MentionKind.ADJECTIVE, RUSSIA)
                .add("الأوكراني", UKRAINE, MentionKind.ADJECTIVE, UKRAINE).build(), Map.of(), OfficeTitles.NONE,
                List.of(coach, namesake));
        assertEquals("P-COACH", proposedSurname(knowingBoth, "وقاد المدرب الروسي كوروف التدريبات أمس").kb());
        assertEquals("P-NAMESAKE", proposedSurname(knowingBoth, "وقاد المدرب الأوكراني كوروف التدريبات أمس").kb());
        assertNull(proposedSurname(knowingBoth, "وقاد المدرب كوروف التدريبات أمس").kb(), "no country, two bearers");
    }

    @Test
    void linksAFamilyNameAfterANationalityAdjectiveByAnotherSpellingOfTheFullName() {
        NameEntry coach = new NameEntry("P-COACH", EntityType.PERSON, "فاديم قوروف", "Vadim Korov", "RUS", "coach");
        NameEntry tsar = new NameEntry("P-TSAR", EntityType.PERSON, "ميخائيل رومانوف", "Mikhail Romanov", "RUS",
                "royal");
        Map<NameEntry, List<String>> spellings = Map.of(coach, List.of("فاديم قوروف", "فاديم كوروف"),
                tsar, List.of("ميخائيل رومانوف", "القيصر كوروف"));
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("فاديم قوروف", coach).add("فاديم كوروف", coach)
                .add("ميخائيل رومانوف", tsar).add("القيصر كوروف", tsar)
                .add("الروسي", RUSSIA, MentionKind.ADJECTIVE, RUSSIA).build(), Map.of(), OfficeTitles.NONE,
                List.of(coach, tsar), SpellingVariants.none(), spellings);
        assertEquals("P-COACH", proposedSurname(tagger, "وقاد المدرب الروسي كوروف التدريبات أمس").kb(),
                "the same first name spelt with كوروف; not a nickname's last word");
    }

    /** The person that {@code tagger} makes of كوروف in {@code text} where the name tagger proposes that word. */
    private static Entity proposedSurname(EntityTagger tagger, String text) {
        Words w = Words.of(text);
        int at = text.indexOf("كوروف");
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "كوروف".length(), "PERS", 0.8))).stream()
                .filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
    }

    @Test
    void namesACupAfterACountryAsAThingOfItsOwnThatMentionsNoCountry() {
        Entity cup = tag("وفاز الفريق بلقب كأس روسيا أمس").get(0);
        assertEquals(EntityType.MISC, cup.type());
        assertEquals("كأس روسيا", cup.name());
        assertEquals("Russia Cup", cup.nameEn());
        assertEquals("RUS", cup.country());
        assertEquals(List.of("RUS"), tag("وناقش الوزراء اتفاق روسيا الجديد").stream().map(Entity::kb).toList(),
                "an agreement named after a country names its party");
    }

    @Test
    void keepsTheFeminineNisbaAfterAVerbOfSpeechForTheCountry() {
        List<Entity> es = tag("وأكدت الروسية أن الحرب طويلة");
        assertEquals(List.of("RUS"), es.stream().map(Entity::kb).toList(), "الفرنسية is an agency too: left as it was");
    }

    @Test
    void doesNotTakeANisbaAgreeingWithTheNounBeforeForTheSurname() {
        String text = "قال سامر الشامي إن العمل الشامي قائم، وأكد الشامي ذلك";
        Entity e = proposedPerson(text, "سامر الشامي");
        assertEquals(List.of("سامر الشامي/name", "الشامي/name"), mentions(e));
        assertEquals(text.lastIndexOf("الشامي"), e.mentions().get(1).start(), "not العمل الشامي");
        String proposedToo = "قال سامر الشامي إن العمل الشامي قائم";
        int at = proposedToo.lastIndexOf("الشامي");
        List<Entity> es = tag(proposedToo, null, List.of(
                Proposal.ofNer(proposedToo.indexOf("سامر"), proposedToo.indexOf(" إن"), "PERS", 0.8),
                Proposal.ofNer(at, at + "الشامي".length(), "PERS", 0.6)));
        assertEquals(1, es.size(), "the tagger's proposal of the adjective makes no person either: " + es);
    }

    @Test
    void leavesOutTheConjunctionOfAListAfterAnotherName() {
        String text = "زار الوفد زرقاوة وقرطبة، ثم قال سامر ووليد الحربي ذلك";
        List<Proposal> proposals = List.of(
                Proposal.ofNer(text.indexOf("زرقاوة"), text.indexOf(" وقرطبة"), "LOC", 0.9),
                Proposal.ofNer(text.indexOf("وقرطبة"), text.indexOf("،"), "LOC", 0.9),
                Proposal.ofNer(text.indexOf("سامر"), text.indexOf(" ووليد"), "PERS", 0.9),
                Proposal.ofNer(text.indexOf("ووليد"), text.indexOf(" ذلك"), "PERS", 0.9));
        List<String> names = tag(text, null, proposals).stream().map(Entity::name).toList();
        assertEquals(List.of("زرقاوة", "قرطبة", "سامر", "وليد الحربي"), names, "وليد is a given name of its own");
        String listed = "وشارك سامر الحربي، وهارون الزيد في الندوة";
        List<String> persons = tag(listed, null, List.of(
                Proposal.ofNer(listed.indexOf("سامر"), listed.indexOf("،"), "PERS", 0.9),
                Proposal.ofNer(listed.indexOf("وهارون"), listed.indexOf(" في"), "PERS", 0.9))).stream().map(Entity::name).toList();
        assertEquals(List.of("سامر الحربي", "هارون الزيد"), persons, "after a comma too");
    }

    @Test
    void givesAnOrganizationTheCountryOfTheAdjectiveAfterIt() {
        Entity club = tagProposing("فاز نادي سبارتا الأوكراني أمس", "نادي سبارتا", "ORG", 0.9).get(0);
        assertEquals("UKR", club.country());
        String text = "وضم نادي سبارتا الأوكراني سامر الحربي";
        List<Entity> es = tag(text, null, List.of(
                Proposal.ofNer(text.indexOf("نادي"), text.indexOf(" الأوكراني"), "ORG", 0.9),
                Proposal.ofNer(text.indexOf("سامر"), text.length(), "PERS", 0.9)));
        assertNull(es.get(0).country(), "the adjective is the player's nationality");
    }

    @Test
    void refersTheHeadNounOfAProposedOrganizationBackToIt() {
        String text = "افتتحت جامعة زرقاوة فرعا، وقالت الجامعة إن الجامعة الإسلامية شريكة";
        Entity university = tagProposing(text, "جامعة زرقاوة", "ORG", 0.9).get(0);
        assertEquals(List.of("جامعة زرقاوة/name", "الجامعة/nominal"), mentions(university),
                "الجامعة الإسلامية is another university");
    }

    @Test
    void refersAMunicipalitysNounBackToTheMunicipality() {
        Entity municipality = tag("وأعلنت أمانة منطقة موسكو خطة، وقالت الأمانة إن الأمانة العامة وافقت").get(0);
        assertEquals(List.of("أمانة منطقة موسكو/name", "الأمانة/nominal"), mentions(municipality),
                "الأمانة العامة is a general secretariat");
    }

    @Test
    void refersAnAuthoritysNounBackToItButNotBeforeAnAdjectiveOfAnotherBody() {
        String text = "وأعلنت هيئة تنمية موسكو خطة، وقالت الهيئة إن الهيئة العليا وافقت عليها";
        int at = text.indexOf("هيئة تنمية موسكو");
        Entity authority = tag(text, null, List.of(Proposal.ofNer(at, at + "هيئة تنمية موسكو".length(), "ORG", 0.8)))
                .stream().filter(e -> e.type() == EntityType.ORG).findFirst().orElseThrow();
        assertEquals(List.of("هيئة تنمية موسكو/name", "الهيئة/nominal"), mentions(authority),
                "الهيئة العليا is a high commission");
    }

    @Test
    void takesAFacilitysNameWithoutItsInternationalForTheSameFacility() {
        String text = "هبطت الطائرة في مطار زرقاوة الدولي، وأعيد فتح مطار زرقاوة أمس";
        List<Entity> es = tag(text, null, List.of(
                Proposal.ofNer(text.indexOf("مطار"), text.indexOf("،"), "LOC", 0.9),
                Proposal.ofNer(text.lastIndexOf("مطار"), text.indexOf(" أمس"), "LOC", 0.9)));
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("مطار زرقاوة الدولي/name", "مطار زرقاوة/name"), mentions(es.get(0)));
    }

    /** The one entity of {@code text} where the tagger proposes the organization {@code proposed}. */
    private Entity theOneEntity(String text, String proposed) {
        List<Entity> es = tagProposing(text, proposed, "ORG", 0.9);
        assertEquals(1, es.size(), es.toString());
        return es.get(0);
    }

    @Test
    void joinsAnOrganizationsNameToTheKnownNameInBracketsAfterIt() {
        Entity daily = theOneEntity("وقالت دار الصحافة الجبلية (النهار الطويل) إن العدد نفد", "دار الصحافة الجبلية");
        assertEquals("DAILY", daily.kb());
        assertEquals(List.of("دار الصحافة الجبلية/name", "النهار الطويل/name"), mentions(daily));
    }

    @Test
    void joinsAQuotedNameRightAfterAKnownOrganizationToIt() {
        Entity club = theOneEntity("وأعلن نادي النجوم «النجوم الزرق» ضم لاعب", "النجوم الزرق");
        assertEquals(List.of("نادي النجوم/name", "النجوم الزرق/name"), mentions(club));
    }

    @Test
    void joinsAPlaceTheTaggerProposesInBracketsAfterAKnownOrganizationToIt() {
        String text = "وقالت صحيفة الفجر (دوما) إن العدد نفد، وقالت صحيفة الفجر «كاسو» إن الطبعة تأخرت";
        int place = text.indexOf("دوما");
        int thing = text.indexOf("كاسو");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(place, place + 4, "LOC", 0.8),
                Proposal.ofNer(thing, thing + 4, "MISC", 0.8)));
        assertEquals(List.of("صحيفة الفجر/name", "دوما/name", "صحيفة الفجر/name"), mentionsOf(es, "DAWN"),
                "the paper's other name; a quoted thing is as often its column or its writer");
        assertTrue(es.stream().anyMatch(e -> e.name().equals("كاسو") && e.type() == EntityType.MISC));
    }

    /** Asserts that the organization the tagger proposes as {@code proposed} in {@code text} stays an unknown one of its own. */
    private void assertStaysApart(String text, String proposed, String why) {
        List<Entity> es = tagProposing(text, proposed, "ORG", 0.9);
        Entity own = es.stream().filter(e -> e.name().equals(proposed)).findFirst().orElseThrow(() -> new AssertionError(es));
        assertNull(own.kb(), why);
        assertEquals(2, es.size(), why + ": " + es);
    }

    @Test
    void keepsAPlaceInBracketsAfterAnOrganizationApart() {
        assertStaysApart("وقالت دار الصحافة الجبلية (روسيا) إن العدد نفد", "دار الصحافة الجبلية", "a place is an aside");
    }

    @Test
    void keepsALoneWordBeforeAQuotedOrganizationApart() {
        assertStaysApart("وقال منسق فريق رصد «النهار الطويل» إن العدد نفد", "رصد", "one word is mostly another word");
    }

    @Test
    void keepsANameAfterAQuotedMediumsClosingMarkApart() {
        assertStaysApart("وقال لـ\"النهار الطويل\" ماركو بيتش \"وصلنا عرض\"", "ماركو بيتش", "the mark closes the medium's name");
    }

    @Test
    void dropsAPersonNamedOnlyByAGuardedAliasWhereTheArticleNamesNotHisCountry() {
        NameEntry leader = new NameEntry("P-NIMR", EntityType.PERSON, "سامر النمر", "Samir al-Nimr", "RUS", "politician");
        EntityTagger guarded = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA).add("سامر النمر", leader)
                .add("النمر", leader, MentionKind.NAME, leader, NameIndex.Guard.TAGGER).build());
        String tiger = "وقال الحارس إن النمر هرب من الحديقة";
        String politics = "وقال النمر إن روسيا لن تتراجع";
        assertTrue(tagProposingWith(guarded, tiger, "النمر").stream().noneMatch(e -> "P-NIMR".equals(e.kb())),
                "no word of his country: the tiger");
        assertTrue(tagProposingWith(guarded, politics, "النمر").stream().anyMatch(e -> "P-NIMR".equals(e.kb())),
                "his country named beside the alias");
    }

    private static List<Entity> tagProposingWith(EntityTagger tagger, String text, String person) {
        Words w = Words.of(text);
        int at = text.indexOf(person);
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + person.length(), "PERS", 0.8)));
    }

    @Test
    void takesAKnownPersonsOneWordNameAfterAnotherGivenNameForSomeoneElse() {
        EntityTagger withSurname = new EntityTagger(NameIndex.builder().add("سامر قاسم", LEADER).add("قاسم", LEADER).build());
        String text = "وقال وليد قاسم إن قاسم لم يحضر";
        Words w = Words.of(text);
        List<Entity> es = withSurname.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(text.indexOf("وليد"), text.indexOf(" إن"), "PERS", 0.9)));
        assertEquals("وليد قاسم", es.get(0).name());
        assertNull(es.get(0).kb(), "another of the family");
        assertEquals("P-LEADER", es.get(1).kb(), "قاسم alone is still the known man");
    }

    @Test
    void takesACountrysNameWrittenAsItsNisbaAfterADefiniteNounForItsAdjective() {
        NameEntry saudi = new NameEntry("SAU", EntityType.GPE, "السعودية", "Saudi Arabia", "SAU", "country");
        EntityTagger tagger = knowing(saudi, "السعودية");
        assertEquals(List.of("السعودية/adjective"), mentions(tagWith(tagger, "ارتفعت الأسهم السعودية أمس").get(0)));
        assertEquals(List.of("السعودية/name"), mentions(tagWith(tagger, "ونفذت اليوم السعودية حكما").get(0)),
                "the subject after اليوم");
        assertEquals(List.of("السعودية/name"), mentions(tagWith(tagger, "وتقع السعودية في الخليج").get(0)));
    }

    @Test
    void takesAKnownCitysNameAfterAForeignersGivenNameForHisFamilyName() {
        List<Entity> coach = tag("وقال أليكس موسكو إن الفريق جاهز");
        assertEquals(1, coach.size(), "no city: " + coach);
        assertEquals(EntityType.PERSON, coach.get(0).type());
        assertEquals("أليكس موسكو", coach.get(0).name());
        assertEquals("Alex Moscow", coach.get(0).nameEn(), "the city's English name is his family's");
        assertEquals("RUS", tag("وزار خالد موسكو أمس").get(0).kb(),
                "an Arab's given name: the verb's object follows him");
        assertEquals("RUS", tag("وتحدث عن جو موسكو البارد").get(0).kb(), "جو is the weather far more often than Joe");
    }

    @Test
    void takesTheFirstAndLastWordOfAKnownPersonForThatPersonWhereTheArticleNamesTheCountry() {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA).add("سامر وديع قاسم", LEADER).build(),
                Map.of(), OfficeTitles.NONE, List.of(RUSSIA, LEADER));
        String inRussia = "قال سامر قاسم في روسيا إن الوضع صعب";
        Words w = Words.of(inRussia);
        List<Entity> es = tagger.tag(inRussia, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(inRussia.indexOf("سامر"), inRussia.indexOf(" في"), "PERS", 0.9)));
        assertEquals("P-LEADER", es.get(0).kb());
        assertEquals(List.of("سامر قاسم/name"), mentions(es.get(0)));
        String elsewhere = "قال سامر قاسم إن الوضع صعب";
        Words v = Words.of(elsewhere);
        assertNull(tagger.tag(elsewhere, v.spans(), v.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(elsewhere.indexOf("سامر"), elsewhere.indexOf(" إن"), "PERS", 0.9))).get(0).kb(),
                "no country of his named: another man of that name");
    }

    @Test
    void doesNotTakeASurnameBeforeTheFullName() {
        assertEquals(List.of("سامر وديع قاسم/name"), mentions(tag("قاسم لم يحضر. ثم قال سامر وديع قاسم").get(0)));
    }

    /** The entity of a person's name the tagger proposes where {@code name} stands in {@code text}. */
    private Entity proposedPerson(String text, String name) {
        int start = text.indexOf(name);
        return tag(text, null, List.of(Proposal.ofNer(start, start + name.length(), "PERS", 0.8))).get(0);
    }

    /** The entities of {@code text} where the tagger proposes each of {@code names}: {name, NER type} pairs. */
    private List<Entity> tagProposingEach(String text, String[][] names) {
        List<Proposal> proposals = new ArrayList<>();
        for (String[] name : names) {
            int at = text.indexOf(name[0]);
            proposals.add(Proposal.ofNer(at, at + name[0].length(), name[1], 0.8));
        }
        return tag(text, null, proposals);
    }

    private static String namesAndMentions(List<Entity> entities) {
        return entities.stream().map(e -> e.name() + "/" + e.nameEn() + "/" + e.mentions().size())
                .collect(Collectors.joining(", "));
    }

    @Test
    void takesALatinNameInBracketsAfterAnArabicNameForItsOwnersSpelling() {
        String won = "وفازت شركة سامر بورت (Samerport) بالعقد";
        assertEquals("سامر بورت/Samerport/2", namesAndMentions(tagProposingEach(won,
                new String[][] {{"سامر بورت", "ORG"}, {"Samerport", "ORG"}})));
        assertEquals("سامريزا/SAMERIZA/2", namesAndMentions(tagProposingEach(
                "وتأسس تحالف اليسار (سامريزا) (SAMERIZA) عام 2004",
                new String[][] {{"سامريزا", "ORG"}, {"SAMERIZA", "ORG"}})), "after the mark that closes the name");
        assertEquals("سامر بورت/Samer Burt/1, Samerport/Samerport/1", namesAndMentions(tagProposingEach(
                "وفازت شركة سامر بورت (Samerport بالعقد أمس", new String[][] {{"سامر بورت", "ORG"},
                {"Samerport", "ORG"}})), "the bracket never closed");
        assertEquals("فادي سامر/Fadi Samer/1, The Long Road/The Long Road/1", namesAndMentions(tagProposingEach(
                "وصدر للكاتب فادي سامر (The Long Road) أمس", new String[][] {{"فادي سامر", "PERS"},
                {"The Long Road", "ORG"}})), "a work's title after its author");
    }

    @Test
    void namesAnEntityWrittenInPresentationFormsByItsLetters() {
        String written = "\uFEB3\uFEE8\uFEA4\uFEE8\uFE8E \uFEB3\uFEE8\uFEA4\uFEE8\uFE8E"; // ﺳﻨﺤﻨﺎ twice, shaped
        Entity p = proposedPerson("وقال " + written + " إن الوفد وصل", written);
        assertEquals("سنحنا سنحنا", p.name(), "the letters, as users search for it");
        assertEquals(written, p.mentions().get(0).text(), "the mention as written");
    }

    @Test
    void findsTheSurnameOfANameThatOpensWithACompound() {
        String text = "التقى عبد الرحيم الناصري الوفد، وقال الناصري إن اللقاء مثمر";
        Entity p = proposedPerson(text, "عبد الرحيم الناصري");
        assertEquals(List.of("عبد الرحيم الناصري/name", "الناصري/name"), mentions(p));
    }

    /** The entities of {@code text} when the tagger proposes its last قاسم as a name of {@code type}. */
    private List<Entity> withLastQasimProposedAs(String text, String type) {
        int at = text.lastIndexOf("قاسم");
        return tag(text, null, List.of(Proposal.ofNer(at, at + "قاسم".length(), type, 0.6)));
    }

    @Test
    void takesAOneWordPersonProposalThatIsASurnameAsAMentionOfThatPerson() {
        List<Entity> es = withLastQasimProposedAs("قال سامر وديع قاسم أمس، وأضاف قاسم أن الوضع صعب", "PERS");
        assertEquals(1, es.size());
        assertEquals(List.of("سامر وديع قاسم/name", "قاسم/name"), mentions(es.get(0)));
    }

    @Test
    void takesAOneWordPlaceProposalThatIsAKnownPersonsSurnameAsAMentionOfThatPerson() {
        List<Entity> es = withLastQasimProposedAs("قال سامر وديع قاسم أمس، ثم وصل قاسم", "LOC");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("سامر وديع قاسم/name", "قاسم/name"), mentions(es.get(0)));
    }

    @Test
    void leavesAConjunctionGluedToAbdOutOfTheName() {
        String text = "التقى الوزير بالرئيس وعبد الرحيم الناصري أمس";
        Entity p = proposedPerson(text, "وعبد الرحيم الناصري");
        assertEquals("عبد الرحيم الناصري", p.name());
        assertEquals(List.of("عبد الرحيم الناصري/name"), mentions(p));
        assertEquals("عبدالرحيم الناصري", proposedPerson("التقى الوزير بالرئيس وعبدالرحيم الناصري أمس",
                "وعبدالرحيم الناصري").name(), "the compound written as one word");
    }

    @Test
    void leavesOutAConjunctionWhenTheNameStandsAloneElsewhere() {
        String text = "وقال سامي فرحات إن اللقاء مثمر. وطالب الوزير وسامي فرحات بالتحقيق";
        Entity p = proposedPerson(text, "وسامي فرحات");
        assertEquals("سامي فرحات", p.name());
    }

    @Test
    void leavesOutALetterGluedToAGivenName() {
        Entity p = proposedPerson("شارك في اللقاء الوزير وياسر الناصري", "وياسر الناصري");
        assertEquals("ياسر الناصري", p.name());
        assertEquals(List.of("ياسر الناصري/name"), mentions(p));
        assertEquals("ستيف هارلو", proposedPerson("قدمت الجائزة لستيف هارلو", "لستيف هارلو").name());
        assertEquals("وليد الناصري", proposedPerson("التقى الوزير ووليد الناصري", "ووليد الناصري").name());
    }

    @Test
    void leavesOutAConjunctionGluedToIbnOrBin() {
        assertEquals("ابن خلكان", proposedPerson("روى القصة المؤرخون وابن خلكان في كتابه", "وابن خلكان").name());
        assertEquals("بن شقرون", proposedPerson("وحضر اللقاء الوزير وبن شقرون أمس", "وبن شقرون").name());
    }

    @Test
    void leavesOutAKafOfLikenessGluedToAGivenName() {
        Entity p = proposedPerson("غاب عن الفريق نجومه كأحمد الناصري وسعد غالب", "كأحمد الناصري");
        assertEquals("أحمد الناصري", p.name());
        assertEquals(List.of("أحمد الناصري/name"), mentions(p));
        assertEquals("كريم الناصري", proposedPerson("وقال كريم الناصري إن الفريق جاهز", "كريم الناصري").name(),
                "a given name that opens with ك stays whole");
        assertEquals("كمال الناصري", proposedPerson("وقال كمال الناصري إن الفريق جاهز", "كمال الناصري").name(),
                "so does a name whose rest is no given name");
    }

    @Test
    void keepsAKafBeforeAForeignGivenName() {
        assertEquals("كروجر", proposedPerson("وقالت آن كروجر إن الديون ثقيلة", "كروجر").name(),
                "Krueger: a foreigner's surname, not \"like Roger\"");
    }

    @Test
    void leavesOutALamBeforeAHamzaOnAlef() {
        assertEquals("أرنولد فيلتر", proposedPerson("زادت مبيعات الكتاب لأرنولد فيلتر هذا العام", "لأرنولد فيلتر").name());
        assertEquals("لبيد الناصري", proposedPerson("وقال لبيد الناصري إن الكتاب نفد", "لبيد الناصري").name(),
                "a name that opens with ل stays whole");
    }

    @Test
    void leavesOutALetterGluedToANounThatOpensAnOrganizationsName() {
        String text = "وتخرج بجامعة الوادي الأخضر قبل عامين";
        int start = text.indexOf("بجامعة");
        int end = text.indexOf(" قبل");
        Entity org = tag(text, null, List.of(Proposal.ofNer(start, end, "ORG", 0.8))).get(0);
        assertEquals("جامعة الوادي الأخضر", org.name());
        String bank = "وأودع المبلغ ببنك الوادي";
        int at = bank.indexOf("ببنك");
        assertEquals("بنك الوادي", tag(bank, null, List.of(Proposal.ofNer(at, bank.length(), "ORG", 0.8))).get(0).name());
        String district = "وأعلن الناطق الرسمي لمنطقة الأمن الوطني القبض على المتهم";
        int from = district.indexOf("لمنطقة");
        assertEquals("منطقة الأمن الوطني", tag(district, null, List.of(Proposal.ofNer(from,
                district.indexOf(" القبض"), "ORG", 0.8))).get(0).name(), "a noun of administrative places too");
    }

    @Test
    void keepsAGivenNameThatBeginsWithAConjunctionLetter() {
        assertEquals("فارس الناصري", proposedPerson("التقى الوزير فارس الناصري", "فارس الناصري").name());
        assertEquals("وانغ لي", proposedPerson("التقى الوزير وانغ لي", "وانغ لي").name());
        assertEquals("لسعد الناصري", proposedPerson("صرح لسعد الناصري", "لسعد الناصري").name());
    }

    @Test
    void takesAKnownPersonAfterAFacilityNounForTheFacilitysName() {
        List<Entity> es = tag("وأغلقت السلطات شارع سامر وديع قاسم الفرعي أمس");
        assertEquals(1, es.size());
        assertEquals(EntityType.LOC, es.get(0).type());
        assertEquals("شارع سامر وديع قاسم الفرعي", es.get(0).name());
        assertNull(es.get(0).kb());
        assertEquals("Shara' Samer Wadi' Qasim al-Fara'i", es.get(0).nameEn(), "an adjective the list lacks: transliterated");
    }

    @Test
    void takesAKnownPersonQuotedAfterAFacilityNounForTheFacilitysName() {
        List<Entity> es = tag("وأعلن مستشفى «سامر وديع قاسم» في المدينة أمس");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EntityType.ORG, es.get(0).type());
        assertEquals("مستشفى سامر وديع قاسم", es.get(0).name(), "the quote mark left out of the name");
        assertEquals("«سامر وديع قاسم»", es.get(0).mentions().get(0).text().substring("مستشفى ".length()),
                "the mention takes the mark that closes the one it opens");
    }

    @Test
    void pairsTheQuoteMarksOfAMentionWhateverFoundIt() {
        NameEntry party = new NameEntry("PARTY", EntityType.ORG, "حزب النور", "Light Party", "RUS", "party");
        EntityTagger tagger = knowing(party, "حزب النور", "حزب النور الروسي");
        assertEquals(List.of("«حزب النور» الروسي/name"),
                mentions(tagWith(tagger, "وأعلن «حزب النور» الروسي مقاطعة الانتخابات").get(0)));
        assertEquals(List.of("حزب «النور»/name"), mentions(tagWith(tagger, "وأعلن حزب «النور» مقاطعة الانتخابات").get(0)));
        assertEquals(List.of("”حزب النور” الروسي/name"),
                mentions(tagWith(tagger, "وأعلن ”حزب النور” الروسي مقاطعة الانتخابات").get(0)), "one mark both ways");
    }

    @Test
    void leavesACityQuotedAfterAnEventsNounToTheCity() {
        List<Entity> es = tag("وانطلق مهرجان «موسكو تجمعنا» أمس");
        assertEquals(1, es.size(), es.toString());
        assertEquals("MOSCOW", es.get(0).kb(), "the quoted title of a festival goes on after the city");
    }

    @Test
    void takesAKnownPersonAfterADefiniteFacilityNounAndItsAdjectiveForTheFacilitysName() {
        List<Entity> es = tag("ونقل المصاب إلى المستشفى الجامعي سامر وديع قاسم أمس");
        assertEquals(1, es.size(), es.toString());
        assertEquals(EntityType.ORG, es.get(0).type());
        assertEquals("المستشفى الجامعي سامر وديع قاسم", es.get(0).name());
        assertEquals("Samer Wadi' Qasim University Hospital", es.get(0).nameEn());
        assertEquals("P-LEADER", tag("ونقل المصاب إلى الملعب الروسي سامر وديع قاسم أمس").stream()
                .filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow().kb(), "a nationality's adjective: a person");
    }

    @Test
    void putsTheCountryOfANationalityAdjectiveEndingAFacilitysNameInBrackets() {
        List<Entity> es = tag("وقال باحثون في جامعة موسكو الروسية إن الدراسة مهمة");
        assertEquals(1, es.size());
        assertEquals("جامعة موسكو الروسية", es.get(0).name());
        assertEquals("Moscow University (Russia)", es.get(0).nameEn(), "not the whole name in Latin letters");
        assertEquals("RUS", es.get(0).country());
    }

    @Test
    void takesACityAfterAFacilityNounForTheFacilitysName() {
        List<Entity> es = tag("وهبطت الطائرة في مطار موسكو الدولي أمس");
        assertEquals(1, es.size());
        assertEquals(EntityType.LOC, es.get(0).type());
        assertEquals("مطار موسكو الدولي", es.get(0).name());
        assertEquals("Moscow International Airport", es.get(0).nameEn(), "the city's English name");
        assertEquals("RUS", es.get(0).country());
        assertNull(es.get(0).kb());
    }

    @Test
    void takesAClubNamedAfterItsCityForAnOrganizationOfTheCitysCountry() {
        List<Entity> es = tag("ونظم نادي موسكو الأدبي أمسية شعرية");
        assertEquals(1, es.size());
        assertEquals(EntityType.ORG, es.get(0).type());
        assertEquals("نادي موسكو الأدبي", es.get(0).name());
        assertEquals("Moscow Literary Club", es.get(0).nameEn());
        assertEquals("RUS", es.get(0).country());
    }

    @Test
    void givesAWholeNameOfComplementWordsItsEnglish() {
        String text = "وصوت مجلس اللوردات على القانون";
        int at = text.indexOf("مجلس");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(at, text.indexOf(" على"), "ORG", 0.8)));
        assertEquals(List.of("House of Lords"), es.stream().map(Entity::nameEn).toList(), "not Al-Lurdat Council");
    }

    @Test
    void givesTheAdjectivesAfterAFacilitysCityInEnglishOrder() {
        List<Entity> es = tag("ونقل المصاب إلى مستشفى موسكو التخصصي العام أمس");
        assertEquals(List.of("مستشفى موسكو التخصصي العام"), es.stream().map(Entity::name).toList());
        assertEquals("Moscow General Specialist Hospital", es.get(0).nameEn());
    }

    @Test
    void takesARegionAfterAFacilityNounForTheFacilitysName() {
        NameEntry volga = new NameEntry("VOLGA", EntityType.LOC, "الفولغا", "Volga", "RUS", "region");
        List<Entity> es = tagWith(knowing(volga, "الفولغا"), "ونقل المصاب إلى مستشفى الفولغا المركزي أمس");
        assertEquals(List.of("مستشفى الفولغا المركزي"), es.stream().map(Entity::name).toList());
        assertEquals("Volga Central Hospital", es.get(0).nameEn());
        assertEquals("RUS", es.get(0).country());
        NameEntry sea = new NameEntry("SEA", EntityType.LOC, "البحر الطويل", "Long Sea", null, "sea");
        assertEquals(List.of("SEA"), tagWith(knowing(sea, "البحر الطويل"), "ونقل المصاب إلى مستشفى البحر الطويل أمس")
                .stream().map(Entity::kb).toList(), "a sea names no facility");
    }

    @Test
    void runsAnOrganizationsNameOnOverItsComplementWithLam() {
        List<Entity> es = tag("وأقيم المعرض في مركز موسكو للمعارض والمؤتمرات أمس");
        assertEquals(List.of("مركز موسكو للمعارض والمؤتمرات"), es.stream().map(Entity::name).toList());
        assertEquals("Moscow Center for Exhibitions and Conferences", es.get(0).nameEn());
        assertEquals("RUS", es.get(0).country());
    }

    @Test
    void takesTheNounOfTheCitysUnitIntoTheFacilitysName() {
        List<Entity> es = tag("وأعلنت أمانة منطقة موسكو خطة للنظافة");
        assertEquals(List.of("أمانة منطقة موسكو"), es.stream().map(Entity::name).toList());
        assertEquals("Moscow Municipality", es.get(0).nameEn());
        assertEquals(List.of("MOSCOW"), tag("وزار الوفد مركز منطقة موسكو أمس").stream().map(Entity::kb).toList(),
                "the seat of the region, no facility");
        List<Entity> both = tag("وأعلنت أمانة منطقة موسكو خطة، ونفذت أمانة موسكو الخطة");
        assertEquals(List.of("أمانة منطقة موسكو"), both.stream().map(Entity::name).toList(), "the one municipality");
        assertEquals(List.of("أمانة منطقة موسكو/name", "أمانة موسكو/name"), mentions(both.get(0)));
    }

    @Test
    void namesANewsAgencyTheBaseLacksByItsCommonNounsAndCountry() {
        List<Entity> es = tagProposing("ونقلت وكالة الأنباء الروسية الخبر أمس", "وكالة الأنباء الروسية", "ORG", 0.9);
        List<Entity> agencies = es.stream().filter(e -> e.type() == EntityType.ORG).toList();
        assertEquals(List.of("وكالة الأنباء الروسية"), agencies.stream().map(Entity::name).toList());
        assertEquals("News Agency (Russia)", agencies.get(0).nameEn());
    }

    @Test
    void runsAnEventsNameOnOverItsComplementWithLam() {
        List<Entity> es = tag("وافتتح المحافظ مهرجان موسكو للتسوق أمس");
        assertEquals(List.of("مهرجان موسكو للتسوق"), es.stream().map(Entity::name).toList());
        assertEquals(EntityType.MISC, es.get(0).type());
        assertEquals("Moscow Festival for Shopping", es.get(0).nameEn());
    }

    @Test
    void leavesOutAComplementThatAPrepositionFollowsOrThatHasNoEnglishWords() {
        assertEquals(List.of("مركز موسكو"), tag("وأرسل الوزير فريقا إلى مركز موسكو للتدريب على الإسعاف")
                .stream().map(Entity::name).toList(), "a purpose: to train in first aid");
        assertEquals(List.of("مستشفى موسكو"), tag("وزار الوفد مستشفى موسكو للاطمئنان على صحته")
                .stream().map(Entity::name).toList());
        assertEquals(List.of("مستشفى موسكو"), tag("وزار الوفد مستشفى موسكو للاطمئنان أمس")
                .stream().map(Entity::name).toList(), "a word of the complement without an English word");
    }

    @Test
    void runsNoPlacesNameOnOverAComplementWithLam() {
        assertEquals(List.of("مطار موسكو"), tag("ووصل الفريق إلى مطار موسكو للتدريب أمس")
                .stream().map(Entity::name).toList());
    }

    @Test
    void takesTheCenterOfAProvinceForItsSeatNoFacility() {
        NameEntry volga = new NameEntry("VOLGA", EntityType.LOC, "الفولغا", "Volga", "RUS", "region");
        assertEquals(List.of("VOLGA"), tagWith(knowing(volga, "الفولغا", "منطقة الفولغا"), "وتقع البلدة قرب مركز منطقة الفولغا")
                .stream().map(Entity::kb).toList());
    }

    @Test
    void givesAFacilityNamedAfterACityTheCountryOfTheNationalityAdjectiveThatEndsIt() {
        List<Entity> es = tag("وتعاقد الفريق مع مهاجم نادي موسكو الأوكراني أمس");
        assertEquals("نادي موسكو الأوكراني", es.get(0).name());
        assertEquals("UKR", es.get(0).country(), "a club of that name in Ukraine");
    }

    @Test
    void takesAPersonProposedAfterANounOfPlacesForThePlacesName() {
        Entity village = proposedPerson("وقصفت الطائرات مواقع في قرية حسن شامي شمال أربيل", "حسن شامي");
        assertEquals(EntityType.LOC, village.type());
        assertEquals("قرية حسن شامي", village.name());
        assertEquals("LOC", proposedPerson("وسجلت محافظة صلاح الدين عشر إصابات", "صلاح الدين").type().name());
        assertEquals(List.of("MOSCOW"), tag("وانتشرت الدوريات في منطقة موسكو").stream().map(Entity::kb).toList(),
                "a city's name after it is the city");
    }

    @Test
    void givesADistrictNamedAfterACityNoCountry() {
        List<Entity> es = tag("وتجمع السكان في حي موسكو أمس");
        assertEquals(List.of("حي موسكو"), es.stream().map(Entity::name).toList());
        assertNull(es.get(0).country(), "districts and streets bear the names of cities abroad");
    }

    @Test
    void takesACityNamedLikeAFeminineNisbaForTheAdjectiveOfTheDefiniteNounBefore() {
        NameEntry city = new NameEntry("SAHILIYA", EntityType.GPE, "الساحلية", "Al-Sahiliya", "RUS", "city");
        EntityTagger tagger = knowing(city, "الساحلية");
        assertEquals(List.of(), tagWith(tagger, "وتحدثت القصائد الساحلية عن البحر"), "Coastal poems");
        assertEquals(List.of(), tagWith(tagger, "وعملت الفرق والوحدات الساحلية معا"), "a و glued to the noun");
        assertEquals(List.of("الساحلية"), tagWith(tagger, "وزار المحافظ الساحلية أمس").stream().map(Entity::name)
                .toList(), "the governor is a title");
        assertEquals(List.of("الساحلية"), tagWith(tagger, "وتقع المدينة الساحلية على البحر").stream()
                .map(Entity::name).toList(), "the city's own noun");
        assertEquals(List.of("الساحلية"), tagWith(tagger, "وعادت الفرق إلى الساحلية").stream().map(Entity::name)
                .toList(), "a preposition between");
    }

    @Test
    void takesACityAfterAnAgreementNounForTheAgreementButNoPerson() {
        List<Entity> es = tag("وتمسك الطرفان باتفاق موسكو");
        assertEquals(List.of("اتفاق موسكو"), es.stream().map(Entity::name).toList());
        assertEquals(EntityType.MISC, es.get(0).type());
        assertEquals("P-LEADER", tag("ورفض المعارضون اتفاق سامر وديع قاسم").get(0).kb(), "an agreement opens no person's name");
    }

    @Test
    void takesACapitalAfterANounOfPlacesAsThePlace() {
        assertEquals(List.of("MOSCOW"), tag("وصل الوفد إلى مدينة موسكو").stream().map(Entity::kb).toList());
        assertEquals(List.of("MOSCOW"), tag("وسقطت قذيفة في ضواحي موسكو").stream().map(Entity::kb).toList());
        assertEquals(List.of("MOSCOW"), tag("وانتشرت الدوريات لمنطقتي موسكو").stream().map(Entity::kb).toList());
        assertEquals(List.of("RUS"), tag("وأعلنت موسكو رفضها").stream().map(Entity::kb).toList(), "the government");
    }

    @Test
    void takesNoRoadAfterAnMeaningByWayOf() {
        List<Entity> es = tag("وسجل الهدف عن طريق سامر وديع قاسم في الدقيقة العاشرة");
        assertEquals(1, es.size());
        assertEquals("P-LEADER", es.get(0).kb());
    }

    @Test
    void takesATournamentNounBeforeAPersonWithoutTitleForAFilmsStar() {
        List<Entity> es = tag("ويعرض المسلسل بطولة سامر وديع قاسم مساء اليوم");
        assertEquals("P-LEADER", es.get(0).kb());
        List<Entity> tournament = tag("وانطلقت بطولة الأمير سامر وديع قاسم أمس");
        assertEquals(EntityType.MISC, tournament.get(0).type());
        assertEquals("بطولة الأمير سامر وديع قاسم", tournament.get(0).name());
    }

    @Test
    void endsAFacilitysNameAfterTheTitledPersonsGivenName() {
        String text = "وأعلنت جائزة الملك فارس اليوم أسماء الفائزين";
        int start = text.indexOf("فارس");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(start, start + "فارس اليوم".length(), "PERS", 0.8)));
        assertEquals(List.of("جائزة الملك فارس"), es.stream().map(Entity::name).toList());
        assertEquals(EntityType.MISC, es.get(0).type());
        assertEquals("King Fares Prize", es.get(0).nameEn());
    }

    @Test
    void takesATitledPersonAfterAParkGardensSquareOrCastleForItsName() {
        for (String noun : List.of("متنزه", "حدائق", "ساحة", "قلعة")) {
            String text = "وزار الوفد " + noun + " الملك فارس البيئي أمس";
            int start = text.indexOf("فارس");
            List<Entity> es = tag(text, null, List.of(Proposal.ofNer(start, start + "فارس البيئي".length(), "PERS",
                    0.8)));
            assertEquals(List.of(noun + " الملك فارس البيئي/LOC"), es.stream().map(e -> e.name() + "/" + e.type())
                    .toList(), noun);
        }
    }

    @Test
    void writesAFacilityNamedByCommonWordsInEnglishWords() {
        String text = "وتوج الفريق بلقب بطولة كأس الأمم الآسيوية أمس";
        String name = "بطولة كأس الأمم الآسيوية";
        int start = text.indexOf(name);
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(start, start + name.length(), "MISC", 0.8)));
        assertEquals(List.of(name), es.stream().map(Entity::name).toList());
        assertEquals("Asian Nations Cup Championship", es.get(0).nameEn(), "the adjective goes with the words it follows");
    }

    @Test
    void writesANameOfCommonWordsTheKnowledgeBaseLacksInEnglishWords() {
        Entity gulf = tagProposing("وانطلقت البطولة الخليجية للناشئين أمس", "البطولة الخليجية", "MISC", 0.8).get(0);
        assertEquals("البطولة الخليجية", gulf.name());
        assertEquals("Gulf Championship", gulf.nameEn());
        assertEquals("National Front", tagProposing("وأعلنت الجبهة الوطنية مقاطعة الانتخابات", "الجبهة الوطنية", "ORG",
                0.8).get(0).nameEn(), "an organization's head noun and its adjective");
        assertEquals("Al-Batula", tagProposing("وانتهت البطولة أمس", "البطولة", "MISC", 0.8).get(0).nameEn(),
                "one word is a name: transliterated");
    }

    @Test
    void writesAFacilitysEnglishNameFromItsWords() {
        List<Entity> es = tag("وهبطت الطائرة في مطار الأمير سامر وديع قاسم الدولي أمس");
        assertEquals("مطار الأمير سامر وديع قاسم الدولي", es.get(0).name());
        assertEquals("Prince Samer Wadi' Qasim International Airport", es.get(0).nameEn());
    }

    @Test
    void writesTheEnglishNameOfAProposalThatOpensWithAFacilityNoun() {
        String text = "وتخرج في جامعة أكسفورد العريقة";
        int start = text.indexOf("جامعة");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(start, start + "جامعة أكسفورد".length(), "ORG", 0.8)));
        assertEquals("Aksafurd University", es.get(0).nameEn());
    }

    private List<Entity> withProposedPeople(String text, String... names) {
        List<Proposal> proposals = new java.util.ArrayList<>();
        int from = 0;
        for (String name : names) {
            int start = text.indexOf(name, from);
            proposals.add(Proposal.ofNer(start, start + name.length(), "PERS", 0.8));
            from = start + name.length();
        }
        return tag(text, null, proposals);
    }

    @Test
    void leavesAFacilitysAdjectiveTheTaggerTookIntoAPersonsNameToTheFacility() {
        List<Entity> es = withProposedPeople("وأعلنت مؤسسة رامي بن خالد الخيرية (نور) أمس برنامجها", "رامي بن خالد الخيرية");
        assertEquals("مؤسسة رامي بن خالد الخيرية", es.get(0).name());
        assertEquals("Rami bin Khalid Charitable Foundation", es.get(0).nameEn());
        assertEquals("Saud al-Kabir Road", withProposedPeople("وأغلق طريق سعود الكبير أمس", "سعود الكبير").get(0)
                .nameEn(), "a family name too");
    }

    @Test
    void joinsAShortenedNameToTheKnownPersonItShortens() {
        List<Entity> es = withProposedPeople("وقال سامر وديع قاسم إن الوضع مستقر، وأضاف سامر قاسم أن الحوار مستمر", "سامر قاسم");
        assertEquals(1, es.size());
        assertEquals("P-LEADER", es.get(0).kb());
        assertEquals(List.of("سامر وديع قاسم/name", "سامر قاسم/name"), mentions(es.get(0)));
    }

    @Test
    void joinsTheFirstWordsOfANameNamedTwiceToIt() {
        List<Entity> es = withProposedPeople("التقى رامي بن خالد بن فهد الوفد، وقال رامي بن خالد بن فهد ثم رامي بن خالد إن اللقاء مثمر",
                "رامي بن خالد بن فهد", "رامي بن خالد بن فهد", "رامي بن خالد");
        assertEquals(1, es.size(), es.toString());
        assertEquals(3, es.get(0).mentions().size());
    }

    /**
     * The entities of {@code text} where the tagger proposes the first occurrence of {@code person} as a person and
     * the last of {@code alone} as an organization.
     */
    private List<Entity> withPersonThenAnOrganization(String text, String person, String alone) {
        int at = text.indexOf(person);
        int last = text.lastIndexOf(alone);
        return tag(text, null, List.of(Proposal.ofNer(at, at + person.length(), "PERS", 0.8),
                Proposal.ofNer(last, last + alone.length(), "ORG", 0.6)));
    }

    @Test
    void joinsAFamilyNameProposedAsAnotherTypeToThePersonNamedBefore() {
        List<Entity> es = withPersonThenAnOrganization("وضم النادي المهاجم بيير أوبامار، ويبقى أوبامار في صفوفه",
                "بيير أوبامار", "أوبامار");
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("بيير أوبامار/name", "أوبامار/name"), mentions(es.get(0)));
    }

    @Test
    void joinsNoFamilyNameProposedAsAnotherTypeToAPersonNamedWithoutAGivenName() {
        List<Entity> es = withPersonThenAnOrganization("وقالت مالكة بوغاري إن شركة بوغاري تربح", "مالكة بوغاري", "بوغاري");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void readsAPersonInLatinLettersWithoutAGivenNameAsAnotherName() {
        Entity product = tagProposing("وكشفت الشركة عن نظارة Oculus Rift الجديدة", "Oculus Rift", "PERS", 0.8).get(0);
        assertEquals(EntityType.MISC, product.type());
        Entity person = tagProposing("وقال المخرج Robert Altman إن الفيلم جاهز", "Robert Altman", "PERS", 0.8).get(0);
        assertEquals(EntityType.PERSON, person.type(), "Robert is a given name");
        Entity arabic = tagProposing("وقال رامي كيالي إن الفيلم جاهز", "رامي كيالي", "PERS", 0.8).get(0);
        assertEquals(EntityType.PERSON, arabic.type(), "in Arabic letters the tagger's type stands");
    }

    @Test
    void joinsNoShortNameToALongerOneMetOnlyOnce() {
        List<Entity> es = withProposedPeople("وقال رامي الخالد قوله ثم رامي الخالد إن اللقاء مثمر", "رامي الخالد قوله", "رامي الخالد");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void keepsAKnownPersonAfterANounThatIsNoFacility() {
        List<Entity> es = tag("وقال سامر وديع قاسم إن الوضع مستقر");
        assertEquals("P-LEADER", es.get(0).kb());
    }

    @Test
    void keepsAWawThatBeginsAName() {
        String text = "التقى الوزير وليد الناصري أمس";
        Entity p = proposedPerson(text, "وليد الناصري");
        assertEquals("وليد الناصري", p.name());
    }

    @Test
    void takesNoSurnameFromANameEndingInACompound() {
        String text = "التقى كريم أبو سالم الوفد، وقال سالم إن اللقاء مثمر";
        Entity p = proposedPerson(text, "كريم أبو سالم");
        assertEquals(List.of("كريم أبو سالم/name"), mentions(p));
    }

    @Test
    void takesTheTaggersProposalOfACompanysWordAfterItsHeadForTheCompany() {
        NameEntry company = new NameEntry("SAHM", EntityType.ORG, "شركة سهمان", "Sahman", "RUS", "company");
        EntityTagger companies = new EntityTagger(NameIndex.builder().add("شركة سهمان", company).build(), Map.of(),
                OfficeTitles.NONE);
        String text = "أعلنت شركة «سهمان» أرباحها، وحققت سهمان نموا، وسهمان في السوق منذ عقد";
        Words w = Words.of(text);
        int at = text.indexOf("سهمان نموا");
        List<Entity> es = companies.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + 5, "PERS", 0.7)));
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("شركة «سهمان»/name", "سهمان/name"), mentions(es.get(0)), "the word alone unproposed stays");
    }

    @Test
    void takesAGivenNameOfTwoWordsThatEndsANameAsItsFamilyName() {
        String text = "التقى رامي شرف الدين الوفد، وقال شرف الدين إن الدين العام تراجع";
        Entity p = proposedPerson(text, "رامي شرف الدين");
        assertEquals(List.of("رامي شرف الدين/name", "شرف الدين/name"), mentions(p), "الدين alone is the debt");
    }

    @Test
    void refersADefiniteNominalHeadToTheEntityWithThatHead() {
        Entity e = tag("نشرت صحيفة النهار الطويل تقريرا، وقالت الصحيفة إن موسكو ترفض").get(0);
        assertEquals(List.of("النهار الطويل/name", "الصحيفة/nominal"), mentions(e));
    }

    @Test
    void refersAHeadNounToTheOneKnownEntryOfItsSubtypeNamedSoFar() {
        NameEntry madrid = new NameEntry("MADRID_FC", EntityType.ORG, "ريال النجوم", "Real Nujum", "ESP", "club");
        NameEntry other = new NameEntry("OTHER_FC", EntityType.ORG, "أتلتيك الفجر", "Athletic Fajr", "ESP", "club");
        EntityTagger clubs = new EntityTagger(NameIndex.builder().add("ريال النجوم", madrid).add("أتلتيك الفجر", other).build(),
                Map.of(), OfficeTitles.NONE);
        String one = "أعلن ريال النجوم ضم اللاعب، وقال النادي في بيان إن العقد لخمس سنوات.";
        Words w = Words.of(one);
        assertEquals(List.of("ريال النجوم/name", "النادي/nominal"),
                mentions(clubs.tag(one, w.spans(), w.normalized(), new IdSequence("e")).get(0)));
        String two = "أعلن ريال النجوم ضم لاعب أتلتيك الفجر، وقال النادي في بيان إن العقد لخمس سنوات.";
        Words w2 = Words.of(two);
        assertTrue(clubs.tag(two, w2.spans(), w2.normalized(), new IdSequence("e")).stream()
                .allMatch(e -> e.mentions().size() == 1), "two clubs named: which one is left open");
    }

    @Test
    void refersANominalOfTwoWordsTheTaggerProposesAsAName() {
        String text = "نشرت صحيفة النهار الطويل تقريرا، وقالت الصحيفة اليومية إن موسكو ترفض";
        EntityTagger daily = new EntityTagger(NameIndex.builder().add("النهار الطويل", DAILY).build(),
                Map.of(DAILY, List.of("صحيفة اليومية")), OfficeTitles.NONE);
        Words w = Words.of(text);
        int at = text.indexOf("الصحيفة");
        List<Entity> es = daily.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "الصحيفة اليومية".length(), "ORG", 0.8)));
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("النهار الطويل/name", "الصحيفة اليومية/nominal"), mentions(es.get(0)));
    }

    @Test
    void namesTheHolderOfAnOfficeByItsTitleOnTheArticleDate() {
        List<Entity> es = tag("وقال الرئيس الروسي إن الاتفاق قريب", LocalDate.of(2012, 5, 1), List.of());
        Entity leader = es.stream().filter(e -> "P-LEADER".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("الرئيس الروسي/nominal"), mentions(leader));
        assertTrue(tag("وقال الرئيس الروسي إن الاتفاق قريب", LocalDate.of(2018, 5, 1), List.of()).stream()
                .noneMatch(e -> "P-LEADER".equals(e.kb())), "out of office by then");
    }

    @Test
    void namesNoOneByTheTitleOfAFormerHolderOrOfADeputy() {
        LocalDate during = LocalDate.of(2012, 5, 1);
        assertTrue(tag("وقال الرئيس الروسي السابق إن الاتفاق قريب", during, List.of()).stream()
                .noneMatch(e -> "P-LEADER".equals(e.kb())));
        assertTrue(tag("وقال نائب الرئيس الروسي إن الاتفاق قريب", during, List.of()).stream()
                .noneMatch(e -> "P-LEADER".equals(e.kb())));
    }

    @Test
    void leavesATitleBeforeAPersonsNameToTheName() {
        List<Entity> es = tag("وقال الرئيس الروسي سامر وديع قاسم إن الاتفاق قريب", LocalDate.of(2012, 5, 1), List.of());
        Entity leader = es.stream().filter(e -> "P-LEADER".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("سامر وديع قاسم/name"), mentions(leader));
    }

    @Test
    void makesNoNameOfATaggerProposalThatIsATitle() {
        String text = "وقال الرئيس الروسي إن الاتفاق قريب";
        int start = text.indexOf("الرئيس");
        List<Entity> es = tag(text, LocalDate.of(2018, 5, 1),
                List.of(Proposal.ofNer(start, start + "الرئيس الروسي".length(), "PERS", 0.7)));
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es.toString());
    }

    @Test
    void leavesANominalWithoutAntecedentAlone() {
        assertTrue(tag("وقالت الصحيفة إن الوضع صعب").isEmpty());
    }

    @Test
    void turnsProposalsIntoEntitiesWithATransliteratedName() {
        String text = "قال المحلل نادر سليم إن روسيا ترفض، وأضاف سليم أن الأمر صعب";
        int start = text.indexOf("نادر");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(start, start + "نادر سليم".length(), "PERS", 0.7)));
        Entity p = es.get(0);
        assertEquals(EntityType.PERSON, p.type());
        assertEquals("نادر سليم", p.name());
        assertEquals("Nader Salim", p.nameEn());
        assertNull(p.kb());
        assertEquals(0.7, p.confidence());
        assertEquals(List.of("نادر سليم/name", "سليم/name"), mentions(p));
        assertEquals("RUS", es.get(1).kb());
    }

    @Test
    void letsTheKnowledgeBaseWinOverAnOverlappingProposal() {
        String text = "رحبت صحيفة النهار الطويل بالقرار";
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(text.indexOf("صحيفة"), text.indexOf(" بالقرار"), "ORG", 0.8)));
        assertEquals(1, es.size());
        assertEquals("DAILY", es.get(0).kb());
    }

    @Test
    void takesAnOrganizationNamedAfterItsCityForTheOrganization() {
        List<Entity> es = tagProposing("فاز فريق دينامو موسكو على ضيفه", "دينامو موسكو", "ORG", 0.8);
        assertEquals(1, es.size());
        assertEquals(EntityType.ORG, es.get(0).type());
        assertEquals("دينامو موسكو", es.get(0).name());
    }

    @Test
    void takesACityOpeningAnOrganizationsNameForTheOrganization() {
        List<Entity> es = tagProposing("نشرت موسكو تايمز تقريرا", "موسكو تايمز", "ORG", 0.9);
        assertEquals(List.of("موسكو تايمز/name"), mentions(es.get(0)));
    }

    @Test
    void keepsTheCityOfAnOrganizationProposalTheTaggerDoubts() {
        List<Entity> es = tagProposing("دعا إلى إعمار موسكو سريعا", "إعمار موسكو", "ORG", 0.45);
        assertEquals(1, es.size());
        assertEquals("RUS", es.get(0).kb());
    }

    @Test
    void keepsACityThatCarriesAPrepositionInAnOrganizationProposal() {
        List<Entity> es = tagProposing("رفعوا شعار الثأر لموسكو أمس", "الثأر لموسكو", "ORG", 0.9);
        assertEquals("RUS", es.get(0).kb());
    }

    @Test
    void takesAnOrganizationWhoseNameEndsInANationalityAdjectiveForAnOrganizationOfThatCountry() {
        List<Entity> es = tagProposing("وأصدرت هيئة الإغاثة الروسية بيانا", "هيئة الإغاثة الروسية", "ORG", 0.8);
        assertEquals(1, es.size());
        assertEquals("هيئة الإغاثة الروسية", es.get(0).name());
        assertEquals("RUS", es.get(0).country());
        List<Entity> country = tagProposing("وأصدرت الإغاثة الروسية بيانا", "الإغاثة الروسية", "ORG", 0.8);
        assertEquals(List.of("الروسية/adjective"), mentions(country.get(0)), "no organization's noun opens it");
    }

    @Test
    void takesAGivenNameBeforeAKnownPersonsFullNameForTheirChild() {
        NameEntry father = new NameEntry("P-FADIL", EntityType.PERSON, "علي سالم فاضل", null, "YEM", "politician");
        EntityTagger known = new EntityTagger(NameIndex.builder().add("علي سالم فاضل", father).add("فاضل", father).build());
        String text = "وقال خالد علي سالم فاضل إن والده بخير، وقال علي فاضل إنه عاد";
        Words w = Words.of(text);
        List<Entity> es = known.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(
                Proposal.ofNer(text.indexOf("خالد"), text.indexOf(" إن"), "PERS", 0.9),
                Proposal.ofNer(text.lastIndexOf("علي"), text.lastIndexOf(" إنه"), "PERS", 0.9)));
        assertEquals("خالد علي سالم فاضل", es.get(0).name());
        assertNull(es.get(0).kb());
        assertEquals("P-FADIL", es.get(1).kb(), "his own given name before his known surname alone is the man himself");
    }

    @Test
    void takesAGivenNameBeforeAKnownPersonsFullNameForTheirChildWhereTheTaggerLeavesItOut() {
        String text = "وشمل القرار خالد علي سالم فاضل وآخرين";
        List<Entity> es = tagKnowingFadil(text, List.of(
                Proposal.ofNer(text.indexOf("علي"), text.indexOf(" وآخرين"), "PERS", 0.9)));
        assertEquals("خالد علي سالم فاضل", es.get(0).name());
        assertNull(es.get(0).kb());
    }

    @Test
    void takesAGivenNameOfTwoWordsBeforeAKnownPersonsFullNameForTheirChild() {
        List<Entity> es = tagKnowingFadil("وكان محيي الدين علي سالم فاضل حاضرا", List.of());
        assertEquals("محيي الدين علي سالم فاضل", es.get(0).name());
        assertNull(es.get(0).kb());
    }

    @Test
    void keepsAKnownPersonsFullNameAfterAGivenNameThatIsAnotherWordThere() {
        List<Entity> es = tagKnowingFadil("وقال المتحدث باسم علي سالم فاضل إن الوفد وصل", List.of());
        assertEquals("P-FADIL", es.get(0).kb(), "باسم is \"in the name of\"");
    }

    /** Tags {@code text} with a knowledge base of one person, علي سالم فاضل, and the tagger's {@code proposals}. */
    private static List<Entity> tagKnowingFadil(String text, List<Proposal> proposals) {
        NameEntry father = new NameEntry("P-FADIL", EntityType.PERSON, "علي سالم فاضل", null, "YEM", "politician");
        EntityTagger known = new EntityTagger(NameIndex.builder().add("علي سالم فاضل", father).build());
        Words w = Words.of(text);
        return known.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals);
    }

    @Test
    void givesAnUnknownOrganizationTheCountryOfTheCityItsNameHolds() {
        assertEquals("RUS", organization(tagProposing("وفاز فريق سبارتاك موسكو على ضيفه", "سبارتاك موسكو", "ORG", 0.95),
                "سبارتاك موسكو").country());
        assertEquals("RUS", organization(tagProposing("وأعلنت غرفة تجارة موسكو عن معرض", "غرفة تجارة موسكو", "ORG", 0.95),
                "غرفة تجارة موسكو").country(), "the city last of three words");
        assertNull(organization(tagProposing("وافتتح منتدى موسكو الدولي للأمن أعماله", "منتدى موسكو الدولي للأمن", "ORG", 0.95),
                "منتدى موسكو الدولي للأمن").country(), "an international body");
    }

    private static Entity organization(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.type() == EntityType.ORG && e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + entities));
    }

    @Test
    void readsAKnownNameAfterAGivenNameBeforeAnAgeAsAFamilyName() {
        EntityTagger withSyria = knowing(new NameEntry("SYR", EntityType.GPE, "سوريا", "Syria", "SYR", "country"),
                "سوريا", "سوريه");
        String aged = "ووجهت التهمة إلى توماس سوريه (20 عاما) أمس، ثم زار سوريه";
        List<Entity> es = tagProposingWith(withSyria, aged, "توماس سوريه");
        assertEquals(List.of("توماس سوريه/name"), mentions(es.stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow()));
        assertEquals(List.of("سوريه/name"), mentions(es.stream().filter(e -> "SYR".equals(e.kb())).findFirst().orElseThrow()),
                "the country only where it stands alone");
        String ageless = "ووجهت التهمة إلى توماس سوريه أمس";
        assertTrue(tagProposingWith(withSyria, ageless, "توماس سوريه").stream().noneMatch(e -> e.type() == EntityType.PERSON),
                "without an age the known name stands");
    }

    @Test
    void readsABareNationalityAdjectiveAfterOrAsAGivenNameAsAName() {
        EntityTagger withTurkey = new EntityTagger(NameIndex.builder()
                .add("تركي", new NameEntry("TUR", EntityType.GPE, "تركيا", "Turkey", "TUR", "country"), MentionKind.ADJECTIVE,
                        new NameEntry("TUR", EntityType.GPE, "تركيا", "Turkey", "TUR", "country")).build());
        String text = "وقال تركي الحربي إن خالد تركي وصل، ورافقه مرشد سياحي تركي";
        Words w = Words.of(text);
        List<Proposal> proposals = List.of(Proposal.ofNer(text.indexOf("تركي"), text.indexOf(" إن"), "PERS", 0.9),
                Proposal.ofNer(text.indexOf("خالد"), text.indexOf(" وصل"), "PERS", 0.9),
                Proposal.ofNer(text.indexOf("مرشد"), text.length(), "PERS", 0.6));
        List<Entity> es = withTurkey.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals);
        assertEquals(List.of("تركي الحربي", "خالد تركي", "تركيا"), es.stream().map(Entity::name).toList());
        assertEquals(List.of("تركي/adjective"), mentions(es.get(2)), "after a common noun it is the adjective");
    }

    private static final NameEntry NAJM_RUS = new NameEntry("NAJM_RUS", EntityType.ORG, "نادي النجم الروسي", "Najm Moscow", "RUS", "club");
    private static final NameEntry NAJM_UKR = new NameEntry("NAJM_UKR", EntityType.ORG, "نادي النجم الأوكراني", "Najm Kyiv", "UKR", "club");

    /** The entities of {@code text} by a tagger that knows two clubs named النجم, the tagger proposing النجم. */
    private static List<Entity> withClubs(String text, String homeCountry) {
        return withClubs(text, homeCountry, "النجم");
    }

    /** The same, the tagger proposing {@code proposed} wherever it stands. */
    private static List<Entity> withClubs(String text, String homeCountry, String proposed) {
        EntityTagger clubs = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA)
                .add("الروسية", RUSSIA, MentionKind.ADJECTIVE, RUSSIA).add("أوكرانيا", UKRAINE)
                .add("نادي النجم الروسي", NAJM_RUS).add("نادي النجم الأوكراني", NAJM_UKR).build(),
                Map.of(), OfficeTitles.NONE, List.of(RUSSIA, UKRAINE, NAJM_RUS, NAJM_UKR));
        Words w = Words.of(text);
        List<Proposal> proposals = new ArrayList<>();
        for (int at = text.indexOf(proposed); at >= 0; at = text.indexOf(proposed, at + 1)) {
            proposals.add(Proposal.ofNer(at, at + proposed.length(), "ORG", 0.9));
        }
        return clubs.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, homeCountry);
    }

    @Test
    void namesTheClubOfTheArticlesCountryByItsShortName() {
        List<Entity> es = withClubs("فاز النجم في مباراة الدوري الروسية أمس، وقال المدرب إن روسيا فخورة", null);
        assertEquals("NAJM_RUS", es.get(0).kb());
        assertEquals(List.of("النجم/name"), mentions(es.get(0)));
        assertEquals(0.9, es.get(0).confidence(), "the confidence of the tagger's proposal");
        assertEquals("NAJM_UKR", withClubs("فاز النجم في مباراة الدوري في أوكرانيا، وقال مدرب أوكرانيا إن أوكرانيا سعيدة", "RUS").stream()
                .filter(e -> e.kb() != null && e.kb().startsWith("NAJM")).findFirst().orElseThrow().kb(),
                "a country the article names three times outweighs the publisher's");
    }

    @Test
    void partsAKnownPlaceFromThePersonsNameAfterIt() {
        NameEntry region = new NameEntry("REGION", EntityType.LOC, "الوادي الأخضر", "Green Valley", "RUS", "region");
        EntityTagger withRegion = knowing(region, "الأخضر");
        String text = "وأوضح الناطق الإعلامي بصحة الأخضر سامر بن خليل الحلبي أن المصابين بخير.";
        int at = text.indexOf("الأخضر");
        Words w = Words.of(text);
        List<Entity> es = withRegion.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, text.indexOf(" أن"), "PERS", 0.8)));
        assertEquals(List.of("LOC الوادي الأخضر", "PERSON سامر بن خليل الحلبي"),
                es.stream().map(e -> e.type() + " " + e.name()).toList());
        EntityTagger guarded = new EntityTagger(NameIndex.builder()
                .addGuarded("الأخضر", region, MentionKind.NAME, region).build(), Map.of(), OfficeTitles.NONE,
                List.of(region));
        String named = "وحضر سعيد الأخضر سامر الحلبي الحفل.";
        Words nw = Words.of(named);
        List<Entity> one = guarded.tag(named, nw.spans(), nw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(named.indexOf("الأخضر"), named.indexOf(" الحفل"), "PERS", 0.8)));
        assertEquals(List.of("PERSON الأخضر سامر الحلبي"), one.stream().map(e -> e.type() + " " + e.name()).toList(),
                "after a given name the guarded place's name is the man's second name");
    }

    @Test
    void takesAPersonsNameAfterADirectionForAPlace() {
        List<Entity> es = tagProposing("سقطت قذيفة جنوب أبو سالم بنحو عشرة كيلومترات", "أبو سالم", "PERS", 0.8);
        assertEquals(List.of(EntityType.LOC), es.stream().map(Entity::type).toList());
        assertEquals(List.of(EntityType.LOC), tagProposing("وقعت اشتباكات بالقرب من حدود سوريا وقرب كامل حسن",
                "كامل حسن", "PERS", 0.8).stream().map(Entity::type).filter(t -> t != EntityType.GPE).toList(),
                "with و glued to the direction");
        assertEquals(List.of(EntityType.PERSON), tagProposing("وقال الوزير الكوري الجنوبي كيم سون إن", "كيم سون",
                "PERS", 0.8).stream().map(Entity::type).filter(t -> t == EntityType.PERSON).toList(),
                "a definite adjective qualifies the noun before the name");
    }

    @Test
    void givesAnUnknownBodyOrPlaceTheCountryOfTheKnownPlaceItIsIn() {
        String text = "وأعلنت الإدارة العامة للتعليم بروسيا بدء الدراسة، وافتتح متجر في حي النور في روسيا، "
                + "وقالت الهيئة الدولية للتعليم في روسيا إن";
        Map<String, String> countries = countriesOfProposed(text, new String[][] {{"الإدارة العامة للتعليم", "ORG"},
                {"حي النور", "LOC"}, {"الهيئة الدولية للتعليم", "ORG"}});
        assertEquals("RUS", countries.get("الإدارة العامة للتعليم"), "ب glued to the place");
        assertEquals("RUS", countries.get("حي النور"), "في before the place");
        assertEquals("null", countries.get("الهيئة الدولية للتعليم"), "an international body works abroad");
    }

    @Test
    void givesAnUnknownPlaceTheCountryOfTheKnownPlaceAfterWordsThatSayWhereItLies() {
        String text = "وقع الحادث في منطقة النور من ولاية موسكو، وفي حي الورد التابع لمدينة موسكو، "
                + "وفي بلدة السلام،\u00A0جنوب روسيا، ووصل وفد بلدة الخير من روسيا، وزار الوفد حي الفجر قرب روسيا";
        Map<String, String> countries = countriesOfProposed(text, new String[][] {{"النور", "LOC"}, {"الورد", "LOC"},
                {"السلام", "LOC"}, {"الخير", "LOC"}, {"الفجر", "LOC"}});
        assertEquals("RUS", countries.get("النور"), "من before a unit's noun");
        assertEquals("RUS", countries.get("الورد"), "التابع, then ل glued to a unit's noun");
        assertEquals("RUS", countries.get("السلام"), "a comma and a no-break space before a compass point");
        assertEquals("null", countries.get("الخير"), "من before the place itself: from there, not in it");
        assertEquals("null", countries.get("الفجر"), "near a place is not in it");
    }

    @Test
    void givesAPlaceTheCountryOfAnUnknownPlaceThatHoldsItButNotABody() {
        String text = "وانفجرت قنبلة في برج النور بحي الورد بموسكو، وأقامت منظمة الفجر الخيرية في بلدة السلام بروسيا "
                + "مهرجانها";
        Map<String, String> countries = countriesOfProposed(text, new String[][] {{"برج النور", "LOC"},
                {"حي الورد", "LOC"}, {"منظمة الفجر الخيرية", "ORG"}, {"السلام", "LOC"}});
        assertEquals("RUS", countries.get("حي الورد"), "ب glued to a known city");
        assertEquals("RUS", countries.get("برج النور"), "in the district, in the city");
        assertEquals("RUS", countries.get("السلام"), "ب glued to a known country");
        assertEquals("null", countries.get("منظمة الفجر الخيرية"), "a body's event is held where it need not be");
    }

    @Test
    void givesAnUnknownInstitutionTheCountryTheArticleIsAbout() {
        String text = "وقالت اللجنة المحلية للانتخابات إن الاقتراع في روسيا بدأ، وأكدت المنظمة العربية للتنمية أن روسيا "
                + "شريك.";
        List<Proposal> proposals = new ArrayList<>();
        for (String name : new String[] {"اللجنة المحلية للانتخابات", "المنظمة العربية للتنمية"}) {
            int at = text.indexOf(name);
            proposals.add(Proposal.ofNer(at, at + name.length(), "ORG", 0.8));
        }
        Map<String, String> countries = new java.util.HashMap<>();
        for (Entity e : tag(text, null, proposals)) {
            countries.put(e.name(), String.valueOf(e.country()));
        }
        assertEquals("RUS", countries.get("اللجنة المحلية للانتخابات"), "the country the article names");
        assertEquals("null", countries.get("المنظمة العربية للتنمية"), "a body of many countries");
    }

    @Test
    void givesABodyOrPlaceNamedAfterAKnownPersonThePersonsCountry() {
        String text = "نقل المصاب إلى مستشفى الأمير فهد بن سالم أمس، وأغلق طريق سامر وديع قاسم بسبب الأمطار.";
        Map<String, String> countries = countriesOfProposed(text, new String[][] {
                {"مستشفى الأمير فهد بن سالم", "ORG"}, {"طريق سامر وديع قاسم", "LOC"}});
        assertEquals("RUS", countries.get("مستشفى الأمير فهد بن سالم"));
        assertEquals("RUS", countries.get("طريق سامر وديع قاسم"));

        String abroad = "وقال المسؤول الأوكراني إن شارع سامر وديع قاسم مغلق، وأكد الوزير الأوكراني أن المدينة هادئة.";
        assertEquals("UKR", countriesOfProposed(abroad, new String[][] {{"شارع سامر وديع قاسم", "LOC"}})
                .get("شارع سامر وديع قاسم"), "in an article about another country, a foreign leader's street is "
                + "that country's");
    }

    /** The country of each entity of {@code text} where the tagger proposes {@code names}: {name, type} pairs. */
    private Map<String, String> countriesOfProposed(String text, String[][] names) {
        Map<String, String> countries = new java.util.HashMap<>();
        for (Entity e : tagProposingEach(text, names)) {
            countries.put(e.name(), String.valueOf(e.country()));
        }
        return countries;
    }

    @Test
    void givesAPlaceNamedAfterAUnitsNounTheCountryTheArticleIsAbout() {
        String text = "سقطت قذيفة على محافظة الطوال في روسيا، ووصلت قافلة إلى حي النور، وزار الوفد محافظة مطروح "
                + "الأوكراني، ثم عاد إلى روسيا وحضر مباراة في ملعب الأمل، وتنزه في متنزه الأمل وحدائق النور.";
        List<Proposal> proposals = new ArrayList<>();
        for (String[] name : new String[][] {{"الطوال", "GPE"}, {"حي النور", "LOC"}, {"مطروح", "GPE"},
                {"ملعب الأمل", "LOC"}, {"متنزه الأمل", "LOC"}, {"حدائق النور", "LOC"}}) {
            int at = text.indexOf(name[0]);
            proposals.add(new Proposal(at, at + name[0].length(), EntityType.valueOf(name[1]), 0.7));
        }
        Map<String, String> countries = new java.util.HashMap<>();
        for (Entity e : tag(text, null, proposals)) {
            countries.put(e.name(), String.valueOf(e.country()));
        }
        assertEquals("RUS", countries.get("الطوال"), "the country the article names");
        assertEquals("RUS", countries.get("حي النور"), "a district, a place within a town");
        assertEquals("null", countries.get("ملعب الأمل"), "a stadium may be abroad");
        assertEquals("RUS", countries.get("متنزه الأمل"), "a park, spelt with ت too");
        assertEquals("RUS", countries.get("حدائق النور"), "gardens");
        assertEquals("UKR", countries.get("مطروح"), "the adjective after it");
    }

    @Test
    void mentionsAKnownPersonByTheLongerOfHisNamesThatOverlap() {
        NameEntry prince = new NameEntry("P-SAMER", EntityType.PERSON, "سامر بن فهد", "Samer bin Fahd", "RUS", "royal");
        EntityTagger tagger = knowing(prince, "الأمير سامر", "سامر بن فهد آل سالم");
        String text = "وصل الأمير سامر بن فهد آل سالم إلى المدينة أمس";
        Words w = Words.of(text);
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of());
        assertEquals(List.of("الأمير سامر بن فهد آل سالم/name"), mentions(es.get(0)),
                "the alias from the title and the one from the given name make one mention");
    }

    @Test
    void takesAKnownUnionBeforeASportForTheSportsFederation() {
        NameEntry union = new NameEntry("UNION", EntityType.ORG, "الاتحاد الشمالي", "Northern Union", null, "igo");
        NameEntry club = new NameEntry("SAHIL", EntityType.ORG, "نادي الساحل", "Al-Sahil Club", "RUS", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("الاتحاد الشمالي", union)
                .add("نادي الساحل", club).build(), Map.of(), OfficeTitles.NONE, List.of(union, club));
        String text = "قرر الاتحاد الشمالي لكرة السلة نقل البطولة، ورحب الاتحاد الشمالي للتعاون بالقرار، وفاز نادي الساحل لكرة القدم";
        Words w = Words.of(text);
        List<Proposal> proposals = new ArrayList<>();
        for (String name : List.of("الاتحاد الشمالي لكرة السلة", "الاتحاد الشمالي للتعاون", "نادي الساحل لكرة القدم")) {
            proposals.add(Proposal.ofNer(text.indexOf(name), text.indexOf(name) + name.length(), "ORG", 0.75));
        }
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals);
        assertEquals(List.of("الاتحاد الشمالي لكرة السلة/null", "الاتحاد الشمالي/UNION", "نادي الساحل/SAHIL"),
                es.stream().map(e -> e.name() + "/" + e.kb()).toList(),
                "a purpose after the union is no federation's name; a club's team is the club");
    }

    @Test
    void namesTwoClubsTheTaggerReadsAsOneNameJoinedByWaw() {
        NameEntry qamar = new NameEntry("QAMAR_RUS", EntityType.ORG, "نادي القمر", "Qamar Moscow", "RUS", "club");
        EntityTagger clubs = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA)
                .add("نادي النجم الروسي", NAJM_RUS).add("نادي القمر", qamar).build(),
                Map.of(), OfficeTitles.NONE, List.of(RUSSIA, NAJM_RUS, qamar));
        String text = "تقام مباراة الدوري بين النجم والقمر في روسيا";
        Words w = Words.of(text);
        int at = text.indexOf("النجم");
        List<Entity> es = clubs.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "النجم والقمر".length(), "ORG", 0.9)), "RUS");
        assertEquals(List.of("النجم/name"), mentions(es.stream().filter(e -> "NAJM_RUS".equals(e.kb())).findFirst().orElseThrow()));
        assertEquals(List.of("القمر/name"), mentions(es.stream().filter(e -> "QAMAR_RUS".equals(e.kb())).findFirst().orElseThrow()));
    }

    @Test
    void namesTheClubByItsDefiniteShortNameThatTheTaggerReadsAsAPlaceButInAPlaceNounsName() {
        EntityTagger clubs = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA)
                .add("نادي النجم الروسي", NAJM_RUS).add("نادي النجم الأوكراني", NAJM_UKR).build(),
                Map.of(), OfficeTitles.NONE, List.of(RUSSIA, UKRAINE, NAJM_RUS, NAJM_UKR));
        String text = "ستقام مباراة الدوري بين الفريقين، ووقع لاعبو النجم عقودهم، ثم عادوا إلى حي النجم وإلى بمدينة النجم";
        Words w = Words.of(text);
        List<Proposal> places = new ArrayList<>();
        for (int at = text.indexOf("النجم"); at >= 0; at = text.indexOf("النجم", at + 1)) {
            places.add(Proposal.ofNer(at, at + "النجم".length(), "LOC", 0.9));
        }
        List<Entity> es = clubs.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, places, "RUS");
        Entity club = es.stream().filter(e -> "NAJM_RUS".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("النجم/name"), mentions(club), "the district and the town keep their own names: " + es);
    }

    @Test
    void namesTheClubOfThePublishersCountryWhenTheArticleNamesNone() {
        assertEquals("NAJM_UKR", withClubs("فاز النجم في مباراة الدوري أمس، وقال المدرب إنه سعيد", "UKR").get(0).kb());
        assertNull(withClubs("فاز النجم في مباراة الدوري أمس، وقال المدرب إنه سعيد", null).get(0).kb(), "no country: no club");
    }

    @Test
    void namesTheHomeClubByItsShortNameBesideAForeignClubNamedInFull() {
        List<Entity> es = withClubs("بدأ فريق النجم تدريباته في روسيا، وسيلعب مباراة ودية مع نادي النجم الأوكراني، "
                + "وقال المدرب إن النجم جاهز", "RUS");
        Entity home = es.stream().filter(e -> "NAJM_RUS".equals(e.kb())).findFirst().orElseThrow();
        Entity guest = es.stream().filter(e -> "NAJM_UKR".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("النجم/name", "النجم/name"), mentions(home));
        assertEquals(List.of("نادي النجم الأوكراني/name"), mentions(guest));
    }

    @Test
    void namesTheClubNamedWithoutItsNationalityByAShortNameTwoClubsNamedInFullShare() {
        NameEntry home = new NameEntry("NAJM", EntityType.ORG, "نادي النجم", "Najm", "RUS", "club");
        String text = "بدأ نادي النجم معسكره أمس، وسيلعب مع نادي النجم الأوكراني، وقال المدرب إن النجم جاهز للمباراة";
        List<Entity> es = bothClubs(text, home, NAJM_UKR, "UKR");
        assertEquals(List.of("نادي النجم/name", "النجم/name"), mentions(es.get(0)),
                "news writes the other club's nationality, even where the article is published in its country");
        NameEntry neighbour = new NameEntry("NAJM_UKR2", EntityType.ORG, "نادي النجم", "Najm", "UKR", "club");
        assertTrue(bothClubs(text, neighbour, NAJM_UKR, "UKR").stream().allMatch(e -> e.mentions().size() == 1),
                "two clubs of one country: the short name names neither");
    }

    @Test
    void namesTheClubOfTheCountryWhosePlacesTheArticleNamesByAShortNameTwoClubsNamedWithTheirNationalityShare() {
        String text = "فاز نادي النجم الروسي على نادي النجم الأوكراني، وكان نادي النجم الأوكراني قد فاز على نادي النجم "
                + "الأوكراني في الذهاب، وقال المدرب إن النجم سيلعب في روسيا";
        Entity named = bothClubs(text, NAJM_RUS, NAJM_UKR, null).stream().filter(e -> e.mentions().size() == 2)
                .findFirst().orElseThrow();
        assertEquals("NAJM_RUS", named.kb(), "places count, the clubs' own mentions do not");
    }

    /** Entities of {@code text} with the two clubs and the two countries known, the tagger proposing nothing. */
    private static List<Entity> bothClubs(String text, NameEntry one, NameEntry other, String homeCountry) {
        EntityTagger clubs = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA).add("أوكرانيا", UKRAINE)
                .add(one.nameAr(), one).add(other.nameAr(), other).build(),
                Map.of(), OfficeTitles.NONE, List.of(RUSSIA, UKRAINE, one, other));
        Words w = Words.of(text);
        return clubs.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), homeCountry);
    }

    @Test
    void takesTheLastWordOfAnEnglishClubForItButNotAtTheEndOfAnotherName() {
        NameEntry united = new NameEntry("UNITED_FC", EntityType.ORG, "مانشستر يونايتد", "Manchester United", "GBR", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("مانشستر يونايتد", united).build(), Map.of(),
                OfficeTitles.NONE, List.of(united));
        String text = "فاز مانشستر يونايتد أمس، وقال مدرب يونايتد إن الفريق جاهز لمواجهة كارديف يونايتد.";
        Words w = Words.of(text);
        int cardiff = text.indexOf("كارديف");
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(cardiff, cardiff + "كارديف".length(), "ORG", 0.8)));
        assertEquals(List.of("مانشستر يونايتد/name", "يونايتد/name"), mentions(es.get(0)));
    }

    @Test
    void typesANameRightAfterANounOfMediaAsAnOrganization() {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().build(), Map.of(), OfficeTitles.NONE, List.of());
        String text = "وذكرت صحيفة كوريرو سبورت أن العقد جدد، وقال لقناة «تيلي ماكس» إنه سعيد، وزار موقع هاري بوتر.";
        Words w = Words.of(text);
        int paper = text.indexOf("كوريرو");
        int channel = text.indexOf("تيلي");
        int site = text.indexOf("هاري");
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(
                Proposal.ofNer(paper, paper + "كوريرو سبورت".length(), "PERS", 0.8),
                Proposal.ofNer(channel, channel + "تيلي ماكس".length(), "MISC", 0.8),
                Proposal.ofNer(site, site + "هاري بوتر".length(), "PERS", 0.8)));
        assertEquals(List.of(EntityType.ORG, EntityType.ORG, EntityType.PERSON), es.stream().map(Entity::type).toList(),
                "a paper, a channel after ل and a quote mark; موقع is a place too");
    }

    @Test
    void takesNoFamilyNameRightAfterANounOfMediaForThePersonNamedBefore() {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().build(), Map.of(), OfficeTitles.NONE, List.of());
        String text = "قال سايمون فوكس إن الخطة جاهزة، وقال تلفزيون «فوكس» إن الرئيس غادر، وأضاف فوكس أنه متفائل.";
        Words w = Words.of(text);
        int person = text.indexOf("سايمون");
        int channel = text.indexOf("فوكس»");
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(
                Proposal.ofNer(person, person + "سايمون فوكس".length(), "PERS", 0.9),
                Proposal.ofNer(channel, channel + "فوكس".length(), "PERS", 0.6)));
        assertEquals(List.of("سايمون فوكس/name", "فوكس/name"), mentions(es.get(0)), "he speaks again, not on air");
        assertEquals(EntityType.ORG, es.get(1).type(), "the channel");
    }

    @Test
    void typesANameFillingQuoteMarksAfterANounOfWorksAsAWorksTitle() {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().build(), Map.of(), OfficeTitles.NONE, List.of());
        String text = "شاهدنا فيلم «جيمي تاكر» ثم برنامج (ذي لونغ شو) وقرأنا رواية نجيب محفوظ.";
        Words w = Words.of(text);
        int film = text.indexOf("جيمي");
        int show = text.indexOf("ذي");
        int author = text.indexOf("نجيب");
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(
                Proposal.ofNer(film, film + "جيمي تاكر".length(), "PERS", 0.8),
                Proposal.ofNer(show, show + "ذي لونغ شو".length(), "ORG", 0.8),
                Proposal.ofNer(author, author + "نجيب محفوظ".length(), "PERS", 0.8)));
        assertEquals(List.of(EntityType.MISC, EntityType.MISC, EntityType.PERSON), es.stream().map(Entity::type).toList(),
                "a film and a programme in marks; the novelist after رواية without marks stays a person");
    }

    @Test
    void typesANameInQuoteMarksAfterANounOfWorksAsItsOwnWhenItDoesNotFillThem() {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().build(), Map.of(), OfficeTitles.NONE, List.of());
        String text = "عرض فيلم «جيمي تاكر في المدينة» أمس.";
        Words w = Words.of(text);
        int at = text.indexOf("جيمي");
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "جيمي تاكر".length(), "PERS", 0.8)));
        assertEquals(EntityType.PERSON, es.get(0).type(), "the title is longer than the name");
    }

    @Test
    void takesAKnownPersonsOrPlacesNameFillingAWorksQuoteMarksForTheWork() {
        NameEntry poet = new NameEntry("P-POET", EntityType.PERSON, "سامر وديع قاسم", null, "RUS", "poet");
        NameEntry app = new NameEntry("APPCO", EntityType.ORG, "فوتو بوك", "Fotobook", "USA", "company");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("سامر وديع قاسم", poet).add("روسيا", RUSSIA)
                .add("فوتو بوك", app).build(), Map.of(), OfficeTitles.NONE, List.of(poet, RUSSIA, app));
        List<Entity> es = tagWith(tagger, "قدمت مسرحية «سامر وديع قاسم» وفيلم \"روسيا\" عبر تطبيق «فوتو بوك».");
        assertEquals(List.of("MISC سامر وديع قاسم null", "MISC روسيا null", "ORG فوتو بوك APPCO"),
                es.stream().map(e -> e.type() + " " + e.name() + " " + e.kb()).toList(),
                "a play and a film named after a poet and a country; the company's app is the company's");
    }

    @Test
    void takesTheCityOfAnEnglishClubForItWhereTheArticleNamesItInFull() {
        NameEntry united = new NameEntry("UNITED_FC", EntityType.ORG, "مانشستر يونايتد", "Manchester United", "GBR", "club");
        NameEntry city = new NameEntry("CITY_FC", EntityType.ORG, "مانشستر سيتي", "Manchester City", "GBR", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("مانشستر يونايتد", united)
                .add("مانشستر سيتي", city).build(), Map.of(), OfficeTitles.NONE, List.of(united, city));
        String text = "فاز مانشستر يونايتد أمس، وقال مهاجم مانشستر إن الفريق جاهز.";
        Words w = Words.of(text);
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of());
        assertEquals(List.of("مانشستر يونايتد/name", "مانشستر/name"), mentions(es.get(0)));
        String both = "فاز مانشستر يونايتد على مانشستر سيتي أمس، وقال مهاجم مانشستر إن الفريق جاهز.";
        Words b = Words.of(both);
        List<Entity> two = tagger.tag(both, b.spans(), b.normalized(), new IdSequence("e"), null, List.of());
        assertEquals(List.of("مانشستر يونايتد/name"), mentions(two.get(0)), "a city two clubs share names neither");
    }

    @Test
    void takesAKnownCityThatTwoClubsShareForTheClubTheArticleNamesInFull() {
        NameEntry united = new NameEntry("UNITED_FC", EntityType.ORG, "مانشستر يونايتد", "Manchester United", "GBR", "club");
        NameEntry city = new NameEntry("CITY_FC", EntityType.ORG, "مانشستر سيتي", "Manchester City", "GBR", "club");
        NameEntry town = new NameEntry("MANCHESTER", EntityType.GPE, "مانشستر", "Manchester", "GBR", "city");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("مانشستر يونايتد", united)
                .add("مانشستر سيتي", city).add("مانشستر", town).build(), Map.of(), OfficeTitles.NONE,
                List.of(united, city, town));
        String text = "فاز مانشستر يونايتد في المباراة أمس ضمن الدوري، وقد رحل اللاعب عن مانشستر قبل عام.";
        List<Entity> es = tagProposingAll(tagger, text);
        assertEquals(List.of("مانشستر يونايتد/name", "مانشستر/name"), mentionsOf(es, "UNITED_FC"));
        assertEquals(List.of(), mentionsOf(es, "MANCHESTER"), "the club's city in an article about sport");
    }

    @Test
    void takesAPlacesNameForTheFamilyNameOfAKnownPersonNamedBefore() {
        NameEntry envoy = new NameEntry("P-ENVOY", EntityType.PERSON, "سامر ليون", "Samer Lyon", "ESP", null);
        NameEntry town = new NameEntry("LYON", EntityType.GPE, "ليون", "Lyon", "FRA", "city");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("سامر ليون", envoy).add("ليون", town).build(),
                Map.of(), OfficeTitles.NONE, List.of(envoy, town));
        List<Entity> es = tagProposingAll(tagger, "أعلن المبعوث سامر ليون أن الحوار مستمر، وطلب الوفد هذا من ليون.");
        assertEquals(List.of("سامر ليون/name", "ليون/name"), mentionsOf(es, "P-ENVOY"));
        assertEquals(List.of("ليون/name"), mentionsOf(tagProposingAll(tagger, "يعيش في ليون أعلن المبعوث سامر ليون أن "
                + "الحوار مستمر"), "LYON"), "before the person is named, the city");
    }

    @Test
    void namesAClubWhoseShortNameIsACommonWordOnlyInASentenceOfSport() {
        NameEntry shabab = new NameEntry("SHABAB_FC", EntityType.ORG, "نادي الشباب", "Al-Shabab FC", "RUS", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("نادي الشباب", shabab).build(), Map.of(),
                OfficeTitles.NONE, List.of(shabab));
        String text = "وقع نادي الشباب عقدا جديدا. وأكد المدرب أن الشباب جاهز للموسم. ودعا الوزير إلى توظيف الشباب في الشركات.\n"
                + "وقال الشباب في بيان إن إدارة الشباب راضية";
        Words w = Words.of(text);
        Entity club = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), null).get(0);
        assertEquals(List.of("نادي الشباب/name", "الشباب/name"), mentions(club),
                "\"the youth\" of jobs is no club, nor a sentence without a word of sport");
    }

    @Test
    void namesAClubTheTaggerProposesInASentenceOfSportOfAnArticleNotAboutSport() {
        NameEntry falcons = new NameEntry("FALCONS_FC", EntityType.ORG, "نادي الصقور", "Falcons FC", "RUS", "club");
        EntityTagger tagger = knowing(falcons, "نادي الصقور");
        String sport = "وافتتح المحافظ الحديقة أمس. وانتقل لاعب الصقور إلى الخارج.";
        assertEquals(List.of("FALCONS_FC"), proposingEach(tagger, sport, "الصقور").stream().map(Entity::kb).toList());
        String birds = "وافتتح المحافظ الحديقة أمس. وحلقت الصقور فوق الجبل.";
        assertEquals(Collections.singletonList(null),
                proposingEach(tagger, birds, "الصقور").stream().map(Entity::kb).toList(), "no word of sport");
    }

    /**
     * The entities {@code tagger} finds in {@code text}, published in Russia, where the name tagger proposes each
     * {@code name} an ORG.
     */
    private static List<Entity> proposingEach(EntityTagger tagger, String text, String name) {
        Words w = Words.of(text);
        List<Proposal> proposals = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            proposals.add(Proposal.ofNer(at, at + name.length(), "ORG", 0.8));
        }
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, "RUS");
    }

    @Test
    void dropsACommonWordTheTaggerReadsAsAClubOutsideSport() {
        NameEntry nasr = new NameEntry("NASR_FC", EntityType.ORG, "نادي النصر", "Al-Nasr FC", "RUS", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("نادي النصر", nasr).build(), Map.of(),
                OfficeTitles.NONE, List.of(nasr));
        String text = "رفع القائد علامة النصر أمام الجنود. وقال الفريق إن النصر جاهز.";
        Words w = Words.of(text);
        List<Proposal> proposals = new ArrayList<>();
        for (int at = text.indexOf("النصر"); at >= 0; at = text.indexOf("النصر", at + 1)) {
            proposals.add(Proposal.ofNer(at, at + "النصر".length(), "ORG", 0.8));
        }
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, null);
        assertEquals(1, es.size(), () -> "entities " + es);
        assertEquals(List.of("النصر/name"), mentions(es.get(0)), "the victory sign is no club; the team's is kept");
        assertEquals(text.lastIndexOf("النصر"), es.get(0).mentions().get(0).start());
    }

    @Test
    void namesAClubNamedLikeItsCityByThatNameInAnArticleAboutSport() {
        NameEntry zarqa = new NameEntry("ZARQA_FC", EntityType.ORG, "نادي زرقاوة", "Zarqawa FC", "RUS", "club");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA)
                .add("الروسي", RUSSIA, MentionKind.ADJECTIVE, RUSSIA).add("نادي زرقاوة", zarqa).build(),
                Map.of(), OfficeTitles.NONE, List.of(RUSSIA, zarqa));
        String text = "فاز زرقاوة الروسي في المباراة، وقال اللاعب إن زرقاوة جاهز ثم عاد إلى الفندق في زرقاوة";
        Words w = Words.of(text);
        List<Proposal> proposals = new ArrayList<>();
        for (int at = text.indexOf("زرقاوة"); at >= 0; at = text.indexOf("زرقاوة", at + 1)) {
            proposals.add(Proposal.ofNer(at, at + "زرقاوة".length(), at == 4 ? "ORG" : "LOC", 0.9));
        }
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, null);
        Entity club = es.stream().filter(e -> "ZARQA_FC".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("زرقاوة/name", "زرقاوة/name"), mentions(club),
                "before its nationality and as the tagger's place alike; after في it is the city");
        assertTrue(es.stream().anyMatch(e -> e.kb() == null && e.name().equals("زرقاوة") && e.type() == EntityType.LOC));
    }

    @Test
    void refersTheInternationalOrganizationBackToTheBodyOfTheWorldNamedLast() {
        NameEntry world = new NameEntry("WORLD", EntityType.ORG, "الاتحاد الدولي للشطرنج", "World Chess Federation",
                null, "sports");
        NameEntry council = new NameEntry("COUNCIL", EntityType.ORG, "مجلس الشطرنج الدولي", "Chess Council", null,
                "igo");
        NameEntry europe = new NameEntry("EUROPE", EntityType.ORG, "الاتحاد الأوروبي للشطرنج", "European Chess Union",
                null, "sports");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("الاتحاد الدولي للشطرنج", world)
                .add("مجلس الشطرنج الدولي", council).add("الاتحاد الأوروبي للشطرنج", europe).build(), Map.of(),
                OfficeTitles.NONE, List.of(world, council, europe));
        List<Entity> es = tagWith(tagger, "انتقد الاتحاد الدولي للشطرنج قرار مجلس الشطرنج الدولي، "
                + "ورحب الاتحاد الأوروبي للشطرنج بذلك، لكن المنظمة الدولية تمسكت بموقفها.");
        assertEquals(List.of("الاتحاد الدولي للشطرنج/name", "المنظمة الدولية/nominal"), mentionsOf(es, "WORLD"),
                "not the European body, whose name is no world's, nor the council named after it");
    }

    /** A tagger that knows Russia, a Russian city and region, and the city's club. */
    private static EntityTagger knowingACityAndItsClub() {
        NameEntry city = new NameEntry("ZARQAWA", EntityType.GPE, "زرقاوة", "Zarqawa", "RUS", "city");
        NameEntry region = new NameEntry("BULAD", EntityType.GPE, "بولاد", "Bulad", "RUS", "region");
        NameEntry club = new NameEntry("ZARQA_FC", EntityType.ORG, "نادي زرقاوة", "Zarqawa FC", "RUS", "club");
        return new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA)
                .add("الروسي", RUSSIA, MentionKind.ADJECTIVE, RUSSIA)
                .add("الروسية", RUSSIA, MentionKind.ADJECTIVE, RUSSIA).add("زرقاوة", city).add("بولاد", region).add("نادي زرقاوة", club).build(), Map.of(), OfficeTitles.NONE,
                List.of(RUSSIA, city, region, club));
    }

    /** The entities of {@code text}, the tagger proposing each of {@code proposed} (word=TYPE) where it occurs. */
    private static List<Entity> tagProposingAll(EntityTagger tagger, String text, String... proposed) {
        List<Proposal> proposals = new ArrayList<>();
        for (String p : proposed) {
            String[] wordAndType = p.split("=");
            for (int at = text.indexOf(wordAndType[0]); at >= 0; at = text.indexOf(wordAndType[0], at + 1)) {
                proposals.add(Proposal.ofNer(at, at + wordAndType[0].length(), wordAndType[1], 0.9));
            }
        }
        proposals.sort(Comparator.comparingInt(Proposal::start));
        Words w = Words.of(text);
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, null);
    }

    private static List<String> mentionsOf(List<Entity> es, String kb) {
        return es.stream().filter(e -> kb.equals(e.kb())).findFirst().map(EntityTaggerTest::mentions).orElse(List.of());
    }

    @Test
    void namesTheClubByAKnownCitysNameInAnArticleAboutSport() {
        String text = "وفاز زرقاوة على الفريق الضيف في المباراة. وقال المدرب إن زرقاوة جاهز.";
        int at = text.indexOf("زرقاوة");
        Words w = Words.of(text);
        List<Entity> es = knowingACityAndItsClub().tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "زرقاوة".length(), "ORG", 0.9)), null);
        assertEquals(List.of("زرقاوة/name", "زرقاوة/name"), mentionsOf(es, "ZARQA_FC"),
                "the tagger's name and the bare word alike");
        assertEquals(List.of(), mentionsOf(es, "ZARQAWA"));
    }

    @Test
    void namesTheClubByAKnownCitysNameInAnArticleThatNamesTwoKnownClubs() {
        NameEntry city = new NameEntry("ZARQAWA", EntityType.GPE, "زرقاوة", "Zarqawa", "RUS", "city");
        NameEntry club = new NameEntry("ZARQA_FC", EntityType.ORG, "نادي زرقاوة", "Zarqawa FC", "RUS", "club");
        NameEntry north = new NameEntry("NORTH_FC", EntityType.ORG, "نادي الشمال", "North FC", "RUS", "club");
        NameEntry south = new NameEntry("SOUTH_FC", EntityType.ORG, "نادي الجنوب", "South FC", "RUS", "club");
        NameEntry samer = new NameEntry("P-SAMER", EntityType.PERSON, "سامر", null, null, null); // no subtype
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("زرقاوة", city).add("نادي زرقاوة", club)
                .add("نادي الشمال", north).add("نادي الجنوب", south).add("سامر", samer).build(), Map.of(),
                OfficeTitles.NONE, List.of(city, club, north, south, samer));
        String text = "رحل سامر من نادي الشمال إلى نادي الجنوب، وقد ينضم إليهما زميله من زرقاوة.";
        List<Entity> es = tagProposingAll(tagger, text, "زرقاوة=ORG");
        assertEquals(List.of("زرقاوة/name"), mentionsOf(es, "ZARQA_FC"), "no word of sport, but two clubs named");
        assertEquals(List.of(), mentionsOf(tagProposingAll(tagger, "رحل سامر من نادي الشمال، وقد ينضم إليه زميله من "
                + "زرقاوة.", "زرقاوة=ORG"), "ZARQA_FC"), "one club named");
    }

    @Test
    void keepsAKnownCityInACitysContextInAnArticleAboutSport() {
        String text = "وقال المدرب إن اللاعبين عادوا إلى الفندق في زرقاوة بعد المباراة. وزرقاوة الروسية مدينة جميلة، "
                + "ويمتد المطر إلى بولاد وزرقاوة.";
        List<Entity> es = tagProposingAll(knowingACityAndItsClub(), text, "زرقاوة=LOC");
        assertEquals(List.of("زرقاوة/name", "زرقاوة/name", "زرقاوة/name"), mentionsOf(es, "ZARQAWA"),
                "after في, before its country's feminine nisba, after a region's name and و");
        assertEquals(List.of(), mentionsOf(es, "ZARQA_FC"));
    }

    @Test
    void keepsAKnownCityOutsideSportButInASentenceOfSport() {
        String text = "وصل الوزير إلى زرقاوة أمس لتوقيع الاتفاق، وقال إن زرقاوة تستحق الدعم. "
                + "وأضاف أن اللاعب زرقاوة فاز.";
        List<Entity> es = tagProposingAll(knowingACityAndItsClub(), text, "زرقاوة=LOC");
        assertEquals(List.of("زرقاوة/name", "زرقاوة/name"), mentionsOf(es, "ZARQAWA"),
                "the sentence of the player may be of the club, which an article not about sport does not name");
    }

    @Test
    void namesTheClubBeforeADayATitleOrARelativeThatGoOnWithTheSentence() {
        List<Entity> es = withClubs("فاز النجم اليوم في مباراة الدوري، وقال المدرب إن النجم الذي فاز يمثل روسيا", null);
        assertEquals(List.of("النجم/name", "النجم/name"), mentions(es.get(0)));
        assertEquals("NAJM_RUS", es.get(0).kb());
        assertTrue(withClubs("فاز النجم الساطع في مباراة الدوري في روسيا", null, "النجم الساطع").stream()
                .noneMatch(e -> "NAJM_RUS".equals(e.kb())), "a definite word that goes on with the tagger's name");
    }

    @Test
    void namesTheClubTheTaggerProposesAloneBeforeADefiniteWordButANisba() {
        List<Entity> es = withClubs("هتفت جماهير النجم الغاضبة في مباراة الدوري في روسيا", null);
        assertEquals("NAJM_RUS", es.get(0).kb(), "the tagger read الغاضبة as no part of the name");
        assertTrue(withClubs("ربحت شركة النجم المالية في مباراة الدوري في روسيا", null).stream()
                .noneMatch(e -> "NAJM_RUS".equals(e.kb())), "a nisba goes on with the name: another organization");
    }

    @Test
    void namesNoClubByItsShortNameOutsideSport() {
        assertNull(withClubs("احتفلت روسيا بعيد النجم أمس", null).stream()
                .filter(e -> e.name().equals("النجم")).findFirst().orElseThrow().kb());
    }

    @Test
    void namesAnArabClubByItsShortNameWrittenAloneInAnArticleAboutSport() {
        String text = "فاز النجم في مباراة الدوري الروسية أمس، وسجل للنجم لاعب جديد، وقال المدرب إن روسيا فخورة";
        assertEquals(List.of("النجم/name", "للنجم/name"), mentionsOf(withClubs(text, null, "لا أحد"), "NAJM_RUS"),
                "the tagger proposed neither");
        assertEquals(List.of(), mentionsOf(withClubs("ارتفع النجم في سماء روسيا، وقال الفلكي إن النجم ساطع", null,
                "لا أحد"), "NAJM_RUS"), "a star outside sport");
    }

    /** A tagger that knows Russia and the Russian club {@code name} (نادي ...), of id CLUB. */
    private static EntityTagger knowingRussianClub(String name) {
        NameEntry club = new NameEntry("CLUB", EntityType.ORG, name, "Club", "RUS", "club");
        return new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA).add(name, club).build(), Map.of(),
                OfficeTitles.NONE, List.of(RUSSIA, club));
    }

    @Test
    void namesNoClubByANisbaWrittenAloneAfterADefiniteNoun() {
        String text = "فاز الساحلي في مباراة الدوري أمس في روسيا، وقال المدرب إن المستوى الساحلي ضعيف";
        assertEquals(List.of("الساحلي/name"), mentionsOf(tagProposingAll(knowingRussianClub("نادي الساحلي"), text),
                "CLUB"), "the level of the coast is no club");
    }

    @Test
    void namesNoClubByARankWrittenAloneBeforeAProposedName() {
        String text = "فاز الرائد في مباراة الدوري أمس في روسيا، وكرم الرائد خالد الحربي اللاعبين";
        assertEquals(List.of("الرائد/name"), mentionsOf(tagProposingAll(knowingRussianClub("نادي الرائد"), text,
                "خالد الحربي=PERS"), "CLUB"), "a major honoured the players");
    }

    @Test
    void readsAPersonsFirstWordAsANameRatherThanKafAndAKnownName() {
        EntityTagger withLaos = new EntityTagger(NameIndex.builder()
                .add("لاوس", new NameEntry("LAO", EntityType.GPE, "لاوس", "Laos", "LAO", "country")).build());
        String text = "وقال كلاوس بيكر إن السوق هادئة، وزار لاوس";
        Words w = Words.of(text);
        List<Entity> es = withLaos.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(text.indexOf("كلاوس"), text.indexOf(" إن"), "PERS", 0.9)));
        assertEquals(EntityType.PERSON, es.get(0).type());
        assertEquals("كلاوس بيكر", es.get(0).name());
        assertEquals(List.of("لاوس/name"), mentions(es.get(1)), "the country itself is still named");
    }

    @Test
    void mergesProposalsOfTheSameText() {
        String text = "شركة زمرد والتقت شركة زمرد";
        int a = text.indexOf("زمرد");
        int b = text.lastIndexOf("زمرد");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(b, b + 4, "ORG", 0.6), Proposal.ofNer(a, a + 4, "ORG", 0.9)));
        assertEquals(1, es.size());
        assertEquals(2, es.get(0).mentions().size());
        assertEquals(0.9, es.get(0).confidence());
    }

    @Test
    void pointsEveryMentionIntoTheText() {
        String text = "وبموسكو، قالت الروسية ولروسيا والكرملين";
        for (Entity e : tag(text)) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()));
            }
        }
    }

    @Test
    void readsArticleDatesLeniently() {
        assertEquals(LocalDate.of(2022, 1, 4), EntityTagger.dateOf("2022-01-04T10:00:00Z"));
        assertNull(EntityTagger.dateOf("yesterday"));
        assertNull(EntityTagger.dateOf(null));
    }

    @Test
    void namesAMediumByItsShortNameBetweenQuoteMarks() {
        List<Entity> es = tag("وقال مصدر مطلع لـ«الفجر» إن الاجتماع تأجل، وأكدت \"الفجر\" ذلك.");
        assertEquals(1, es.size());
        assertEquals("DAWN", es.get(0).kb());
        assertEquals(List.of("الفجر/name", "الفجر/name"), mentions(es.get(0)));
    }

    @Test
    void namesThePublisherByItsOwnShortNameBetweenQuoteMarksOrBrackets() {
        NameEntry channel = new NameEntry("DAWN_TV", EntityType.ORG, "قناة الفجر", "Al-Fajr TV", "RUS", "media", "MED", List.of());
        EntityTagger shared = new EntityTagger(NameIndex.builder().add("صحيفة الفجر", DAWN).add("قناة الفجر", channel).build(),
                Map.of(DAWN, List.of("صحيفة"), channel, List.of("قناة")), OfficeTitles.NONE, List.of(DAWN, channel));
        String text = "وقال مصدر لـ«الفجر» إن الاجتماع تأجل، وأكد مسؤول لـ(الفجر) ذلك، وقال آخر (النهار) كذلك.";
        Words w = Words.of(text);
        List<Entity> own = shared.tagPublishedBy(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), DAWN);
        assertEquals(List.of("DAWN"), own.stream().map(Entity::kb).toList());
        assertEquals(List.of("الفجر/name", "الفجر/name"), mentions(own.get(0)));
        assertTrue(shared.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of()).isEmpty(),
                "a short name two media share names neither in another's article, nor does a bracket");
    }

    @Test
    void namesThePublisherByItsOwnShortNameAfterASourceNounAVerbOfReceivingOrItsOwnHeadNoun() {
        NameEntry island = new NameEntry("DAWN_ISLE", EntityType.LOC, "جزيرة الفجر", "Dawn Island", "RUS", "island",
                null, List.of());
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("صحيفة الفجر", DAWN).add("جزيرة الفجر", island)
                .build(), Map.of(DAWN, List.of("صحيفة", "جريدة")), OfficeTitles.NONE, List.of(DAWN, island));
        String text = "وقالت مصادر الفجر إن الاجتماع تأجل، وفي بيان تلقت الفجر نسخة منه، ونشرت جريدة الفجر الخبر، "
                + "وقال مسؤول لـ( الفجر ) ذلك. وطلع الفجر على المدينة، ووقعت وكالة (الفجر) للسفر العقد، "
                + "ونقلت جريدة الفجر الروسية الخبر.";
        Words w = Words.of(text);
        List<Entity> own = tagger.tagPublishedBy(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), DAWN);
        Entity paper = own.stream().filter(e -> "DAWN".equals(e.kb())).findFirst().orElseThrow();
        assertEquals(List.of("الفجر/name", "الفجر/name", "جريدة الفجر/name", "الفجر/name"), mentions(paper),
                "dawn itself, a travel agency and a namesake paper of another country are not the publisher");
        assertTrue(tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of()).stream()
                .noneMatch(e -> "DAWN".equals(e.kb())), "in another's article none of them names the paper");
    }

    @Test
    void namesThePublisherByItsShortNameWithoutTheNationalityTheKnowledgeBaseAdds() {
        NameEntry paper = new NameEntry("DAWN_SA", EntityType.ORG, "صحيفة الفجر السعودية", "Al-Fajr (Saudi Arabia)", "SAU",
                "media", "MED", List.of());
        NameEntry namesake = new NameEntry("DAWN_KW", EntityType.ORG, "صحيفة الفجر الكويتية", "Al-Fajr (Kuwait)", "KWT",
                "media", "MED", List.of());
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("صحيفة الفجر السعودية", paper)
                .add("صحيفة الفجر الكويتية", namesake).build(),
                Map.of(paper, List.of("صحيفة"), namesake, List.of("صحيفة")), OfficeTitles.NONE, List.of(paper, namesake));
        String text = "وعلمت «الفجر» من مصادر مطلعة أن الاجتماع تأجل.";
        Words w = Words.of(text);
        List<Entity> own = tagger.tagPublishedBy(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), paper);
        assertEquals(List.of("DAWN_SA"), own.stream().map(Entity::kb).toList());
        assertTrue(tagger.tagPublishedBy(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), null)
                .isEmpty(), "in another's article the short name is no one paper's");
    }

    @Test
    void takesNoShortNameOfAMediumAfterAnotherHeadNoun() {
        assertTrue(tag("وأعلنت شركة «الفجر» للطيران رحلات جديدة.").isEmpty());
        assertTrue(tag("وقال إن الفجر قريب.").isEmpty());
    }

    @Test
    void takesAKnownLineageFollowedByAFamilyNameTheTaggerProposesForAnotherPerson() {
        String text = "وقال الدكتور فهد بن سالم الحربي إن المشروع اكتمل.";
        Entity p = proposedPerson(text, "فهد بن سالم الحربي");
        assertEquals("فهد بن سالم الحربي", p.name());
        assertNull(p.kb());
    }

    @Test
    void keepsAKnownLineageFollowedByItsFamilysName() {
        assertEquals("P-PRINCE", proposedPerson("وصل فهد بن سالم آل نهيان أمس.", "فهد بن سالم آل نهيان").kb());
        assertEquals("P-PRINCE", tag("وقال فهد بن سالم الحربي إن المشروع اكتمل.").get(0).kb(), "no proposal says otherwise");
    }

    @Test
    void namesAProposalWithoutTatweel() {
        List<Entity> es = tagProposing("وقال عـارف الــشـمـري إن المستشفى جاهز.", "عـارف الــشـمـري", "PERS", 0.8);
        assertEquals("عارف الشمري", es.get(0).name());
        assertEquals(List.of("عـارف الــشـمـري/name"), mentions(es.get(0)), "the mention keeps the text as written");
    }

    @Test
    void findsNoNameInACliticDrawnOutAlone() {
        assertEquals(List.of(), tagProposing("وقال المدير لـ«سامر» إن المستشفى جاهز.", "لـ", "PERS", 0.8));
    }

    @Test
    void takesTheFamilysNameAfterAKnownPersonIntoHisMention() {
        String text = "واستقبل فهد بن سالم آل نهيان الوفد.";
        List<Entity> es = tagProposing(text, "نهيان", "PERS", 0.8);
        assertEquals(1, es.size(), "the family's word makes no person of its own: " + es);
        assertEquals(List.of("فهد بن سالم آل نهيان/name"), mentions(es.get(0)));
        assertEquals(List.of("فهد بن سالم/name"), mentions(tag("واستقبل فهد بن سالم ال نهيان الوفد.").get(0)),
                "the article is no آل");
    }

    @Test
    void namesAProposalWrittenWithLamBeforeItsArticleWithTheArticle() {
        String text = "وعاد الوفد للشيشان ثم زار الشيشان مرة أخرى";
        int a = text.indexOf("للشيشان");
        int b = text.lastIndexOf("الشيشان");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(a, a + 7, "LOC", 0.8), Proposal.ofNer(b, b + 7, "LOC", 0.8)));
        assertEquals(1, es.size());
        assertEquals("الشيشان", es.get(0).name());
        assertEquals(List.of("للشيشان/name", "الشيشان/name"), mentions(es.get(0)));
        String club = "وانتقل اللاعب لليفربول بعد أن رفض ليفربول العرض الأول";
        int c = club.indexOf("لليفربول");
        assertEquals("ليفربول", tag(club, null, List.of(Proposal.ofNer(c, c + 8, "ORG", 0.8))).get(0).name());
    }

    @Test
    void namesAnInstitutionWrittenWithLamBeforeAHeadOpeningWithLamWithTheWholeHead() {
        String committee = "وقدم الطلب للجنة الوطنية لمكافحة الإرهاب وقالت لجنة أخرى إنها ستنظر فيه";
        int c = committee.indexOf("للجنة");
        List<Entity> es = tag(committee, null, List.of(Proposal.ofNer(c, committee.indexOf(" وقالت"), "ORG", 0.8)));
        assertEquals(List.of("اللجنة الوطنية لمكافحة الإرهاب"), es.stream().map(Entity::name).toList(),
                "not لجنة الوطنية, though the text writes لجنة alone");
        assertEquals("National Committee for Combating Terrorism", es.get(0).nameEn());
        String construct = "وقدم الطلب للجنة حقوق الإنسان أمس";
        int a = construct.indexOf("للجنة");
        assertEquals("لجنة حقوق الإنسان", tag(construct, null, List.of(Proposal.ofNer(a, a + 18, "ORG", 0.8))).get(0)
                .name(), "ل + a head in construct, no adjective after it");
    }

    @Test
    void readsAWordOpeningWithTwoLamsAsLamBeforeANameStartingWithLam() {
        List<Entity> es = tag("وقدمت روسيا دعما للبنان الطويل");
        assertEquals("LONGDAY", es.get(es.size() - 1).kb());
        assertEquals("لبنان الطويل/name", mentions(es.get(es.size() - 1)).get(0));
    }

    @Test
    void takesAClubsNameWithoutItsHeadNounForItOnceNamedInFull() {
        String text = "فاز نادي النجوم أمس، وقال مدرب النجوم إن لاعبي النجوم الساطعة وللنجوم جمهور.";
        Entity club = tag(text).get(0);
        assertEquals("CLUB", club.kb());
        assertEquals(List.of("نادي النجوم/name", "النجوم/name", "للنجوم/name"), mentions(club),
                "not before a definite word (النجوم الساطعة); للنجوم is mentioned whole, its article's alef unwritten");
        assertTrue(tag("وقال مدرب النجوم إن الفريق جاهز.").isEmpty(), "no full name, no club");
        assertEquals(List.of("نادي النجوم/name", "النجوم/name", "النجوم/name"),
                mentions(tag("فاز نادي النجوم أمس، ودخل النجوم المباراة بقوة، وفريق النجوم الأول جاهز.").get(0)),
                "what a team plays, and its first team, go on with no name");
    }

    @Test
    void takesAClubsShortNameBeforeAnElativeForTheClubButNotBeforeANisba() {
        String text = "فاز نادي النجوم أمس، وسيكون النجوم الأقوى هذا الموسم، وأقامت جمعية النجوم الأسري حفلا.";
        assertEquals(List.of("نادي النجوم/name", "النجوم/name"), mentions(tag(text).get(0)),
                "an elative says what the club is; a nisba goes on with another name");
    }

    @Test
    void takesAClubsShortNameTheTaggerProposesAsAPersonForTheClubNamedInFull() {
        String text = "أصيب مهاجم النجوم أمس، وأعلن نادي النجوم غيابه عن المباراة.";
        List<Entity> es = tagProposing(text, "النجوم", "PERS", 0.8);
        assertEquals(1, es.size(), es.toString());
        assertEquals("CLUB", es.get(0).kb());
        assertEquals(List.of("النجوم/name", "نادي النجوم/name"), mentions(es.get(0)));
    }

    @Test
    void namesAPersonAfterLamByTheDefiniteGivenNameItOpensWith() {
        List<Entity> es = tagProposing("وقدم الشكر للشاذلي العرفاوي على جهوده.", "للشاذلي العرفاوي", "PERS", 0.8);
        assertEquals("الشاذلي العرفاوي", es.get(0).name());
        assertEquals(List.of("للشاذلي العرفاوي/name"), mentions(es.get(0)));
    }

    @Test
    void takesAPersonAfterACompanyNounForTheCompanysName() {
        List<Entity> es = tag("ووقعت شركة سامر وديع قاسم عقدا جديدا");
        assertEquals(1, es.size());
        assertEquals(EntityType.ORG, es.get(0).type());
        assertEquals("شركة سامر وديع قاسم", es.get(0).name());
        assertTrue(es.get(0).nameEn().endsWith(" Company"), es.get(0).nameEn());
    }

    @Test
    void takesTheDefiniteHeadOfAnOrganizationsNameForTheOrganizationNamedLast() {
        String text = "أعلن حزب الفجر الجديد مشاركته، وقال الحزب إن القرار نهائي.";
        int at = text.indexOf("حزب");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(at, text.indexOf(" مشاركته"), "ORG", 0.8)));
        assertEquals(List.of("حزب الفجر الجديد/name", "الحزب/nominal"), mentions(es.get(0)));
        assertTrue(tag("وقال الحزب إن القرار نهائي.").isEmpty(), "no organization named before");
    }

    private static final NameEntry SINGER = new NameEntry("P-SINGER", EntityType.PERSON, "كريم ساهر", "Karim Saher", "RUS", "artist");
    private final EntityTagger withFamilyName = new EntityTagger(NameIndex.builder().add("كريم ساهر", SINGER)
            .add("ساهر", SINGER).add("الأوكراني", UKRAINE, MentionKind.ADJECTIVE, UKRAINE)
            .add("الروسي", RUSSIA, MentionKind.ADJECTIVE, RUSSIA).build(), Map.of(), OfficeTitles.NONE);

    private List<Entity> tagFamily(String text, List<Proposal> proposals) {
        Words w = Words.of(text);
        return withFamilyName.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals);
    }

    private static final NameEntry RAMI = new NameEntry("P-RAMI", EntityType.PERSON, "رامي الدوسري", "Rami al-Dosari", "RUS", "artist");
    private static final NameEntry ADEL = new NameEntry("P-ADEL", EntityType.PERSON, "عادل سلمان", "Adel Salman", "RUS", "artist");
    private final EntityTagger withLaterNames = new EntityTagger(NameIndex.builder().add("رامي الدوسري", RAMI)
            .add("عادل سلمان", ADEL).build(), Map.of(), OfficeTitles.NONE);

    /** The entities of {@code text} where the tagger proposes the first occurrence of {@code alone} as a person. */
    private List<Entity> withLaterName(String text, String alone) {
        Words w = Words.of(text);
        int at = text.indexOf(alone);
        return withLaterNames.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + alone.length(), "PERS", 0.8)));
    }

    @Test
    void joinsAFamilyNameAloneToTheKnownPersonNamedInFullAfterIt() {
        List<Entity> es = withLaterName("وأكد الدوسري أن العمل مستمر، وقال رامي الدوسري إن الوضع مستقر", "الدوسري");
        assertEquals(1, es.size(), es.toString());
        assertEquals("P-RAMI", es.get(0).kb());
        assertEquals(List.of("الدوسري/name", "رامي الدوسري/name"), mentions(es.get(0)));
    }

    @Test
    void joinsNoGivenNameAloneToAKnownPersonNamedAfterIt() {
        List<Entity> es = withLaterName("وسمى ابنه سلمان، ثم زاره عادل سلمان", "سلمان");
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void takesAKnownFamilyNameAfterAnotherGivenNameForAnotherPerson() {
        List<Entity> es = tagFamily("وغنى وليد ساهر أمس", List.of());
        assertEquals(1, es.size());
        assertNull(es.get(0).kb());
        assertEquals("وليد ساهر", es.get(0).name());
        assertEquals("P-SINGER", tagFamily("وغنى ساهر أمس", List.of()).get(0).kb());
        assertEquals("P-SINGER", tagFamily("سلم الجمهور على ساهر أمس", List.of()).get(0).kb(),
                "على, the preposition, normalizes as the name علي");
    }

    @Test
    void takesAKnownFamilyNameAfterAnAdjectiveOfAnotherCountryForSomeoneElse() {
        String text = "وغنى الأوكراني ساهر أمس";
        int at = text.indexOf("ساهر");
        List<Entity> es = tagFamily(text, List.of(Proposal.ofNer(at, at + 4, "PERS", 0.9)));
        assertTrue(es.stream().noneMatch(e -> "P-SINGER".equals(e.kb())), es.toString());
        assertTrue(tagFamily("وغنى الروسي ساهر أمس", List.of()).stream().anyMatch(e -> "P-SINGER".equals(e.kb())),
                "the person's own country");
    }

    @Test
    void takesAKnownFamilyNameBeforeAParticleOfForeignNamesForSomeoneElse() {
        String text = "وسجل ساهر فان دير رقما";
        int at = text.indexOf("ساهر");
        List<Entity> es = tagFamily(text, List.of(Proposal.ofNer(at, text.indexOf(" رقما"), "PERS", 0.7)));
        assertEquals(List.of("ساهر فان دير"), es.stream().map(Entity::name).toList());
        assertNull(es.get(0).kb());
    }

    @Test
    void takesAKnownLineageAfterACommonersHonorificWithAFamilyNameForSomeoneElse() {
        assertTrue(tag("وحضر المهندس فهد بن سالم الحربي الاجتماع").stream().noneMatch(e -> "P-PRINCE".equals(e.kb())));
        assertEquals("P-PRINCE", tag("وحضر الأمير فهد بن سالم الاجتماع").get(0).kb());
        assertEquals("P-PRINCE", tag("وحضر الأمير فهد بن سالم الحفل").get(0).kb(), "a definite word after a prince's name");
        assertTrue(tag("وحضر المهندس فهد بن عبد الرحيم الحربي الاجتماع").stream().noneMatch(e -> "P-PRINCE".equals(e.kb())),
                "the father's name written in two words");
        assertEquals("P-PRINCE", tag("وحضر الأمير فهد بن عبد الرحيم الاجتماع").get(0).kb());
    }

    @Test
    void takesAFamilyNameOfAbuAfterTheFullNameForThatPerson() {
        String text = "وقال سامر أبو خليل إن العمل بدأ، وأضاف أبو خليل أن الموعد قريب، ثم قال أبو خليل مجددا.";
        int full = text.indexOf("سامر");
        int second = text.lastIndexOf("أبو خليل");
        List<Entity> es = tag(text, null, List.of(Proposal.ofNer(full, full + 13, "PERS", 0.9),
                Proposal.ofNer(second, second + 8, "PERS", 0.8)));
        assertEquals(1, es.size(), es.toString());
        assertEquals(List.of("سامر أبو خليل/name", "أبو خليل/name", "أبو خليل/name"), mentions(es.get(0)),
                "proposed by the tagger or not");
    }

    @Test
    void takesACapitalAfterANounOfTheCitysPartsPeopleOrServicesOrAfterItsTitleForTheCity() {
        for (String text : List.of("وتراجعت بورصة موسكو أمس", "وقال سكان موسكو إن البرد اشتد", "وأعلنت شرطة موسكو القبض عليه",
                "ووصل الوفد إلى العاصمة الروسية موسكو أمس", "وسقطت قذيفة شمالي موسكو")) {
            Entity city = tag(text).stream().filter(e -> "MOSCOW".equals(e.kb())).findFirst()
                    .orElseThrow(() -> new AssertionError(text));
            assertEquals(List.of("موسكو/name"), mentions(city));
        }
        assertEquals("RUS", tag("وأعلنت موسكو رفضها القرار").get(0).kb(), "the government");
    }

    @Test
    void takesACapitalJoinedToACityThatIsNoCapitalForTheCity() {
        NameEntry kazan = new NameEntry("KAZAN", EntityType.GPE, "قازان", "Kazan", "RUS", "city", "GOV", List.of());
        EntityTagger withCity = new EntityTagger(NameIndex.builder().add("روسيا", RUSSIA)
                .add("موسكو", RUSSIA, MentionKind.METONYM, MOSCOW).add("قازان", kazan).add("كييف", UKRAINE, MentionKind.METONYM,
                        new NameEntry("KYIV", EntityType.GPE, "كييف", "Kyiv", "UKR", "capital", "GOV", List.of())).build(),
                Map.of(), OfficeTitles.NONE);
        for (String text : List.of("وارتفعت الحرارة في قازان وموسكو أمس", "وارتفعت الحرارة اليوم موسكو وقازان")) {
            Words w = Words.of(text);
            List<Entity> es = withCity.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of());
            assertTrue(es.stream().anyMatch(e -> "MOSCOW".equals(e.kb())), text + " " + es);
        }
        String governments = "واتفقت موسكو وكييف على الهدنة";
        Words w = Words.of(governments);
        List<Entity> es = withCity.tag(governments, w.spans(), w.normalized(), new IdSequence("e"), null, List.of());
        assertEquals(List.of("RUS", "UKR"), es.stream().map(Entity::kb).toList(), "two capitals are two governments");
    }

    @Test
    void takesACapitalAfterTheDashOfADatelineOrAfterWaFiForTheCity() {
        for (String text : List.of("النهار الطويل – موسكو\nقالت الوزارة إن الاجتماع تأجل.", "سامر خليل- النهار الطويل- موسكو: أعلنت الوزارة",
                "وقال آخرون كلاما كثيرا. وفي موسكو قالت الوزارة إن الاجتماع تأجل.")) {
            assertTrue(tag(text).stream().anyMatch(e -> "MOSCOW".equals(e.kb())), text);
        }
        String far = "وقال المحلل إن العلاقات بين البلدين شهدت تحسنا كبيرا في الأعوام الأخيرة على صعيد التجارة والأمن - موسكو ترفض";
        assertEquals("RUS", tag(far).stream().filter(e -> e.type() == EntityType.GPE).findFirst().orElseThrow().kb(),
                "a dash far into its line opens no dateline");
    }
}
