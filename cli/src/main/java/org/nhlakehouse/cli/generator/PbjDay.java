package org.nhlakehouse.cli.generator;

import java.time.LocalDate;

import org.nhlakehouse.core.landing.Dataset;

/**
 * One facility-day of PBJ Daily Nurse Staffing, reused from day to day: census and the 24 hours columns in hundredths
 * of an hour, in the file's column order (for each role of {@link Dataset#pbjRoles()}: total, employee, contract).
 */
final class PbjDay {

    static final int ROLES = 8;
    static final int RNDON = 0;
    static final int RNADMIN = 1;
    static final int RN = 2;
    static final int LPNADMIN = 3;
    static final int LPN = 4;
    static final int CNA = 5;
    static final int NATRN = 6;
    static final int MEDAIDE = 7;

    /** The hours columns' header names, in file order (24 of them). */
    static final String[] HOURS_COLUMNS = hoursColumns();

    LocalDate date;
    boolean weekend;
    int census;
    final long[] hundredths = new long[ROLES * 3];

    long total(int role) {
        return hundredths[role * 3];
    }

    long contract(int role) {
        return hundredths[role * 3 + 2];
    }

    /** Sets a role's hours: total and contract part, employee hours being the rest (Hrs_X = Hrs_X_emp + Hrs_X_ctr). */
    void set(int role, long total, long contract) {
        long ctr = Math.min(Math.max(contract, 0), total);
        hundredths[role * 3] = total;
        hundredths[role * 3 + 1] = total - ctr;
        hundredths[role * 3 + 2] = ctr;
    }

    long rnHours() {
        return total(RNDON) + total(RNADMIN) + total(RN);
    }

    long lpnHours() {
        return total(LPNADMIN) + total(LPN);
    }

    long aideHours() {
        return total(CNA) + total(NATRN) + total(MEDAIDE);
    }

    /** The role a total-hours column belongs to, as the pipeline names it in hours_inconsistent:<column>. */
    static String totalColumn(int role) {
        return HOURS_COLUMNS[role * 3];
    }

    private static String[] hoursColumns() {
        String[] spelled = { "RNDON", "RNadmin", "RN", "LPNadmin", "LPN", "CNA", "NAtrn", "MedAide" };
        String[] columns = new String[ROLES * 3];
        for (int role = 0; role < ROLES; role++) {
            columns[role * 3] = "Hrs_" + spelled[role];
            columns[role * 3 + 1] = "Hrs_" + spelled[role] + "_emp";
            columns[role * 3 + 2] = "Hrs_" + spelled[role] + "_ctr";
        }
        return columns;
    }
}
