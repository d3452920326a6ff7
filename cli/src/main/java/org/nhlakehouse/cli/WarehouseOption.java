package org.nhlakehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nhlakehouse.local.LocalLakehouse;

import picocli.CommandLine.Option;

/** The {@code --warehouse DIR} option every command takes. */
final class WarehouseOption {

    @Option(names = { "-w",
            "--warehouse" }, paramLabel = "DIR", defaultValue = "warehouse", description = "The warehouse folder (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    LocalLakehouse open() {
        return LocalLakehouse.open(warehouse);
    }

    /** Opens a warehouse that must already exist. */
    LocalLakehouse openExisting() {
        if (!Files.exists(warehouse.resolve(LocalLakehouse.DATABASE_FILE))) {
            throw new IllegalStateException("there is no warehouse in " + warehouse.toAbsolutePath()
                    + "; run `./lakehouse run` first, or pass --warehouse DIR");
        }
        return open();
    }
}
