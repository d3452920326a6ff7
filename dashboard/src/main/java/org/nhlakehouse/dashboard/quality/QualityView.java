package org.nhlakehouse.dashboard.quality;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/** The Quality page. */
public record QualityView(String quarter, List<Option> quarters, List<Option> states, List<Option> ratings,
        List<Option> metrics, Chart chart, DataTable table) {
}
