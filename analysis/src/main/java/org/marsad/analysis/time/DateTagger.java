package org.marsad.analysis.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.article.DateExpression;
import org.marsad.article.TimexType;

/**
 * Finds the temporal expressions of an Arabic news text, dates, times, durations and sets, with their
 * TIMEX3 values.
 *
 * <p>Rules:
 * <ul>
 *   <li>the text is cut into {@link Tokens}; at each token that may open an expression every rule is tried,
 *       and the longest expression wins; the scan then resumes after it, so expressions never overlap and
 *       come in text order;</li>
 *   <li>a modifier before an expression joins its span and gives its TIMEX3 mod: a period modifier
 *       ("نهاية", "مطلع") before a date or time, a quantity modifier ("نحو", "أكثر من") before a duration
 *       or a clock time;</li>
 *   <li>relative expressions are valued against the publication date when it is known, and marked
 *       anchored; without it they keep what the text says ("XXXX-12-22"), see {@link RelativeResolver};</li>
 *   <li>an expression right after a date of month or day precision and the words that lead to a range's end
 *       ({@code RANGE_END} cues: إلى غاية، حتى) ends that range, and is not placed before its start ("من 3 جانفي
 *       المقبل إلى منتصف فيفري" is February of the next year);</li>
 *   <li>offsets are UTF-16 indices into the given text; the first word may lose a proclitic (و، ف، ب، ل)
 *       to the text before the span; ids are "d1", "d2"... in text order.</li>
 * </ul>
 * What each family reads is documented on its rule: {@link NumericDateRule}, {@link MonthDateRule},
 * {@link YearRule}, {@link PhraseRule}, {@link WeekdayRule}, {@link PeriodRule}, {@link DurationRule},
 * {@link SetRule}, {@link CenturyRule}, {@link DayPartRule}, {@link ClockRule}. Instances are immutable and
 * thread-safe.
 */
public final class DateTagger {
    private static final class Shipped {
        static final DateTagger INSTANCE = new DateTagger(TimeLexicon.shipped());
    }

    private static final int MONTH_VALUE = "2017-01".length();
    private static final int DAY_VALUE = "2017-01-03".length();

    private final TimeLexicon lexicon;
    private final List<TimexRule> rules;

    private DateTagger(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        PhraseRule phrases = new PhraseRule(lexicon);
        WeekdayRule weekdays = new WeekdayRule(lexicon);
        MonthDateRule dates = new MonthDateRule(lexicon);
        DayReference days = new DayReference(phrases, weekdays, dates);
        this.rules = List.of(new NumericDateRule(lexicon), dates, new YearRule(lexicon), phrases, weekdays,
                new PeriodRule(lexicon), new DurationRule(lexicon), new SetRule(lexicon, weekdays),
                new CenturyRule(lexicon), new DayPartRule(lexicon, days), new ClockRule(lexicon, days));
    }

    /** The tagger with the data files shipped in this package, loaded once. */
    public static DateTagger withShippedLexicon() {
        return Shipped.INSTANCE;
    }

    /**
     * Every temporal expression of {@code text}, in order, non-overlapping (longest wins), ids "d1", "d2"...
     *
     * @param published the publication date relative expressions count from, or null if unknown
     */
    public List<DateExpression> tag(String text, LocalDate published) {
        Objects.requireNonNull(text, "text must not be null");
        Tokens tokens = Tokens.of(text);
        RelativeResolver anchor = new RelativeResolver(published);
        List<DateExpression> found = new ArrayList<>();
        RelativeResolver rangeEnd = null;
        int rangeEndAt = -1;
        int i = 0;
        while (i < tokens.size()) {
            Candidate c = best(tokens, i, i == rangeEndAt ? rangeEnd : anchor);
            if (c != null) {
                found.add(expression(text, c, found.size() + 1));
                LocalDate start = c.type() == TimexType.DATE ? dayOf(c.value()) : null;
                rangeEndAt = start == null ? -1 : lexicon.afterRangeEnd(tokens, c.next());
                rangeEnd = rangeEndAt < 0 ? null : anchor.endingRangeFrom(start);
            }
            i = c == null ? i + 1 : c.next();
        }
        return List.copyOf(found);
    }

    /**
     * The first day of a resolved date's value of month or day precision ("2017-01", "2017-01-03"), or null: an
     * unresolved value starts with X (XXXX-01-03).
     */
    private static LocalDate dayOf(String value) {
        if (value.isEmpty() || !Character.isDigit(value.charAt(0))) {
            return null;
        }
        return value.length() == MONTH_VALUE ? LocalDate.parse(value + "-01")
                : value.length() == DAY_VALUE ? LocalDate.parse(value) : null;
    }

    private static DateExpression expression(String text, Candidate c, int number) {
        String span = text.substring(c.start(), c.end());
        return new DateExpression("d" + number, c.start(), c.end(), span, c.type(), c.value(), c.mod(), c.anchored());
    }

    /** The longest expression at token {@code i}, itself or under a modifier. */
    private Candidate best(Tokens tokens, int i, RelativeResolver anchor) {
        if (!lexicon.mayStart(tokens, i)) {
            return null;
        }
        Candidate plain = longest(tokens, i, anchor);
        Hit<Modifier> modifier = lexicon.modifiers().match(tokens, i, true);
        boolean opens = modifier != null && lexicon.mayStart(tokens, modifier.next());
        Candidate inner = opens ? longest(tokens, modifier.next(), anchor) : null;
        boolean fits = inner != null && modifier.value().modifies(inner.type());
        Candidate modified = fits ? inner.modified(modifier.start(), modifier.value().mod()) : null;
        return Candidate.longer(plain, modified);
    }

    private Candidate longest(Tokens tokens, int i, RelativeResolver anchor) {
        Candidate best = null;
        for (TimexRule rule : rules) {
            best = Candidate.longer(best, rule.match(tokens, i, anchor));
        }
        return best;
    }
}
