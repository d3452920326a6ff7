package org.nhlakehouse.aws.athena;

import java.util.Objects;
import java.util.Optional;

/**
 * How {@link AthenaSqlEngine} runs statements.
 *
 * @param workgroup the Athena workgroup (its settings, e.g. a bytes-scanned cutoff, apply to every query)
 * @param outputLocation an {@code s3://} location for query results; empty when the workgroup enforces its own
 * @param catalog the data catalog, {@code AwsDataCatalog} for the Glue catalog
 * @param database the Glue database unqualified table names resolve in
 * @param resultReuseMaxAgeMinutes reuse the results of an identical query run at most this many minutes ago (Athena
 *        result reuse, SELECT statements only); 0 turns reuse off
 * @param pageSize the most rows one {@code GetQueryResults} call asks for (Athena allows 1 to 1000)
 */
public record AthenaSettings(String workgroup, Optional<String> outputLocation, String catalog, String database,
        int resultReuseMaxAgeMinutes, int pageSize) {

    public static final String DEFAULT_CATALOG = "AwsDataCatalog";
    /** Athena's maximum for {@code GetQueryResults.MaxResults}. */
    public static final int MAX_PAGE_SIZE = 1000;
    /** Athena's maximum for {@code ResultReuseByAgeConfiguration.MaxAgeInMinutes} (7 days). */
    public static final int MAX_RESULT_REUSE_MINUTES = 10_080;

    public AthenaSettings {
        requireText(workgroup, "workgroup");
        Objects.requireNonNull(outputLocation, "outputLocation");
        outputLocation.ifPresent(location -> {
            if (!location.startsWith("s3://")) {
                throw new IllegalArgumentException("The Athena output location must be an s3:// URI, got " + location);
            }
        });
        requireText(catalog, "catalog");
        requireText(database, "database");
        if (resultReuseMaxAgeMinutes < 0 || resultReuseMaxAgeMinutes > MAX_RESULT_REUSE_MINUTES) {
            throw new IllegalArgumentException(
                    "resultReuseMaxAgeMinutes must be 0 (off) to " + MAX_RESULT_REUSE_MINUTES + ", got "
                            + resultReuseMaxAgeMinutes);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
        }
    }

    /** A workgroup and database with the defaults: the Glue catalog, no result reuse, pages of 1000 rows. */
    public static AthenaSettings of(String workgroup, String database) {
        return new AthenaSettings(workgroup, Optional.empty(), DEFAULT_CATALOG, database, 0, MAX_PAGE_SIZE);
    }

    public AthenaSettings withOutputLocation(String location) {
        return new AthenaSettings(workgroup, Optional.of(location), catalog, database, resultReuseMaxAgeMinutes,
                pageSize);
    }

    public AthenaSettings withResultReuse(int maxAgeMinutes) {
        return new AthenaSettings(workgroup, outputLocation, catalog, database, maxAgeMinutes, pageSize);
    }

    public AthenaSettings withPageSize(int rows) {
        return new AthenaSettings(workgroup, outputLocation, catalog, database, resultReuseMaxAgeMinutes, rows);
    }

    public boolean resultReuseEnabled() {
        return resultReuseMaxAgeMinutes > 0;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
