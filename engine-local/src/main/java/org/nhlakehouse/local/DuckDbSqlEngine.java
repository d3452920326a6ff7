package org.nhlakehouse.local;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;

/**
 * The embedded engine of local mode: DuckDB, in a database file or in memory.
 *
 * <p>
 * A statement runs to completion inside {@link #submit}, on its own connection duplicated from the database's root
 * connection (DuckDB connections are not thread-safe; duplicates share the database). A query's result set stays open
 * until its last page is read or the handle is released, so large results are streamed, never held whole.
 */
public final class DuckDbSqlEngine implements SqlEngine {

    private static final int MAX_REMEMBERED_HANDLES = 10_000;

    private final DuckDBConnection root;
    private final boolean profileStatements;
    private final Map<String, Outcome> outcomes = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outcome> eldest) {
            if (size() > MAX_REMEMBERED_HANDLES) {
                eldest.getValue().closeQuietly();
                return true;
            }
            return false;
        }
    });
    private final Map<String, QueryHandle> handlesByToken = new ConcurrentHashMap<>();
    private final Map<String, Statement> running = new ConcurrentHashMap<>();

    private DuckDbSqlEngine(DuckDBConnection root, boolean profileStatements) {
        this.root = root;
        this.profileStatements = profileStatements;
    }

    /**
     * Opens (or creates) a database.
     *
     * @param databaseFile a file path, or {@code null} for an in-memory database
     * @param readOnly open the file read-only (several processes may then share it)
     * @param profileStatements record rows read per statement (DuckDB's profiler; small overhead)
     * @param settings DuckDB settings applied at start, e.g. {@code threads}, {@code memory_limit}
     */
    public static DuckDbSqlEngine open(String databaseFile, boolean readOnly, boolean profileStatements,
            Map<String, String> settings) {
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty("duckdb.read_only", "true");
        }
        try {
            String url = databaseFile == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + databaseFile;
            // The driver directly, not DriverManager: DriverManager scans for drivers once per JVM, and under Quarkus
            // (tests, dev mode) that scan may have run in a class loader that is gone or never saw DuckDB.
            DuckDBConnection connection = (DuckDBConnection) new DuckDBDriver().connect(url, properties);
            try (Statement statement = connection.createStatement()) {
                for (Map.Entry<String, String> setting : settings.entrySet()) {
                    statement.execute("SET " + requireSettingName(setting.getKey()) + " = "
                            + new SqlValue.Text(setting.getValue()).toSqlLiteral());
                }
            }
            return new DuckDbSqlEngine(connection, profileStatements);
        } catch (SQLException e) {
            throw new SqlExecutionException("open " + (databaseFile == null ? "in-memory database" : databaseFile),
                    errorType(e), e.getMessage(), false, e);
        }
    }

    /** An in-memory database, for tests and for the dashboard's read model over published Parquet files. */
    public static DuckDbSqlEngine inMemory() {
        return open(null, false, false, Map.of());
    }

    private static String requireSettingName(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a DuckDB setting name: " + name);
        }
        return name;
    }

    @Override
    public EngineKind kind() {
        return EngineKind.DUCKDB;
    }

    @Override
    public QueryHandle submit(SqlStatement statement) {
        if (statement.clientRequestToken().isPresent()) {
            QueryHandle earlier = handlesByToken.get(statement.clientRequestToken().get());
            if (earlier != null) {
                return earlier;
            }
        }
        QueryHandle handle = new QueryHandle(UUID.randomUUID().toString());
        statement.clientRequestToken().ifPresent(token -> handlesByToken.put(token, handle));
        outcomes.put(handle.id(), run(handle, statement));
        return handle;
    }

    private Outcome run(QueryHandle handle, SqlStatement statement) {
        DuckDBConnection connection = null;
        PreparedStatement prepared = null;
        long started = System.nanoTime();
        try {
            connection = root.duplicate();
            if (profileStatements) {
                try (Statement settings = connection.createStatement()) {
                    settings.execute("SET enable_profiling = 'no_output'");
                }
            }
            prepared = connection.prepareStatement(statement.sql());
            List<SqlValue> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                bind(prepared, i + 1, parameters.get(i));
            }
            running.put(handle.id(), prepared);
            boolean hasResultSet = prepared.execute();
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            if (hasResultSet) {
                ResultSet resultSet = prepared.getResultSet();
                long rowsRead = profileStatements ? DuckDbProfile.rowsRead(connection) : -1;
                return Outcome.openResult(connection, prepared, resultSet, new QueryStats(-1, rowsRead, -1, elapsedMillis));
            }
            long rowsWritten = Math.max(prepared.getUpdateCount(), 0);
            long rowsRead = profileStatements ? DuckDbProfile.rowsRead(connection) : -1;
            closeQuietly(prepared, connection);
            return Outcome.done(QueryStatus.succeeded(new QueryStats(rowsWritten, rowsRead, -1, elapsedMillis)));
        } catch (SQLException | RuntimeException e) {
            closeQuietly(prepared, connection);
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            String type = e instanceof SQLException sql ? errorType(sql) : e.getClass().getSimpleName();
            return Outcome.done(QueryStatus.failed(type, message, isRetryable(type, message)));
        } finally {
            running.remove(handle.id());
        }
    }

    private static void bind(PreparedStatement prepared, int index, SqlValue value) throws SQLException {
        switch (value) {
            case SqlValue.Text text -> prepared.setString(index, text.value());
            case SqlValue.Int64 number -> prepared.setLong(index, number.value());
            case SqlValue.Float64 number -> prepared.setDouble(index, number.value());
            case SqlValue.Decimal decimal -> prepared.setBigDecimal(index, decimal.value());
            case SqlValue.DateValue date -> prepared.setObject(index, date.value());
            case SqlValue.TimestampValue timestamp -> prepared.setObject(index, timestamp.value());
            case SqlValue.Bool bool -> prepared.setBoolean(index, bool.value());
            case SqlValue.Null ignored -> prepared.setObject(index, null);
        }
    }

    @Override
    public QueryStatus status(QueryHandle handle) {
        return outcome(handle).status;
    }

    @Override
    public ResultPage results(QueryHandle handle, Optional<String> pageToken, int maxRows) {
        Outcome outcome = outcome(handle);
        if (outcome.status.state() != QueryState.SUCCEEDED) {
            throw new IllegalStateException("Query " + handle.id() + " has no results: " + outcome.status.state());
        }
        return outcome.nextPage(handle, pageToken, maxRows);
    }

    @Override
    public void cancel(QueryHandle handle) {
        Statement statement = running.get(handle.id());
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // The statement finished while we were cancelling it: nothing left to stop.
            }
        }
    }

    @Override
    public void release(QueryHandle handle) {
        Outcome outcome = outcomes.get(handle.id());
        if (outcome != null) {
            outcome.closeQuietly();
        }
    }

    @Override
    public void close() {
        synchronized (outcomes) {
            outcomes.values().forEach(Outcome::closeQuietly);
            outcomes.clear();
        }
        try {
            root.close();
        } catch (SQLException e) {
            throw new SqlExecutionException("close DuckDB", errorType(e), e.getMessage(), false, e);
        }
    }

    private Outcome outcome(QueryHandle handle) {
        Outcome outcome = outcomes.get(handle.id());
        if (outcome == null) {
            throw new IllegalArgumentException("Unknown or expired query handle " + handle.id());
        }
        return outcome;
    }

    /** DuckDB messages start with the error class, e.g. "Binder Error: ..."; that class becomes BINDER_ERROR. */
    static String errorType(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int colon = message.indexOf(':');
        if (colon > 0 && colon < 40 && message.substring(0, colon).matches("[A-Za-z ]+")) {
            return message.substring(0, colon).trim().toUpperCase().replace(' ', '_');
        }
        return "DUCKDB_ERROR";
    }

    /**
     * Write-write conflicts between concurrent transactions ("TransactionContext Error: ... write-write conflict") go
     * away when the statement runs again.
     */
    static boolean isRetryable(String errorType, String message) {
        return errorType.equals("TRANSACTIONCONTEXT_ERROR") && message.toLowerCase().contains("conflict");
    }

    private static void closeQuietly(Statement statement, Connection connection) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException ignored) {
            // closing after a failure: the original error is what matters
        }
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // as above
        }
    }

    /** What happened to one statement: its status, and for a query its open result set until fully read. */
    private static final class Outcome {
        private final QueryStatus status;
        private Connection connection;
        private Statement statement;
        private ResultSet resultSet;
        private List<ResultColumn> columns = List.of();
        private long rowsRead;

        private Outcome(QueryStatus status) {
            this.status = status;
        }

        static Outcome done(QueryStatus status) {
            return new Outcome(status);
        }

        static Outcome openResult(Connection connection, Statement statement, ResultSet resultSet, QueryStats stats)
                throws SQLException {
            Outcome outcome = new Outcome(QueryStatus.succeeded(stats));
            outcome.connection = connection;
            outcome.statement = statement;
            outcome.resultSet = resultSet;
            outcome.columns = DuckDbValues.columns(resultSet.getMetaData());
            return outcome;
        }

        synchronized ResultPage nextPage(QueryHandle handle, Optional<String> pageToken, int maxRows) {
            long expectedOffset = pageToken.map(Long::parseLong).orElse(0L);
            if (expectedOffset != rowsRead) {
                throw new IllegalArgumentException("Query " + handle.id()
                        + " results are read in order: expected page token " + rowsRead + ", got " + expectedOffset);
            }
            if (resultSet == null) {
                return new ResultPage(columns, List.of(), Optional.empty());
            }
            try {
                List<List<Object>> rows = new ArrayList<>(Math.min(maxRows, 1024));
                boolean more = true;
                while (rows.size() < maxRows && (more = resultSet.next())) {
                    rows.add(DuckDbValues.row(resultSet, columns.size()));
                }
                rowsRead += rows.size();
                if (!more) {
                    closeQuietly();
                    return new ResultPage(columns, rows, Optional.empty());
                }
                return new ResultPage(columns, rows, Optional.of(Long.toString(rowsRead)));
            } catch (SQLException e) {
                closeQuietly();
                throw new SqlExecutionException(handle.id(), errorType(e), e.getMessage(), false, e);
            }
        }

        synchronized void closeQuietly() {
            if (resultSet != null) {
                try {
                    resultSet.close();
                } catch (SQLException ignored) {
                    // releasing resources only
                }
                resultSet = null;
            }
            DuckDbSqlEngine.closeQuietly(statement, connection);
            statement = null;
            connection = null;
        }
    }

    /** Converts DuckDB JDBC values to the port's value types. */
    static final class DuckDbValues {
        private DuckDbValues() {
        }

        static List<ResultColumn> columns(java.sql.ResultSetMetaData meta) throws SQLException {
            List<ResultColumn> columns = new ArrayList<>(meta.getColumnCount());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.add(new ResultColumn(meta.getColumnLabel(i), DuckDbTypes.of(meta.getColumnTypeName(i))));
            }
            return columns;
        }

        static List<Object> row(ResultSet resultSet, int columnCount) throws SQLException {
            List<Object> row = new ArrayList<>(columnCount);
            for (int i = 1; i <= columnCount; i++) {
                row.add(convert(resultSet.getObject(i)));
            }
            return row;
        }

        static Object convert(Object value) throws SQLException {
            return switch (value) {
                case null -> null;
                case String s -> s;
                case Boolean b -> b;
                case Byte b -> (long) b;
                case Short s -> (long) s;
                case Integer i -> (long) i;
                case Long l -> l;
                case BigInteger big -> big.bitLength() < 64 ? big.longValue() : new BigDecimal(big);
                case Float f -> (double) f;
                case Double d -> d;
                case BigDecimal d -> d;
                case java.time.LocalDate d -> d;
                case java.time.LocalDateTime t -> t;
                case java.sql.Date d -> d.toLocalDate();
                case java.sql.Timestamp t -> t.toLocalDateTime();
                case java.time.OffsetDateTime t -> t.toLocalDateTime();
                case java.sql.Array array -> java.util.Arrays.asList((Object[]) array.getArray()).toString();
                default -> value.toString();
            };
        }
    }
}
