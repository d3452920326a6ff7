package org.nhlakehouse.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.view.Option;

class QuartersTest {

    static final Quarters SAMPLES = Quarters.of(List.of(List.of("2023Q2", 196L, 2L), List.of("2024Q2", 214L, 1L),
            List.of("2025Q3", 1L, 1L)));

    @Test
    void aQuarterWithFewerThanHalfTheBestCoveredFacilities_isPartial_andNotTheDefault() {
        assertThat(SAMPLES.of("2025Q3").orElseThrow().broad()).isFalse();
        assertThat(SAMPLES.of("2024Q2").orElseThrow().broad()).isTrue();
        assertThat(SAMPLES.of("2023Q2").orElseThrow().broad()).isTrue();
        assertThat(SAMPLES.defaultQuarter()).isEqualTo("2024Q2");
    }

    @Test
    void withNoBroadQuarter_theLatestIsTheDefault() {
        assertThat(Quarters.of(List.of(List.of("2024Q1", 0L, 0L), List.of("2024Q2", 0L, 0L))).defaultQuarter())
                .isEqualTo("2024Q2");
    }

    @Test
    void onlyAQuarterWithFiftyStatesIsCalledNational() {
        Quarters national = Quarters.of(List.of(List.of("2024Q2", 14_812L, 53L), List.of("2024Q3", 14_700L, 49L)));
        assertThat(national.of("2024Q2").orElseThrow().national()).isTrue();
        assertThat(national.of("2024Q2").orElseThrow().sentence()).isEqualTo(
                "2024Q2: 14,812 facilities in 53 states and territories reported (national figures).");
        assertThat(national.of("2024Q3").orElseThrow().sentence()).isEqualTo(
                "2024Q3: 14,700 facilities in 49 states reported; the figures describe these facilities, not the nation.");
        Quarters.Coverage partial = SAMPLES.of("2025Q3").orElseThrow();
        assertThat(partial.national()).isFalse();
        assertThat(partial.sentence()).isEqualTo("2025Q3: 1 facility in 1 state reported; the figures describe this "
                + "facility, not the nation, and fewer than half as many facilities as in the best-covered loaded quarter.");
    }

    @Test
    void aTrendIsCalledNationalOnlyWhenEveryLoadedQuarterIs() {
        assertThat(Quarters.of(List.of(List.of("2024Q2", 14_812L, 53L), List.of("2024Q3", 14_700L, 52L)))
                .trendPoolLabel()).isEqualTo("National");
        assertThat(Quarters.of(List.of(List.of("2024Q2", 14_812L, 53L), List.of("2024Q3", 14_700L, 49L)))
                .trendPoolLabel()).isEqualTo("All reporting facilities");
        assertThat(SAMPLES.trendPoolLabel()).isEqualTo("All reporting facilities");
        assertThat(SAMPLES.poolLabel("2023Q2")).isEqualTo("All reporting facilities");
    }

    @Test
    void dropDownEntriesSayHowManyFacilitiesReported() {
        assertThat(SAMPLES.options("2024Q2")).extracting(Option::label).containsExactly("2023Q2 \u00b7 196 facilities",
                "2024Q2 \u00b7 214 facilities", "2025Q3 \u00b7 1 facility (partial)");
        assertThat(SAMPLES.options("2024Q2")).filteredOn(Option::selected).extracting(Option::value)
                .containsExactly("2024Q2");
    }
}
