package org.marsad.analysis.time;

import org.marsad.article.TimexType;

/**
 * The fixed phrases of {@code phrases.tsv}: "أمس", "أول أمس", "اليوم", "غدا", "الليلة", "الوقت الراهن",
 * "الفترة الأخيرة", "سنويا"...
 *
 * <p>Rules:
 * <ul>
 *   <li>a RELATIVE_DAY phrase may follow يوم ("يوم أمس") and absorbs a weekday after it, bare, in brackets or
 *       in quotes ("أمس الاثنين", "اليوم (الثلاثاء)"), whose name only confirms the day;</li>
 *   <li>a phrase guarded not-before-definite is refused before any other definite word: "اليوم الوطني" is
 *       a national day, "اليوم الذي" "the day which";</li>
 *   <li>RELATIVE_DAY and RELATIVE_PART values count days from publication; LITERAL values are taken as
 *       written and are never anchored.</li>
 * </ul>
 */
final class PhraseRule implements TimexRule {
    private static final String ARTICLE = "ال";
    private static final String OPENERS = "(\"«";
    private static final String CLOSERS = ")\"»";

    private final TimeLexicon lexicon;

    PhraseRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Candidate match(Tokens tokens, int i, RelativeResolver anchor) {
        return match(tokens, i, anchor, false);
    }

    /** As {@link #match(Tokens, int, RelativeResolver)}, only RELATIVE_DAY phrases if {@code daysOnly}. */
    Candidate match(Tokens tokens, int i, RelativeResolver anchor, boolean daysOnly) {
        int noun = lexicon.cues().start(tokens, i, CueRole.DAY_NOUN, true);
        int j = noun >= 0 ? i + 1 : i;
        Hit<FixedPhrase> hit = lexicon.phrases().match(tokens, j, j == i);
        if (hit == null) {
            return null;
        }
        boolean day = hit.value().kind() == FixedPhrase.Kind.RELATIVE_DAY;
        if (!day && (noun >= 0 || daysOnly)) {
            return null;
        }
        int next = end(tokens, hit);
        int start = noun >= 0 ? noun : hit.start();
        FixedPhrase phrase = hit.value();
        return next < 0 ? null : Candidate.of(tokens, start, next, phrase.type(), value(phrase, anchor), null);
    }

    /** The token after the phrase and an apposed weekday, or -1 if the guard refuses the phrase. */
    private int end(Tokens tokens, Hit<FixedPhrase> hit) {
        int weekday = hit.value().kind() == FixedPhrase.Kind.RELATIVE_DAY ? weekdayEnd(tokens, hit.next()) : -1;
        if (weekday >= 0) {
            return weekday;
        }
        return hit.value().notBeforeDefinite() && startsDefinite(tokens, hit.next()) ? -1 : hit.next();
    }

    /** The token after a weekday at {@code j}, bare, in brackets or in quotes ("(الثلاثاء)"), or -1. */
    private int weekdayEnd(Tokens tokens, int j) {
        int open = opener(tokens, j);
        Hit<WeekdayName> weekday = lexicon.weekdays().match(tokens, open >= 0 ? j + 1 : j, false);
        if (weekday == null) {
            return -1;
        }
        if (open < 0) {
            return weekday.next();
        }
        return tokens.isPunct(weekday.next(), CLOSERS.charAt(open)) ? weekday.next() + 1 : -1;
    }

    /** Which of {@link #OPENERS} token {@code j} is, or -1. */
    private static int opener(Tokens tokens, int j) {
        for (int k = 0; k < OPENERS.length(); k++) {
            if (tokens.isPunct(j, OPENERS.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    private static Resolved value(FixedPhrase phrase, RelativeResolver anchor) {
        String argument = phrase.argument();
        return switch (phrase.kind()) {
            case RELATIVE_DAY -> anchor.days(Integer.parseInt(argument));
            case RELATIVE_PART -> {
                int space = argument.indexOf(' ');
                Resolved day = anchor.days(Integer.parseInt(argument.substring(0, space)));
                yield new Resolved(day.value() + "T" + argument.substring(space + 1), day.anchored());
            }
            case LITERAL -> new Resolved(argument, false);
        };
    }

    private static boolean startsDefinite(Tokens tokens, int i) {
        return tokens.isWord(i) && tokens.form(i).length() > ARTICLE.length() && tokens.form(i).startsWith(ARTICLE);
    }
}
