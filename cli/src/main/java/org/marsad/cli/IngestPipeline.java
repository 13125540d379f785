package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.marsad.analysis.ArticleAnalyzer;
import org.marsad.article.Article;
import org.marsad.ingest.InputItem;
import org.marsad.store.AddResult;
import org.marsad.store.MarsadStore;
import org.marsad.store.PreparedArticle;

/**
 * Reads, analyses and stores articles with every core busy and memory bounded: one reader thread, N analyzer
 * threads, and the calling thread as the single writer.
 *
 * <p>Rules:
 * <ul>
 *   <li>an input whose key the store holds (read before, stored or found a duplicate) is not analysed again;</li>
 *   <li>the queues between the stages hold at most {@value #QUEUE} articles each, so memory does not grow with the
 *       input;</li>
 *   <li>articles are stored in input order, in batches of up to {@value #BATCH} (or what arrived within
 *       {@value #BATCH_MILLIS} ms), each batch one database transaction, so a run killed at any moment and started
 *       again stores each article once;</li>
 *   <li>a bad input or a failed analysis is reported on standard error with its origin and the reason, and the rest
 *       goes on; a store failure stops the run.</li>
 * </ul>
 */
final class IngestPipeline {
    static final int BATCH = 1000;
    static final long BATCH_MILLIS = 1000;
    static final int QUEUE = 256;
    private static final long THREAD_STACK = 8L << 20;

    private final MarsadStore store;
    private final ArticleAnalyzer analyzer;
    private final int workers;
    private final LocalDate published;
    private final PrintWriter err;
    private final String command;
    private final Progress progress;
    private final long totalBytes;

    private final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(QUEUE);
    private final BlockingQueue<Done> done = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong known = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong readItems = new AtomicLong();
    private final AtomicLong bytesRead = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger liveWorkers = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean stop;
    private volatile Throwable readerFailure;
    private volatile Throwable workerFailure;

    /** What a run did: articles stored, duplicates of stored ones, inputs already ingested, failures, seconds. */
    record Summary(long stored, long duplicates, long known, long failed, double seconds) {
        long articles() {
            return stored + duplicates + known;
        }
    }

    private record Job(long index, Article article, String inputKey) {
    }

    private record Done(long index, PreparedArticle prepared) {
    }

    private static final Job NO_MORE_JOBS = new Job(-1, null, null);
    private static final Done NO_MORE_DONE = new Done(-1, null);

    IngestPipeline(MarsadStore store, ArticleAnalyzer analyzer, int workers, LocalDate published, PrintWriter err,
                   String command, Progress progress, long totalBytes) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.store = store;
        this.analyzer = analyzer;
        this.workers = workers;
        this.published = published;
        this.err = err;
        this.command = command;
        this.progress = progress;
        this.totalBytes = totalBytes;
    }

    /** Runs the pipeline over what {@code source} pushes; throws the store's exception if storing fails. */
    Summary run(Consumer<Consumer<InputItem>> source) {
        long start = System.nanoTime();
        Thread reader = thread("marsad-read", () -> read(source));
        List<Thread> analyzers = new ArrayList<>();
        liveWorkers.set(workers);
        for (int i = 0; i < workers; i++) {
            analyzers.add(thread("marsad-analyze-" + i, this::analyze));
        }
        long[] stored = new long[2];
        try {
            write(stored, start);
        } finally {
            stop = stop || readerFailure != null;
            join(reader);
            analyzers.forEach(IngestPipeline::join);
            progress.finish();
        }
        Throwable failure = readerFailure != null ? readerFailure : workerFailure;
        if (failure != null) {
            throw failure instanceof RuntimeException r ? r : new IllegalStateException("ingest stopped: " + failure, failure);
        }
        return new Summary(stored[0], stored[1], known.get(), failed.get(), (System.nanoTime() - start) / 1e9);
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(null, body, name, THREAD_STACK);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void read(Consumer<Consumer<InputItem>> source) {
        FileProgress files = new FileProgress();
        long[] next = {0};
        try {
            source.accept(item -> {
                if (stop) {
                    throw new Cancelled();
                }
                files.at(item.origin());
                readItems.incrementAndGet();
                switch (item) {
                    case InputItem.Read r -> offer(r.article(), next);
                    case InputItem.Failed f -> fail(f.origin(), f.message());
                }
            });
            files.at(null);
        } catch (Cancelled e) {
            // the writer stopped the run
        } catch (RuntimeException | Error e) {
            readerFailure = e;
            stop = true;
        } finally {
            for (int i = 0; i < workers; i++) {
                offerWhileWorkersLive(NO_MORE_JOBS);
            }
        }
    }

    /** Hands {@code job} over unless every analyzer thread has ended (then no one would take it). */
    private void offerWhileWorkersLive(Job job) {
        try {
            while (!jobs.offer(job, 100, TimeUnit.MILLISECONDS)) {
                if (liveWorkers.get() == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void offer(Article read, long[] next) {
        Article article = published != null && read.published() == null
                ? read.toBuilder().published(published.toString()).build() : read;
        String key = MarsadStore.inputKey(article);
        if (store.holdsInput(key)) {
            known.incrementAndGet();
            return;
        }
        Job job = new Job(next[0]++, article, key);
        try {
            while (!jobs.offer(job, 100, TimeUnit.MILLISECONDS)) {
                if (stop || liveWorkers.get() == 0) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /**
     * Analyses jobs until told there are no more. A failed article is reported and the rest goes on; an unexpected
     * error (a class missing, memory exhausted) stops the run, and the thread still says it is done, so the writer
     * never waits for it.
     */
    private void analyze() {
        try {
            while (true) {
                Job job = takeUninterruptibly(jobs);
                if (job == NO_MORE_JOBS) {
                    return;
                }
                PreparedArticle prepared = null;
                if (!stop) {
                    try {
                        prepared = MarsadStore.prepare(analyzer.analyze(job.article()), job.inputKey());
                    } catch (RuntimeException | StackOverflowError e) {
                        fail(job.article().origin(), "analysis failed: " + e);
                    }
                }
                putUninterruptibly(done, new Done(job.index(), prepared));
            }
        } catch (Throwable t) {
            if (workerFailure == null) {
                workerFailure = t;
            }
            stop = true;
        } finally {
            liveWorkers.decrementAndGet();
            putUninterruptibly(done, NO_MORE_DONE);
        }
    }

    /** Takes results in input order and stores them in batches; counts stored and duplicates into {@code counts}. */
    private void write(long[] counts, long start) {
        Map<Long, Done> pending = new HashMap<>();
        List<PreparedArticle> batch = new ArrayList<>(BATCH);
        long next = 0;
        long batchStart = System.nanoTime();
        int finished = 0;
        while (finished < workers) {
            Done d = pollUninterruptibly(done);
            if (d == NO_MORE_DONE) {
                finished++;
            } else if (d != null) {
                pending.put(d.index(), d);
            }
            for (Done x = pending.remove(next); x != null; x = pending.remove(next)) {
                next++;
                if (x.prepared() != null && !stop) {
                    if (batch.isEmpty()) {
                        batchStart = System.nanoTime();
                    }
                    batch.add(x.prepared());
                }
            }
            if (!batch.isEmpty() && (batch.size() >= BATCH || System.nanoTime() - batchStart > BATCH_MILLIS * 1_000_000)) {
                flush(batch, counts);
            }
            progress.show(figures(counts, start));
        }
        if (!batch.isEmpty()) {
            flush(batch, counts);
        }
        progress.show(figures(counts, start));
    }

    private void flush(List<PreparedArticle> batch, long[] counts) {
        try {
            AddResult r = store.addPrepared(batch);
            counts[0] += r.added();
            counts[1] += r.duplicates();
            batch.clear();
        } catch (RuntimeException e) {
            stop = true;
            drain();
            throw e;
        }
    }

    /** After a store failure: lets the other threads finish, discarding what they still hand over. */
    private void drain() {
        int finished = 0;
        while (finished < workers) {
            Done d = pollUninterruptibly(done);
            if (d == NO_MORE_DONE) {
                finished++;
            }
        }
    }

    private Progress.Figures figures(long[] counts, long start) {
        long processed = counts[0] + counts[1] + known.get() + failed.get();
        double fraction = -1;
        if (totalBytes > 0) {
            double read = Math.min(1, bytesRead.get() / (double) totalBytes);
            fraction = read * Math.min(1, processed / (double) Math.max(1, readItems.get()));
        }
        return new Progress.Figures(counts[0] + counts[1] + known.get(), fraction, (System.nanoTime() - start) / 1e9);
    }

    private void fail(String origin, String message) {
        failed.incrementAndGet();
        synchronized (err) {
            err.println(command + ": " + origin + ": " + message);
            err.flush();
        }
    }

    /** Counts the bytes of each file once the reader has moved past it. */
    private final class FileProgress {
        private Path current;

        void at(String origin) {
            Path file = origin == null ? null : Sources.fileOf(origin);
            if (current != null && !current.equals(file)) {
                bytesRead.addAndGet(Sources.size(current));
            }
            current = file;
        }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    private static <T> T takeUninterruptibly(BlockingQueue<T> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits up to 100 ms; an interrupt is swallowed, since the run ends only when its threads do. */
    private static <T> T pollUninterruptibly(BlockingQueue<T> queue) {
        try {
            return queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            return null;
        }
    }

    private static <T> void putUninterruptibly(BlockingQueue<T> queue, T value) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    queue.put(value);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
