package org.nhlakehouse.dashboard.mix;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/** The Staffing mix page. */
public record MixView(String quarter, String scope, List<Option> quarters, List<Option> states, Chart byStateChart,
        DataTable byState, Chart trendChart, DataTable trend) {
}
