package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void countsThePublishersCountryAsTwoMentions() {
        assertEquals(JAWF_SA, HOMONYMS.meant(JAWF, Map.of("SAU", 1, "YEM", 2), "SAU"));
        assertNull(HOMONYMS.meant(JAWF, Map.of("YEM", 1), "SAU"), "the publisher's country must be named too");
        assertNull(HOMONYMS.meant(JAWF, Map.of(), "SAU"));
        assertEquals(JAWF_YE, HOMONYMS.meant(JAWF, Map.of("YEM", 3), "SAU"));
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
        List<Entity> none = tagger.tag(bare, bw.spans(), bw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(r, r + JAWF.length(), "LOC", 0.9)), "SAU");
        assertNull(none.get(0).kb(), "the publisher's country alone names nothing");
    }

    @Test
    void findsAHomonymTheTaggerDidNotProposeAndKeepsItOnlyWhenItNamesAKnownEntity() {
        NameEntry interior = new NameEntry("MOI_SAU", EntityType.ORG, "وزارة الداخلية السعودية", "Ministry of Interior (Saudi Arabia)",
                "SAU", "ministry");
        EntityTagger tagger = new EntityTagger(NameIndex.builder().add("السعودية", SAUDI).build(), Map.of(), OfficeTitles.NONE,
                List.of(interior));
        String text = "وأعلنت وزارة الداخلية في السعودية القبض على خلية، وقالت لوزارة الداخلية إنها تتابع.";
        Words w = Words.of(text);
        List<Entity> saudi = tagger.tag(text, w.spans(), w.normalized(), new IdSequence("e"), null, List.of(), "SAU");
        assertEquals(List.of("MOI_SAU", "SAU"), saudi.stream().map(Entity::kb).toList());
        assertEquals(List.of("وزارة الداخلية", "وزارة الداخلية"), saudi.get(0).mentions().stream().map(m -> m.text()).toList(),
                "the clitic ل read off");
        String abroad = "وأعلنت وزارة الداخلية القبض على خلية.";
        Words aw = Words.of(abroad);
        assertTrue(tagger.tag(abroad, aw.spans(), aw.normalized(), new IdSequence("e"), null, List.of(), "SAU").isEmpty(),
                "no country named: no ministry, and no entity the tagger did not propose");
        int at = abroad.indexOf("وزارة");
        List<Entity> proposed = tagger.tag(abroad, aw.spans(), aw.normalized(), new IdSequence("e"), null,
                List.of(Proposal.ofNer(at, at + "وزارة الداخلية".length(), "ORG", 0.8)), "SAU");
        assertEquals(1, proposed.size(), "the tagger's own proposal stays a name: " + proposed);
        assertNull(proposed.get(0).kb());
    }
}
