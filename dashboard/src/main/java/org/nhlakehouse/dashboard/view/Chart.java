package org.nhlakehouse.dashboard.view;

/**
 * A chart as a page embeds it: the ECharts option as JSON, placed in a {@code data-chart} attribute (escaped like any
 * attribute, so no inline script is needed; {@code app.js} draws every element that carries one).
 *
 * @param id the element id
 * @param title the chart's title (also its accessible label)
 * @param optionJson the ECharts option
 * @param points how many data points it plots (0: the page says there is nothing to draw)
 * @param tall a taller canvas (long category lists)
 */
public record Chart(String id, String title, String optionJson, int points, boolean tall) {
    public boolean isEmpty() {
        return points == 0;
    }
}
