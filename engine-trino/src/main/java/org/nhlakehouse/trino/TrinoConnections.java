package org.nhlakehouse.trino;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.nhlakehouse.core.engine.SqlStatement;

import io.trino.jdbc.TrinoConnection;
import io.trino.jdbc.TrinoDriver;

/**
 * Opens one trino-jdbc connection per statement, set up from {@link TrinoEngineSettings}. A Trino connection is only
 * client-side session state over a shared HTTP client, so this is cheap, and no statement sees another's session
 * changes ({@code SET SESSION}, {@code USE}).
 */
final class TrinoConnections implements AutoCloseable {

    /** Shown as the query's source in Trino's UI and {@code system.runtime.queries}. */
    static final String SOURCE = "nh-lakehouse";

    private final TrinoEngineSettings settings;
    private final TrinoDriver driver = new TrinoDriver();

    TrinoConnections(TrinoEngineSettings settings) {
        this.settings = settings;
    }

    Connection open(SqlStatement statement) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(settings.connectionProperties());
        properties.setProperty("user", settings.user());
        properties.setProperty("source", SOURCE);
        Connection connection = driver.connect(settings.jdbcUrl(), properties);
        try {
            connection.setCatalog(settings.catalog());
            if (settings.schema().isPresent()) {
                connection.setSchema(settings.schema().get());
            }
            TrinoConnection trino = connection.unwrap(TrinoConnection.class);
            trino.setTimeZoneId(settings.timeZone());
            settings.sessionProperties().forEach(trino::setSessionProperty);
            // Lets an operator find a pipeline step's query in Trino's UI.
            connection.setClientInfo("ClientInfo", statement.label());
            if (statement.clientRequestToken().isPresent()) {
                connection.setClientInfo("TraceToken", statement.clientRequestToken().get());
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.close();
        } catch (IOException ignored) {
            // only the HTTP client's idle connections are left
        }
    }
}
