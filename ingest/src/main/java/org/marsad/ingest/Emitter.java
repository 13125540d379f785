package org.marsad.ingest;

import org.marsad.article.Article;

/** Hands out the items of one input, numbering its records and giving each item its origin. */
final class Emitter {
    private final String origin;
    private final GuardedSink sink;
    private int records;
    private int emitted;

    Emitter(String origin, GuardedSink sink) {
        this.origin = origin;
        this.sink = sink;
    }

    /** The origin of the input as a whole. */
    String origin() {
        return origin;
    }

    /** Counts one more record and returns its origin, {@code path#N}. */
    String nextRecord() {
        records++;
        return origin + "#" + records;
    }

    /** The origin of line {@code line} of the input, {@code path:L}. */
    String line(long line) {
        return origin + ":" + line;
    }

    /** Emits the article; a field the article model refuses makes it a failure instead. */
    void article(String itemOrigin, Article.Builder builder) {
        Article article;
        try {
            article = builder.origin(itemOrigin).build();
        } catch (IllegalArgumentException e) {
            failed(itemOrigin, e.getMessage());
            return;
        }
        emit(new InputItem.Read(article));
    }

    void failed(String itemOrigin, String message) {
        emit(new InputItem.Failed(itemOrigin, message));
    }

    /** True while nothing has been emitted for this input. */
    boolean emittedNothing() {
        return emitted == 0;
    }

    private void emit(InputItem item) {
        emitted++;
        sink.accept(item);
    }
}
