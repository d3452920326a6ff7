package org.nhlakehouse.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.query.Quarters;

class ParamsTest {

    static final Quarters LOADED = Quarters.of(List.of(List.of("2023Q2", 196L, 2L), List.of("2024Q2", 150L, 1L)));

    @Test
    void quarter_defaultsToTheLatestBroadlyCovered_andIsNormalized() {
        assertThat(Params.quarter(null, LOADED)).isEqualTo("2024Q2");
        Quarters withPartialLatest = Quarters.of(List.of(List.of("2023Q2", 196L, 2L), List.of("2024Q2", 150L, 1L),
                List.of("2025Q3", 1L, 1L)));
        assertThat(Params.quarter("", withPartialLatest)).isEqualTo("2024Q2");
        assertThat(Params.quarter("2025q3", withPartialLatest)).isEqualTo("2025Q3");
        assertThat(Params.quarter(" 2023q2 ", LOADED)).isEqualTo("2023Q2");
        assertThatThrownBy(() -> Params.quarter("2023Q5", LOADED)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("2024Q2");
        assertThatThrownBy(() -> Params.quarter("2022Q1", LOADED)).hasMessageContaining("not loaded");
    }

    @Test
    void state_isUpperCasedAndAllowListed() {
        assertThat(Params.state("ri")).contains("RI");
        assertThat(Params.state("")).isEmpty();
        assertThatThrownBy(() -> Params.state("R'")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void ccn_followsTheCmsPattern() {
        assertThat(Params.ccn("51a009")).isEqualTo("51A009");
        assertThatThrownBy(() -> Params.ccn("5100099")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void numbers_areBounded() {
        assertThat(Params.rating("3", "overall")).contains(3);
        assertThat(Params.decimal("3.5", "hprd_min", 0, 24)).contains(3.5);
        assertThat(Params.decimal(" ", "hprd_min", 0, 24)).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> Params.decimal("Infinity", "hprd_min", 0, 24))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> Params.page("100001")).isInstanceOf(InvalidParameterException.class);
        assertThat(Params.pageSize(null)).isEqualTo(50);
    }

    @Test
    void choices_comeFromTheirAllowList() {
        assertThat(Params.choice("asc", "dir", SortDirection.class, SortDirection.DESC)).isEqualTo(SortDirection.ASC);
        assertThat(Params.choice(null, "dir", SortDirection.class, SortDirection.DESC)).isEqualTo(SortDirection.DESC);
        assertThatThrownBy(() -> Params.choice("ASC; drop", "dir", SortDirection.class, SortDirection.DESC))
                .hasMessageContaining("asc, desc");
    }

    @Test
    void search_acceptsAnyPrintableText_upTo80Characters() {
        assertThat(Params.search("  St. Mary's ' OR 1=1 -- ")).isEqualTo("St. Mary's ' OR 1=1 --");
        assertThatThrownBy(() -> Params.search("x".repeat(81))).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> Params.search("a\u0000b")).isInstanceOf(InvalidParameterException.class);
    }
}
