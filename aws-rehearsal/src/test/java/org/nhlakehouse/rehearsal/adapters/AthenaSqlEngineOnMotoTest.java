package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.athena.AthenaSettings;
import org.nhlakehouse.aws.athena.AthenaSqlEngine;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.ResultColumn;

import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.QueryExecution;

/**
 * The Athena engine's request/response cycle against moto's Athena API: StartQueryExecution with the workgroup,
 * database and execution parameters, GetQueryExecution until SUCCEEDED, GetQueryResults typed by its column
 * metadata (moto executes no SQL; it answers with the result set queued through its /moto-api, header row first as
 * Athena sends it).
 */
class AthenaSqlEngineOnMotoTest {

    @Test
    void aParameterizedSelect_goesOutAsAthenaExpects_andItsRowsComeBackTyped() {
        String workgroup = SharedMoto.unique("wg");
        try (AthenaClient athena = SharedMoto.server().clientSettings().configure(AthenaClient.builder()).build()) {
            athena.createWorkGroup(w -> w.name(workgroup).configuration(
                    c -> c.resultConfiguration(r -> r.outputLocation("s3://results/athena/"))));
            SharedMoto.server().post("/moto-api/static/athena/query-results", """
                    {"results": [{
                      "column_info": [
                        {"Name": "ccn", "Label": "ccn", "Type": "varchar", "Precision": 2147483647, "Scale": 0,
                         "Nullable": "UNKNOWN", "CaseSensitive": true},
                        {"Name": "work_date", "Label": "work_date", "Type": "date", "Precision": 0, "Scale": 0,
                         "Nullable": "UNKNOWN", "CaseSensitive": false},
                        {"Name": "total_hours", "Label": "total_hours", "Type": "decimal", "Precision": 12,
                         "Scale": 4, "Nullable": "UNKNOWN", "CaseSensitive": false},
                        {"Name": "census", "Label": "census", "Type": "bigint", "Precision": 19, "Scale": 0,
                         "Nullable": "UNKNOWN", "CaseSensitive": false}],
                      "rows": [
                        {"Data": [{"VarCharValue": "ccn"}, {"VarCharValue": "work_date"},
                                  {"VarCharValue": "total_hours"}, {"VarCharValue": "census"}]},
                        {"Data": [{"VarCharValue": "015009"}, {"VarCharValue": "2024-04-01"},
                                  {"VarCharValue": "412.2500"}, {"VarCharValue": "53"}]},
                        {"Data": [{"VarCharValue": "015009"}, {"VarCharValue": "2024-04-02"},
                                  {}, {"VarCharValue": "52"}]}]
                    }]}
                    """);
            AthenaSqlEngine engine = new AthenaSqlEngine(athena, AthenaSettings.of(workgroup, "nhl_silver"));

            QueryResult result = engine.query(
                    "select ccn, work_date, total_hours, census from pbj_daily where ccn = ? order by work_date",
                    "015009");

            assertThat(result.columns()).extracting(ResultColumn::name)
                    .containsExactly("ccn", "work_date", "total_hours", "census");
            assertThat(result.rows()).containsExactly(
                    List.of("015009", LocalDate.of(2024, 4, 1), new BigDecimal("412.2500"), 53L),
                    Arrays.asList("015009", LocalDate.of(2024, 4, 2), null, 52L));

            QueryExecution sent = athena.listQueryExecutions(l -> l.workGroup(workgroup)).queryExecutionIds()
                    .stream().map(id -> athena.getQueryExecution(g -> g.queryExecutionId(id)).queryExecution())
                    .findFirst().orElseThrow();
            assertThat(sent.query()).startsWith("select ccn, work_date");
            assertThat(sent.workGroup()).isEqualTo(workgroup);
            assertThat(sent.queryExecutionContext().database()).isEqualTo("nhl_silver");
            assertThat(engine.status(new QueryHandle(sent.queryExecutionId())).state())
                    .isEqualTo(QueryState.SUCCEEDED);
        }
    }
}
