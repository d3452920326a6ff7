package org.nhlakehouse.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real CMS files shipped in the repository's {@code samples/cms/} folder (see its SOURCES.md), found from any
 * module's working directory.
 */
public final class Samples {
    private Samples() {
    }

    /** The repository's {@code samples/cms/} folder. */
    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("samples/cms");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("samples/cms not found above " + Path.of("").toAbsolutePath());
    }

    /** The repository's {@code samples/cms-reference/} folder: third-party re-serializations used as references. */
    public static Path referenceFolder() {
        return folder().resolveSibling("cms-reference");
    }

    public static Path path(String name) {
        return folder().resolve(name);
    }

    public static byte[] read(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PBJ header of the real 2024Q2 file, without its byte-order mark. */
    public static String pbjHeader() {
        return lines("PBJ_Daily_Nurse_Staffing_Q2_2024.csv")[0].replace("\uFEFF", "");
    }

    /** The first data row of the real 2024Q2 file (facility 015009, 2024-04-01). */
    public static String firstPbjRow() {
        return lines("PBJ_Daily_Nurse_Staffing_Q2_2024.csv")[1];
    }

    private static String[] lines(String name) {
        return new String(read(name), StandardCharsets.UTF_8).split("\n");
    }
}
