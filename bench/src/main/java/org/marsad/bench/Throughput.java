package org.marsad.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Times each {@link Pass} over the same articles on one thread, in alternating rounds so that no pass profits
 * from a warmer machine, and reports the best round of each: articles per second and units per second.
 */
public final class Throughput {
    private final List<String> texts;
    private final double secondsPerRound;
    private final int rounds;

    /** One pass's best round. */
    public record Result(String pass, double articlesPerSecond, double unitsPerSecond) {
    }

    public Throughput(List<String> texts, double secondsPerRound, int rounds) {
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("benchmark needs at least one article, got none");
        }
        if (rounds < 1 || secondsPerRound <= 0) {
            throw new IllegalArgumentException("need rounds >= 1 and seconds > 0, got " + rounds + " and " + secondsPerRound);
        }
        this.texts = List.copyOf(texts);
        this.secondsPerRound = secondsPerRound;
        this.rounds = rounds;
    }

    /** Runs one warm-up round per pass, then the timed rounds; logs progress to {@code log}. */
    public List<Result> measure(List<Pass> passes, PrintStream log) {
        passes.forEach(p -> round(p));
        List<Result> best = new ArrayList<>(passes.stream().map(p -> new Result(p.name(), 0, 0)).toList());
        for (int r = 1; r <= rounds; r++) {
            for (int i = 0; i < passes.size(); i++) {
                Result res = round(passes.get(i));
                log.printf("round %d  %-32s %,12.0f articles/s%n", r, res.pass(), res.articlesPerSecond());
                if (res.articlesPerSecond() > best.get(i).articlesPerSecond()) {
                    best.set(i, res);
                }
            }
        }
        return best;
    }

    private Result round(Pass pass) {
        long deadline = System.nanoTime() + (long) (secondsPerRound * 1e9);
        long articles = 0;
        long units = 0;
        long start = System.nanoTime();
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                units += pass.run(text);
            }
            articles += texts.size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(pass.name(), articles / seconds, units / seconds);
    }
}
