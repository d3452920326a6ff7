package org.nhlakehouse.dashboard.mix;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/** Reads employee vs contract hours by role from {@code fct_facility_quarter}. */
@Singleton
public class MixReadModel extends GoldReadModel {

    public MixView read(MixFilter filter, Quarters quarters) {
        String quarter = filter.quarter();
        Optional<String> state = filter.state();
        QueryString filters = filter.filters();
        QueryResult byState = queries.run(filter.query(MixTable.STATES));
        QueryResult trend = queries.run(filter.query(MixTable.TREND));
        String scope = state.orElse("all states");
        return new MixView(quarter, scope, quarters.options(quarter),
                stateOptions(quarter, state),
                shares("mix-states-chart", "Contract share of hours by role and state, " + quarter, "State", byState),
                table(MixTable.STATES, "Employee and contract hours by state, " + quarter, byState, filters, quarter),
                shares("mix-trend-chart", "Contract share of hours by role over time, " + scope, "Quarter", trend),
                table(MixTable.TREND, "Employee and contract hours per quarter, " + scope, trend, filters, quarter));
    }

    private static DataTable table(MixTable table, String caption, QueryResult result, QueryString filters,
            String quarter) {
        return DataTable.of("mix-" + table.param(), caption, table.columns(), result,
                filters.with("table", table).link("/mix/export.csv"), c -> Pages.facilityHref(c, quarter));
    }

    private static Chart shares(String id, String title, String categoryName, QueryResult result) {
        List<String> categories = result.rows().stream().map(r -> (String) r.getFirst()).toList();
        boolean byState = categoryName.equals("State");
        String type = byState ? "bar" : "line";
        return Charts.categories(id, title, categoryName, categories, "Percent of the role's hours",
                ValueFormat.PERCENT, List.of(
                        Series.of("RN", type, Charts.points(result.rows(), result.columnIndex("rn_contract_share"),
                                ValueFormat.PERCENT)),
                        Series.of("LPN", type, Charts.points(result.rows(), result.columnIndex("lpn_contract_share"),
                                ValueFormat.PERCENT)),
                        Series.of("Nurse aide", type, Charts.points(result.rows(),
                                result.columnIndex("aide_contract_share"), ValueFormat.PERCENT))),
                byState);
    }
}
