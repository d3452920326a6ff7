package org.nhlakehouse.dashboard.states;

import jakarta.ws.rs.QueryParam;

import org.nhlakehouse.dashboard.page.QuarterFilter;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

/**
 * The filters of the States page and of a state's page: the quarter and the metric they rank and draw. Validated once
 * for each page and its export; their links and downloads carry them from here.
 */
public record StatesFilter(String quarter, StateMetric metric) implements QuarterFilter {

    /** The request parameters, exactly as sent; {@link #parse} validates them. */
    public static class Request {
        @QueryParam("quarter")
        String quarter;
        @QueryParam("metric")
        String metric;

        StatesFilter parse(Quarters quarters) {
            return new StatesFilter(Params.quarter(quarter, quarters),
                    Params.choice(metric, "metric", StateMetric.class, StateMetric.TOTAL_HPRD));
        }
    }

    /** The filters as URL parameters. */
    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("metric", metric);
    }
}
