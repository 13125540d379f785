package org.marsad.analysis.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.analysis.Words;
import org.marsad.analysis.entity.SectorPhrases;
import org.marsad.article.Actor;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;

/**
 * The words of an article that name actors, found once per article and indexed by word.
 *
 * <p>Rules:
 * <ul>
 *   <li>A mention of a person, organization, country or group is an actor: its entity, the entity's country
 *       (for a country, its own code), and a sector from a person's roles (الرئيس → GOV) or an organization's
 *       subtype (media → MED). Places and other entities are not actors.</li>
 *   <li>A sector noun heads a phrase ({@code البرلمان الكازاخستاني} → KAZ LEG): after it, up to
 *       {@value #MAX_PHRASE_TAIL} words of the same clause may be adjectives, then a nationality adjective (an
 *       adjective mention of a country) or a country in the genitive ({@code حكومة كازاخستان}), then a person's
 *       name ({@code الرئيس الكازاخستاني قاسم توكاييف} → the person, KAZ, GOV). The phrase's entity is the
 *       person, else the country. Without a country or person, only an {@code alone} noun makes an actor
 *       (الجيش → MIL).</li>
 *   <li>A nationality adjective outside such a phrase is kept apart, as an {@link ActorSpan#adjective() adjective}
 *       actor: {@code الانسحاب الأمريكي} names the one who withdrew, {@code النفوذ الروسي} nobody.</li>
 *   <li>When the knowledge base's {@link SectorPhrases} are given, they replace the event package's own sector
 *       nouns: each cue phrase (البرلمان الكازاخستاني, or a definite cue alone, الجيش) is an actor, its entity
 *       that of its country, extended by a person's name right after it; an indefinite cue without a country
 *       heads a construct of unknown reference (رئيس حزب) and is none; and a named phrase gives its sector and
 *       country to the mention it lies on when the entity has none (موسكو → RUS GOV, الناتو → IGO).</li>
 *   <li>Mentions that overlap keep the one that starts first, then the longer.</li>
 * </ul>
 */
final class ActorIndex {
    static final int MAX_PHRASE_TAIL = 4;
    private static final double NAME_QUALITY = 1.0;
    private static final double PHRASE_QUALITY = 0.95;
    private static final double NO_COUNTRY_QUALITY = 0.6;
    private static final double ADJECTIVE_QUALITY = 0.8;
    private static final double PRONOUN_QUALITY = 0.7;
    private static final Set<ArabicNormalizer.Step> HEAD_STEPS = EnumSet.of(ArabicNormalizer.Step.REMOVE_DIACRITICS, ArabicNormalizer.Step.REMOVE_TATWEEL);
    private final ActorSpan[] startingAt;
    private final ActorSpan[] covering;
    private final boolean[] entityWord;

    /** An entity mention placed on words. */
    private record Placed(int first, int end, Mention mention, Entity entity) {
    }

    private ActorIndex(ActorSpan[] startingAt, ActorSpan[] covering, boolean[] entityWord) {
        this.startingAt = startingAt;
        this.covering = covering;
        this.entityWord = entityWord;
    }

    /**
     * The actors of an article; {@code phrases} are the knowledge base's sector phrases of it, or null to use the
     * event package's own sector nouns.
     */
    static ActorIndex of(String text, Words words, List<Entity> entities, Hit[][] hits, Clauses clauses,
                         EventKnowledge knowledge, List<SectorPhrases.SectorPhrase> phrases) {
        return new Builder(text, words, hits, clauses, knowledge, phrases).build(entities);
    }

    /** The actor whose words start at word {@code w}, or null. */
    ActorSpan startingAt(int w) {
        return w >= 0 && w < startingAt.length ? startingAt[w] : null;
    }

    /** The actor whose words include word {@code w}, or null. */
    ActorSpan covering(int w) {
        return w >= 0 && w < covering.length ? covering[w] : null;
    }

    /** Whether a normalized word is shaped like a relative adjective: -ي، -ية، -يون، -يين، -يات (التلفزيونية). */
    static boolean looksAdjective(String w) {
        return w.length() >= 4 && (w.endsWith("ي") || w.endsWith("يه") || w.endsWith("يون") || w.endsWith("يين") || w.endsWith("يات"));
    }

    /** Whether word {@code w} lies in the name of an entity: such a word is no event word (منظمة التعاون). */
    boolean inEntityName(int w) {
        return entityWord[w];
    }

    private static final class Builder {
        private final String text;
        private final Words words;
        private final Hit[][] hits;
        private final Clauses clauses;
        private final EventKnowledge knowledge;
        private final Placed[] nameAt;
        private final Placed[] adjectiveAt;
        private final ActorSpan[] startingAt;
        private final ActorSpan[] covering;
        private final boolean[] entityWord;
        private final SectorPhrases.SectorPhrase[] phraseAt;
        private final Map<String, Entity> byKb = new HashMap<>();

        Builder(String text, Words words, Hit[][] hits, Clauses clauses, EventKnowledge knowledge,
                List<SectorPhrases.SectorPhrase> phrases) {
            this.text = text;
            this.words = words;
            this.hits = hits;
            this.clauses = clauses;
            this.knowledge = knowledge;
            int n = words.size();
            this.nameAt = new Placed[n];
            this.adjectiveAt = new Placed[n];
            this.startingAt = new ActorSpan[n];
            this.covering = new ActorSpan[n];
            this.entityWord = new boolean[n];
            this.phraseAt = phrases == null ? null : new SectorPhrases.SectorPhrase[n];
            if (phrases != null) {
                phrases.forEach(sp -> phraseAt[sp.firstWord()] = sp);
            }
        }

        ActorIndex build(List<Entity> entities) {
            place(entities);
            for (int w = 0; w < words.size(); ) {
                w = Math.max(w + 1, actorAt(w));
            }
            return new ActorIndex(startingAt, covering, entityWord);
        }

        /** Adds the actor starting at {@code w}, if any, and returns the word after it. */
        private int actorAt(int w) {
            if (nameAt[w] != null) {
                return add(nameActor(nameAt[w]));
            }
            ActorSpan phrase = sectorPhrase(w);
            if (phrase != null) {
                return add(phrase);
            }
            if (adjectiveAt[w] != null) {
                return add(adjectiveActor(adjectiveAt[w]));
            }
            return w + 1;
        }

        private int add(ActorSpan span) {
            startingAt[span.first()] = span;
            for (int k = span.first(); k < span.end(); k++) {
                covering[k] = span;
            }
            return span.end();
        }

        private void place(List<Entity> entities) {
            List<Placed> all = new ArrayList<>();
            for (Entity e : entities) {
                if (e.kb() != null) {
                    byKb.putIfAbsent(e.kb(), e);
                }
                boolean actor = e.type() != EntityType.LOC && e.type() != EntityType.MISC;
                for (Mention m : e.mentions()) {
                    Placed p = placed(m, e);
                    markName(p);
                    if (actor) {
                        all.add(p);
                    }
                }
            }
            all.sort(Comparator.comparingInt(Placed::first).thenComparingInt(p -> -p.end()));
            int taken = 0;
            for (Placed p : all) {
                if (p.first() >= taken && p.end() > p.first()) {
                    (p.mention().kind() == MentionKind.ADJECTIVE ? adjectiveAt : nameAt)[p.first()] = p;
                    taken = p.end();
                }
            }
        }

        private void markName(Placed p) {
            if (p.mention().kind() == MentionKind.NAME) {
                for (int k = p.first(); k < p.end(); k++) {
                    entityWord[k] = true;
                }
            }
        }

        private Placed placed(Mention m, Entity e) {
            int first = wordAt(m.start());
            int last = Math.max(first, wordAt(m.end() - 1));
            return new Placed(first, last + 1, m, e);
        }

        /** The word holding {@code offset}: the one starting there, else the one before. */
        private int wordAt(int offset) {
            int i = words.firstAtOrAfter(offset);
            return i < words.size() && words.span(i).start() == offset ? i : Math.max(0, i - 1);
        }

        private ActorSpan nameActor(Placed p) {
            Entity e = p.entity();
            double quality = p.mention().kind() == MentionKind.PRONOUN ? PRONOUN_QUALITY
                    : countryOf(e) != null || e.kb() != null ? NAME_QUALITY : ADJECTIVE_QUALITY;
            SectorPhrases.SectorPhrase named = phraseAt == null ? null : phraseAt[p.first()];
            boolean own = named != null && named.entry() != null && named.endWord() == p.end();
            String country = countryOf(e) != null || !own ? countryOf(e) : named.country();
            String sector = sectorOf(e) != null || !own ? sectorOf(e) : named.sector();
            Actor actor = new Actor(e.id(), country, sector, p.mention().text());
            // a capital standing for its government is still the place one visits (زيارة موسكو)
            boolean place = e.type() == EntityType.GPE && (actor.sector() == null || p.mention().kind() == MentionKind.METONYM);
            // a community's name is a collective, which a masculine verb may lead: اتهم الشيعة
            boolean feminine = place ? feminineName(p.mention().text())
                    : e.type() != EntityType.GROUP && feminineHead(p.mention().text());
            return new ActorSpan(p.first(), p.end(), actor, quality, false, mentionPreposition(p), place, feminine);
        }

        private ActorSpan adjectiveActor(Placed p) {
            Entity e = p.entity();
            Actor actor = new Actor(e.id(), countryOf(e), null, p.mention().text());
            return new ActorSpan(p.first(), p.end(), actor, ADJECTIVE_QUALITY, true, (char) 0, false, false);
        }

        private char mentionPreposition(Placed p) {
            return gluedPreposition(p.mention().start(), p.first());
        }

        /**
         * The preposition glued to word {@code w} in front of a span starting at {@code start}, or 0: one the span
         * leaves out, or the ل of ل + article, where the span starts at the word since the article's alef is not
         * written (للصين).
         */
        private char gluedPreposition(int start, int w) {
            boolean clitic = start > words.span(w).start() || text.startsWith("لل", start);
            return clitic ? Clitics.leadingPreposition(words.normalized(w), 2) : 0;
        }

        /** The sector phrase headed at {@code w}, or null. */
        private ActorSpan sectorPhrase(int w) {
            return phraseAt == null ? ownSectorPhrase(w) : knownSectorPhrase(w);
        }

        /** The knowledge base's cue phrase at {@code w}, extended by a person's name right after it. */
        private ActorSpan knownSectorPhrase(int w) {
            SectorPhrases.SectorPhrase sp = phraseAt[w];
            boolean construct = sp != null && sp.country() == null && !definite(w);
            if (sp == null || construct || sp.entry() != null && sp.entry().type() != EntityType.GPE) {
                return null;
            }
            int end = Math.min(sp.endWord(), clauses.end(w));
            Placed person = end < words.size() && clauses.end(w) > end && !clauses.masked(end) && nameAt[end] != null
                    && nameAt[end].entity().type() == EntityType.PERSON ? nameAt[end] : null;
            Entity country = sp.entry() == null ? null : byKb.get(sp.entry().kb());
            String entity = person != null ? person.entity().id() : country == null ? null : country.id();
            String code = person != null && countryOf(person.entity()) != null ? countryOf(person.entity()) : sp.country();
            int last = person != null ? person.end() : end;
            String phraseText = text.substring(sp.start(), words.span(last - 1).end());
            Actor actor = new Actor(entity, code, sp.sector(), phraseText);
            char preposition = gluedPreposition(sp.start(), w);
            return new ActorSpan(w, last, actor, code != null ? PHRASE_QUALITY : NO_COUNTRY_QUALITY, false, preposition, false,
                    feminineHead(phraseText));
        }

        /** Whether word {@code w} carries the article: a cue without it and without a country heads a construct (رئيس حزب). */
        private boolean definite(int w) {
            String n = words.normalized(w);
            int at = n.length() > 3 && Clitics.isConjunction(n.charAt(0)) ? 1 : 0;
            boolean afterPreposition = n.length() > at + 3 && Clitics.isPreposition(n.charAt(at))
                    && (n.startsWith(Clitics.ARTICLE_LETTERS, at + 1) || n.startsWith("لل", at));
            return afterPreposition || n.startsWith(Clitics.ARTICLE_LETTERS, at);
        }

        /** The phrase of the event package's own sector nouns headed at {@code w}, or null. */
        private ActorSpan ownSectorPhrase(int w) {
            Hit head = null;
            int headEnd = -1;
            for (Hit h : hits[w]) {
                int end = h.sense() instanceof Sense.Sector s ? Passage.phraseEnd(words, w, s.rest()) : -1;
                if (end > headEnd) {
                    head = h;
                    headEnd = end;
                }
            }
            return head == null ? null : phrase(w, headEnd, head, (Sense.Sector) head.sense());
        }

        private ActorSpan phrase(int w, int headEnd, Hit head, Sense.Sector sector) {
            Placed country = null;
            Placed person = null;
            int k = headEnd;
            int limit = Math.min(clauses.end(w), headEnd + MAX_PHRASE_TAIL);
            while (k < limit && !clauses.masked(k) && person == null) {
                Placed name = nameAt[k];
                if (country == null && adjectiveAt[k] != null) {
                    country = adjectiveAt[k];
                } else if (name != null && name.entity().type() == EntityType.PERSON) {
                    person = name;
                } else if (name != null && country == null && !head.has(Clitics.ARTICLE) && countryOf(name.entity()) != null) {
                    country = name;
                } else if (!looksAdjective(words.normalized(k))) {
                    break;
                }
                k = country != null && country.first() == k ? country.end() : person != null ? person.end() : k + 1;
            }
            return phraseActor(w, headEnd, head, sector, country, person);
        }

        private ActorSpan phraseActor(int w, int headEnd, Hit head, Sense.Sector sector, Placed country, Placed person) {
            if (country == null && person == null && !sector.alone()) {
                return null;
            }
            int end = Math.max(headEnd, Math.max(country == null ? 0 : country.end(), person == null ? 0 : person.end()));
            String code = person != null && countryOf(person.entity()) != null ? countryOf(person.entity())
                    : country != null ? countryOf(country.entity()) : null;
            String entity = person != null ? person.entity().id() : country != null ? country.entity().id() : null;
            int start = Passage.skipLetters(text, words.span(w).start(), head.stripLetters());
            Actor actor = new Actor(entity, code, sector.sector(), text.substring(start, words.span(end - 1).end()));
            double quality = code != null ? PHRASE_QUALITY : NO_COUNTRY_QUALITY;
            char preposition = head.has(Clitics.PREPOSITION) ? words.normalized(w).charAt(head.has(Clitics.CONJUNCTION) ? 1 : 0) : 0;
            String headWord = text.substring(start, words.span(headEnd - 1).end());
            return new ActorSpan(w, end, actor, quality, false, preposition, false, feminineHead(headWord));
        }

        /** Whether the first word of {@code words} ends in ة or -ات. */
        private static boolean feminineHead(String words) {
            int space = words.indexOf(' ');
            String head = ArabicNormalizer.normalize(space < 0 ? words : words.substring(0, space), HEAD_STEPS);
            return head.endsWith("ة") || head.endsWith("ات");
        }

        /** Whether a country name is surely feminine: no article in front, no -ان at the end (مصر، روسيا، كندا; not لبنان، العراق). */
        private static boolean feminineName(String name) {
            String n = ArabicNormalizer.normalize(name).strip();
            return !n.startsWith(Clitics.ARTICLE_LETTERS) && !n.endsWith("ان");
        }

        private String countryOf(Entity e) {
            if (e.country() != null) {
                return e.country();
            }
            boolean iso3 = e.type() == EntityType.GPE && e.kb() != null && e.kb().length() == 3 && e.kb().chars().allMatch(Character::isUpperCase);
            return iso3 ? e.kb() : null;
        }

        private String sectorOf(Entity e) {
            return switch (e.type()) {
                case PERSON -> sectorOfRoles(e.roles());
                case ORG, GROUP -> knowledge.sectorOfSubtype(e.subtype());
                default -> null;
            };
        }

        /**
         * The sector of the first role that names one: that of its last word with a sector, since the complement
         * tells whose head the person is (رئيس مجلس إدارة الشركة is BUS, رئيس الوزراء GOV).
         */
        private String sectorOfRoles(List<String> roles) {
            for (String role : roles) {
                String sector = null;
                String[] words = ArabicNormalizer.normalize(role).strip().split("\\s+");
                for (int w = 0; w < words.length; w++) {
                    String found = sectorAt(words, w);
                    sector = found != null ? found : sector;
                }
                if (sector != null) {
                    return sector;
                }
            }
            return null;
        }

        /** The sector of a cue starting at {@code words[w]}, all of its words there (هيئة الأركان), or null. */
        private String sectorAt(String[] words, int w) {
            for (Hit h : knowledge.vocabulary().lookup(words[w])) {
                if (h.sense() instanceof Sense.Sector s && s.rest().size() < words.length - w
                        && s.rest().equals(List.of(words).subList(w + 1, w + 1 + s.rest().size()))) {
                    return s.sector();
                }
            }
            return null;
        }
    }
}
