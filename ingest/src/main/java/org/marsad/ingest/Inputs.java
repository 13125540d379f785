package org.marsad.ingest;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads articles from files, directories, standard input and uploaded streams, in every supported format.
 *
 * <p>Bad input never makes these methods throw: each problem becomes one {@link InputItem.Failed} item naming the
 * input (and the record or line) and the reason, and reading goes on with the next record or input. Misuse (a null
 * argument, a blank location) fails fast with an exception. An exception thrown by the consumer ends reading and
 * reaches the caller unchanged.
 *
 * <p>Items are pushed in a deterministic order: locations in the order given, the files of a directory depth first
 * in name order, and the records of a file in file order. Multi-article files are streamed record by record, so a
 * file of any number of articles is read in bounded memory.
 *
 * <p>The formats, and how they are recognised, are described with the package. The methods keep no state between
 * calls and may be called from several threads at once.
 */
public final class Inputs {
    /** The location that stands for standard input. */
    public static final String STANDARD_INPUT = "-";

    private Inputs() {
    }

    /**
     * Reads each location, a file, a directory (recursively) or {@code "-"} for standard input, and pushes one item
     * per article or per failure to the sink.
     *
     * @param locations files, directories and {@code "-"}, read in this order
     * @param options   the limits that bound memory
     * @param sink      receives the items, one at a time, in order
     * @throws IllegalArgumentException when a location is blank
     */
    public static void read(List<String> locations, ReadOptions options, Consumer<InputItem> sink) {
        Objects.requireNonNull(locations, "locations");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        for (String location : locations) {
            Objects.requireNonNull(location, "location");
            if (location.isBlank()) {
                throw new IllegalArgumentException(
                        "location must name a file, a directory or \"-\", got '" + location + "'");
            }
        }
        Settings settings = Settings.of(options);
        GuardedSink guarded = new GuardedSink(sink);
        unwrappingConsumerFailures(() -> {
            for (String location : locations) {
                if (location.equals(STANDARD_INPUT)) {
                    Reading.readStream(STANDARD_INPUT, System.in, settings, guarded);
                } else {
                    Locations.read(location, settings, guarded);
                }
            }
        });
    }

    /**
     * Reads one stream, an upload or standard input, whose format is sniffed like a file's. The stream is read to
     * its end (or to the failure that ends it) and is not closed.
     *
     * @param origin  the name items get: a file name, a URL, or "-"
     * @param in      the bytes, plain or gzipped, in any supported character set
     * @param options the limits that bound memory
     * @param sink    receives the items, one at a time, in order
     * @throws IllegalArgumentException when the origin is blank
     */
    public static void read(String origin, InputStream in, ReadOptions options, Consumer<InputItem> sink) {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(sink, "sink");
        if (origin.isBlank()) {
            throw new IllegalArgumentException("origin must name the input, got '" + origin + "'");
        }
        Settings settings = Settings.of(options);
        unwrappingConsumerFailures(() -> Reading.readStream(origin, in, settings, new GuardedSink(sink)));
    }

    private static void unwrappingConsumerFailures(Runnable reading) {
        try {
            reading.run();
        } catch (GuardedSink.ConsumerFailure e) {
            throw e.original();
        }
    }
}
