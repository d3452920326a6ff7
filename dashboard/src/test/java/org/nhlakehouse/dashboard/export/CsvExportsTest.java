package org.nhlakehouse.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.web.QueryString;

class CsvExportsTest {

    @Test
    void fileName_carriesViewFiltersAndAsOf_inSafeCharactersOnly() {
        String name = CsvExports.fileName("facilities", QueryString.create().with("quarter", "2023Q2")
                .with("state", "RI").with("q", "St. Mary's \"/..\\"), "2025Q3-pi-2024-11-01",
                ExportFormat.CSV);

        assertThat(name).isEqualTo("facilities_quarter-2023Q2_state-RI_q-St.Marys.._asof-2025Q3-pi-2024-11-01.csv");
        assertThat(name).matches("[A-Za-z0-9._-]+");
    }
}
