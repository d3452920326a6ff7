package org.nhlakehouse.dashboard.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.view.Charts.Range;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;

class ChartsTest {

    @Test
    void fittedRange_coversEveryValue_inRoundSteps() {
        assertThat(Range.fitted(Arrays.asList(3.21, null, 5.9, 2.6), 0.5)).isEqualTo(new Range(2.5, 6.0));
        assertThat(Range.fitted(List.of(41.0, 117.3), 10)).isEqualTo(new Range(40.0, 120.0));
        assertThat(Range.fitted(List.of(4.0), 0.5)).isEqualTo(new Range(4.0, 4.5));
        assertThat(Range.fitted(Collections.singletonList(null), 0.5)).isNull();
    }

    @Test
    void horizontalBars_showEveryOneOf52Labels_withRoomForEach() {
        List<String> states = IntStream.range(0, 52).mapToObj(i -> "S" + i).toList();
        List<Object> values = IntStream.range(0, 52).mapToObj(i -> (Object) (double) i).toList();

        Chart chart = Charts.categories("c", "t", "State", states, "HPRD", ValueFormat.HPRD,
                List.of(Series.of("v", "bar", values)), true);

        assertThat(chart.optionJson()).contains("\"axisLabel\":{\"interval\":0");
        assertThat(chart.height()).isGreaterThanOrEqualTo(52 * Charts.ROW_PIXELS);
        assertThat(Charts.categories("c", "t", "Quarter", List.of("2023Q1"), "HPRD", ValueFormat.HPRD,
                List.of(Series.of("v", "line", List.of(1.0))), false).height()).isEqualTo(Chart.DEFAULT_HEIGHT);
    }

    @Test
    void mapPieces_areQuintilesHighestFirst_coveringEveryValue() {
        List<Double> values = IntStream.rangeClosed(1, 10).mapToObj(i -> (double) i).toList();

        List<java.util.Map<String, Object>> pieces = Charts.quantilePieces(values, 5);

        assertThat(pieces).extracting(p -> p.get("min")).containsExactly(8.0, 6.0, 4.0, 2.0, 1.0);
        assertThat(pieces).extracting(p -> p.get("max")).containsExactly(10.0, 8.0, 6.0, 4.0, 2.0);
        assertThat(Charts.quantilePieces(List.of(3.0, 3.0, 3.0), 5)).hasSize(1);
        assertThat(Charts.quantilePieces(List.of(), 5)).isEmpty();
    }
}
