package org.marsad.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Supplier;

/**
 * A reader that refuses to hand out more than a budget of characters between two {@link #renew()} calls: it bounds
 * what a parser that builds a tree (jsoup) can buffer for one item of a streamed document.
 */
final class BudgetReader extends FilterReader {
    private final long budget;
    private final Supplier<Refusal> overspent;
    private long spent;

    BudgetReader(Reader in, long budget, Supplier<Refusal> overspent) {
        super(in);
        this.budget = budget;
        this.overspent = overspent;
    }

    /** Starts a new budget: the item it was for is done. */
    void renew() {
        spent = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        count(c < 0 ? 0 : 1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) throws Refusal {
        spent += n;
        if (spent > budget) {
            throw overspent.get();
        }
    }
}
