package org.nhlakehouse.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The MERGE lists and the summed hours a Gold model takes from its table's declaration, so that no column list is
 * kept by hand.
 */
class DeclaredMacrosTest {

    private static final SqlCatalog CATALOG = SqlCatalog.load();

    @Test
    void aMergesUpdateSet_isEveryColumnButTheKey_andItsInsertListsEveryColumnInDeclaredOrder() {
        TableSpec national = CATALOG.table("gold", "agg_national_quarter");
        String source = CATALOG.step("agg_national_quarter").template().source();

        String updateSet = between(source, "when matched then update set\n", "when not matched");
        List<String> updated = Arrays.stream(updateSet.split(",\n")).map(String::strip).toList();
        assertThat(updated).first().isEqualTo("state = s.state");
        assertThat(updated).doesNotContain("quarter = s.quarter")
                .hasSize(national.columns().size() - 1).contains("lpn_contract_share = s.lpn_contract_share");
        assertThat(columns(between(source, "then insert (\n", ") values ("))).isEqualTo(national.columnNames());
        assertThat(columns(between(source, ") values (\n", "\n)")))
                .isEqualTo(national.columnNames().stream().map(c -> "s." + c).toList());
        assertThat(source.substring(source.indexOf("then insert (")).lines())
                .allMatch(line -> line.length() <= 120, "lines of at most 120 characters");
    }

    @Test
    void theStateAndNationalLevels_sumTheSameHours_everyDecimalHoursColumnOfTheirTables() {
        String state = CATALOG.step("agg_state_quarter").template().source();
        String national = CATALOG.step("agg_national_quarter").template().source();
        List<String> hours = CATALOG.table("gold", "agg_state_quarter").columns().stream()
                .filter(column -> column.type().equals("decimal(22,4)")).map(ColumnSpec::name).toList();

        assertThat(hours).contains("rn_hours", "lpn_contract_hours", "aide_contract_hours", "weekend_rn_hours")
                .hasSize(11);
        for (String column : hours) {
            assertThat(state).contains("cast(sum(f." + column + ") as decimal(22,4)) as " + column + ",\n");
            assertThat(national).contains("cast(sum(a." + column + ") as decimal(22,4)) as " + column + ",\n");
        }
        assertThat(CATALOG.table("gold", "agg_national_quarter").columns().stream()
                .filter(column -> column.type().equals("decimal(22,4)")).map(ColumnSpec::name).toList())
                .as("the national level sums the state level's hours").isEqualTo(hours);
    }

    @Test
    void aMergeListOfAnUndeclaredTable_failsTheLoad_namingTheFile() {
        var macros = DeclaredMacros.of(Map.of(), Map.of(), Optional.empty());

        assertThatThrownBy(() -> SqlTemplate.parse("gold/x.sql", "insert ({{ columns(gold.nope) }})")
                .bind(Map.of(), macros)).hasMessageContaining("gold/x.sql").hasMessageContaining("no table gold.nope");
        assertThatThrownBy(() -> SqlTemplate.parse("gold/x.sql", "{{ update_set(gold.nope, s; drop) }}")
                .bind(Map.of(), macros)).hasMessageContaining("takes 1 name(s)");
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static List<String> columns(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).toList();
    }
}
