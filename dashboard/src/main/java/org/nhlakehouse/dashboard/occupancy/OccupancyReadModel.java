package org.nhlakehouse.dashboard.occupancy;

import java.util.List;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.view.Pager;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.SortDirection;

/** Reads occupancy (average residents / certified beds) by facility and state. */
@Singleton
public class OccupancyReadModel extends GoldReadModel {

    public OccupancyView read(OccupancyFilter filter, Quarters quarters) {
        String quarter = filter.quarter();
        QueryResult distribution = queries.run(filter.query(OccupancyTable.DISTRIBUTION, false));
        QueryResult states = queries.run(filter.query(OccupancyTable.STATES, false));
        QueryResult facilities = queries.run(filter.query(OccupancyTable.FACILITIES, false));
        long total = matchingRows(facilities);
        List<String> bands = distribution.rows().stream().map(r -> band(r.get(0), r.get(1))).toList();
        List<String> stateNames = states.rows().stream().map(r -> (String) r.get(1)).toList();
        return new OccupancyView(quarter, quarters.options(quarter),
                stateOptions(quarter, filter.state()),
                Option.of(SortDirection.class, filter.direction(), null),
                Charts.categories("occupancy-distribution-chart", "Facilities by occupancy, " + quarter, "Occupancy",
                        bands, "Facilities", ValueFormat.INTEGER, List.of(Series.of("Facilities", "bar",
                                Charts.points(distribution.rows(), 2, ValueFormat.INTEGER))),
                        false),
                table(OccupancyTable.DISTRIBUTION, distribution, filter),
                Charts.categories("occupancy-states-chart", "Occupancy by state, " + quarter, "State", stateNames,
                        "Percent of certified beds", ValueFormat.PERCENT, List.of(
                                Series.of("Occupancy (weighted)", "bar",
                                        Charts.points(states.rows(), 2, ValueFormat.PERCENT)),
                                Series.of("Facility median", "bar",
                                        Charts.points(states.rows(), 3, ValueFormat.PERCENT))),
                        true),
                table(OccupancyTable.STATES, states, filter), table(OccupancyTable.FACILITIES, facilities, filter),
                new Pager(filter.page(), filter.size(), total,
                        page -> filter.filters().with("page", page).link("/occupancy")));
    }

    private static DataTable table(OccupancyTable table, QueryResult result, OccupancyFilter filter) {
        return DataTable.of("occupancy-" + table.param(), table.label() + ", " + filter.quarter(), table.columns(),
                result, filter.filters().with("table", table).link("/occupancy/export.csv"),
                c -> Pages.facilityHref(c, filter.quarter()));
    }

    private static String band(Object from, Object below) {
        long low = Math.round(((Number) from).doubleValue() * 100);
        return below == null ? low + "%+" : low + "-" + Math.round(((Number) below).doubleValue() * 100) + "%";
    }
}
