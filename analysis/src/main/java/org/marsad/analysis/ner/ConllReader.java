package org.marsad.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style {@code token TAG} files into sentences.
 *
 * <p>Rules:
 * <ul>
 *   <li>UTF-8, one token per line; a blank line (or a {@code -DOCSTART-} line) ends a sentence; a byte order
 *       mark at the start is skipped;</li>
 *   <li>fields are separated by spaces or tabs; the token is the first field and the tag the last, any middle
 *       columns are ignored (as conlleval reads multi-column files). ANERcorp's train split has one line where
 *       two lines were merged ({@code . Oالإصابة O}); this rule reads it as the token {@code .};</li>
 *   <li>a tag is {@code O} or {@code B-}/{@code I-} followed by an ANERcorp type (PERS, LOC, ORG, MISC) or a
 *       Marsad or CoNLL-2003 type, which is mapped: PERSON and PER to PERS, GPE and LOC to LOC, GROUP and MISC to
 *       MISC;</li>
 *   <li>a line with a single field or an unknown tag is an error naming the file and the line number.</li>
 * </ul>
 */
public final class ConllReader {
    private static final String DOCSTART = "-DOCSTART-";

    private ConllReader() {
    }

    /** The sentences read from {@code in}; {@code source} names it in error messages. */
    public static List<TaggedSentence> read(Reader in, String source) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNumber = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            String stripped = (lineNumber == 1 ? withoutBom(line) : line).strip();
            if (stripped.isEmpty() || stripped.startsWith(DOCSTART)) {
                flush(tokens, tags, sentences);
                continue;
            }
            String[] fields = stripped.split("[ \t]+");
            if (fields.length < 2) {
                throw new IllegalArgumentException(
                        source + ":" + lineNumber + ": expected 'token TAG', got '" + stripped + "'");
            }
            tokens.add(fields[0]);
            tags.add(canonicalTag(fields[fields.length - 1], source, lineNumber));
        }
        flush(tokens, tags, sentences);
        return sentences;
    }

    /** The ANERcorp spelling of {@code tag}; throws naming the place when it is no BIO tag of a known type. */
    static String canonicalTag(String tag, String source, int lineNumber) {
        if (tag.equals("O")) {
            return tag;
        }
        String type = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))
                ? Labels.anercorpType(tag.substring(2)) : null;
        if (type == null) {
            throw new IllegalArgumentException(source + ":" + lineNumber + ": unknown tag '" + tag
                    + "', expected O, B-TYPE or I-TYPE with TYPE one of " + Labels.TYPES);
        }
        return tag.substring(0, 2) + type;
    }

    private static String withoutBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    private static void flush(List<String> tokens, List<String> tags, List<TaggedSentence> sentences) {
        if (!tokens.isEmpty()) {
            sentences.add(new TaggedSentence(tokens, tags));
            tokens.clear();
            tags.clear();
        }
    }
}
