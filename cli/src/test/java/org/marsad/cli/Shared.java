package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the shared data lies (../shared beside the checkout), and skipping with a message when it does not. */
final class Shared {
    private Shared() {
    }

    static Path root() {
        return Path.of(System.getProperty("marsad.shared", "../../shared")).toAbsolutePath().normalize();
    }

    /** The shared file or folder at {@code relative}; the calling test is skipped, with a message, when absent. */
    static Path require(String relative) {
        Path p = root().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> p + " absent: skipping (the shared data sits in ../shared beside the checkout)");
        return p;
    }

    /** The repository root, where examples/ lies. */
    static Path repo() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().getParent();
    }
}
