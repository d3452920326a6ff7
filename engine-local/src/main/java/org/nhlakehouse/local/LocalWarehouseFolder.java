package org.nhlakehouse.local;

import java.nio.file.Path;

/**
 * The layout of a local warehouse folder, which the pipeline writes and the dashboard reads: {@code lakehouse.duckdb}
 * (the embedded engine's database) and {@code objects/} (the folder that stands in for the S3 bucket: raw Bronze files,
 * Bronze rows, published Gold).
 */
public final class LocalWarehouseFolder {

    public static final String DATABASE_FILE = "lakehouse.duckdb";
    public static final String OBJECTS_DIR = "objects";

    private LocalWarehouseFolder() {
    }

    /** The embedded engine's database file of a warehouse folder. */
    public static Path database(Path warehouse) {
        return warehouse.resolve(DATABASE_FILE);
    }

    /** The object store's root of a warehouse folder. */
    public static Path objects(Path warehouse) {
        return warehouse.resolve(OBJECTS_DIR);
    }
}
