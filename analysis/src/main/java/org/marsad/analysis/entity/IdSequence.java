package org.marsad.analysis.entity;

/** Hands out the ids of one article's records: a prefix and a running number ("e1", "e2"...). */
public final class IdSequence {
    private final String prefix;
    private int last;

    public IdSequence(String prefix) {
        this.prefix = prefix;
    }

    public String next() {
        return prefix + (++last);
    }
}
