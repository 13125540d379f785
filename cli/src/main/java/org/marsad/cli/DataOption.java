package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option of the store commands. Rules: the option when given, else {@code $MARSAD_DATA} when
 * set and not blank, else {@code ./marsad-data} in the working directory.
 */
final class DataOption {
    static final String ENVIRONMENT = "MARSAD_DATA";
    static final String DEFAULT = "marsad-data";

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data directory (default: $MARSAD_DATA, else ./marsad-data).")
    Path data;

    Path directory() {
        if (data != null) {
            return data;
        }
        String env = System.getenv(ENVIRONMENT);
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(DEFAULT);
    }
}
