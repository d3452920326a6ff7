package org.nhlakehouse.dashboard.overview;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.overview.OverviewView.Figure;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/** Reads the Overview from {@code agg_national_quarter}. */
@Singleton
public class OverviewReadModel extends GoldReadModel {

    static final List<Column> COLUMNS = List.of(
            Columns.QUARTER,
            Columns.FACILITIES,
            Column.of("resident_days", "Resident-days", Format.INTEGER),
            Columns.TOTAL_HPRD,
            Columns.RN_HPRD,
            Columns.AIDE_HPRD,
            Column.of("weekend_total_hprd", "Weekend total HPRD", Format.HPRD),
            Column.of("contract_share", "Contract share", Format.PERCENT),
            Columns.OCCUPANCY,
            Column.of("zero_rn_facility_share", "Facilities with zero-RN days", Format.PERCENT));

    static ViewQuery query() {
        return ViewQuery.of("national_trend");
    }

    public OverviewView read(String quarter, Quarters loaded) {
        QueryResult result = queries.run(query());
        QueryString filters = QueryString.create().with("quarter", quarter);
        DataTable table = DataTable.of("national", "Figures per quarter, all reporting facilities", COLUMNS, result,
                filters.link("/export.csv"), ccn -> Pages.facilityHref(ccn, quarter));
        List<List<Object>> rows = result.rows();
        List<String> quarters = rows.stream().map(r -> (String) r.getFirst()).toList();
        List<Figure> figures = new ArrayList<>();
        rows.stream().filter(r -> quarter.equals(r.getFirst())).findFirst().ifPresent(row -> {
            for (int i = 3; i < COLUMNS.size(); i++) {
                Column column = COLUMNS.get(i);
                figures.add(new Figure(column.key(), column.label(), column.format().text(row.get(i)),
                        column.format() == Format.HPRD ? "hours per resident per day" : "",
                        table.rows().get(rows.indexOf(row)).get(i).exact()));
            }
        });
        String heading = loaded.of(quarter).map(c -> c.national()
                ? quarter + ": the whole country (" + c.reported() + ")"
                : quarter + ": the " + c.scope() + " that reported, not the whole country")
                .orElse(quarter);
        return new OverviewView(quarter, heading, loaded.options(quarter), figures,
                Charts.categories("hprd-trend", "Nurse staffing per quarter, all reporting facilities", "Quarter", quarters,
                        "Hours per resident per day", ValueFormat.HPRD, List.of(
                                Series.of("Total", "line", Charts.points(rows, 3, ValueFormat.HPRD)),
                                Series.of("RN", "line", Charts.points(rows, 4, ValueFormat.HPRD)),
                                Series.of("Nurse aide", "line", Charts.points(rows, 5, ValueFormat.HPRD)),
                                Series.of("Weekend total", "line", Charts.points(rows, 6, ValueFormat.HPRD))),
                        false),
                Charts.categories("share-trend", "Contract share, zero-RN facilities and occupancy", "Quarter",
                        quarters, "Percent", ValueFormat.PERCENT, List.of(
                                Series.of("Contract share of hours", "line", Charts.points(rows, 7, ValueFormat.PERCENT)),
                                Series.of("Occupancy", "line", Charts.points(rows, 8, ValueFormat.PERCENT)),
                                Series.of("Facilities with zero-RN days", "line",
                                        Charts.points(rows, 9, ValueFormat.PERCENT))),
                        false),
                table);
    }
}
