package org.marsad.analysis.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.analysis.data.TsvTable;
import org.marsad.article.Removed;
import org.marsad.text.ArabicNormalizer;

/**
 * Takes boilerplate lines out of an article body and says why each went.
 *
 * <p>Rules, applied line by line:
 * <ol>
 *   <li><b>Opening chrome</b>: a cue marked "start" that opens the first line goes, and the rest of the line stays
 *       ("Next Previous حامد القرشي – عين اليوم": a site's navigation glued before the byline).</li>
 *   <li><b>Brand line</b>: the first line is the publisher's name when it is short (at most
 *       {@value #MAX_BRAND_WORDS} words and {@value #MAX_BRAND_CHARS} characters), carries no punctuation nor dash, is
 *       not the title, and text follows it. News sites print their name there; a headline is longer, and a line
 *       with a dash is a dateline or byline ("الرياض – واس", "سامر الحلبي - جدة"), whose agency and writer count.</li>
 *   <li><b>Cue lines</b>: a short line (under {@value #MAX_CUE_LINE_CHARS} characters) containing a cue of
 *       {@code boilerplate-cues.tsv} goes, with the cue's reason. Cues marked "tail" count only among the last
 *       {@value #TAIL_LINES} lines, where share prompts sit.</li>
 *   <li><b>Related links</b>: the short unpunctuated lines right after a "related links" cue are the links'
 *       titles and go with it, up to {@value #MAX_LINK_LINES} of them.</li>
 *   <li><b>Footers</b>: a line containing a cue marked "footer" goes with every line after it when it stands
 *       among the last {@value #MAX_FOOTER_LINES} lines and the lines after it are short and end no sentence
 *       (numbers and names, not the article's text). A newspaper's "write to
 *       the columnist" footer runs over several lines of numbers and operators, or is one line with an e-mail
 *       address glued in front, so the cue's own line may be up to {@value #MAX_FOOTER_LINE_CHARS} characters.</li>
 *   <li><b>Closing keywords</b>: a cue marked "end" that opens the words after the last sentence of the text goes
 *       with them, when they carry no punctuation but quote marks and are short (under {@value #MAX_CUE_LINE_CHARS}
 *       characters): a site's keyword list glued to the last paragraph ("... وصالح. سمات الحوثيين عدن"), whose
 *       names would otherwise count as mentions.</li>
 * </ol>
 * Removal never touches a long line, so a sentence that merely contains a cue word stays.
 * The cleaned body is the kept lines joined by line breaks, without leading or trailing blank lines.
 */
public final class BoilerplateRemover {
    static final int MAX_BRAND_WORDS = 3;
    static final int MAX_BRAND_CHARS = 30;
    static final int MAX_CUE_LINE_CHARS = 120;
    static final int TAIL_LINES = 3;
    static final int MAX_LINK_LINES = 6;
    static final int MAX_FOOTER_LINES = 6;
    static final int MAX_FOOTER_LINE_CHARS = 200;
    static final String CUES = "boilerplate-cues.tsv";
    private static final Pattern WORD = Pattern.compile("\\S+");

    private final List<CueRule> rules;

    private BoilerplateRemover(List<CueRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The remover with the cue list shipped in this package. */
    public static BoilerplateRemover withShippedCues() {
        return of(TsvTable.readResource(BoilerplateRemover.class, CUES, 3));
    }

    /**
     * A remover with the cue rules of {@code tsv}, a file in the layout of {@code boilerplate-cues.tsv};
     * {@code fileName} names it in error messages.
     */
    public static BoilerplateRemover fromTsv(String tsv, String fileName) {
        return of(TsvTable.parse(tsv, fileName, 3));
    }

    private static BoilerplateRemover of(List<TsvTable.Row> rows) {
        return new BoilerplateRemover(rows.stream().map(BoilerplateRemover::rule).toList());
    }

    private static CueRule rule(TsvTable.Row row) {
        CueRule.Place place = CueRule.Place.named(row.column(1));
        if (place == null) {
            throw row.error("place must be 'tail', 'any' or 'footer', got '" + row.column(1) + "'");
        }
        return new CueRule(row.column(0), place, ArabicNormalizer.normalize(row.column(2)));
    }

    /**
     * Cleans {@code body}.
     *
     * @param title the article's title if known, so that a short title is not taken for a brand line
     */
    public CleanedText clean(String body, String title) {
        List<String> lines = new ArrayList<>(body.lines().toList());
        List<Removed> removed = new ArrayList<>();
        boolean[] drop = new boolean[lines.size()];
        int first = firstNonBlank(lines, 0);
        if (first >= 0) {
            first = dropOpeningChrome(lines, first, drop, removed);
        }
        String brand = null;
        if (first >= 0 && isBrandLine(lines, first, title)) {
            brand = lines.get(first).strip();
            drop[first] = true;
            removed.add(new Removed(brand, Removed.BRAND_LINE));
        }
        int tailStart = tailStart(lines, TAIL_LINES);
        dropFooter(lines, drop, removed);
        for (int i = 0; i < lines.size(); i++) {
            if (drop[i]) {
                continue;
            }
            CueRule rule = cueOf(lines.get(i), i >= tailStart);
            if (rule != null) {
                drop[i] = true;
                removed.add(new Removed(lines.get(i).strip(), rule.reason()));
                if (rule.reason().equals(Removed.RELATED_LINKS)) {
                    i = dropLinkLines(lines, i + 1, drop, removed) - 1;
                }
            }
        }
        dropClosingKeywords(lines, drop, removed);
        return new CleanedText(join(lines, drop), removed, brand);
    }

    /**
     * Cuts the cue of a "start" rule that opens line {@code first}, keeping the rest of the line; returns the index
     * of the first non-blank line left.
     */
    private int dropOpeningChrome(List<String> lines, int first, boolean[] drop, List<Removed> removed) {
        String line = lines.get(first).strip();
        for (CueRule rule : rules) {
            int end = rule.place() == CueRule.Place.START ? cueEnd(line, rule.normalizedCue()) : -1;
            if (end > 0) {
                String rest = line.substring(end).strip();
                removed.add(new Removed(line.substring(0, end), rule.reason()));
                lines.set(first, rest);
                drop[first] = rest.isEmpty();
                return rest.isEmpty() ? firstNonBlank(lines, first + 1) : first;
            }
        }
        return first;
    }

    /** Where the words of {@code cue} end when {@code line} opens with them, compared normalized; else -1. */
    private static int cueEnd(String line, String cue) {
        Matcher word = WORD.matcher(line);
        for (String cueWord : cue.split(" ")) {
            if (!word.find() || !ArabicNormalizer.normalize(word.group()).equals(cueWord)) {
                return -1;
            }
        }
        return word.end();
    }

    /** Cuts the keyword list that closes the last kept line, if an "end" cue opens it. */
    private void dropClosingKeywords(List<String> lines, boolean[] drop, List<Removed> removed) {
        int last = lines.size() - 1;
        while (last >= 0 && (drop[last] || lines.get(last).isBlank())) {
            last--;
        }
        if (last < 0) {
            return;
        }
        String line = lines.get(last).stripTrailing();
        int from = lastSentenceEnd(line) + 1;
        String tail = line.substring(from).strip();
        if (tail.isEmpty() || tail.length() >= MAX_CUE_LINE_CHARS || endsAClause(tail)) {
            return;
        }
        String normalized = ArabicNormalizer.normalize(tail);
        for (CueRule rule : rules) {
            if (rule.place() == CueRule.Place.END && normalized.startsWith(rule.normalizedCue() + " ")) {
                lines.set(last, line.substring(0, from));
                drop[last] = from == 0;
                removed.add(new Removed(tail, rule.reason()));
                return;
            }
        }
    }

    /**
     * The index of the last mark that ends a sentence in {@code line}, or -1; quote marks right after it are the
     * sentence's too.
     */
    private static int lastSentenceEnd(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            switch (line.charAt(i)) {
                case '.', '!', '?', '\u061F' -> {
                    int end = i;
                    while (end + 1 < line.length() && (isQuote(line.charAt(end + 1)) || line.charAt(end + 1) == ' ')) {
                        end++;
                    }
                    return end;
                }
                default -> { }
            }
        }
        return -1;
    }

    /** Whether {@code text} holds a mark that ends a clause; keywords may be quoted: سمات متحف "حضارات الأمم". */
    private static boolean endsAClause(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '.', ',', ':', ';', '!', '?', '\u060C', '\u061B', '\u061F' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '«' || c == '»' || c == '\u201C' || c == '\u201D';
    }

    private boolean isBrandLine(List<String> lines, int index, String title) {
        String line = lines.get(index).strip();
        if (line.length() > MAX_BRAND_CHARS || line.split("\\s+").length > MAX_BRAND_WORDS || hasPunctuation(line)
                || hasDash(line)) {
            return false;
        }
        if (title != null && ArabicNormalizer.normalize(title.strip()).equals(ArabicNormalizer.normalize(line))) {
            return false;
        }
        return firstNonBlank(lines, index + 1) >= 0;
    }

    private CueRule cueOf(String line, boolean inTail) {
        if (line.isBlank() || line.length() >= MAX_CUE_LINE_CHARS) {
            return null;
        }
        return ruleOf(line, place -> place == CueRule.Place.ANY || place == CueRule.Place.TAIL && inTail);
    }

    /** The first rule of a place {@code placed} admits whose cue {@code line} contains, or null. */
    private CueRule ruleOf(String line, Predicate<CueRule.Place> placed) {
        String normalized = ArabicNormalizer.normalize(line);
        for (CueRule rule : rules) {
            if (placed.test(rule.place()) && normalized.contains(rule.normalizedCue())) {
                return rule;
            }
        }
        return null;
    }

    /** Drops the footer that closes the text, if any: its cue line and every line after it. */
    private void dropFooter(List<String> lines, boolean[] drop, List<Removed> removed) {
        for (int i = tailStart(lines, MAX_FOOTER_LINES); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.length() >= MAX_FOOTER_LINE_CHARS) {
                continue;
            }
            CueRule rule = ruleOf(line, place -> place == CueRule.Place.FOOTER);
            if (rule != null && footerLinesFrom(lines, i + 1)) {
                for (int j = i; j < lines.size(); j++) {
                    if (!lines.get(j).isBlank()) {
                        drop[j] = true;
                        removed.add(new Removed(lines.get(j).strip(), rule.reason()));
                    }
                }
                return;
            }
        }
    }

    private static boolean footerLinesFrom(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.length() >= MAX_CUE_LINE_CHARS || !line.isEmpty() && endsSentence(line)) {
                return false;
            }
        }
        return true;
    }

    /** Drops the link titles that follow a related-links cue; returns the index of the first line kept. */
    private static int dropLinkLines(List<String> lines, int from, boolean[] drop, List<Removed> removed) {
        int i = from;
        while (i < lines.size() && i - from < MAX_LINK_LINES) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.length() >= MAX_CUE_LINE_CHARS || endsSentence(line)) {
                break;
            }
            drop[i] = true;
            removed.add(new Removed(line, Removed.RELATED_LINKS));
            i++;
        }
        return i;
    }

    /** The index of the {@code count}th non-blank line from the end, or 0 when there are fewer. */
    private static int tailStart(List<String> lines, int count) {
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank() && ++seen == count) {
                return i;
            }
        }
        return 0;
    }

    private static int firstNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasPunctuation(String line) {
        return endsAClause(line) || line.chars().anyMatch(c -> isQuote((char) c));
    }

    /** Whether {@code line} holds a dash: "الرياض – واس" is a dateline, "سامر الحلبي - جدة" a byline. */
    private static boolean hasDash(String line) {
        return line.indexOf('-') >= 0 || line.indexOf('\u2013') >= 0 || line.indexOf('\u2014') >= 0;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u061F' || last == ':';
    }

    private static String join(List<String> lines, boolean[] drop) {
        int length = 0;
        for (int i = 0; i < lines.size(); i++) {
            length += drop[i] ? 0 : lines.get(i).length() + 1;
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < lines.size(); i++) {
            if (!drop[i]) {
                out.append(lines.get(i)).append('\n');
            }
        }
        // String.strip() without the copy in between: whitespace chars are all in the BMP
        int start = 0;
        int end = out.length();
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }
}
