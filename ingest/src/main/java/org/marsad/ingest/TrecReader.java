package org.marsad.ingest;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.article.Article;

/**
 * TREC-style files, as the ANT corpus and newswire collections ship them: {@code <DOC>} blocks, one or many per
 * file, each with tagged fields. The file is streamed one {@code <DOC>} at a time, so it may hold any number.
 *
 * <p>Fields: id from {@code DOCNO} (or the {@code id} attribute of {@code DOC}); {@code URL}; source name from
 * {@code SRC} or {@code SOURCE}; title from {@code TITLE} or {@code HEADLINE}; published from {@code TIME},
 * {@code DATE} or {@code DATE_TIME}; author from {@code AUTHOR} or {@code BYLINE}; text from {@code TEXT}, or from
 * {@code ABSTRACT} when {@code TEXT} is empty. The markup is not XML (ANT writes bare {@code <} and {@code &} in
 * its texts), so fields are found by their tags, paragraph tags inside the text become line breaks, other tags are
 * dropped and complete character references are decoded.
 *
 * <p>Rules: text outside {@code <DOC>} blocks is ignored; each block is a record, {@code path#N}; a block without
 * {@code TEXT}, one longer than the markup limit or one whose text exceeds the article limit fails with its line,
 * and the next block is read; a block missing its {@code </DOC>} ends where the next {@code <DOC>} or the file
 * does.
 */
final class TrecReader implements ArticleReader {
    private static final String DOC_END = "</doc>";
    private static final String DOC_START = "<doc>";
    private static final Pattern ID_ATTRIBUTE =
            Pattern.compile("\\bid\\s*=\\s*[\"']?([^\"'\\s>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("</?(?:p|br)\\b[^<>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_TAG = Pattern.compile("</?[A-Za-z][\\w:.-]*(?:\\s[^<>]*)?/?>");

    @Override
    public void read(Reader text, Emitter out, Settings settings) throws IOException {
        Cursor cursor = new Cursor(text);
        boolean startSeen = false;
        while (startSeen || cursor.skipToDocStart()) {
            long line = cursor.line;
            String attributes = cursor.lastStartTag;
            String recordOrigin = out.nextRecord();
            Block block = cursor.captureDoc(settings.options().maxPageChars());
            startSeen = block.nextStartSeen();
            if (block.body() == null) {
                String tooLong = Refusal.pageTooLong("document", settings.options()).getMessage();
                out.failed(recordOrigin, "line " + line + ": " + tooLong);
                continue;
            }
            try {
                out.article(recordOrigin, toArticle(attributes, block.body(), settings.options()));
            } catch (RecordProblem e) {
                out.failed(recordOrigin, "line " + line + ": " + e.getMessage());
            }
        }
    }

    private static Article.Builder toArticle(String attributes, String body, ReadOptions options) throws RecordProblem {
        String rawText = field(body, "TEXT");
        if (rawText == null) {
            throw new RecordProblem("no <TEXT> element in <DOC>");
        }
        String text = bodyText(rawText);
        if (text.isEmpty()) {
            String summary = field(body, "ABSTRACT");
            text = summary == null ? "" : bodyText(summary);
        }
        if (text.length() > options.maxArticleChars()) {
            throw new RecordProblem(Refusal.articleTooLong(options).getMessage());
        }
        return Article.builder(text)
                .id(firstNonNull(line(field(body, "DOCNO")), idAttribute(attributes)))
                .url(line(field(body, "URL")))
                .sourceName(line(firstNonNull(field(body, "SRC"), field(body, "SOURCE"))))
                .title(line(firstNonNull(field(body, "TITLE"), field(body, "HEADLINE"))))
                .published(Dates.normalize(line(firstNonNull(
                        field(body, "TIME"), field(body, "DATE"), field(body, "DATE_TIME")))))
                .author(line(firstNonNull(field(body, "AUTHOR"), field(body, "BYLINE"))));
    }

    /** The content of the first element {@code name} in the block, or null; an unclosed one runs to the end. */
    static String field(String body, String name) {
        int open = indexOfTag(body, "<" + name, 0);
        if (open < 0) {
            return null;
        }
        int contentStart = body.indexOf('>', open) + 1;
        int close = indexOfIgnoreCase(body, "</" + name + ">", contentStart);
        return body.substring(contentStart, close < 0 ? body.length() : close);
    }

    /** Where a start tag {@code <NAME} followed by {@code >} or white space begins, ignoring case. */
    private static int indexOfTag(String body, String opening, int from) {
        for (int at = indexOfIgnoreCase(body, opening, from); at >= 0; at = indexOfIgnoreCase(body, opening, at + 1)) {
            int after = at + opening.length();
            if (after < body.length() && (body.charAt(after) == '>' || Character.isWhitespace(body.charAt(after)))) {
                return at;
            }
        }
        return -1;
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = Math.max(from, 0); i + needle.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Text with paragraph tags as line breaks, other tags dropped, references decoded and blank lines gone. */
    private static String bodyText(String raw) {
        if (raw.indexOf('<') < 0 || !OTHER_TAG.matcher(raw).find()) {
            return Entities.decode(raw).strip();
        }
        String untagged = OTHER_TAG.matcher(PARAGRAPH_TAG.matcher(raw).replaceAll("\n")).replaceAll("");
        StringBuilder text = new StringBuilder();
        for (String paragraph : Entities.decode(untagged).split("\n")) {
            if (!paragraph.isBlank()) {
                text.append(text.isEmpty() ? "" : "\n").append(paragraph.strip());
            }
        }
        return text.toString();
    }

    /** A one-line field: its value decoded and stripped, or null. */
    private static String line(String raw) {
        return raw == null ? null : Entities.decode(raw).strip();
    }

    private static String idAttribute(String startTag) {
        Matcher id = ID_ATTRIBUTE.matcher(startTag);
        return id.find() ? id.group(1) : null;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null && !(value instanceof String s && s.isBlank())) {
                return value;
            }
        }
        return null;
    }

    /** One {@code <DOC>} block's content, or null when it was too long to keep; and whether another block began. */
    private record Block(String body, boolean nextStartSeen) {
    }

    /** Reads characters one at a time over a buffer, counting lines. */
    private static final class Cursor {
        private final Reader in;
        private final char[] buffer = new char[64 * 1024];
        private int position;
        private int limit;
        private long line = 1;
        private String lastStartTag = "";

        Cursor(Reader in) {
            this.in = in;
        }

        int read() throws IOException {
            if (position == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    return -1;
                }
                position = 0;
                limit = n;
            }
            char c = buffer[position++];
            if (c == '\n') {
                line++;
            }
            return c;
        }

        /** Skips past the next {@code <DOC>} start tag, keeping it; false when the file has no more. */
        boolean skipToDocStart() throws IOException {
            int c = read();
            while (c >= 0) {
                if (c != '<') {
                    c = read();
                    continue;
                }
                StringBuilder tag = new StringBuilder("<");
                while ((c = read()) >= 0 && c != '<' && c != '>' && tag.length() < 4096) {
                    tag.append((char) c);
                }
                if (c == '>' && isDocStartTag(tag)) {
                    lastStartTag = tag.toString();
                    return true;
                }
            }
            return false;
        }

        private static boolean isDocStartTag(CharSequence tag) {
            String text = tag.toString().toLowerCase(Locale.ROOT);
            return text.equals("<doc") || text.startsWith("<doc") && Character.isWhitespace(text.charAt(4));
        }

        /**
         * Reads the block up to its {@code </DOC>}, the next {@code <DOC>} or the end of the file; past the limit it
         * stops keeping characters but still finds the block's end.
         */
        Block captureDoc(int maxChars) throws IOException {
            StringBuilder body = new StringBuilder();
            boolean kept = true;
            int endMatched = 0;
            int startMatched = 0;
            int c;
            while ((c = read()) >= 0) {
                char lower = Character.toLowerCase((char) c);
                endMatched = advance(DOC_END, endMatched, lower);
                startMatched = advance(DOC_START, startMatched, lower);
                if (kept) {
                    body.append((char) c);
                    kept = body.length() <= maxChars;
                }
                if (endMatched == DOC_END.length()) {
                    return finish(body, kept, DOC_END.length(), false);
                }
                if (startMatched == DOC_START.length()) {
                    lastStartTag = "<doc";
                    return finish(body, kept, DOC_START.length(), true);
                }
            }
            return finish(body, kept, 0, false);
        }

        private static Block finish(StringBuilder body, boolean kept, int tagLength, boolean nextStartSeen) {
            if (!kept) {
                return new Block(null, nextStartSeen);
            }
            body.setLength(body.length() - tagLength);
            return new Block(body.toString(), nextStartSeen);
        }

        /** One step of matching a tag without self-overlap: only {@code <} can restart it. */
        private static int advance(String tag, int matched, char c) {
            if (tag.charAt(matched) == c) {
                return matched + 1;
            }
            return c == '<' ? 1 : 0;
        }
    }
}
