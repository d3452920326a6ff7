package org.nhlakehouse.dashboard.view;

/**
 * A chart as a page embeds it: the ECharts option as JSON, placed in a {@code data-chart} attribute (escaped like any
 * attribute, so no inline script is needed; {@code app.js} draws every element that carries one).
 *
 * @param id the element id
 * @param title the chart's title (also its accessible label)
 * @param optionJson the ECharts option
 * @param points how many data points it plots (0: the page says there is nothing to draw)
 * @param height the canvas height in pixels: long category lists get room for every label
 */
public record Chart(String id, String title, String optionJson, int points, int height) {

    /** The height of an ordinary chart. */
    public static final int DEFAULT_HEIGHT = 360;

    public boolean isEmpty() {
        return points == 0;
    }
}
