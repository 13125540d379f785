package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * What every reader of one {@link Inputs#read} call shares: the options, and a JSON factory whose longest accepted
 * string is the longest article, so that the parser refuses an over-long text instead of buffering it.
 */
record Settings(ReadOptions options, JsonFactory json) {

    static Settings of(ReadOptions options) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxStringLength(options.maxArticleChars())
                .build();
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(constraints)
                // the readers own their streams: a parser must not close the file under the next record
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .build();
        return new Settings(options, json);
    }

    /** Words a parser limit for people: an over-long string is an over-long article; nesting and the like are not. */
    String describe(StreamConstraintsException e) {
        if (String.valueOf(e.getOriginalMessage()).contains("getMaxStringLength")) {
            return Refusal.articleTooLong(options).getMessage();
        }
        return "beyond a JSON parser limit: " + e.getOriginalMessage();
    }
}
