package org.marsad.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.EntityType;
import org.marsad.article.MentionKind;
import org.marsad.text.Span;

/**
 * Finds the phrases that name a sector of a country, the actors of events: "البرلمان الكازاخستاني" is the
 * legislature (LEG) of KAZ, "القنوات التلفزيونية الحكومية الروسية" the media (MED) of RUS, "الكرملين" the
 * government (GOV) of RUS.
 *
 * <p>Rules, tried at each word, left to right; a phrase found is skipped over:
 * <ul>
 *   <li>A sector cue of {@value #CUES} (الحكومة، البرلمان، الجيش، القنوات التلفزيونية...; the longest wins)
 *       followed by a nationality adjective of a country is that country's sector. Up to {@value #MAX_GAP}
 *       definite words may come between, the other adjectives of the noun ("الحكومية" in the example).</li>
 *   <li>A cue without the article followed at once by a country's name is that country's sector, in the
 *       construct "حكومة روسيا"; so is a cue followed at once by a capital or seat standing for its country.</li>
 *   <li>A cue followed by neither is the sector alone, of no known country: "الجيش".</li>
 *   <li>A capital or a seat of power standing for its country is its sector (the seat's own, else GOV):
 *       "موسكو" GOV of RUS, "البنتاغون" MIL of USA.</li>
 *   <li>A known name whose entry has a sector is that sector of the entry's country: "الناتو" IGO,
 *       "لوموند" MED of FRA, a head of state GOV of his country.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class SectorPhrases {
    static final String CUES = "sector-cues.tsv";
    static final int MAX_GAP = 2;
    private final NameIndex index;
    private final WordMatcher<Cue> cues;

    /**
     * A phrase naming an actor by its sector.
     *
     * @param firstWord index of the phrase's first word; {@code endWord} the one after its last
     * @param start     offset of the phrase, after any clitic in front of it; {@code end} the offset after it
     * @param sector    CAMEO-style sector code of {@link Sectors}
     * @param country   ISO-3 code of the country the actor belongs to, or null
     * @param entry     the knowledge-base entry the phrase names or whose adjective it holds, or null
     */
    public record SectorPhrase(int firstWord, int endWord, int start, int end, String sector, String country,
                               NameEntry entry) {
    }

    private record Cue(String sector, boolean definite) {
    }

    private SectorPhrases(NameIndex index, WordMatcher<Cue> cues) {
        this.index = index;
        this.cues = cues;
    }

    /** Sector phrases with the shipped cues, over the names of {@code index}. */
    public static SectorPhrases load(NameIndex index) {
        WordMatcher.Builder<Cue> b = WordMatcher.builder();
        for (TsvTable.Row row : TsvTable.readResource(SectorPhrases.class, CUES, 2)) {
            String sector = row.column(0);
            try {
                Sectors.check(sector);
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            for (String cue : row.list(1)) {
                b.add(cue, new Cue(sector, cue.startsWith("ال")));
                if (cue.startsWith("ال")) {
                    b.add(cue.substring(2), new Cue(sector, false));
                }
            }
        }
        return new SectorPhrases(index, b.build());
    }

    /** The sector phrases of {@code text}, whose words are {@code words} with their normalized forms, in order. */
    public List<SectorPhrase> find(String text, List<Span> words, List<String> normalizedWords) {
        return find(text, words, normalizedWords, null);
    }

    /**
     * As {@link #find(String, List, List)}, the names of the text looked up through {@code names}, a lookup of these
     * words that other passes share (null, or one of another index, is not used).
     */
    public List<SectorPhrase> find(String text, List<Span> words, List<String> normalizedWords, NameIndex.Lookup names) {
        NameIndex.Lookup known = names != null && names.of(index) ? names : index.lookup(text, words, normalizedWords);
        List<SectorPhrase> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            WordMatcher.Hit<Cue> cue = cues.match(text, words, normalizedWords, i);
            NameMatch m = known.match(i);
            if (cue != null && (m == null || m.endWord() <= cue.endWord())) {
                SectorPhrase p = cuePhrase(cue, text, words, normalizedWords, known);
                out.add(p);
                i = p.endWord();
            } else if (m != null) {
                SectorPhrase p = m.blocked() ? null : namedPhrase(m);
                if (p != null) {
                    out.add(p);
                }
                i = m.endWord();
            } else {
                i++;
            }
        }
        return out;
    }

    private SectorPhrase cuePhrase(WordMatcher.Hit<Cue> cue, String text, List<Span> words, List<String> norm,
                                   NameIndex.Lookup known) {
        String sector = cue.value().sector();
        int j = cue.endWord();
        for (int k = j; k < words.size() && k <= j + MAX_GAP; k++) {
            if (!WordMatcher.onlySpacesBetween(text, words.get(k - 1), words.get(k))) {
                break;
            }
            NameMatch m = known.match(k);
            if (m != null) {
                if (m.blocked() || !countryLike(m, k == j && !cue.value().definite())) {
                    break;
                }
                return new SectorPhrase(cue.firstWord(), m.endWord(), cue.start(), m.end(), sector, m.entry().country(), m.entry());
            }
            if (!norm.get(k).startsWith("ال")) {
                break;
            }
        }
        return new SectorPhrase(cue.firstWord(), cue.endWord(), cue.start(), cue.end(), sector, null, null);
    }

    /** Whether {@code m} gives the country of a cue: an adjective, or right after a construct cue a name or metonym. */
    private static boolean countryLike(NameMatch m, boolean construct) {
        NameEntry e = m.entry();
        if (e.type() != EntityType.GPE || e.country() == null) {
            return false;
        }
        return m.kind() == MentionKind.ADJECTIVE || construct;
    }

    private static SectorPhrase namedPhrase(NameMatch m) {
        if (m.kind() == MentionKind.METONYM) {
            String sector = m.named().sector() != null ? m.named().sector() : "GOV";
            return new SectorPhrase(m.firstWord(), m.endWord(), m.start(), m.end(), sector, m.entry().country(), m.entry());
        }
        NameEntry e = m.entry();
        if (m.kind() == MentionKind.NAME && e.sector() != null) {
            return new SectorPhrase(m.firstWord(), m.endWord(), m.start(), m.end(), e.sector(), e.country(), e);
        }
        return null;
    }
}
