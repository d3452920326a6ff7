package org.nhlakehouse.dashboard.scatter;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/** The Staffing vs occupancy page. */
public record ScatterView(String quarter, List<Option> quarters, List<Option> states, List<Option> ownerships,
        List<Option> colors, Chart chart, DataTable table) {
}
