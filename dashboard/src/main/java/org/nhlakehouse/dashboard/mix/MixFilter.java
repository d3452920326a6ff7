package org.nhlakehouse.dashboard.mix;

import java.util.Optional;

import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.QuarterFilter;
import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.FilterRequest;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

/** The Staffing mix page's filters, validated once for the page and its export: its SQL, its links and downloads. */
public record MixFilter(String quarter, Optional<String> state) implements QuarterFilter {

    /** The request parameters, exactly as sent; {@link #parse} validates them. */
    public static class Request extends FilterRequest {

        MixFilter parse(Quarters quarters) {
            return new MixFilter(Params.quarter(quarter, quarters), Params.state(state));
        }
    }

    /** The filters as URL parameters. */
    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("state", state);
    }

    /** By state for the quarter, or every quarter; both for the chosen state only when one is. */
    ViewQuery query(MixTable table) {
        return table == MixTable.STATES
                ? ViewQuery.of("mix_by_state").with("quarter", quarter).where(Condition.equalTo("s.state", "state", state))
                : ViewQuery.of("mix_trend").where(Condition.equalTo("f.state", "state", state));
    }

    TableData export(MixTable table) {
        return TableData.ofQuarter("mix-" + table.param(), filters(), query(table), table.columns(), quarter);
    }
}
