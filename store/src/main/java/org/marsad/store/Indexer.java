package org.marsad.store;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Adds stored batches to the text index on a thread of its own, so that the writer's next database transaction
 * overlaps the indexing of the last one.
 *
 * <p>Rules:
 * <ul>
 *   <li>batches are indexed in the order submitted, only after their database transaction committed;</li>
 *   <li>at most {@value #PENDING} batches wait: submitting more blocks, which bounds memory;</li>
 *   <li>the index is committed on this thread, between batches, every {@value MarsadStore#INDEX_COMMIT_SECONDS}
 *       seconds, recording the highest seq indexed; {@link #commit} and {@link #close} commit once the queue is
 *       empty, so a commit never holds part of a batch;</li>
 *   <li>the first failure is kept and thrown by every later call: the database has the articles, and reopening the
 *       store indexes them.</li>
 * </ul>
 */
final class Indexer implements AutoCloseable {
    static final int PENDING = 2;
    private static final List<FactWriter.Row> STOP = List.of();

    private final TextIndex index;
    private final BlockingQueue<List<FactWriter.Row>> queue = new ArrayBlockingQueue<>(PENDING);
    private final Object lock = new Object();
    private final Thread thread;
    private long submitted;
    private long indexed;
    private long indexedSeq;
    private long committedSeq;
    private long lastCommitNanos = System.nanoTime();
    private volatile Exception failure;

    Indexer(TextIndex index, long seq) {
        this.index = index;
        this.indexedSeq = seq;
        this.committedSeq = seq;
        this.thread = new Thread(this::run, "marsad-index");
        thread.setDaemon(true);
        thread.start();
    }

    void submit(List<FactWriter.Row> rows) {
        checkHealthy();
        if (rows.isEmpty()) {
            return;
        }
        synchronized (lock) {
            submitted++;
        }
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while handing a batch to the text index; reopening the store indexes it", e);
        }
    }

    /** Waits until every submitted batch is indexed (searchable at the next search). */
    void await() {
        synchronized (lock) {
            while (indexed < submitted && failure == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("interrupted while waiting for the text index", e);
                }
            }
        }
        checkHealthy();
    }

    /** Waits for the queue, then commits the index with the highest seq indexed. */
    void commit() throws IOException {
        await();
        commitNow();
    }

    private void run() {
        while (true) {
            List<FactWriter.Row> rows;
            try {
                rows = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (rows == STOP) {
                return;
            }
            try {
                if (failure == null) {
                    index(rows);
                }
            } catch (IOException | RuntimeException e) {
                failure = e;
            } finally {
                synchronized (lock) {
                    indexed++;
                    lock.notifyAll();
                }
            }
        }
    }

    private void index(List<FactWriter.Row> rows) throws IOException {
        for (FactWriter.Row row : rows) {
            index.add(IndexDocs.of(row.id(), row.seq(), row.prepared().article()));
        }
        synchronized (lock) {
            indexedSeq = rows.get(rows.size() - 1).seq();
        }
        if (System.nanoTime() - lastCommitNanos > MarsadStore.INDEX_COMMIT_SECONDS * 1_000_000_000L) {
            commitNow();
        }
    }

    private void commitNow() throws IOException {
        long seq;
        synchronized (lock) {
            seq = indexedSeq;
        }
        synchronized (index) {
            if (seq != committedSeq) {
                index.commit(seq);
                committedSeq = seq;
            }
        }
        lastCommitNanos = System.nanoTime();
    }

    private void checkHealthy() {
        Exception f = failure;
        if (f != null) {
            throw new StoreException("stored in the database but not indexed (" + f.getMessage()
                    + "); opening the store again indexes what the index lacks", f);
        }
    }

    /** Indexes what is queued, commits, and stops the thread. */
    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            try {
                queue.put(STOP);
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
