package org.nhlakehouse.dashboard.occupancy;

import java.util.Optional;

import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;
import org.nhlakehouse.dashboard.web.SortDirection;

/** The Bed utilization page's filters, validated. */
public record OccupancyFilter(String quarter, Optional<String> state, SortDirection direction, int page, int size) {

    public static OccupancyFilter parse(Quarters quarters, String quarter, String state, String dir, String page,
            String size) {
        return new OccupancyFilter(Params.quarter(quarter, quarters), Params.state(state),
                Params.choice(dir, "dir", SortDirection.class, SortDirection.DESC), Params.page(page),
                Params.pageSize(size));
    }

    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("state", state).with("dir", direction)
                .with("size", size == 50 ? null : size);
    }

    public ViewQuery query(OccupancyTable table, boolean export) {
        return switch (table) {
            case DISTRIBUTION -> ViewQuery.of("occupancy_histogram").with("quarter", quarter)
                    .where(Condition.equalTo("f.state", "state", state));
            case STATES -> ViewQuery.of("occupancy_states").with("quarter", quarter)
                    .where(Condition.equalTo("s.state", "state", state));
            case FACILITIES -> ViewQuery.of("occupancy_facilities").with("quarter", quarter)
                    .where(Condition.equalTo("r.state", "state", state))
                    .withIdentifier("direction", direction.sql())
                    .withLiteral("offset", export ? 0L : (long) (page - 1) * size)
                    .withLiteral("limit", export ? 10_000_000L : (long) size);
        };
    }
}
