package org.nhlakehouse.core.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a query result (Athena's {@code GetQueryResults}).
 *
 * <p>
 * Values are {@code String}, {@code Long}, {@code Double}, {@code BigDecimal}, {@code LocalDate},
 * {@code LocalDateTime}, {@code Boolean} or {@code null}, whatever the engine.
 *
 * @param columns the result's columns
 * @param rows this page's rows
 * @param nextPageToken where the next page starts; empty on the last page
 */
public record ResultPage(List<ResultColumn> columns, List<List<Object>> rows, Optional<String> nextPageToken) {
    public ResultPage {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        Objects.requireNonNull(nextPageToken, "nextPageToken");
    }
}
