package org.nhlakehouse.dashboard.mix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.Choice;

/** The Staffing mix page's two tables: by state for a quarter, and over time. */
public enum MixTable implements Choice {
    STATES("states", "By state"),
    TREND("trend", "Over time");

    private final String param;
    private final String label;

    MixTable(String param, String label) {
        this.param = param;
        this.label = label;
    }

    @Override
    public String param() {
        return param;
    }

    @Override
    public String label() {
        return label;
    }

    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(this == STATES ? Column.of("state", "State", Format.TEXT)
                : Column.of("quarter", "Quarter", Format.TEXT));
        for (String role : List.of("rn", "lpn", "aide")) {
            String name = role.equals("aide") ? "Aide" : role.toUpperCase(java.util.Locale.ROOT);
            columns.add(Column.of(role + "_employee_hours", name + " employee hours", Format.INTEGER));
            columns.add(Column.of(role + "_contract_hours", name + " contract hours", Format.INTEGER));
            columns.add(Column.of(role + "_contract_share", name + " contract share", Format.PERCENT));
        }
        columns.add(Column.of("total_contract_share", "All nurse staff contract share", Format.PERCENT));
        return columns;
    }

    public ViewQuery query(String quarter, Optional<String> state) {
        return this == STATES
                ? ViewQuery.of("mix_by_state").with("quarter", quarter).where(Condition.equalTo("s.state", "state", state))
                : ViewQuery.of("mix_trend").where(Condition.equalTo("f.state", "state", state));
    }
}
