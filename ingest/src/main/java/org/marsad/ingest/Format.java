package org.marsad.ingest;

/** The input formats, as {@link FormatSniffer} tells them apart. */
enum Format {
    PLAIN_TEXT,
    JSON_LINES,
    /** One or more JSON values: arrays of article objects, or objects spread over several lines. */
    JSON_DOCUMENT,
    TREC,
    FEED,
    HTML;

    ArticleReader reader() {
        return switch (this) {
            case PLAIN_TEXT -> new PlainTextReader();
            case JSON_LINES -> new JsonLinesReader();
            case JSON_DOCUMENT -> new JsonDocumentReader();
            case TREC -> new TrecReader();
            case FEED -> new FeedReader();
            case HTML -> new HtmlReader();
        };
    }
}
