package org.nhlakehouse.dashboard.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScatterSampleTest {

    private static List<List<Object>> rows(int n) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(List.of(String.format("%06d", i), "F" + i));
        }
        return rows;
    }

    @Test
    void nationalScale_isSampledToTheLimit_theSameFacilitiesWhateverTheRowOrder() {
        List<List<Object>> rows = rows(15_000);
        List<List<Object>> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(7));

        List<List<Object>> sample = ScatterReadModel.sample(rows, ScatterReadModel.MAX_POINTS);

        assertThat(sample).hasSize(ScatterReadModel.MAX_POINTS).doesNotHaveDuplicates();
        assertThat(rows).containsAll(sample);
        assertThat(ScatterReadModel.sample(shuffled, ScatterReadModel.MAX_POINTS)).isEqualTo(sample);
        // Uniform, not the first CCNs: the sample spreads over the whole range.
        long lowerHalf = sample.stream().filter(r -> Integer.parseInt((String) r.getFirst()) < 7_500).count();
        assertThat(lowerHalf).isBetween(850L, 1150L);
    }

    @Test
    void underTheLimit_everyPointIsDrawn() {
        List<List<Object>> rows = rows(197);

        assertThat(ScatterReadModel.sample(rows, ScatterReadModel.MAX_POINTS)).isSameAs(rows);
    }
}
