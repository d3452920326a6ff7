package org.nhlakehouse.dashboard.occupancy;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.view.Pager;

/** The Bed utilization page. */
public record OccupancyView(String quarter, List<Option> quarters, List<Option> stateOptions, List<Option> directions,
        Chart distributionChart, DataTable distribution, Chart statesChart, DataTable states, DataTable facilities,
        Pager pager) {
}
