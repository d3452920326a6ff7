package org.nhlakehouse.dashboard.states;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/**
 * A state's page for one metric and quarter: its value beside the nation's, its trend, the distribution of its
 * facilities and the facilities ranked. {@code pool} names the pooled value of the quarter, lower case ("national"
 * only for a national quarter, else "all reporting facilities").
 */
public record StateView(String state, String quarter, List<Option> quarters, List<Option> metrics,
        String metricLabel, String value, String national, String facilities, String statesHref, Chart trend,
        DataTable trendTable, Chart distribution, DataTable facilitiesTable, String pool) {
}
