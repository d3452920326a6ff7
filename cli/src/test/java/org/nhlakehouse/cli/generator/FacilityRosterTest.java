package org.nhlakehouse.cli.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FacilityRosterTest {

    private static final List<Facility> NATION = FacilityRoster.draw(1, 15_000);

    @Test
    void nationalRoster_hasDistinctCcns_inEveryStateDcAndPuertoRico_withCmsShapes() {
        assertThat(NATION.stream().map(Facility::ccn).distinct().count()).isEqualTo(15_000);
        assertThat(NATION).allSatisfy(f -> assertThat(f.ccn()).matches("[0-9]{2}([0-9]{4}|[A-Z][0-9]{3})"));
        assertThat(NATION.stream().map(f -> f.state().code()).distinct()).hasSize(52).contains("DC", "PR");
        assertThat(NATION).filteredOn(f -> f.ccn().startsWith("0")).hasSizeGreaterThan(1_000);
        assertThat(NATION).filteredOn(f -> Character.isLetter(f.ccn().charAt(2))).hasSizeBetween(20, 200);
        assertThat(NATION).filteredOn(f -> f.name().contains(",")).hasSizeGreaterThan(300);
        assertThat(NATION).filteredOn(f -> f.county().fips().startsWith("0")).hasSizeGreaterThan(1_000);
    }

    @Test
    void facilities_haveCensus20To300_andBedsAboveCensus_atRealisticOccupancy() {
        assertThat(NATION).allSatisfy(f -> {
            assertThat(f.census()).isBetween(20.0, 300.0);
            assertThat(f.census() / f.beds()).isBetween(0.55, 0.95);
        });
    }

    @Test
    void stateStaffingLevels_differ_aroundTheNationalLevel() {
        Map<String, Double> meanByState = NATION.stream().collect(Collectors.groupingBy(f -> f.state().code(),
                Collectors.averagingDouble(Facility::totalHprd)));
        assertThat(meanByState.get("AK")).isGreaterThan(5.5);
        assertThat(meanByState.get("TX")).isLessThan(meanByState.get("CA"));
        assertThat(NATION.stream().mapToDouble(Facility::totalHprd).average().orElseThrow()).isBetween(3.5, 3.85);
    }

    @Test
    void aSmallerRoster_isThePrefixOfALargerOne() {
        assertThat(FacilityRoster.draw(1, 50)).extracting(Facility::ccn, Facility::name)
                .isEqualTo(NATION.subList(0, 50).stream()
                        .map(f -> org.assertj.core.groups.Tuple.tuple(f.ccn(), f.name())).toList());
    }
}
