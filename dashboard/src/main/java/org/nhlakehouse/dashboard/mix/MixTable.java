package org.nhlakehouse.dashboard.mix;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.EnumChoice;

/** The Staffing mix page's two tables: by state for a quarter, and over time. */
public enum MixTable implements EnumChoice {
    STATES,
    TREND;

    @Override
    public String label() {
        return this == STATES ? "By state" : "Over time";
    }

    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(this == STATES ? Columns.STATE
                : Columns.QUARTER);
        for (String role : List.of("rn", "lpn", "aide")) {
            String name = role.equals("aide") ? "Aide" : role.toUpperCase(java.util.Locale.ROOT);
            columns.add(Column.of(role + "_employee_hours", name + " employee hours", Format.INTEGER));
            columns.add(Column.of(role + "_contract_hours", name + " contract hours", Format.INTEGER));
            columns.add(Column.of(role + "_contract_share", name + " contract share", Format.PERCENT));
        }
        columns.add(Column.of("total_contract_share", "All nurse staff contract share", Format.PERCENT));
        return columns;
    }
}
