package org.nhlakehouse.dashboard.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.sql.SqlMacros;
import org.nhlakehouse.dashboard.web.Params;

/** The state codes are listed once (the codes Silver keeps); the dashboard's lists follow them. */
class StateNamesTest {

    @Test
    void everyStateCodeSilverKeeps_isAcceptedByTheDashboard_andHasAName() {
        assertThat(Params.STATES).containsExactlyInAnyOrderElementsOf(SqlMacros.STATE_CODES);
        assertThat(StateNames.codes()).containsExactlyInAnyOrderElementsOf(SqlMacros.STATE_CODES);
        assertThat(StateNames.name("MP")).isEqualTo("Northern Mariana Islands");
        assertThat(StateNames.name("RI")).isEqualTo("Rhode Island");
        assertThat(StateNames.name("XX")).isEmpty();
    }
}
