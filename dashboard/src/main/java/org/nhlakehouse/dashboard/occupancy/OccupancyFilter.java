package org.nhlakehouse.dashboard.occupancy;

import java.util.Optional;

import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.QuarterFilter;
import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.FilterRequest;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;
import org.nhlakehouse.dashboard.web.SortDirection;

/**
 * The Bed utilization page's filters, validated once for the page and its export: its SQL conditions, its links and
 * its downloads.
 */
public record OccupancyFilter(String quarter, Optional<String> state, SortDirection direction, int page,
        int size) implements QuarterFilter {

    /** The request parameters, exactly as sent; {@link #parse} validates them. */
    public static class Request extends FilterRequest.Paged {

        /** The filters of the page ({@code paged}) or of a download, which has every row and reads no page. */
        OccupancyFilter parse(Quarters quarters, boolean paged) {
            return new OccupancyFilter(Params.quarter(quarter, quarters), Params.state(state),
                    Params.choice(dir, "dir", SortDirection.class, SortDirection.DESC),
                    Params.page(paged ? page : null), Params.pageSize(size));
        }
    }

    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("state", state).with("dir", direction)
                .with("size", size == 50 ? null : size);
    }

    /** One of the page's tables, for a download. */
    TableData export(OccupancyTable table) {
        return TableData.ofQuarter("occupancy-" + table.param(), filters(), query(table, true), table.columns(),
                quarter);
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
