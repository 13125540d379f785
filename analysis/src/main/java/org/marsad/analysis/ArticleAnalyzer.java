package org.marsad.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.marsad.analysis.clean.BoilerplateRemover;
import org.marsad.analysis.clean.CleanedText;
import org.marsad.analysis.entity.AdjacentNames;
import org.marsad.analysis.entity.AgedNames;
import org.marsad.analysis.entity.Appositions;
import org.marsad.analysis.entity.Bylines;
import org.marsad.analysis.entity.DateMentions;
import org.marsad.analysis.event.EventTagger;
import org.marsad.analysis.entity.EntityTagger;
import org.marsad.analysis.entity.HeadedBodies;
import org.marsad.analysis.entity.IdSequence;
import org.marsad.analysis.entity.InstitutionPhrases;
import org.marsad.analysis.entity.KnownAs;
import org.marsad.analysis.entity.ListRoles;
import org.marsad.analysis.entity.LoneGivenNames;
import org.marsad.analysis.entity.MinistryPhrases;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.NameIndex;
import org.marsad.analysis.entity.NationalBodyPhrases;
import org.marsad.analysis.entity.OrganizationAdjectives;
import org.marsad.analysis.entity.PlacePhrases;
import org.marsad.analysis.entity.ProductNames;
import org.marsad.analysis.entity.Proposal;
import org.marsad.analysis.entity.ProposalBounds;
import org.marsad.analysis.entity.RoleNominals;
import org.marsad.analysis.entity.UntaggedFamilyNames;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.analysis.ner.NamedSpan;
import org.marsad.analysis.ner.NerTagger;
import org.marsad.analysis.provenance.ProvenanceTracer;
import org.marsad.analysis.quote.QuoteTagger;
import org.marsad.analysis.time.DateTagger;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.article.DateExpression;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Event;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.Removed;
import org.marsad.article.Source;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Span;

/**
 * Turns an article into its analysed record. Thread-safe and immutable once created: create one and share it.
 *
 * <p>Steps, in order: boilerplate removal (the cleaned body becomes the text every span points into),
 * sentence splitting, tokenization, dates, entities (knowledge base, role appositions, statistical tagger; no
 * mention that is a word of a longer date, no date inside a known name), the byline the text opens with (its
 * writers' role, and the author when the input names none), the publisher's entity, quotes, provenance, events.
 */
public final class ArticleAnalyzer {
    private static final int ID_HEX_CHARS = 16;
    private static final double PUBLISHER_CONFIDENCE = 0.8;
    private final BoilerplateRemover boilerplate;
    private final KnowledgeBase kb;
    private final Appositions appositions;
    private final RoleNominals roleNominals;
    private final NerTagger ner;
    private final EventTagger events;
    private final DateTagger dates;
    private final QuoteTagger quotes;
    private final ProvenanceTracer provenance;

    private ArticleAnalyzer(BoilerplateRemover boilerplate, KnowledgeBase kb, NerTagger ner, DateTagger dates,
                            QuoteTagger quotes, ProvenanceTracer provenance) {
        this.boilerplate = boilerplate;
        this.kb = kb;
        this.appositions = Appositions.shipped();
        this.roleNominals = RoleNominals.shipped(quotes::isSpeechVerb);
        this.ner = ner;
        this.events = EventTagger.withShippedLexicon(kb.sectorPhrases());
        this.dates = dates;
        this.quotes = quotes;
        this.provenance = provenance;
    }

    /** An analyzer with the knowledge shipped with Marsad. */
    public static ArticleAnalyzer withShippedKnowledge() {
        return withKnowledge(KnowledgeBase.shipped());
    }

    /** An analyzer that knows the actors of {@code kb} (the shipped base plus a user's files, say). */
    public static ArticleAnalyzer withKnowledge(KnowledgeBase kb) {
        return withKnowledge(kb, NerTagger.load());
    }

    /** An analyzer that knows the actors of {@code kb} and proposes names with {@code ner} (a model of one's own). */
    public static ArticleAnalyzer withKnowledge(KnowledgeBase kb, NerTagger ner) {
        return new ArticleAnalyzer(BoilerplateRemover.withShippedCues(), Objects.requireNonNull(kb, "kb must not be null"),
                Objects.requireNonNull(ner, "ner must not be null"), DateTagger.withShippedLexicon(),
                QuoteTagger.withShippedCues(), ProvenanceTracer.withShippedCues());
    }

    public AnalyzedArticle analyze(Article article) {
        CleanedText cleaned = boilerplate.clean(article.text(), article.title());
        String text = cleaned.text();
        List<Removed> removed = new ArrayList<>(article.removed());
        removed.addAll(cleaned.removed());
        List<Span> sentences = SentenceSplitter.split(text);
        Words words = Words.of(text);
        IdSequence entityIds = new IdSequence("e");
        List<DateExpression> times = dates.tag(text, article.publishedDate());
        List<Proposal> proposals = proposals(text, words, times);
        String publisherName = article.sourceName() != null ? article.sourceName() : cleaned.brandLine();
        NameEntry publisher = publisherName != null ? kb.findByName(publisherName) : null;
        publisher = publisher != null ? publisher : kb.findByWebsite(article.url());
        // the entity tagger and the event tagger's sector phrases ask the same words for known names
        NameIndex.Lookup names = kb.nameIndex().lookup(text, words.spans(), words.normalized());
        List<Entity> tagged = kb.tagger().tagPublishedBy(text, words.spans(), words.normalized(), entityIds,
                EntityTagger.dateOf(article.published()), proposals, publisher, names);
        List<Entity> entities = new ArrayList<>(roleNominals.refer(text, words,
                appositions.attach(text, words, tagged, entityIds, publisher == null ? null : publisher.country())));
        entities = new ArrayList<>(HeadedBodies.withCountries(DateMentions.without(text,
                ListRoles.attach(text, words, KnownAs.joined(text, entities)), times)));
        times = DateMentions.outsideNames(times, entities);
        Bylines.Byline byline = Bylines.read(text, entities, publisher == null ? List.of() : kb.names(publisher.kb()));
        if (byline != null) {
            entities = new ArrayList<>(Bylines.withWriters(entities, byline));
        }
        String author = article.author() != null || byline == null ? article.author() : byline.text();
        Entity publisherEntity = publisherEntity(publisherName, publisher, entities, entityIds);
        if (publisherEntity != null && !entities.contains(publisherEntity)) {
            entities.add(publisherEntity);
        }
        String publisherId = publisherEntity == null ? null : publisherEntity.id();
        List<Quote> found = quotes.tag(text, sentences, words, new MentionIndex(entities));
        Provenance chain = provenance.trace(text, words, entities, found, publisherId);
        List<Event> coded = events.tag(text, sentences, words, entities, times, found, names);
        return new AnalyzedArticle(idOf(article), article.origin(), new Source(publisherName, article.url(), publisherId),
                article.published(), article.title(), author, Language.of(text), text, removed, sentences,
                entities, times, found, coded, chain);
    }

    /**
     * Names the knowledge base may lack: persons that role phrases introduce (الأمير مولاي رشيد), then the
     * statistical tagger's spans, a list of persons split in its names and their bounds mended ({@link
     * ProposalBounds}), its persons that are products or firms retyped ({@link ProductNames}: غالاكسي نوت), less
     * the lone words that are common words there ({@link LoneGivenNames}: بشكل سليم، أهل الخير), that do not overlap
     * them and are no {@link KnowledgeBase#isCommonNoun common noun} alone, nor a place that is a {@link
     * KnowledgeBase#isGuardedName guarded name} alone (where the context licenses it, the knowledge base names the
     * place itself), nor inside a date expression of {@code times} (the Levantine month in "أبريل (نيسان) 2015" is
     * no carmaker).
     */
    private List<Proposal> proposals(String text, Words words, List<DateExpression> times) {
        List<Proposal> fromTagger = new ArrayList<>();
        for (NamedSpan s : ner.tag(text, words.spans(), words.normalized())) {
            fromTagger.add(Proposal.ofNer(s.start(), s.end(), s.type(), s.confidence()));
        }
        List<Proposal> tagged = new ArrayList<>();
        IntPredicate knownAt = k -> kb.tagger().knowsNameAt(text, words.spans(), words.normalized(), k);
        List<Proposal> joined = AgedNames.apply(text, words, UntaggedFamilyNames.extend(text, words,
                AdjacentNames.join(text, words, fromTagger, knownAt), knownAt, ner::knowsWord), quotes::isSpeechVerb);
        for (Proposal proposal : joined) {
            for (Proposal part : ProposalBounds.split(text, words, proposal)) {
                Proposal name = ProposalBounds.mend(text, words, part, ner::knowsWord, knownAt);
                if (name != null) {
                    name = OrganizationAdjectives.extend(text, words, name,
                            k -> kb.tagger().knownNameEnd(text, words.spans(), words.normalized(), k));
                    tagged.add(ProductNames.retype(text, words, name));
                }
            }
        }
        List<Proposal> proposed = tagged;
        tagged = withInstitutions(tagged, InstitutionPhrases.find(text, words, k -> namedAt(text, words, proposed, k)));
        tagged = withInstitutions(tagged, MinistryPhrases.find(text, words, k -> namedAt(text, words, proposed, k),
                k -> kb.tagger().knownNameEnd(text, words.spans(), words.normalized(), k)));
        tagged = withInstitutions(tagged, NationalBodyPhrases.find(text, words, k -> namedAt(text, words, proposed, k),
                knownAt));
        List<Proposal> fromRoles = appositions.confirmed(words, appositions.propose(text, words,
                k -> kb.tagger().knownNameEnd(text, words.spans(), words.normalized(), k)), tagged);
        // after the roles: a place's name bears out no person's name that a title opens ("محافظ محافظة طريب")
        tagged = withInstitutions(tagged, PlacePhrases.find(text, words, k -> namedAt(text, words, proposed, k)));
        tagged = LoneGivenNames.filter(text, words, tagged, quotes::isSpeechVerb, knownAt, ner::knowsWord);
        List<Proposal> out = new ArrayList<>(fromRoles);
        for (Proposal name : tagged) {
            if (admits(text, name, fromRoles, times)) {
                out.add(name);
            }
        }
        return out;
    }

    /** Whether a name the knowledge base knows or the tagger proposes begins at word {@code k}. */
    private boolean namedAt(String text, Words words, List<Proposal> proposed, int k) {
        Span word = words.span(k);
        return kb.tagger().knowsNameAt(text, words.spans(), words.normalized(), k)
                || proposed.stream().anyMatch(p -> word.start() <= p.start() && p.start() < word.end());
    }

    /**
     * The tagger's proposals with the names of {@code institutions} ({@link InstitutionPhrases}) in place of those
     * inside them ("المركز الوطني" of المركز الوطني للقياس والتقويم); an institution's name that a proposal crosses
     * (begins inside it and ends outside, or the other way) is left out, the tagger's reading standing.
     */
    private static List<Proposal> withInstitutions(List<Proposal> tagged, List<Proposal> institutions) {
        if (institutions.isEmpty()) {
            return tagged;
        }
        List<Proposal> out = new ArrayList<>(tagged);
        for (Proposal name : institutions) {
            boolean crossed = tagged.stream().anyMatch(p -> p.start() < name.end() && name.start() < p.end()
                    && (p.start() < name.start() || p.end() > name.end()));
            if (!crossed) {
                out.removeIf(p -> name.start() <= p.start() && p.end() <= name.end());
                out.add(name);
            }
        }
        out.sort(Comparator.comparingInt(Proposal::start));
        return out;
    }

    /**
     * Whether the mended proposal {@code name} is a name: it overlaps no person a role phrase introduced, is no
     * common noun alone, no guarded place alone, and lies in no date expression.
     */
    private boolean admits(String text, Proposal name, List<Proposal> fromRoles, List<DateExpression> times) {
        // the spans first: they cost a comparison, the knowledge base's words a normalization
        if (overlapsOneOf(name, fromRoles) || DateMentions.inOneOf(text, name.start(), name.end(), times)) {
            return false;
        }
        String spelt = text.substring(name.start(), name.end());
        return !kb.isCommonNoun(spelt) && !(name.type() == EntityType.LOC && kb.isGuardedName(spelt));
    }

    private static boolean overlapsOneOf(Proposal name, List<Proposal> proposals) {
        for (Proposal p : proposals) {
            if (p.start() < name.end() && name.start() < p.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The entity of the publisher named {@code name}, {@code known} to the knowledge base by that name or its
     * website (either may be null): one the text mentions by that name or the entry's, else the entry, else a new
     * media organization of that name; the last two without mentions, since the name stood in metadata or a
     * removed brand line.
     */
    private Entity publisherEntity(String name, NameEntry known, List<Entity> entities, IdSequence ids) {
        if (name == null && known == null) {
            return null;
        }
        String key = name == null ? null : ArabicNormalizer.normalize(name);
        for (Entity e : entities) {
            boolean sameKb = known != null && known.kb().equals(e.kb());
            if (sameKb || (e.type() == EntityType.ORG && ArabicNormalizer.normalize(e.name()).equals(key))) {
                return e;
            }
        }
        if (known != null) {
            return new Entity(ids.next(), known.type(), known.nameAr(), known.nameEn(), known.kb(), known.country(),
                    known.subtype(), List.of(), PUBLISHER_CONFIDENCE, List.of());
        }
        return new Entity(ids.next(), EntityType.ORG, name, null, null, null, "media", List.of(), PUBLISHER_CONFIDENCE, List.of());
    }

    /** The input's own id, else the first hex digits of the SHA-256 of its text: stable across runs and moves. */
    static String idOf(Article article) {
        if (article.id() != null) {
            return article.id();
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_HEX_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
