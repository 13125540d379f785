package org.marsad.bench;

import java.util.List;

/**
 * One way of processing an article's text that the benchmark times. It returns a count (tokens or records)
 * so that the JIT cannot drop the work as dead code, and so that token rates can be reported.
 */
public interface Pass {
    String name();

    /** Processes {@code text} and returns how many units (tokens, records) it produced. */
    long run(String text);

    /** The passes the benchmark compares, the reference first. */
    static List<Pass> standard() {
        return List.of(new LucenePass(), new LexicalPass(), new NerPass(), new PipelinePass());
    }
}
