package org.nhlakehouse.rehearsal.packages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.nhlakehouse.rehearsal.tools.AwsTools;

/** A deployment package (a function.zip) unpacked as Lambda unpacks it into /var/task. */
record LambdaPackage(Path zip, Path taskRoot, long unzippedBytes, List<String> entries) {

    /** Lambda's quota on a function's unzipped code (all layers included). */
    static final long MAX_UNZIPPED_BYTES = 250L * 1024 * 1024;

    static LambdaPackage unpack(Path zip) {
        String name = AwsTools.repository().relativize(zip).toString().replace('/', '_').replace(".zip", "");
        Path taskRoot = AwsTools.workDirectory("task").resolve(name);
        List<String> entries = new ArrayList<>();
        long bytes = 0;
        try {
            deleteRecursively(taskRoot);
            Files.createDirectories(taskRoot);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                    Path target = taskRoot.resolve(entry.getName()).normalize();
                    if (!target.startsWith(taskRoot)) {
                        throw new IllegalStateException("Entry outside the package: " + entry.getName());
                    }
                    entries.add(entry.getName());
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        bytes += Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip, e);
        }
        return new LambdaPackage(zip, taskRoot, bytes, entries);
    }

    /** Entries whose name mentions DuckDB (its JDBC jar, its native library). */
    List<String> duckDbEntries() {
        List<String> found = new ArrayList<>();
        for (String entry : entries) {
            if (entry.toLowerCase(Locale.ROOT).contains("duckdb")) {
                found.add(entry);
            }
        }
        return found;
    }

    /** Also looks inside the jars of lib/ for DuckDB's classes. */
    List<String> duckDbClasses() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(taskRoot)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (InputStream raw = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(raw)) {
                    for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                        if (entry.getName().startsWith("org/duckdb/")) {
                            found.add(taskRoot.relativize(jar) + "!" + entry.getName());
                            break;
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
