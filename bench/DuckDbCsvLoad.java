import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.StringJoiner;

/**
 * Benchmark (a): DuckDB alone loading one PBJ Daily Nurse Staffing CSV into a typed table of a fresh on-disk database,
 * through the same JDBC driver the lakehouse uses. Times only the load (inside the JVM, so JVM start-up does not count)
 * and prints {@code rows=<n> load_ms=<ms>}.
 *
 * <p>
 * The column types are given (text; WorkDate a date; MDScensus an integer; Hrs_* decimals), roughly as Silver types
 * them, rather than sniffed from a sample of the file. The generated files also carry rows broken on purpose (wrong field counts, stray quotes, text in
 * numbers): {@code strict_mode = false} lets DuckDB read past a stray quote (in strict mode, skipping errors, it loses
 * its place at the first one and silently drops most of the file) and {@code ignore_errors = true} skips rows it
 * cannot type (about 0.05%): the least DuckDB needs to load the file.
 *
 * <p>
 * Run with the driver from cli/target/lib (where ./lakehouse unpacks its native library once, beside the jar): {@code
 * java -cp cli/target/lib/duckdb_jdbc-<v>.jar bench/DuckDbCsvLoad.java FILE.csv DB_FILE}
 */
public class DuckDbCsvLoad {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: DuckDbCsvLoad FILE.csv DB_FILE");
            System.exit(2);
        }
        Path csv = Path.of(args[0]).toAbsolutePath();
        Path database = Path.of(args[1]).toAbsolutePath();
        Files.deleteIfExists(database);
        Files.deleteIfExists(Path.of(database + ".wal"));
        String sql = "create table t as select * from read_csv('" + csv.toString().replace("'", "''")
                + "', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
                + " dateformat = '%Y%m%d', ignore_errors = true, strict_mode = false, columns = " + columnTypes(csv) + ")";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + database);
                Statement statement = connection.createStatement()) {
            long started = System.nanoTime();
            statement.execute(sql);
            statement.execute("checkpoint");
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            try (ResultSet rows = statement.executeQuery("select count(*) from t")) {
                rows.next();
                System.out.println("rows=" + rows.getLong(1) + " load_ms=" + elapsedMs);
            }
        }
    }

    /** {'PROVNUM': 'VARCHAR', ..., 'Hrs_RN': 'DECIMAL(12,2)', ...} from the file's header. */
    private static String columnTypes(Path csv) throws Exception {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = reader.readLine().replace("\uFEFF", "");
        }
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (String name : header.split(",")) {
            String type = name.startsWith("Hrs_") ? "DECIMAL(12,2)"
                    : name.equals("MDScensus") ? "INTEGER" : name.equals("WorkDate") ? "DATE" : "VARCHAR";
            columns.add("'" + name.replace("'", "''") + "': '" + type + "'");
        }
        return columns.toString();
    }
}
