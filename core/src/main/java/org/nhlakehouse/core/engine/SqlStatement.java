package org.nhlakehouse.core.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One SQL statement with its positional {@code ?} parameters.
 *
 * @param sql the statement text; values that users or files supply go in {@code parameters}, never into this text
 * @param parameters values for the {@code ?} placeholders, in order
 * @param clientRequestToken an idempotency token (Athena's {@code ClientRequestToken}: 32 to 128 characters); a second
 *        submit with the same token returns the first query instead of starting another
 * @param label what the statement is, for logs and errors (e.g. a pipeline step id)
 */
public record SqlStatement(String sql, List<SqlValue> parameters, Optional<String> clientRequestToken, String label) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:-]{32,128}");

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(clientRequestToken, "clientRequestToken");
        clientRequestToken.ifPresent(token -> {
            if (!TOKEN.matcher(token).matches()) {
                throw new IllegalArgumentException("A client request token must be 32-128 characters of [A-Za-z0-9._:-]");
            }
        });
        Objects.requireNonNull(label, "label");
    }

    public static SqlStatement of(String sql, Object... parameters) {
        return new SqlStatement(sql, Arrays.stream(parameters).map(SqlValue::of).toList(), Optional.empty(), "query");
    }

    public SqlStatement withLabel(String newLabel) {
        return new SqlStatement(sql, parameters, clientRequestToken, newLabel);
    }

    public SqlStatement withClientRequestToken(String token) {
        return new SqlStatement(sql, parameters, Optional.of(token), label);
    }
}
