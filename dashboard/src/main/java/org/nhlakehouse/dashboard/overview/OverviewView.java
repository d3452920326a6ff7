package org.nhlakehouse.dashboard.overview;

import java.util.List;

import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/**
 * The Overview: national figures for one quarter (the latest by default) and the trend across every loaded quarter.
 *
 * @param quarter the quarter of the headline figures
 * @param heading what the headline figures stand for: the whole country only when the quarter is national
 * @param quarters the quarter filter
 * @param figures the headline figures
 * @param hprdTrend staffing levels over time
 * @param shareTrend contract share, zero-RN share and occupancy over time
 * @param table the national figures per quarter (the charts' data)
 */
public record OverviewView(String quarter, String heading, List<Option> quarters, List<Figure> figures, Chart hprdTrend,
        Chart shareTrend, DataTable table) {

    /** What coverage means (which quarter opens, when figures are national). */
    public String coverageRule() {
        return Quarters.RULE;
    }

    /** A headline number. */
    public record Figure(String key, String label, String value, String unit, String exact) {
    }
}
