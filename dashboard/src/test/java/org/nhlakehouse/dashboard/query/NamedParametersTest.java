package org.nhlakehouse.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.dashboard.facilities.FacilityFilter;

class NamedParametersTest {

    @Test
    void eachName_becomesAPositionalPlace_boundAsOftenAsItIsUsed() {
        NamedParameters.Bound bound = NamedParameters.bind("t",
                "select * from f where f.quarter = :quarter and (f.ccn = :ccn or f.prior = :quarter)",
                Map.of("quarter", SqlValue.of("2023Q2"), "ccn", SqlValue.of("015009")));

        assertThat(bound.sql()).isEqualTo("select * from f where f.quarter = ? and (f.ccn = ? or f.prior = ?)");
        assertThat(bound.values()).extracting(SqlValue::javaValue).containsExactly("2023Q2", "015009", "2023Q2");
    }

    @Test
    void quotedText_comments_andCasts_areNotParameters() {
        String sql = "select ':a' as \"b:c\", x::varchar -- :d\n/* :e ? */ from t where t.v = :v and t.w = 'it''s :f'";
        NamedParameters.Bound bound = NamedParameters.bind("t", sql, Map.of("v", SqlValue.of(1L)));

        assertThat(bound.sql()).isEqualTo(sql.replace("t.v = :v", "t.v = ?"));
        assertThat(bound.values()).hasSize(1);
    }

    @Test
    void aMissingValue_anUnusedValue_andAPositionalPlace_areRefused() {
        assertThatThrownBy(() -> NamedParameters.bind("t", "select :a", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":a");
        assertThatThrownBy(() -> NamedParameters.bind("t", "select :a",
                Map.of("a", SqlValue.of(1L), "misspelt", SqlValue.of(2L))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("misspelt");
        assertThatThrownBy(() -> NamedParameters.bind("t", "select ?", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterConditions_renderAtTheTemplatesPlace_withTheirValuesAsParameters() {
        DashboardSql sql = new DashboardSql(SqlDialect.ATHENA, WarehouseNames.prefixed("nhl"));
        FacilityFilter filter = FacilityFilter.parse(Quarters.of(List.of(List.of("2023Q2", 10L, 1L))), "2023Q2",
                "RI", null, null, "4", null, "o'brien", "3.5", null, null, null, null, null);

        SqlStatement statement = sql.statement(filter.pageQuery());

        assertThat(statement.sql()).contains("r.quarter = ?\n        and (r.state = ?)\n    and (d.overall_rating = ?)")
                .contains("(upper(r.provider_name) like ? escape '\\' or r.ccn like ? escape '\\')")
                .contains("(r.total_hprd >= ?)").doesNotContain("RI").doesNotContain("BRIEN")
                .doesNotContain("ownership_group =").doesNotContain("staffing_rating =");
        assertThat(statement.parameters()).extracting(SqlValue::javaValue).containsExactly("2023Q2", "RI", 4L,
                "%O'BRIEN%", "O'BRIEN%", 3.5);

        SqlStatement unfiltered = sql.statement(FacilityFilter.parse(Quarters.of(List.of(List.of("2023Q2", 10L, 1L))),
                null, null, null, null, null, null, null, null, null, null, null, null, null).pageQuery());
        assertThat(unfiltered.sql()).contains("r.quarter = ?\n        and true\n");
        assertThat(unfiltered.parameters()).extracting(SqlValue::javaValue).containsExactly("2023Q2");
    }

    @Test
    void aTemplateWithoutAPlaceForFilters_refusesThem() {
        DashboardSql sql = new DashboardSql(SqlDialect.DUCKDB, WarehouseNames.defaults());
        assertThatThrownBy(() -> sql.statement(ViewQuery.of("states_loaded").with("quarter", "2023Q2")
                .where(List.of(Condition.of("state = :state", "state", "RI")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("takes no filters");
    }
}
