package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.analysis.kb.KnowledgeBase;
import org.marsad.analysis.ner.NerTagger;

/**
 * How long the shipped knowledge takes to load, timed on the calling thread: the name model first, in a JVM that
 * has not loaded it yet (the "loads in under a second"), then the knowledge base and lexicons that the
 * analyzer adds to it. Wall time counts what a user waits; the thread's CPU time leaves out the rest of a busy
 * host, which on a shared machine swings the wall time by half.
 */
public record LoadTime(String what, double wallSeconds, double cpuSeconds) {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Both loads, in that order; only the first call in a JVM times a cold load. */
    public static List<LoadTime> measure() {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        NerTagger tagger = NerTagger.load();
        LoadTime model = since("name model (cold JVM)", wall, cpu);
        cpu = THREADS.getCurrentThreadCpuTime();
        wall = System.nanoTime();
        ArticleAnalyzer.withKnowledge(KnowledgeBase.shipped(), tagger);
        return List.of(model, since("knowledge base and lexicons", wall, cpu));
    }

    private static LoadTime since(String what, long wall, long cpu) {
        return new LoadTime(what, (System.nanoTime() - wall) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
    }
}
