package org.nhlakehouse.dashboard.testing;

/**
 * Registers DuckDB's JDBC driver with {@link java.sql.DriverManager} from the calling class loader. DriverManager
 * scans for drivers once per JVM: when a {@code @QuarkusTest} ran first, it found the driver in Quarkus's (since
 * closed) class loader, and plain unit tests in the same JVM would get "No suitable driver".
 */
public final class DuckDbDriver {
    private DuckDbDriver() {
    }

    public static void register() {
        try {
            Class.forName("org.duckdb.DuckDBDriver", true, DuckDbDriver.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
