package org.marsad.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.marsad.article.Entity;
import org.marsad.article.EntityType;
import org.marsad.article.Mention;
import org.marsad.article.MentionKind;
import org.marsad.text.ArabicNormalizer;

/** Every mention of an article's entities in text order, to ask which entities a stretch of text names. */
public final class MentionIndex {
    /** A mention with the entity it belongs to. */
    public record Located(Mention mention, Entity entity) {
    }

    /** Words after which ل names the source of what is said (وفقا لرويترز), compared by their start. */
    private static final List<String> SOURCE_WITH_LAM = List.of("وفق", "طبق", "تبع", "استناد");
    /** Prepositions written apart (normalized), after which a country names a place or a topic, never a subject. */
    private static final Set<String> PREPOSITIONS = Set.of("في", "من", "عن", "علي", "الي", "داخل", "خارج", "لدي",
            "حول", "ضد", "بين", "عبر", "نحو", "تجاه");

    private final List<Located> located;

    public MentionIndex(List<Entity> entities) {
        List<Located> all = new ArrayList<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> all.add(new Located(m, e)));
        }
        all.sort(Comparator.comparingInt((Located l) -> l.mention().start()));
        this.located = List.copyOf(all);
    }

    /** The mentions that lie wholly within {@code [start, end)}, in text order. */
    public List<Located> within(int start, int end) {
        List<Located> out = new ArrayList<>();
        for (Located l : located) {
            if (l.mention().start() >= end) {
                break;
            }
            if (l.mention().start() >= start && l.mention().end() <= end) {
                out.add(l);
            }
        }
        return out;
    }

    /** Whether some mention starts before {@code offset} and ends after it: the offset lies inside a name. */
    public boolean inside(int offset) {
        for (Located l : located) {
            if (l.mention().start() >= offset) {
                return false;
            }
            if (l.mention().end() > offset) {
                return true;
            }
        }
        return false;
    }

    /** The mentions that start at {@code offset}. */
    public List<Located> startingAt(int offset) {
        return startingWithin(offset, offset + 1);
    }

    /** The mentions that start at an offset in {@code [start, end)}. */
    public List<Located> startingWithin(int start, int end) {
        int lo = firstStartingAtOrAfter(start);
        int hi = lo;
        while (hi < located.size() && located.get(hi).mention().start() < end) {
            hi++;
        }
        return located.subList(lo, hi);
    }

    private int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = located.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (located.get(mid).mention().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The mention within {@code [start, end)} of {@code text} most likely to name who acts or speaks there: a person
     * before an organization before a group before a country; among equals, the first, but an entity's name before
     * its nominal mention (وأكد السويسري جوزف بلاتر: بلاتر). A place or a MISC name (a
     * work, an event) or a city is never one: "وأوضح الوزير خلال زيارته إلى صفاقس" is not said by the city; nor is a mention
     * after the preposition ل, the addressee: "وقال لـ«الشرق الأوسط» إن" speaks to the paper (but "وفقا لرويترز"
     * names the source); nor a country after another preposition, glued or alone (أصحاب العمل بالمملكة، الشرطة في
     * سريلانكا، على مستوى السعودية): a subject never follows a preposition, and the country is only where the
     * subject is or what it speaks of; {@code text} null reads no preposition. Null when there is none.
     */
    public Located principal(String text, int start, int end) {
        Located best = null;
        for (Located l : within(start, end)) {
            if (!maySpeak(l.entity()) || text != null && (spokenTo(text, l.mention()) || isCountryAfterPreposition(text, l))) {
                continue;
            }
            boolean nameOfTheSame = best != null && l.entity() == best.entity() && best.mention().kind() == MentionKind.NOMINAL
                    && l.mention().kind() == MentionKind.NAME;
            if (best == null || rank(l.entity().type()) < rank(best.entity().type()) || nameOfTheSame) {
                best = l;
            }
        }
        return best;
    }

    /**
     * Whether {@code e} may act or speak: no place, no MISC name (a work, an event) and no city or region, which
     * stands in the names of offices and visits (مدير فرع الهيئة بمنطقة الرياض، زيارته إلى صفاقس).
     */
    public static boolean maySpeak(Entity e) {
        boolean town = e.type() == EntityType.GPE && ("city".equals(e.subtype()) || "region".equals(e.subtype()));
        return e.type() != EntityType.LOC && e.type() != EntityType.MISC && !town;
    }

    /**
     * Whether {@code m} names the one spoken to: the preposition ل stands right before it, glued or alone, quote
     * marks, tatweel and spaces aside (لأوباما، لـ«الشرق الأوسط»، لـ CNN), or opens it merged with the article
     * (للصحيفة); or the word مع does (في حواره مع «الاقتصادية»).
     */
    static boolean spokenTo(String text, Mention m) {
        if (m.text().startsWith("لل")) {
            return true;
        }
        int start = wordStartBefore(text, m.start());
        String before = text.substring(start, wordEndBefore(text, m.start()));
        if (before.equals("مع")) {
            return true;
        }
        if (!before.equals("ل")) {
            return false;
        }
        String preceding = text.substring(wordStartBefore(text, start), wordEndBefore(text, start));
        return !opensSourceWithLam(preceding) && !(preceding.length() > 1 && "وف".indexOf(preceding.charAt(0)) >= 0
                && opensSourceWithLam(preceding.substring(1))); // "ووفقا لرويترز" names the source
    }

    /**
     * Whether {@code l} names a country after a preposition: ب or ك glued to its word (بالمملكة، وبالسعودية), or one
     * of {@link #PREPOSITIONS} as the word before it. ل is {@link #spokenTo}'s.
     */
    public static boolean isCountryAfterPreposition(String text, Located l) {
        if (l.entity().type() != EntityType.GPE) {
            return false;
        }
        int start = l.mention().start();
        int wordStart = start;
        while (wordStart > 0 && isWordLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String glued = text.substring(wordStart, start);
        if (glued.indexOf('ب') >= 0 || glued.indexOf('ك') >= 0) {
            return true;
        }
        int before = wordStartBefore(text, wordStart);
        return PREPOSITIONS.contains(ArabicNormalizer.normalize(text.substring(before, wordEndBefore(text, wordStart))));
    }

    /** Whether {@code word} (وفقا، طبقا، تبعا، استنادا) makes the ل after it name a source, not an addressee. */
    private static boolean opensSourceWithLam(String word) {
        return SOURCE_WITH_LAM.stream().anyMatch(word::startsWith);
    }

    /** The end of the word before {@code offset}: spaces, marks, quote marks and tatweel between are passed. */
    private static int wordEndBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && !isWordLetter(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The start of the word before {@code offset}. */
    private static int wordStartBefore(String text, int offset) {
        int start = wordEndBefore(text, offset);
        while (start > 0 && isWordLetter(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** A letter of a word, tatweel (which only stretches one) aside. */
    private static boolean isWordLetter(char c) {
        return Character.isLetter(c) && c != 'ـ';
    }

    /** The last mention ending at or before {@code offset} whose entity passes {@code test}, or null. */
    public Located lastBefore(int offset, Predicate<Entity> test) {
        Located last = null;
        for (Located l : located) {
            if (l.mention().end() > offset) {
                break;
            }
            if (test.test(l.entity())) {
                last = l;
            }
        }
        return last;
    }

    private static int rank(EntityType type) {
        return switch (type) {
            case PERSON -> 0;
            case ORG -> 1;
            case GROUP -> 2;
            case GPE -> 3;
            case LOC, MISC -> 4;
        };
    }
}
