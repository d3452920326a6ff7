package org.nhlakehouse.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlValue;

/**
 * A ratio measure is written once, on its column in sql/tables/gold.yaml, and every level (facility, state, nation)
 * computes it from that declaration, so a facility's HPRD and its state's cannot be different formulas.
 */
class MeasureTest {

    private static final SqlCatalog CATALOG = SqlCatalog.load();

    /** The models that compute measures, from the facility up. */
    private static final List<String> LEVELS = List.of("fct_facility_quarter", "agg_state_quarter",
            "agg_national_quarter");

    /** A select-list item on a line of its own: {@code expression as name}. */
    private static final Pattern ITEM = Pattern.compile("^\\s*(.+?) as ([a-z_0-9]+),?$");

    private static final Pattern CALL = Pattern.compile("\\{\\{ measure\\(([a-z_0-9]+), ([a-z_0-9]+)\\) }}");

    @Test
    void aRatio_rendersAsADoubleDivisionOverTheAliasSums_nullOnAZeroDenominator() {
        Measure licensed = Measure.parse("licensed_hprd", List.of("rn_hours + lpn_hours", "resident_days"));

        assertThat(licensed.sql("q")).isEqualTo(
                "cast(q.rn_hours + q.lpn_hours as double) / nullif(cast(q.resident_days as double), 0)");
        assertThatThrownBy(() -> Measure.parse("x", List.of("a", "b", "c"))).hasMessageContaining("[numerator, denominator]");
        assertThatThrownBy(() -> Measure.parse("x", List.of("a; drop table t", "b")))
                .hasMessageContaining("not a column or alias: a; drop table t");
        assertThatThrownBy(() -> licensed.sql("q.x")).hasMessageContaining("not a column or alias");
    }

    @Test
    void aMeasureCall_isFilledInWhenTheCatalogLoads_leavingTheRunsAndTheEnginesPlaceholders() {
        SqlTemplate template = SqlTemplate.parse("gold/x.sql",
                "select {{ measure(total_hprd, s) }} as total_hprd from {{ gold }}.x as s where {{ matches(s.a, 'b') }}");

        SqlTemplate bound = template.bind(Map.of(), DeclaredMacros.of(Map.of(), CATALOG.measures(), Optional.empty()));

        assertThat(bound.source()).isEqualTo("select cast(s.total_hours as double) / nullif(cast(s.resident_days as"
                + " double), 0) as total_hprd from {{ gold }}.x as s where {{ matches(s.a, 'b') }}");
        assertThat(bound.variables()).containsExactly("gold");
        assertThat(bound.macros()).containsExactly("matches");
    }

    @Test
    void anUndeclaredMeasure_orANaturalKeyOutsideAKeyedStep_failsTheLoad_namingTheFile() {
        var macros = DeclaredMacros.of(Map.of(), CATALOG.measures(), Optional.empty());

        assertThatThrownBy(() -> SqlTemplate.parse("gold/x.sql", "select {{ measure(total_hrpd, s) }}")
                .bind(Map.of(), macros)).hasMessageContaining("gold/x.sql").hasMessageContaining("no measure total_hrpd");
        assertThatThrownBy(() -> SqlTemplate.parse("silver/y.sql", "select {{ natural_key(s) }}").bind(Map.of(), macros))
                .hasMessageContaining("silver/y.sql").hasMessageContaining("needs a step run for a table");
    }

    @Test
    void theCmsStaffingMeasures_areDeclaredOnce_asRatiosOfSums() {
        // CMS Technical Users' Guide (Apr 2020, Staffing Domain): reported HPRD = hours / MDS resident-days, over
        // days with residents (the quarter's sums already keep only those days).
        assertThat(CATALOG.measures().get("total_hprd")).isEqualTo(
                new Measure("total_hprd", List.of("total_hours"), "resident_days"));
        assertThat(CATALOG.measures().get("licensed_hprd").numerator()).containsExactly("rn_hours", "lpn_hours");
        assertThat(CATALOG.measures().get("weekend_total_hprd").denominator()).isEqualTo("weekend_resident_days");
        assertThat(CATALOG.measures().get("total_contract_share")).isEqualTo(
                new Measure("total_contract_share", List.of("contract_hours"), "total_hours"));
        CATALOG.measures().keySet().forEach(name -> assertThat(CATALOG.table("gold", "fct_facility_quarter")
                .columnNames()).as("a measure is a facility-quarter column").contains(name));
    }

    @Test
    void everyLevel_computesItsRatiosOnlyThroughTheDeclaredMeasures() {
        Map<String, String> measureByColumn = new HashMap<>();
        CATALOG.measures().keySet().forEach(name -> measureByColumn.put(name, name));
        // The aggregates' ratio columns say which measure they hold, e.g. contract_share: total_contract_share.
        for (ColumnSpec column : CATALOG.table("gold", "agg_state_quarter").columns()) {
            column.measure().ifPresent(measure -> {
                String before = measureByColumn.putIfAbsent(column.name(), measure);
                assertThat(before == null ? measure : before).as(column.name() + " is one measure at every level")
                        .isEqualTo(measure);
            });
        }
        List<String> handWritten = new ArrayList<>();
        int calls = 0;
        for (String level : LEVELS) {
            for (String line : source("gold/" + level + ".sql").lines().toList()) {
                Matcher item = ITEM.matcher(line);
                if (!item.matches()) {
                    continue;
                }
                Matcher call = CALL.matcher(item.group(1));
                if (call.matches()) {
                    calls++;
                    String before = measureByColumn.putIfAbsent(item.group(2), call.group(1));
                    assertThat(before == null ? call.group(1) : before).as(level + ": " + item.group(2)
                            + " is one measure at every level").isEqualTo(call.group(1));
                } else if (measureByColumn.containsKey(item.group(2)) || item.group(1).contains(" / ")
                        && !List.of("occupancy", "daily_total_hprd_cv").contains(item.group(2))) {
                    handWritten.add(level + ": " + line.strip());
                }
            }
        }
        assertThat(handWritten).as("ratios written out instead of {{ measure(name, alias) }}").isEmpty();
        assertThat(calls).as("the facility level's measure calls").isGreaterThan(15);
        // An aggregate level computes every HPRD and share column of its table through a declared measure.
        for (String aggregate : List.of("agg_state_quarter", "agg_national_quarter")) {
            for (ColumnSpec column : CATALOG.table("gold", aggregate).columns()) {
                if (column.name().endsWith("_hprd") || column.name().endsWith("_share")) {
                    assertThat(column.measure()).as(aggregate + "." + column.name()).isPresent();
                    assertThat(CATALOG.measures()).as(aggregate + "." + column.name())
                            .containsKey(column.measure().get());
                }
            }
            assertThat(source("gold/" + aggregate + ".sql")).as(aggregate + " computes its declared measures")
                    .contains("{{ measures(gold." + aggregate + ", s) }}");
        }
    }

    @Test
    void measuresOfAnAggregate_writesEachDeclaredRatioColumn_inDeclaredOrder_andRejectsAnUndeclaredMeasure() {
        TableSpec aggregate = new TableSpec("gold", "agg", "", List.of("state"), List.of(), List.of(
                ColumnSpec.of("state", "varchar", ""), ratioColumn("contract_share", "total_contract_share"),
                ratioColumn("rn_hprd", "rn_hprd")));
        var macros = DeclaredMacros.of(Map.of("gold.agg", aggregate), CATALOG.measures(), Optional.empty());

        assertThat(macros.get("measures").apply(List.of("gold.agg", "s"))).isEqualTo("""
                cast(s.contract_hours as double) / nullif(cast(s.total_hours as double), 0) as contract_share,
                cast(s.rn_hours as double) / nullif(cast(s.resident_days as double), 0) as rn_hprd""");

        TableSpec misspelt = new TableSpec("gold", "agg", "", List.of(), List.of(),
                List.of(ratioColumn("rn_hprd", "rn_hrpd")));
        assertThatThrownBy(() -> DeclaredMacros.of(Map.of("gold.agg", misspelt), CATALOG.measures(), Optional.empty())
                .get("measures").apply(List.of("gold.agg", "s"))).hasMessageContaining("no measure rn_hrpd");
    }

    private static ColumnSpec ratioColumn(String name, String measure) {
        return new ColumnSpec(name, "double", "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(measure));
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void aMeasure_rendersTheSameExpressionAtFacilityStateAndNationalLevel(SqlDialect dialect) {
        RenderContext context = RenderContext.of(dialect).withIdentifier("silver", "s").withIdentifier("gold", "g")
                .withLiteral("batch_id", new SqlValue.Text("b"));
        Map<String, Map<String, String>> expressionsByLevel = new LinkedHashMap<>();
        for (String level : LEVELS) {
            Map<String, String> expressions = new HashMap<>();
            for (String line : context.render(CATALOG.step(level).template()).lines().toList()) {
                Matcher item = ITEM.matcher(line);
                if (item.matches() && item.group(1).startsWith("cast(") && item.group(1).contains(" / nullif(")) {
                    // The formula without the CTE alias its sums are read from (q., s.).
                    expressions.put(item.group(2), item.group(1).replaceAll("\\b[a-z]\\.", ""));
                }
            }
            expressionsByLevel.put(level, expressions);
        }
        Map<String, String> facility = expressionsByLevel.get("fct_facility_quarter");
        Map<String, String> state = expressionsByLevel.get("agg_state_quarter");
        assertThat(state).containsKeys("rn_hprd", "total_hprd", "weekend_total_hprd", "total_direct_hprd",
                "rn_contract_share", "contract_share");
        assertThat(expressionsByLevel.get("agg_national_quarter")).isEqualTo(state);
        state.forEach((column, expression) -> assertThat(expression).as(column)
                .isEqualTo(facility.get(column.equals("contract_share") ? "total_contract_share" : column)));
        assertThat(facility.get("total_hprd"))
                .isEqualTo("cast(total_hours as double) / nullif(cast(resident_days as double), 0)");
    }

    private static String source(String file) {
        try (InputStream in = MeasureTest.class.getClassLoader().getResourceAsStream("sql/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
