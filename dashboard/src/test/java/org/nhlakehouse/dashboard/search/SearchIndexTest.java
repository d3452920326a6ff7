package org.nhlakehouse.dashboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.search.SearchIndex.Facility;
import org.nhlakehouse.dashboard.search.SearchIndex.Hit;

class SearchIndexTest {

    static Facility facility(String ccn, String name, String city, String county, String state) {
        return new Facility(ccn, name, city, county, state, "2023Q2", "2024Q2", List.of(), List.of());
    }

    static final SearchIndex INDEX = new SearchIndex(List.of(
            facility("415002", "HATTIE IDE CHAFFEE HOME", "EAST PROVIDENCE", "Providence", "RI"),
            facility("415010", "St. Mary's Home for Working Girls", "Providence", "Providence", "RI"),
            facility("515001", "Cañon Care Center", "Wilkes-Barre", "Luzerne", "WV"),
            facility("335513", "SEAGATE REHABILITATION AND NURSING CENTER", "BROOKLYN", "Kings", "NY"),
            new Facility("015009", "BURNS NURSING HOME, INC.", "RUSSELLVILLE", "Franklin", "AL", "2023Q2", "2024Q2",
                    List.of("BURNS NURSING HOME"), List.of("RUSSELVILLE"))));

    static List<String> ccns(String text) {
        return INDEX.search(text, 10).hits().stream().map(h -> h.facility().ccn()).toList();
    }

    @Test
    void matchesIgnoringCaseAccentsAndPunctuation_withWordStartsEnough() {
        assertThat(ccns("hattie")).containsExactly("415002");
        assertThat(ccns("HATT  chaf")).containsExactly("415002");
        assertThat(ccns("st marys")).containsExactly("415010");
        assertThat(ccns("St. Mary's")).containsExactly("415010");
        assertThat(ccns("canon")).containsExactly("515001");
        assertThat(ccns("CAÑON")).containsExactly("515001");
        assertThat(ccns("wilkes barre")).containsExactly("515001");
        assertThat(ccns("wilkesbarre")).containsExactly("515001");
        assertThat(ccns("seagate rehab")).containsExactly("335513");
        assertThat(ccns("nothing like it")).isEmpty();
        assertThat(ccns("  ,.; ")).isEmpty();
    }

    @Test
    void findsByCityCountyStateCodeOrNameAndCcn() {
        assertThat(ccns("brooklyn")).containsExactly("335513");
        assertThat(ccns("luzerne")).containsExactly("515001");
        assertThat(ccns("NY")).containsExactly("335513");
        assertThat(ccns("rhode island")).containsExactlyInAnyOrder("415002", "415010");
        assertThat(ccns("west virginia")).containsExactly("515001");
        assertThat(ccns("335513")).containsExactly("335513");
        assertThat(ccns("4150")).containsExactlyInAnyOrder("415002", "415010");
        assertThat(ccns("russelville")).containsExactly("015009");
    }

    @Test
    void ranksTheExactCcnFirst_thenNamesThatStartWithTheText_thenNameOverPlace() {
        assertThat(ccns("providence")).containsExactlyInAnyOrder("415010", "415002");
        assertThat(ccns("home")).first().isEqualTo("015009");
        assertThat(ccns("burns home")).containsExactly("015009");
        assertThat(INDEX.search("415002", 10).hits().getFirst().score()).isGreaterThan(1000);
        assertThat(ccns("st")).first().isEqualTo("415010");
    }

    @Test
    void limitKeepsTheBest_andTotalCountsEveryMatch() {
        SearchIndex.Result result = INDEX.search("ri", 1);
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hits()).hasSize(1);
    }

    @Test
    void answersWithin50msAtTheNinetyFifthPercentile_over15000Facilities() {
        Random random = new Random(9);
        String[] words = ("saint mary joseph care center rehabilitation nursing home health living manor village "
                + "gardens senior community hills valley park river lake oaks pines meadow heritage grace").split(" ");
        String[] states = { "NY", "CA", "TX", "FL", "PA", "OH", "IL", "RI", "WV", "AL" };
        List<Facility> facilities = new ArrayList<>();
        for (int i = 0; i < 15_000; i++) {
            String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                    + words[random.nextInt(words.length)] + " " + i;
            facilities.add(facility(String.format("%06d", 100_000 + i), name, "City " + (i % 700),
                    "County " + (i % 300), states[i % states.length]));
        }
        SearchIndex index = new SearchIndex(facilities);
        List<String> texts = List.of("s", "sa", "sai", "saint m", "saint mary care", "care", "rehab", "ny", "rhode",
                "city 12", "county 3", "1234", "100123", "heritage gar", "x", "meadow pines 14");
        for (int i = 0; i < 50; i++) {
            texts.forEach(t -> index.search(t, 10));
        }
        long[] nanos = new long[texts.size() * 20];
        int n = 0;
        for (int round = 0; round < 20; round++) {
            for (String text : texts) {
                long start = System.nanoTime();
                List<Hit> hits = index.search(text, 10).hits();
                nanos[n++] = System.nanoTime() - start;
                assertThat(hits.size()).isLessThanOrEqualTo(10);
            }
        }
        Arrays.sort(nanos);
        double p95 = nanos[(int) Math.ceil(0.95 * nanos.length) - 1] / 1e6;
        assertThat(index.search("100123", 10).hits().getFirst().facility().ccn()).isEqualTo("100123");
        assertThat(p95).as("p95 search time, ms").isLessThanOrEqualTo(50);
    }
}
