package org.nhlakehouse.dashboard.quality;

import java.util.Optional;

import jakarta.ws.rs.QueryParam;

import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.QuarterFilter;
import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.FilterRequest;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

/** The Quality page's filters, validated once for the page and its export: its SQL, its links and its download. */
public record QualityFilter(String quarter, Optional<String> state, Rating rating,
        QualityMetric metric) implements QuarterFilter {

    /** The request parameters, exactly as sent; {@link #parse} validates them. */
    public static class Request extends FilterRequest {
        @QueryParam("rating")
        String rating;
        @QueryParam("metric")
        String metric;

        QualityFilter parse(Quarters quarters) {
            return new QualityFilter(Params.quarter(quarter, quarters), Params.state(state),
                    Params.choice(rating, "rating", Rating.class, Rating.OVERALL),
                    Params.choice(metric, "metric", QualityMetric.class, QualityMetric.TOTAL_HPRD));
        }
    }

    /** The filters as URL parameters. */
    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("state", state).with("rating", rating)
                .with("metric", metric);
    }

    /** The rating and metric columns come from allow-lists; the state is a condition over a named parameter. */
    ViewQuery query() {
        return ViewQuery.of("quality").with("quarter", quarter).where(Condition.equalTo("f.state", "state", state))
                .withIdentifier("rating", rating.column()).withIdentifier("metric", metric.column());
    }

    TableData export() {
        return TableData.ofQuarter("quality", filters(), query(), QualityReadModel.COLUMNS, quarter);
    }
}
