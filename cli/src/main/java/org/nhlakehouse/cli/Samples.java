package org.nhlakehouse.cli;

import java.nio.file.Path;

/** Where the CMS samples shipped with the repository are. */
final class Samples {
    private Samples() {
    }

    /** {@code $LAKEHOUSE_HOME/samples/cms} when the launcher set it, else {@code samples/cms} here. */
    static Path defaultInput() {
        String home = System.getenv("LAKEHOUSE_HOME");
        return (home == null ? Path.of("") : Path.of(home)).resolve("samples/cms");
    }
}
