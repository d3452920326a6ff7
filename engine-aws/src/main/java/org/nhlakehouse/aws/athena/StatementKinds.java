package org.nhlakehouse.aws.athena;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.StatementType;

/**
 * What kind of statement each recent query was, as {@code GetQueryExecution} reported it; saves a call when the
 * results of a query this process polled are read. Bounded, and safe for concurrent use.
 */
final class StatementKinds {

    private static final List<String> WRITE_PREFIXES = List.of("INSERT", "CREATE_TABLE_AS_SELECT", "UPDATE",
            "DELETE", "MERGE");

    private final Map<String, Boolean> returnsRows;

    StatementKinds(int capacity) {
        this.returnsRows = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(String queryExecutionId, QueryExecution execution) {
        if (execution.statementType() != null) {
            returnsRows.put(queryExecutionId, isQuery(execution));
        }
    }

    synchronized Optional<Boolean> returnsRows(String queryExecutionId) {
        return Optional.ofNullable(returnsRows.get(queryExecutionId));
    }

    synchronized void forget(String queryExecutionId) {
        returnsRows.remove(queryExecutionId);
    }

    /** A SELECT (Athena: statement type DML, sub-statement type SELECT, or none given). */
    static boolean isQuery(QueryExecution execution) {
        return execution.statementType() == StatementType.DML
                && (execution.substatementType() == null || "SELECT".equalsIgnoreCase(execution.substatementType()));
    }

    /**
     * A statement that writes rows: INSERT, CTAS (a DDL statement to Athena), UPDATE, DELETE, MERGE. Athena's API
     * reference does not list the sub-statement types, so the names are matched by their leading word.
     */
    static boolean isWrite(QueryExecution execution) {
        String substatement = execution.substatementType();
        if (substatement == null) {
            return false;
        }
        String upper = substatement.toUpperCase(Locale.ROOT);
        return WRITE_PREFIXES.stream().anyMatch(upper::startsWith);
    }
}
