package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/**
 * Every column a Gold table declares in sql/tables/gold.yaml is written by its model: a declared column that no
 * statement fills stays NULL in every row, and a reader takes the NULL for "no data" (as national LPN and aide contract
 * shares once were).
 */
class GoldColumnsWrittenTest {

    /** Columns whose contract gives NULL a meaning that may hold for every row of the samples. Nothing else may. */
    private static final Set<String> MAY_BE_NULL_ON_SAMPLES = Set.of(
            // "NULL: none": no sample facility-quarter has extreme HPRD (UG exclusions)
            "gold.fct_facility_quarter.cms_exclusion");

    @TempDir
    Path dir;

    @Test
    void everyDeclaredGoldColumn_holdsAValue_onTheSamples_andNationalContractHoursAreTheFacilitiesSums()
            throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            try (Stream<Path> samples = Files.list(Samples.folder())) {
                for (Path sample : samples.sorted().toList()) {
                    fixture.sample(sample.getFileName().toString());
                }
            }
            fixture.run();

            List<String> alwaysNull = new ArrayList<>();
            for (TableSpec table : SqlCatalog.load().tables()) {
                if (!table.schema().equals("gold")) {
                    continue;
                }
                for (String column : table.columnNames()) {
                    String qualified = "gold." + table.name() + "." + column;
                    long filled = fixture.count("select count(" + column + ") from gold." + table.name());
                    if (filled == 0 && !MAY_BE_NULL_ON_SAMPLES.contains(qualified)) {
                        alwaysNull.add(qualified);
                    }
                }
            }
            assertThat(alwaysNull).as("declared Gold columns that no row holds a value for").isEmpty();

            List<Map<String, Object>> mismatches = fixture.query("""
                    select n.quarter
                    from gold.agg_national_quarter as n
                    join (
                        select quarter, sum(lpn_contract_hours) as lpn, sum(aide_contract_hours) as aide,
                            sum(lpn_hours) as lpn_all, sum(aide_hours) as aide_all
                        from gold.fct_facility_quarter
                        where cms_exclusion is null
                        group by quarter
                    ) as f on f.quarter = n.quarter
                    where n.lpn_contract_hours is distinct from f.lpn
                        or n.aide_contract_hours is distinct from f.aide
                        or abs(n.lpn_contract_share - f.lpn / f.lpn_all) > 1e-12
                        or abs(n.aide_contract_share - f.aide / f.aide_all) > 1e-12
                    """);
            assertThat(mismatches).as("national quarters whose contract LPN/aide figures differ from the facilities'")
                    .isEmpty();
            BigDecimal contractLpn = (BigDecimal) fixture
                    .query("select sum(lpn_contract_hours) as h from gold.agg_national_quarter").get(0).get("h");
            assertThat(contractLpn).isPositive();
        }
    }
}
