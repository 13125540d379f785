package org.marsad.analysis.provenance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.MentionIndex;
import org.marsad.analysis.Words;
import org.marsad.analysis.data.TsvTable;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.NameIndex;
import org.marsad.analysis.entity.NameMatch;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Provenance;
import org.marsad.article.Quote;
import org.marsad.article.TextSpan;

/**
 * Traces the chain of outlets an article's content passed through, nearest first.
 *
 * <p>Rules, in the order their links enter the chain:
 * <ol>
 *   <li><b>Relays</b>: a phrase of {@code relay-cues.tsv} ("وفق ما نقل"), optionally outlet words
 *       ({@code outlet-words.tsv}: موقع، صحيفة...) and quotation marks, then an organization's name: that
 *       organization relayed the content; after a phrase marked {@value #MEDIA_ONLY} (بحسب، وفقا ل) only a medium
 *       does. The cue runs from the phrase to the last outlet word.</li>
 *   <li><b>Datelines</b>: a news agency's name in brackets ("(رويترز)") or after a dash at the head of the text.</li>
 *   <li><b>Originals</b>: a media organization the article quotes or whose report it describes (تقرير في صحيفة X):
 *       where the content comes from, so the far end of the chain. The cue is its first speech cue, or the
 *       report word.</li>
 * </ol>
 * The publisher is never a link of its own chain, and no organization enters twice.
 */
public final class ProvenanceTracer {
    static final int MAX_OUTLET_WORDS = 3;
    /**
     * Subtypes of media organizations: the knowledge base's news agencies are {@code media}; its {@code agency} is a
     * body of government (the Fed, the CIA, NASA), whose statements are quotes, not reports relayed.
     */
    private static final Set<String> MEDIA = Set.of("media", "newspaper", "broadcaster", "website", "magazine");
    /** The second column of a relay phrase that relays only a medium (بحسب رويترز; بحسب وزارة المالية cites a source). */
    static final String MEDIA_ONLY = "media";
    private static final Set<String> REPORT_WORDS = Set.of("تقرير", "مقال", "تحقيق", "افتتاحيه");

    private final NameIndex relayPhrases;
    private final Set<String> outletWords;

    private ProvenanceTracer(NameIndex relayPhrases, Set<String> outletWords) {
        this.relayPhrases = relayPhrases;
        this.outletWords = outletWords;
    }

    public static ProvenanceTracer withShippedCues() {
        NameIndex.Builder phrases = NameIndex.builder();
        for (TsvTable.Row row : TsvTable.readResource(ProvenanceTracer.class, "relay-cues.tsv", 1)) {
            String outlets = row.columns().length > 1 ? row.column(1).strip() : "";
            if (!outlets.isEmpty() && !outlets.equals(MEDIA_ONLY)) {
                throw new IllegalArgumentException(row.file() + ":" + row.line() + ": second column must be empty or '"
                        + MEDIA_ONLY + "', got '" + outlets + "'");
            }
            // the entry's subtype carries the column: a relay phrase is no actor
            phrases.add(row.column(0), new NameEntry(row.column(0), EntityType.MISC, row.column(0), null, null,
                    outlets.isEmpty() ? null : MEDIA_ONLY));
        }
        Set<String> outlets = TsvTable.normalizedWords(ProvenanceTracer.class, "outlet-words.tsv");
        return new ProvenanceTracer(phrases.build(), outlets);
    }

    static boolean isMedia(Entity e) {
        return e.type() == EntityType.ORG && e.subtype() != null && MEDIA.contains(e.subtype());
    }

    /** The provenance of an article published by entity {@code publisher} (null when unknown). */
    public Provenance trace(String text, Words words, List<Entity> entities, List<Quote> quotes, String publisher) {
        MentionIndex mentions = new MentionIndex(entities);
        Chain chain = new Chain(publisher);
        relays(text, words, mentions, chain);
        datelines(text, mentions, chain);
        originals(text, words, mentions, quotes, entities, chain);
        return new Provenance(publisher, chain.links());
    }

    private void relays(String text, Words words, MentionIndex mentions, Chain chain) {
        for (int i = 0; i < words.size(); i++) {
            NameMatch phrase = relayPhrases.match(text, words.spans(), words.normalized(), i);
            if (phrase == null) {
                continue;
            }
            int last = phrase.endWord() - 1;
            while (last + 1 < words.size() && last + 1 - phrase.endWord() < MAX_OUTLET_WORDS && outletWords.contains(words.normalized(last + 1))) {
                last++;
            }
            int phraseEnd = words.span(phrase.endWord() - 1).end();
            int cueEnd = words.span(last).end();
            int reach = words.span(Math.min(words.size() - 1, last + 2)).end();
            // from the phrase's end, not the descriptors': a name may begin with one (وكالة رويترز)
            MentionIndex.Located outlet = first(mentions.within(phraseEnd, reach), EntityType.ORG);
            if (outlet != null && (!MEDIA_ONLY.equals(phrase.entry().subtype()) || isMedia(outlet.entity()))) {
                int end = Math.min(cueEnd, skipSpaces(text, outlet.mention().start() - 1, -1) + 1);
                chain.add(outlet.entity(), TextSpan.of(text, phrase.start(), end));
            }
            i = last;
        }
    }

    private static void datelines(String text, MentionIndex mentions, Chain chain) {
        for (MentionIndex.Located l : mentions.within(0, text.length())) {
            int before = skipSpaces(text, l.mention().start() - 1, -1);
            int after = skipSpaces(text, l.mention().end(), 1);
            boolean bracketed = before >= 0 && after < text.length() && text.charAt(before) == '(' && text.charAt(after) == ')';
            boolean dashed = before >= 0 && text.charAt(before) == '-' && text.lastIndexOf('\n', before) < 0;
            if (isMedia(l.entity()) && (bracketed || dashed)) {
                chain.add(l.entity(), TextSpan.of(text, before, bracketed ? after + 1 : l.mention().end()));
            }
        }
    }

    private static void originals(String text, Words words, MentionIndex mentions, List<Quote> quotes,
                                  List<Entity> entities, Chain chain) {
        for (MentionIndex.Located l : mentions.within(0, text.length())) {
            int w = words.firstAtOrAfter(l.mention().start());
            for (int k = Math.max(0, w - 3); k < w; k++) {
                if (isMedia(l.entity()) && REPORT_WORDS.contains(words.normalized(k))) {
                    chain.addOriginal(l.entity(), TextSpan.of(text, words.span(k).start(), words.span(k).end()));
                }
            }
        }
        for (Quote q : quotes) {
            entities.stream().filter(e -> e.id().equals(q.speaker()) && isMedia(e)).findFirst()
                    .ifPresent(e -> chain.addOriginal(e, q.cue()));
        }
    }

    private static MentionIndex.Located first(List<MentionIndex.Located> found, EntityType type) {
        return found.stream().filter(l -> l.entity().type() == type).findFirst().orElse(null);
    }

    private static int skipSpaces(String text, int i, int step) {
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ') {
            i += step;
        }
        return i;
    }

    /** The links gathered so far: relays first, then originals; each organization once, never the publisher. */
    private static final class Chain {
        private final String publisher;
        private final List<Provenance.Link> links = new ArrayList<>();
        private final List<Provenance.Link> originals = new ArrayList<>();
        private final Set<String> seen = new LinkedHashSet<>();

        Chain(String publisher) {
            this.publisher = publisher;
        }

        void add(Entity e, TextSpan cue) {
            if (!e.id().equals(publisher) && seen.add(e.id())) {
                links.add(new Provenance.Link(e.id(), cue));
            }
        }

        /** Relays and datelines, then originals: the far end of the chain comes last. */
        List<Provenance.Link> links() {
            List<Provenance.Link> all = new ArrayList<>(links);
            all.addAll(originals);
            return all;
        }

        void addOriginal(Entity e, TextSpan cue) {
            if (!e.id().equals(publisher) && !seen.contains(e.id())) {
                seen.add(e.id());
                originals.add(new Provenance.Link(e.id(), cue));
            }
        }
    }
}
