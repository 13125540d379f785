package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;

class HomonymsTest {
    private static final NameEntry JAWF_SA = new NameEntry("JAWF_SA", EntityType.LOC, "منطقة الجوف", "Al-Jawf Region", "SAU", "region");
    private static final NameEntry JAWF_YE = new NameEntry("JAWF_YE", EntityType.LOC, "محافظة الجوف", "Al-Jawf Governorate", "YEM", "region");
    private static final Homonyms HOMONYMS = Homonyms.shipped(List.of(JAWF_SA, JAWF_YE));
    private static final String JAWF = "الجوف";
    private static final NameEntry SAUDI = new NameEntry("SAU", EntityType.GPE, "السعودية", "Saudi Arabia", "SAU", "country");

    @Test
    void namesTheEntityOfTheCountryTheArticleNamesMost() {
        assertEquals(JAWF_YE, HOMONYMS.meant(JAWF, Map.of("YEM", 5, "SAU", 1), null));
        assertEquals(JAWF_SA, HOMONYMS.meant(JAWF, Map.of("SAU", 1), null));
    }

    @Test
    void namesTheSharingCountryTheArticleNamesWhateverCountryLeads() {
        NameEntry north = new NameEntry("PRK", EntityType.GPE, "كوريا الشمالية", "North Korea", "PRK", "country");
        NameEntry south = new NameEntry("KOR", EntityType.GPE, "كوريا الجنوبية", "South Korea", "KOR", "country");
        Homonyms korea = Homonyms.shipped(List.of(north, south));
        assertEquals(south, korea.meant("كوريا", Map.of("SAU", 6, "KOR", 1), "SAU"));
        assertNull(korea.meant("كوريا", Map.of("SAU", 6), "SAU"), "neither named");
        assertNull(korea.meant("كوريا", Map.of("KOR", 1, "PRK", 1), null), "both named as often");
    }

    @Test
    void namesTheClubOfTheCountryNamedMostAmongItsCandidatesThePublishersUnnamedToo() {
        NameEntry jeddah = new NameEntry("ALAHLI_SAU", EntityType.ORG, "النادي الأهلي السعودي", "Al-Ahli", "SAU",
                "club");
        NameEntry cairo = new NameEntry("ALAHLY", EntityType.ORG, "النادي الأهلي المصري", "Al Ahly", "EGY", "club");
        Homonyms clubs = Homonyms.shipped(List.of(jeddah, cairo));
        String name = "النادي الاهلي";
        assertEquals(jeddah, clubs.meant(name, Map.of("CHE", 3, "SAU", 1), "SAU"), "its Swiss coach named thrice");
        assertEquals(jeddah, clubs.meant(name, Map.of("EGY", 1, "SYR", 1), "SAU"), "its Egyptian and Syrian players");
        assertEquals(cairo, clubs.meant(name, Map.of("EGY", 3), "SAU"));
        assertNull(clubs.meant(name, Map.of("EGY", 2), "SAU"), "a tie");
    }

    @Test
    void givesTheEnglishWordsAllCandidatesShare() {
        assertEquals("Al-Jawf", HOMONYMS.englishOf(JAWF));
        NameEntry north = new NameEntry("PRK", EntityType.GPE, "كوريا الشمالية", "North Korea", "PRK", "country");
        NameEntry south = new NameEntry("KOR", EntityType.GPE, "كوريا الجنوبية", "South Korea", "KOR", "country");
        assertEquals("Korea", Homonyms.sharedEnglish(List.of(north, south)));
        NameEntry kinshasa = new NameEntry("COD", EntityType.GPE, "الكونغو", "Congo - Kinshasa", "COD", "country");
        NameEntry brazzaville = new NameEntry("COG", EntityType.GPE, "الكونغو", "Congo - Brazzaville", "COG", "country");
        assertEquals("Congo", Homonyms.sharedEnglish(List.of(kinshasa, brazzaville)), "the dash is left out");
    }

    @Test
    void givesNoEnglishOfAFunctionWordOrOfASingleCandidate() {
        NameEntry saudi = new NameEntry("MOI_SAU", EntityType.ORG, "وزارة الداخلية السعودية", "Ministry of Interior (Saudi Arabia)", "SAU", "ministry");
        NameEntry tunisian = new NameEntry("MOI_TUN", EntityType.ORG, "وزارة الداخلية التونسية", "Ministry of the Interior (Tunisia)", "TUN", "ministry");
        assertNull(Homonyms.sharedEnglish(List.of(saudi, tunisian)), "Ministry of");
        assertNull(Homonyms.sharedEnglish(List.of(JAWF_SA)), "an article that does not mean the one candidate means someone else");
    }

    @Test
    void findsADominantCountryOnlyWithFiveMentionsAndFourTimesAnyOther() {
        assertEquals("EGY", Homonyms.dominantCountry(Map.of("EGY", 8, "SAU", 2)));
        assertNull(Homonyms.dominantCountry(Map.of("EGY", 7, "ETH", 2)), "less than four times the next");
        assertNull(Homonyms.dominantCountry(Map.of("EGY", 4)), "fewer than five mentions");
        assertEquals("BHR", Homonyms.dominantForeignCountry(Map.of("BHR", 34, "SAU", 4), "SAU"));
        assertNull(Homonyms.dominantForeignCountry(Map.of("SAU", 9), "SAU"), "the publisher's own is no foreign one");
    }

    @Test
    void dwellsOnThePublishersCountryOnlyWhereNoOtherIsNamed() {
        assertEquals("TUN", Homonyms.countryDwelledOn(Map.of(), "TUN"));
        assertEquals("TUN", Homonyms.countryDwelledOn(Map.of("TUN", 2), "TUN"));
        assertNull(Homonyms.countryDwelledOn(Map.of("TUN", 2, "FRA", 1), "TUN"));
        assertEquals("FRA", Homonyms.countryDwelledOn(Map.of("FRA", 8, "TUN", 1), "TUN"), "a dominant foreign one");
        assertNull(Homonyms.countryDwelledOn(Map.of(), null));
    }

    @Test
    void countsThePublishersCountryAsTwoMentions() {
        assertEquals(JAWF_SA, HOMONYMS.meant(JAWF, Map.of("SAU", 1, "YEM", 2), "SAU"));
        assertNull(HOMONYMS.meant(JAWF, Map.of("YEM", 1), "SAU"), "the publisher's country must be named too");
        assertEquals(JAWF_YE, HOMONYMS.meant(JAWF, Map.of("YEM", 3), "SAU"));
    }

    @Test
    void namesThePublishersEntityInAnArticleThatNamesNoCountry() {
        assertEquals(JAWF_SA, HOMONYMS.meant(JAWF, Map.of(), "SAU"));
        assertNull(HOMONYMS.meant(JAWF, Map.of(), null), "no publisher's country either");
    }

    @Test
    void namesNoneOnATieOrWhereAnotherCountryLeads() {
        assertNull(HOMONYMS.meant(JAWF, Map.of("YEM", 2), "SAU"));
        assertNull(HOMONYMS.meant(JAWF, Map.of("EGY", 4), null));
        assertNull(HOMONYMS.meant(JAWF, Map.of("EGY", 4, "YEM", 1), null), "Yemen named, but Egypt leads");
        assertNull(HOMONYMS.meant("عدن", Map.of("YEM", 4), null), "no homonym");
    }

    @Test
    void givesTheEntityOfACountryThatANationalityAdjectiveNames() {
        assertEquals(JAWF_YE, HOMONYMS.of(JAWF, "YEM"));
        assertNull(HOMONYMS.of(JAWF, "EGY"));
    }

    @Test
    void leavesOutANameWithNoKnownEntity() {
        assertTrue(Homonyms.shipped(List.of()).isEmpty());
        assertEquals(JAWF_SA, Homonyms.shipped(List.of(JAWF_SA)).meant(JAWF, Map.of("SAU", 1), "SAU"), "one is enough");
    }

    @Test
    void namesNoneOfAnotherCountryNamedRightAfterTheName() {
        NameEntry interior = new NameEntry("MOI_SAU", EntityType.ORG, "وزارة الداخلية السعودية", "Ministry of Interior (Saudi Arabia)",
                "SAU", "ministry");
        NameEntry bahrain = new NameEntry("BHR", EntityType.GPE, "البحرين", "Bahrain", "BHR", "country");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("السعودية", SAUDI).add("البحرين", bahrain).build(),
                Map.of(), OfficeTitles.NONE, List.of(interior, bahrain));
        for (String text : List.of("وأعلنت وزارة الداخلية بمملكة البحرين القبض على خلية، وقالت السعودية إنها تتابع.",
                "وأعلنت وزارة الداخلية في البحرين القبض على خلية، وقالت السعودية إنها تتابع.")) {
            Words w = Words.of(text);
            List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU");
            assertTrue(es.stream().noneMatch(e -> "MOI_SAU".equals(e.kb())), text + " " + es);
        }
    }

    @Test
    void givesEveryShippedHomonymKnownEntities() {
        assertEquals(List.of(), Homonyms.unknownIds(KnowledgeBase.shipped().entries()));
    }

    @Test
    void linksTheTaggersProposalOfAHomonymToThePlaceOfTheArticlesCountry() {
        NameEntry yemen = new NameEntry("YEM", EntityType.GPE, "اليمن", "Yemen", "YEM", "country");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("اليمن", yemen).add("السعودية", SAUDI).build(),
                Map.of(), OfficeTitles.NONE, List.of(JAWF_SA, JAWF_YE, yemen));
        String text = "قصفت الطائرات مواقع في الجوف شمال اليمن، وقال سكان في اليمن إن الغارات على اليمن استمرت.";
        int at = text.indexOf(JAWF);
        Words w = Words.of(text);
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + JAWF.length(), "LOC", 0.9)), "SAU");
        Entity jawf = es.stream().filter(e -> "JAWF_YE".equals(e.kb())).findFirst().orElseThrow(() -> new AssertionError(es));
        assertEquals(List.of(JAWF), jawf.mentions().stream().map(m -> m.text()).toList());
        assertEquals(MentionKind.NAME, jawf.mentions().get(0).kind());
        String rain = "وهطلت الأمطار على الجوف أمس، وتوقعت الأرصاد في السعودية المزيد.";
        int r = rain.indexOf(JAWF);
        Words rw = Words.of(rain);
        List<Entity> saudi = tagger.tag(rain, rw.spans(), rw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(r, r + JAWF.length(), "LOC", 0.9)), "SAU");
        assertEquals("JAWF_SA", saudi.get(0).kb(), "a Saudi paper's article about Saudi Arabia");
        String bare = "وهطلت الأمطار على الجوف أمس.";
        Words bw = Words.of(bare);
        List<Entity> home = tagger.tag(bare, bw.spans(), bw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(r, r + JAWF.length(), "LOC", 0.9)), "SAU");
        assertEquals("JAWF_SA", home.get(0).kb(), "an article that names no country means the publisher's");
        List<Entity> none = tagger.tag(bare, bw.spans(), bw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(r, r + JAWF.length(), "LOC", 0.9)), null);
        assertNull(none.get(0).kb(), "no country named and no publisher's country");
    }

    @Test
    void takesTheQuoteMarkThatClosesInsideAHomonymsMention() {
        NameEntry interior = new NameEntry("MOI_SAU", EntityType.ORG, "وزارة الداخلية السعودية", "Ministry of Interior (Saudi Arabia)",
                "SAU", "ministry");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().build(), Map.of(), OfficeTitles.NONE, List.of(interior));
        String text = "وأعلنت وزارة «الداخلية» القبض على خلية.";
        Words w = Words.of(text);
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU");
        assertEquals(List.of("وزارة «الداخلية»"), es.get(0).mentions().stream().map(m -> m.text()).toList());
    }

    @Test
    void findsAHomonymTheTaggerDidNotProposeAndKeepsItOnlyWhenItNamesAKnownEntity() {
        NameEntry interior = new NameEntry("MOI_SAU", EntityType.ORG, "وزارة الداخلية السعودية", "Ministry of Interior (Saudi Arabia)",
                "SAU", "ministry");
        NameEntry egypt = new NameEntry("EGY", EntityType.GPE, "مصر", "Egypt", "EGY", "country");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("السعودية", SAUDI).add("مصر", egypt).build(), Map.of(),
                OfficeTitles.NONE, List.of(interior));
        String text = "وأعلنت وزارة الداخلية في السعودية القبض على خلية، وقالت لوزارة الداخلية إنها تتابع.";
        Words w = Words.of(text);
        List<Entity> saudi = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU");
        assertEquals(List.of("MOI_SAU", "SAU"), saudi.stream().map(Entity::kb).toList());
        assertEquals(List.of("وزارة الداخلية", "وزارة الداخلية"), saudi.get(0).mentions().stream().map(m -> m.text()).toList(),
                "the clitic ل read off");
        String abroad = "وأعلنت وزارة الداخلية القبض على خلية في مصر.";
        Words aw = Words.of(abroad);
        assertTrue(tagger.tag(abroad, aw.spans(), aw.normalized(), new IdSequence("e"), null, List.of(), "SAU").stream()
                        .noneMatch(e -> e.type() == EntityType.ORG),
                "another country named: no ministry, and no entity the tagger did not propose");
        String unnamed = "وأعلنت وزارة الداخلية القبض على خلية.";
        Words uw = Words.of(unnamed);
        assertEquals(List.of("MOI_SAU"), tagger.tag(unnamed, uw.spans(), uw.normalized(), new IdSequence("e"), null,
                List.of(), "SAU").stream().map(Entity::kb).toList(), "no country named: the publisher's ministry");
        int at = abroad.indexOf("وزارة");
        List<Entity> proposed = tagger.tag(abroad, aw.spans(), aw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "وزارة الداخلية".length(), "ORG", 0.8)), "SAU").stream()
                .filter(e -> e.type() == EntityType.ORG).toList();
        assertEquals(1, proposed.size(), "the tagger's own proposal stays a name: " + proposed);
        assertNull(proposed.get(0).kb());
    }

    private static final NameEntry TRIPOLI = new NameEntry("TRIPOLI", EntityType.GPE, "طرابلس", "Tripoli", "LBY", "capital");
    private static final NameEntry TRIPOLI_LB = new NameEntry("TRIPOLI_LB", EntityType.GPE, "طرابلس الشام", "Tripoli, Lebanon", "LBN", "city");
    private static final NameEntry LEBANON = new NameEntry("LBN", EntityType.GPE, "لبنان", "Lebanon", "LBN", "country");

    @Test
    void movesAKnownNameToTheOtherCandidateOfTheCountryNamedMostAmongTheCandidates() {
        Homonyms tripoli = Homonyms.shipped(List.of(TRIPOLI, TRIPOLI_LB));
        assertEquals(TRIPOLI_LB, tripoli.otherMeant("طرابلس", TRIPOLI, Map.of("LBN", 3), "SAU"));
        assertEquals(TRIPOLI_LB, tripoli.otherMeant("طرابلس", TRIPOLI, Map.of("SYR", 9, "LBN", 1), "SAU"),
                "other countries do not count");
        assertNull(tripoli.otherMeant("طرابلس", TRIPOLI, Map.of("LBY", 2, "LBN", 1), "SAU"), "Libya leads: the capital stays");
        assertNull(tripoli.otherMeant("طرابلس", TRIPOLI, Map.of("LBY", 1, "LBN", 1), null), "a tie keeps the known one");
        assertNull(tripoli.otherMeant("طرابلس", TRIPOLI, Map.of(), "LBN"), "the publisher's country must be named too");
        assertNull(tripoli.otherMeant("طرابلس", SAUDI, Map.of("LBN", 3), null), "not a candidate");
    }

    @Test
    void readsAKnownPlaceAsItsNamesakeInAnArticleOnTheNamesakesCountry() {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("طرابلس", TRIPOLI).add("لبنان", LEBANON).build(),
                Map.of(), OfficeTitles.NONE, List.of(TRIPOLI, TRIPOLI_LB, LEBANON));
        String text = "اندلعت اشتباكات في طرابلس شمال لبنان، وعاد الهدوء إلى طرابلس بعد تدخل الجيش في لبنان.";
        Words w = Words.of(text);
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU");
        assertEquals(List.of("TRIPOLI_LB", "LBN"), es.stream().map(Entity::kb).toList());
        assertEquals(List.of("طرابلس", "طرابلس"), es.get(0).mentions().stream().map(m -> m.text()).toList());
        String libya = "وصل الوفد إلى طرابلس أمس.";
        Words lw = Words.of(libya);
        assertEquals(List.of("TRIPOLI"), tagger.tag(libya, lw.spans(), lw.normalized(), new IdSequence("e"), null,
                List.of(), "SAU").stream().map(Entity::kb).toList(), "no country named: the knowledge base's own");
    }

    private static final NameEntry OMAN = new NameEntry("OMN", EntityType.GPE, "عمان", "Oman", "OMN", "country");
    private static final NameEntry AMMAN = new NameEntry("AMMAN", EntityType.GPE, "العاصمة الأردنية عمّان", "Amman", "JOR", "city");
    private static final NameEntry JORDAN = new NameEntry("JOR", EntityType.GPE, "الأردن", "Jordan", "JOR", "country");
    private static final NameEntry KUWAIT = new NameEntry("KWT", EntityType.GPE, "الكويت", "Kuwait", "KWT", "country");

    /** The knowledge-base ids of the mentions of عمان in {@code text}, by a tagger that knows Oman, Amman, Jordan and Kuwait. */
    private static List<String> omanOrAmman(String text) {
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("عمان", OMAN).add("الأردن", JORDAN).add("الكويت", KUWAIT)
                .build(), Map.of(), OfficeTitles.NONE, List.of(OMAN, AMMAN, JORDAN, KUWAIT));
        Words w = Words.of(text);
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU").stream()
                .flatMap(e -> e.mentions().stream().filter(m -> m.text().endsWith("عمان")).map(m -> e.kb())).toList();
    }

    @Test
    void keepsACountryAmongOtherCountriesForItsNamesakeCity() {
        assertEquals(List.of("AMMAN", "AMMAN"), omanOrAmman("اجتمع وزراء الأردن في عمان أمس، وقال الأردن إن عمان ترحب بهم"));
        assertEquals(List.of("OMN"), omanOrAmman("شارك الأردن والكويت وعمان في اجتماع عقد أمس في الأردن"),
                "a country of a list of countries");
        assertEquals(List.of("AMMAN"), omanOrAmman("شارك وفد الكويت في مؤتمر بعمان في الأردن، وشكره الأردن"),
                "a city before its own country");
    }

    @Test
    void leavesAGuardedKnownNameToItsGuard() {
        NameEntry mansoura = new NameEntry("MANSOURA", EntityType.GPE, "المنصورة", "Mansoura", "EGY", "city");
        NameEntry aden = new NameEntry("MANSOURA_ADEN", EntityType.LOC, "مديرية المنصورة", "Al Mansoura, Aden", "YEM", "region");
        NameEntry yemen = new NameEntry("YEM", EntityType.GPE, "اليمن", "Yemen", "YEM", "country");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().addGuarded("المنصورة", mansoura, MentionKind.NAME, mansoura)
                .add("اليمن", yemen).build(), Map.of(), OfficeTitles.NONE, List.of(mansoura, aden, yemen));
        String text = "وقال إن القوات المنصورة ستبقى في اليمن، وإن المعارك في المنصورة انتهت في اليمن.";
        Words w = Words.of(text);
        List<Entity> es = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU");
        assertEquals(List.of("YEM", "MANSOURA_ADEN"), es.stream().map(Entity::kb).toList());
        Entity district = es.get(1);
        assertEquals(List.of(text.lastIndexOf("المنصورة")), district.mentions().stream().map(m -> m.start()).toList(),
                "\"the victorious forces\" name no place");
    }

    /** The entities of {@code text}, an article on Yemen, the tagger proposing a person at each of {@code proposed}. */
    private static List<Entity> aboutYemen(String text, int... proposed) {
        NameEntry saleh = new NameEntry("P-SALEH", EntityType.PERSON, "علي عبد الله صالح", "Ali Abdullah Saleh", "YEM", "politician");
        NameEntry yemen = new NameEntry("YEM", EntityType.GPE, "اليمن", "Yemen", "YEM", "country");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("اليمن", yemen).build(), Map.of(), OfficeTitles.NONE,
                List.of(saleh, yemen));
        Words w = Words.of(text);
        List<Proposal> proposals = Arrays.stream(proposed)
                .mapToObj(at -> Proposal.ofNer(at, at + "صالح".length(), "PERS", 0.8)).toList();
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, "YEM");
    }

    /** The starts of the mentions of Ali Abdullah Saleh among {@code es}. */
    private static List<Integer> salehAt(List<Entity> es) {
        Entity person = es.stream().filter(e -> "P-SALEH".equals(e.kb())).findFirst().orElseThrow(() -> new AssertionError(es));
        return person.mentions().stream().map(m -> m.start()).toList();
    }

    @Test
    void findsAPersonsNameAloneOnlyWhereTheTaggerProposesAPerson() {
        String text = "قصفت الطائرات مواقع قوات صالح في اليمن، وصوت المجلس لصالح القرار في اليمن.";
        int at = text.indexOf("صالح");
        assertEquals(List.of(at), salehAt(aboutYemen(text, at)), "not لصالح, \"in favour of\"");
    }

    @Test
    void leavesAPersonsNameAloneAfterAGivenNameToSomeoneElse() {
        String text = "قصفت الطائرات مواقع قوات صالح في اليمن، وقال يوسف صالح إن اليمن يحتاج السلام.";
        int first = text.indexOf("صالح");
        int second = text.indexOf("صالح", first + 1);
        List<Entity> es = aboutYemen(text, first, second);
        assertEquals(List.of(first), salehAt(es));
        assertTrue(es.stream().anyMatch(e -> e.kb() == null && e.mentions().stream().anyMatch(m -> m.start() == second)),
                "يوسف صالح is someone else, whose given name the tagger left out");
    }

    /** The entities of {@code text}, the tagger proposing a person at each of {@code proposed} ("عبدالله"). */
    private static List<Entity> withKings(String text, int... proposed) {
        NameEntry saudiKing = new NameEntry("P-KINGABDULLAH", EntityType.PERSON, "الملك عبد الله بن عبد العزيز",
                "King Abdullah bin Abdulaziz", "SAU", "monarch");
        NameEntry jordanianKing = new NameEntry("P-ABDULLAH2", EntityType.PERSON, "الملك عبد الله الثاني", "Abdullah II",
                "JOR", "monarch");
        NameEntry jordan = new NameEntry("JOR", EntityType.GPE, "الأردن", "Jordan", "JOR", "country");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("الأردن", jordan).add("السعودية", SAUDI).build(),
                Map.of(), OfficeTitles.NONE, List.of(saudiKing, jordanianKing, jordan, SAUDI));
        Words w = Words.of(text);
        List<Proposal> proposals = Arrays.stream(proposed)
                .mapToObj(at -> Proposal.ofNer(at, at + "عبدالله".length(), "PERS", 0.8)).toList();
        return tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, proposals, null);
    }

    @Test
    void namesTheKingOfTheCountryTheArticleNamesByTitleAndGivenName() {
        assertKingNamedAtGivenName("استقبل الملك عبدالله في عمان وزير خارجية الأردن.",
                "the title stays out of the name");
        Entity late = withKings("وكان الملك عبدالله قد زار السعودية.", "وكان الملك ".length()).getFirst();
        assertEquals("P-KINGABDULLAH", late.kb());
    }

    @Test
    void namesTheLateKingBesideABlessingForTheDeadWhateverCountryTheArticleNames() {
        for (String text : List.of("وقال وزير أردني إن الملك عبدالله -رحمه الله- زار الأردن مرارا.",
                "وكتب صحفي من الأردن عن الراحل الملك عبدالله وأثره في الأردن.")) {
            List<Entity> es = withKings(text, text.indexOf("عبدالله"));
            assertEquals(List.of("P-KINGABDULLAH"),
                    es.stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::kb).toList(), text);
        }
        String living = "وقال وزير أردني إن الملك عبدالله زار الأردن مرارا.";
        assertEquals("P-ABDULLAH2", withKings(living, living.indexOf("عبدالله")).getFirst().kb(), "no blessing");
    }

    @Test
    void readsATitleGluedToWawBeforeTheGivenNameAsTheTitle() {
        assertKingNamedAtGivenName("واستقبل ولي العهد والملك عبدالله في عمان وزير خارجية الأردن.",
                "و and the title stay out");
    }

    /** Jordan's king is named in {@code text}, his one mention the given name عبدالله alone. */
    private static void assertKingNamedAtGivenName(String text, String why) {
        int at = text.indexOf("عبدالله");
        Entity king = withKings(text, at).getFirst();
        assertEquals("P-ABDULLAH2", king.kb());
        assertEquals(List.of(at), king.mentions().stream().map(m -> m.start()).toList(), why);
    }

    @Test
    void leavesATitledGivenNameUnlinkedWhereTheArticleNamesNeitherCountry() {
        String text = "وكان الملك عبدالله قد أمر بذلك.";
        List<Entity> es = withKings(text, text.indexOf("عبدالله"));
        assertEquals(List.of("عبدالله"), es.stream().map(Entity::name).toList());
        assertNull(es.getFirst().kb());
    }

    @Test
    void takesATitledGivenNameAfterAFacilityNounForTheFacilitysName() {
        String text = "وافتتح مستشفى الملك عبدالله في السعودية.";
        List<Entity> es = withKings(text, text.indexOf("عبدالله"));
        assertTrue(es.stream().noneMatch(e -> e.type() == EntityType.PERSON), es.toString());
    }
}
