package org.marsad.ingest;

/** A record of a multi-article file that cannot become an article; the records after it are still read. */
final class RecordProblem extends Exception {

    RecordProblem(String message) {
        // no stack trace: a bad record is an expected outcome of reading, met once per bad line of a large file
        super(message, null, false, false);
    }
}
