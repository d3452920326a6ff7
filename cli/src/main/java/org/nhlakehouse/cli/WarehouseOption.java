package org.nhlakehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nhlakehouse.local.LocalWarehouseFolder;
import org.nhlakehouse.localrun.LocalLakehouse;

import picocli.CommandLine.Option;

/**
 * The {@code --warehouse DIR} option every command takes. Without it, the dashboard's setting for the same folder is
 * used, under the dashboard's key ({@code lakehouse.warehouse}, environment {@code LAKEHOUSE_WAREHOUSE}), then
 * {@code warehouse}.
 */
final class WarehouseOption {

    @Option(names = { "-w",
            "--warehouse" }, paramLabel = "DIR", defaultValue = "${sys:lakehouse.warehouse:-${env:LAKEHOUSE_WAREHOUSE:-warehouse}}", description = "The warehouse folder (default: ${DEFAULT-VALUE}; set it for every command and the dashboard with LAKEHOUSE_WAREHOUSE).")
    Path warehouse;

    LocalLakehouse open() {
        return LocalLakehouse.open(warehouse);
    }

    /** Opens a warehouse that must already exist; read-only when its folder or database cannot be written. */
    LocalLakehouse openExisting() {
        Path database = requireExisting();
        return Files.isWritable(warehouse) && Files.isWritable(database) ? open()
                : LocalLakehouse.openReadOnly(
                        warehouse);
    }

    /** Opens a warehouse that must already exist, for reading only (exports). */
    LocalLakehouse openReadOnly() {
        requireExisting();
        return LocalLakehouse.openReadOnly(warehouse);
    }

    private Path requireExisting() {
        Path database = LocalWarehouseFolder.database(warehouse);
        if (!Files.exists(database)) {
            throw new IllegalStateException("there is no warehouse in " + warehouse.toAbsolutePath()
                    + "; run `./lakehouse run` first, or pass --warehouse DIR");
        }
        return database;
    }
}
