package org.nhlakehouse.dashboard.facility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import jakarta.ws.rs.NotFoundException;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.facility.FacilityView.Stat;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/** Reads a facility's page: identity from {@code dim_facility}, measures from the facts, peers from the aggregates. */
@Singleton
public class FacilityReadModel extends GoldReadModel {

    /** The facility's identity row, or 404. */
    public Map<String, Object> identity(String ccn) {
        List<Map<String, Object>> rows = queries.run(ViewQuery.of("facility_identity").with("ccn", ccn)).asMaps();
        if (rows.isEmpty()) {
            throw new NotFoundException("There is no facility with CCN " + ccn + " in the loaded data.");
        }
        return rows.getFirst();
    }

    public FacilityView read(String ccn, String quarter, Map<String, Object> identity) {
        // All six at once (one wait on Athena); the headlines are asked even when the quarter turns out to have no
        // measures for the facility, and then not shown.
        List<QueryResult> results = queries.runAll(List.of(FacilityTables.QUARTERS.query(ccn, quarter),
                ViewQuery.of("facility_quarter").with("ccn", ccn).with("quarter", quarter),
                FacilityTables.DAYS.query(ccn, quarter), FacilityTables.MIX.query(ccn, quarter),
                FacilityTables.PEERS.query(ccn, quarter), FacilityTables.HEADLINES.query(ccn, quarter)));
        QueryResult trendResult = results.get(0);
        List<String> quarters = trendResult.rows().stream().map(r -> (String) r.getFirst()).toList();
        List<Map<String, Object>> measureRows = results.get(1).asMaps();
        Map<String, Object> measures = measureRows.isEmpty() ? Map.of() : measureRows.getFirst();
        QueryResult dayResult = results.get(2);
        QueryResult mixResult = results.get(3);
        QueryResult peerResult = results.get(4);
        List<FacilityHeadlines.Headline> headlines = measures.isEmpty() ? List.of()
                : FacilityHeadlines.of(results.get(5));
        String pool = loaded.quarters().poolLabel(quarter);
        QueryString base = QueryString.create().with("quarter", quarter);
        String exportPath = "/facilities/" + ccn + "/export.csv";
        java.util.function.Function<String, String> link = c -> Pages.facilityHref(c, quarter);
        return new FacilityView(ccn, String.valueOf(identity.get("provider_name")), quarter,
                Option.ofValues(quarters, quarter, null), !measures.isEmpty(), FacilitySections.identity(identity),
                headlines, base.with("table", FacilityTables.HEADLINES).link(exportPath), pool,
                measures.isEmpty() ? List.of() : FacilitySections.of(measures),
                dailyChart(dayResult), trendChart(trendResult), contractChart(trendResult), mixChart(mixResult),
                table(FacilityTables.DAYS, dayResult, base, exportPath, link),
                table(FacilityTables.QUARTERS, trendResult, base, exportPath, link),
                table(FacilityTables.MIX, mixResult, base, exportPath, link),
                FacilityHeadlines.readablePeers(table(FacilityTables.PEERS, peerResult, base, exportPath, link)));
    }

    private static DataTable table(FacilityTables table, QueryResult result, QueryString base, String exportPath,
            java.util.function.Function<String, String> link) {
        return DataTable.of(table.param(), table.label(), table.columns(), result,
                base.with("table", table).link(exportPath), link);
    }

    /** Daily total and RN HPRD; weekends shaded, zero-RN days marked in red on the RN line. */
    static Chart dailyChart(QueryResult days) {
        int date = days.columnIndex("work_date");
        int weekend = days.columnIndex("is_weekend");
        int total = days.columnIndex("total_hprd");
        int rn = days.columnIndex("rn_hprd");
        int zero = days.columnIndex("is_zero_rn_day");
        List<String> dates = new ArrayList<>();
        List<Object> zeroDays = new ArrayList<>();
        List<List<Map<String, Object>>> weekends = new ArrayList<>();
        String weekendStart = null;
        String previous = null;
        for (List<Object> row : days.rows()) {
            String day = String.valueOf(row.get(date));
            dates.add(day);
            zeroDays.add(Boolean.TRUE.equals(row.get(zero)) ? Charts.point(row.get(rn) == null ? 0.0 : row.get(rn),
                    ValueFormat.HPRD) : null);
            boolean isWeekend = Boolean.TRUE.equals(row.get(weekend));
            if (isWeekend && weekendStart == null) {
                weekendStart = day;
            } else if (!isWeekend && weekendStart != null) {
                weekends.add(List.of(Map.of("xAxis", weekendStart), Map.of("xAxis", previous)));
                weekendStart = null;
            }
            previous = day;
        }
        if (weekendStart != null) {
            weekends.add(List.of(Map.of("xAxis", weekendStart), Map.of("xAxis", previous)));
        }
        Map<String, Object> markArea = new HashMap<>();
        markArea.put("silent", true);
        markArea.put("itemStyle", Map.of("color", "rgba(120,120,120,0.12)"));
        markArea.put("data", weekends);
        return Charts.categories("daily-chart", "Daily staffing (weekends shaded, zero-RN days in red)", "Day", dates,
                "Hours per resident per day", ValueFormat.HPRD, List.of(
                        Series.of("Total HPRD", "line", Charts.points(days.rows(), total, ValueFormat.HPRD))
                                .with("markArea", markArea),
                        Series.of("RN HPRD", "line", Charts.points(days.rows(), rn, ValueFormat.HPRD)),
                        Series.of("Zero-RN day", "scatter", zeroDays).with("itemStyle", Map.of("color", "#d62728"))
                                .with("symbolSize", 10)),
                false);
    }

    static Chart trendChart(QueryResult trend) {
        List<String> quarters = trend.rows().stream().map(r -> (String) r.getFirst()).toList();
        return Charts.categories("trend-chart", "Staffing per quarter", "Quarter", quarters,
                "Hours per resident per day", ValueFormat.HPRD, List.of(
                        Series.of("Total", "line", Charts.points(trend.rows(), trend.columnIndex("total_hprd"),
                                ValueFormat.HPRD)),
                        Series.of("RN", "line", Charts.points(trend.rows(), trend.columnIndex("rn_hprd"),
                                ValueFormat.HPRD)),
                        Series.of("Weekend total", "line", Charts.points(trend.rows(),
                                trend.columnIndex("weekend_total_hprd"), ValueFormat.HPRD)),
                        Series.of("Nurse aide", "line", Charts.points(trend.rows(), trend.columnIndex("aide_hprd"),
                                ValueFormat.HPRD)),
                        Series.of("Case-mix total (CMS)", "line", Charts.points(trend.rows(),
                                trend.columnIndex("casemix_total_hprd"), ValueFormat.HPRD))
                                .with("lineStyle", Map.of("type", "dashed"))),
                false);
    }

    static Chart contractChart(QueryResult trend) {
        List<String> quarters = trend.rows().stream().map(r -> (String) r.getFirst()).toList();
        return Charts.categories("contract-trend-chart", "Contract (agency) share of hours per quarter", "Quarter",
                quarters, "Share of nurse hours", ValueFormat.PERCENT, List.of(
                        Series.of("Contract share", "line", Charts.points(trend.rows(),
                                trend.columnIndex("total_contract_share"), ValueFormat.PERCENT))),
                false);
    }

    static Chart mixChart(QueryResult mix) {
        List<String> roles = mix.rows().stream().map(r -> (String) r.getFirst()).toList();
        return Charts.categories("mix-chart", "Employee vs contract hours by role", "Role", roles, "Hours",
                ValueFormat.INTEGER, List.of(
                        Series.of("Employee", "bar", Charts.points(mix.rows(), mix.columnIndex("employee_hours"),
                                ValueFormat.INTEGER)).with("stack", "hours"),
                        Series.of("Contract (agency)", "bar", Charts.points(mix.rows(),
                                mix.columnIndex("contract_hours"), ValueFormat.INTEGER)).with("stack", "hours")),
                false);
    }

    /** A formatted value for a stat card. */
    static Stat stat(Map<String, Object> row, String key, String label, Format format) {
        Object value = row.get(key);
        String text = format.text(value);
        return new Stat(key, label, text.isEmpty() ? "n/a" : text, value == null ? "" : String.valueOf(value));
    }
}
