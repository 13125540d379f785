package org.marsad.ingest;

import java.util.Objects;

import org.marsad.article.Article;

/**
 * One outcome of reading: an article, or a problem that kept something from being read.
 *
 * <p>The origin names where the item came from:
 * <ul>
 *   <li>the path of a file (as given, or as found under a given directory), or {@code "-"} for standard input;</li>
 *   <li>plus {@code "#N"} (1-based) for the Nth record of a multi-article file (JSON Lines, JSON arrays,
 *       TREC-style {@code <DOC>} files, RSS and Atom feeds), even when the file holds a single record, so that an
 *       origin does not change when records are appended;</li>
 *   <li>for a bad line of a JSON Lines file, {@code "path:L"} with the 1-based line number instead.</li>
 * </ul>
 */
public sealed interface InputItem {

    /**
     * Where the item came from.
     *
     * @return the path, {@code "-"} or upload name, with {@code "#N"} or {@code ":L"} as the interface describes
     */
    String origin();

    /**
     * An article that was read.
     *
     * @param article the article; its {@link Article#origin()} is the item's origin
     */
    record Read(Article article) implements InputItem {
        /** Checks the article is there. */
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String origin() {
            return article.origin();
        }
    }

    /**
     * Something that could not be read.
     *
     * @param origin  what could not be read: a file, a record ({@code path#N}) or a line ({@code path:L})
     * @param message why, for people: {@code "empty"}, {@code "truncated gzip stream"}, {@code "line 3, column 7: ..."}
     */
    record Failed(String origin, String message) implements InputItem {
        /** Checks both parts are there. */
        public Failed {
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(message, "message");
        }

        /** The origin and the message as one line, the way a command line tool reports it. */
        @Override
        public String toString() {
            return origin + ": " + message;
        }
    }
}
