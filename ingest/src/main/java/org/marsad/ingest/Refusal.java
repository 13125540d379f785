package org.marsad.ingest;

import java.io.IOException;

/**
 * An input that cannot be read any further, with a message for people; it ends the file it was raised in.
 * It is an {@link IOException} so that it travels through readers (a JSON parser, jsoup) like a read error does.
 */
final class Refusal extends IOException {

    Refusal(String message) {
        super(message);
    }

    static Refusal articleTooLong(ReadOptions options) {
        return new Refusal("article exceeds " + options.maxArticleChars() + " characters; raise --max-article-chars");
    }

    static Refusal pageTooLong(String what, ReadOptions options) {
        return new Refusal(what + " exceeds " + options.maxPageChars() + " characters; raise --max-page-chars");
    }
}
