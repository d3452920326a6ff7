package org.nhlakehouse.cli.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void carryingRelease_followsCmsUsualLag() {
        assertThat(Quarter.parse("2024Q1").carryingReleaseDate()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(Quarter.parse("2024Q2").carryingReleaseDate()).isEqualTo(LocalDate.of(2024, 11, 1));
        assertThat(Quarter.parse("2023Q3").carryingReleaseDate()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(Quarter.parse("2023Q4").carryingReleaseDate()).isEqualTo(LocalDate.of(2024, 5, 1));
    }

    @Test
    void quarters_knowTheirDays_andCountOnAcrossYears() {
        assertThat(Quarter.parse("2024q1").days()).isEqualTo(91);
        assertThat(Quarter.parse("2023Q1").days()).isEqualTo(90);
        assertThat(Quarter.parse("2024Q3").days()).isEqualTo(92);
        assertThat(Quarter.parse("2023Q4").plus(1)).isEqualTo(new Quarter(2024, 1));
        assertThat(Quarter.parse("2023Q1").plus(-1)).hasToString("2022Q4");
    }

    @Test
    void parse_refusesWhatIsNoQuarter() {
        assertThatThrownBy(() -> Quarter.parse("2024Q5")).hasMessageContaining("not a quarter");
        assertThatThrownBy(() -> Quarter.parse("Q2 2024")).hasMessageContaining("not a quarter");
    }
}
