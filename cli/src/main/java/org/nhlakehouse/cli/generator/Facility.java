package org.nhlakehouse.cli.generator;

import java.time.LocalDate;

/**
 * One generated nursing home: who it is (as PBJ and Provider Info spell it) and the staffing habits its daily rows are
 * drawn from. Everything here is fixed for the facility; what varies by quarter and day is drawn in
 * {@link StaffingModel}.
 *
 * @param totalHprd its usual total nurse hours per resident day (codes 5-12), before the quarter's drift
 * @param rnShare share of total hours worked by RNs (DON, admin and direct care)
 * @param lpnShare share of total hours worked by LPNs
 * @param medAideShare share of aide hours worked by medication aides (0 where the facility has none)
 * @param traineeShare share of aide hours worked by aides in training
 * @param weekendDip direct-care hours on Saturdays and Sundays relative to weekdays
 * @param rnAdminStaff RNs with administrative duties on a weekday
 * @param lpnAdminStaff LPNs with administrative duties on a weekday
 * @param contractShares agency share of RN, LPN and aide direct-care hours
 * @param noRnChance chance that a day with residents has no RN at all (higher on weekends)
 * @param zeroCensusProne whether some quarters start or end with days without residents (opening, closing, evacuation)
 * @param caseMixRatio the facility's nursing case-mix index relative to the national one
 */
record Facility(int index, String ccn, String name, String legalName, String address, StateProfile state,
        StateProfile.County county, String zip, String phone, String ssaCountyCode, String ownership,
        String providerType, boolean inHospital, boolean ccrc, int chainId, LocalDate firstApproved, double latitude,
        double longitude, int beds, double census, double totalHprd, double rnShare, double lpnShare,
        double medAideShare, double traineeShare, double weekendDip, double donHours, int rnAdminStaff,
        int lpnAdminStaff, double[] contractShares, double noRnChance, boolean zeroCensusProne, double caseMixRatio) {

    static final int NO_CHAIN = -1;

    @Override
    public String toString() {
        return "Facility[" + index + ", " + ccn + ", " + name + ", " + state + "]";
    }

    String city() {
        return county.city();
    }
}
