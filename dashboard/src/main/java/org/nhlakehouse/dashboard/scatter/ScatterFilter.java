package org.nhlakehouse.dashboard.scatter;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.QueryParam;

import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.QuarterFilter;
import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.FilterRequest;
import org.nhlakehouse.dashboard.web.Ownership;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

/**
 * The Staffing vs occupancy page's filters, validated once for the page and its export: its SQL conditions, its links
 * and its download.
 */
public record ScatterFilter(String quarter, Optional<String> state, Optional<Ownership> ownership,
        ScatterColor color) implements QuarterFilter {

    /** The request parameters, exactly as sent; {@link #parse} validates them. */
    public static class Request extends FilterRequest {
        @QueryParam("ownership")
        String ownership;
        @QueryParam("color")
        String color;

        ScatterFilter parse(Quarters quarters) {
            return new ScatterFilter(Params.quarter(quarter, quarters), Params.state(state),
                    Params.optionalChoice(ownership, "ownership", Ownership.class),
                    Params.choice(color, "color", ScatterColor.class, ScatterColor.OWNERSHIP));
        }
    }

    /** The filters as URL parameters. */
    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("state", state).with("ownership", ownership)
                .with("color", color);
    }

    /** The filters the user set, as conditions over named parameters. */
    List<Condition> conditions() {
        return Stream.concat(Condition.equalTo("r.state", "state", state).stream(),
                Condition.equalTo("r.ownership_group", "ownership", ownership.map(Ownership::label)).stream()).toList();
    }

    ViewQuery query() {
        return ViewQuery.of("scatter").with("quarter", quarter).where(conditions());
    }

    /** Every plotted facility, for a download. */
    TableData export() {
        return TableData.ofQuarter("scatter", filters(), query(), ScatterReadModel.COLUMNS, quarter);
    }
}
